import Foundation

/// The data file's format, the same for either store: the stored tree to and from JSON,
/// every refusal with its JSON path, line and column.
public enum BerkasJSON {
    /// A dataset from a file's bytes.
    public static func dokumen(_ data: Data, path: String) throws(GalatBerkas) -> Dokumen {
        try dokumen(BerkasJSON.urai(data, path: path), path: path)
    }

    /// A dataset from a file's decoded shape, its problems named with the file.
    public static func dokumen(_ berkas: Berkas, path: String) throws(GalatBerkas) -> Dokumen {
        do {
            return try Dokumen(berkas: berkas)
        } catch {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: error.tempat, en: error.tempat), pesan: error.pesan)
        }
    }

    /// Points to `FILE.bak` only where one exists.
    public static func saranCadangan(_ path: String, id: Bool) -> String {
        let backup = path + ".bak"
        if FileManager.default.fileExists(atPath: backup) {
            return id ? "pulihkan dari cadangan \(backup) atau buat ulang" : "restore it from the backup \(backup) or create it again"
        }
        return id ? "tidak ada cadangan \(backup); ambil dari salinan lain atau buat ulang"
                  : "there is no backup \(backup); take it from another copy or create it again"
    }

    /// Decodes the file's JSON: one scan for syntax, repeated and unknown keys
    /// and numbers out of range (each with its path, line and column), the
    /// schema version, then the decoder for types and required fields.
    public static func urai(_ data: Data, path: String) throws(GalatBerkas) -> Berkas {
        if let berkas = PembacaJSON.berkas(data) { return berkas }
        return try uraiTepat(data, path: path)
    }

    /// The exact path: the scan, then JSONDecoder. Reads every document the
    /// format allows and words every refusal; `PembacaJSON` is checked against it.
    public static func uraiTepat(_ data: Data, path: String) throws(GalatBerkas) -> Berkas {
        let scan: (versi: String?, temuanKunci: TemuanJSON?)
        do {
            scan = try PemindaiJSON.pindai(data)
        } catch {
            throw galat(error, path: path)
        }
        guard let literal = scan.versi else {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: "schemaVersion", en: "schemaVersion"), pesan: Pesan(
                id: "tidak ada schemaVersion (angka); ini bukan berkas kinerja, atau tambahkan \"schemaVersion\": \(Berkas.versiSkema)",
                en: "no schemaVersion (a number); this is not a kinerja file, or add \"schemaVersion\": \(Berkas.versiSkema)"))
        }
        guard Int(literal) == Berkas.versiSkema else {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: "schemaVersion", en: "schemaVersion"), pesan: Pesan(
                id: "versi skema \(literal) tidak dikenal (versi ini membaca \(Berkas.versiSkema)); pakai kinerja versi yang sesuai",
                en: "unknown schema version \(literal) (this version reads \(Berkas.versiSkema)); use a matching kinerja version"))
        }
        if let problem = scan.temuanKunci { throw galat(problem, path: path) }
        do {
            return try JSONDecoder().decode(Berkas.self, from: data)
        } catch {
            throw galat(error, data: data, path: path)
        }
    }

    /// The file's JSON as `jq` and Python's `json.dumps(indent=2, sort_keys=True)` write it:
    /// `"key": value`, two-space indent, sorted keys; so a file touched by an office's
    /// script and then by kinerja differs only where a value changed.
    public static func json(_ berkas: Berkas) -> Data {
        PenulisJSON.data(berkas)
    }

    /// The same bytes through JSONEncoder: the reference `PenulisJSON` is checked against.
    public static func jsonCodable(_ berkas: Berkas) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types does not fail; nothing comes back if it ever did.
        var data = rapikan((try? encoder.encode(berkas)) ?? Data())
        data.append(0x0A)
        return data
    }

    /// The encoder's `"key" : value` as `"key": value`, and an empty list or object on one
    /// line; text inside strings is left alone.
    public static func rapikan(_ input: Data) -> Data {
        // The result is never longer than the input: written into one buffer, byte by byte.
        var out = [UInt8](repeating: 0, count: input.count)
        var n = 0
        input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            out.withUnsafeMutableBufferPointer { o in
                var i = 0, inString = false
                let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), colon = UInt8(ascii: ":")
                while i < b.count {
                    let c = b[i]
                    if inString {
                        o[n] = c; n += 1
                        if c == backslash, i + 1 < b.count { o[n] = b[i + 1]; n += 1; i += 2; continue }
                        if c == quote { inString = false }
                        i += 1
                        continue
                    }
                    if c == quote { inString = true; o[n] = c; n += 1; i += 1; continue }
                    // ` : ` after a key.
                    if c == 0x20, i + 2 < b.count, b[i + 1] == colon, b[i + 2] == 0x20 {
                        o[n] = colon; o[n + 1] = 0x20; n += 2; i += 3; continue
                    }
                    // `[` or `{`, then only blanks and newlines, then its closer: `[]`, `{}`.
                    if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                        var j = i + 1
                        while j < b.count, b[j] == 0x20 || b[j] == 0x0A { j += 1 }
                        if j < b.count, b[j] == (c == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
                            o[n] = c; o[n + 1] = b[j]; n += 2; i = j + 1; continue
                        }
                    }
                    o[n] = c; n += 1
                    i += 1
                }
            }
        }
        return Data(out[0..<n])
    }
}

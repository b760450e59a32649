import Foundation

extension BerkasJSON {
    /// Turns a decoding error into a message with the JSON path or line and column.
    public static func galat(_ error: Error, data: Data, path: String) -> GalatBerkas {
        guard let decoding = error as? DecodingError else {
            return GalatBerkas(berkas: path, pesan: Pesan(id: "\(error)", en: "\(error)"))
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            let expected = namaJenis(type)
            return GalatBerkas(berkas: path, tempat: jalur(context.codingPath), pesan: Pesan(
                id: "jenis nilai salah: seharusnya \(expected.id); perbaiki nilainya",
                en: "wrong type of value: expected \(expected.en); correct the value"))
        case .valueNotFound(let type, let context):
            let expected = namaJenis(type)
            return GalatBerkas(berkas: path, tempat: jalur(context.codingPath), pesan: Pesan(
                id: "nilai kosong (null) tidak boleh di sini: seharusnya \(expected.id)",
                en: "an empty (null) value is not allowed here: expected \(expected.en)"))
        case .keyNotFound(let key, let context):
            return GalatBerkas(berkas: path, tempat: jalur(context.codingPath + [key]), pesan: Pesan(
                id: "kolom '\(key.stringValue)' wajib ada; tambahkan kolom itu",
                en: "field '\(key.stringValue)' is required; add it"))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return galatSintaks(data: data, path: path) }
            return GalatBerkas(berkas: path, tempat: jalur(context.codingPath), pesan: pesanRusak(context.debugDescription))
        @unknown default:
            return GalatBerkas(berkas: path, pesan: Pesan(id: "\(error)", en: "\(error)"))
        }
    }

    /// A finding of the scan: the JSON path with line and column, and the fix.
    static func galat(_ t: TemuanJSON, path: String) -> GalatBerkas {
        let place = Pesan(id: "\(t.jalur) (baris \(t.baris), kolom \(t.kolom))", en: "\(t.jalur) (line \(t.baris), column \(t.kolom))")
        let message: Pesan
        switch t.jenis {
        case .sintaks(let why):
            return GalatBerkas(berkas: path, tempat: Pesan(id: "baris \(t.baris), kolom \(t.kolom)", en: "line \(t.baris), column \(t.kolom)"), pesan: Pesan(
                id: "JSON tidak sah (\(why.id)); perbaiki di tempat itu (koma, kurung, tanda kutip), atau " + saranCadangan(path, id: true),
                en: "malformed JSON (\(why.en)); fix it there (comma, bracket, quote), or " + saranCadangan(path, id: false)))
        case .kunciGanda(let key):
            message = Pesan(id: "kolom '\(key)' muncul dua kali di objek yang sama; hapus salah satunya (kinerja tidak memilih diam-diam)",
                            en: "field '\(key)' appears twice in the same object; remove one of them (kinerja does not pick one silently)")
        case .kunciAsing(let key, let suggestion, let known):
            let hint = suggestion.map { Pesan(id: "maksud Anda '\($0)'? ", en: "did you mean '\($0)'? ") } ?? Pesan(id: "", en: "")
            message = Pesan(
                id: "kolom '\(key)' tidak dikenal; \(hint.id)kolom yang dikenal di sini: \(known.joined(separator: ", ")). Perbaiki atau hapus kolom itu: kinerja tidak menyimpan yang tidak dikenalnya",
                en: "unknown field '\(key)'; \(hint.en)the fields known here: \(known.joined(separator: ", ")). Correct or remove it: kinerja does not keep what it does not know")
        case .angkaLuarJangkauan(let literal):
            message = Pesan(id: "angka \(literal) di luar jangkauan model (paling besar 10^15); periksa nilainya",
                            en: "number \(literal) outside the model's range (at most 10^15); check the value")
        case .angkaTakTepat(let literal):
            message = Pesan(id: "angka \(literal) tidak dapat disimpan tepat (lebih dari \(PemindaiJSON.digitTepat) digit bermakna atau desimal); tulis dengan lebih sedikit digit",
                            en: "number \(literal) cannot be kept exactly (more than \(PemindaiJSON.digitTepat) significant digits or decimals); write it with fewer digits")
        case .terlaluDalam:
            message = Pesan(id: "susunan terlalu dalam (lebih dari \(PemindaiJSON.kedalamanMaks) tingkat); ini bukan berkas kinerja",
                            en: "nested too deep (more than \(PemindaiJSON.kedalamanMaks) levels); this is not a kinerja file")
        }
        return GalatBerkas(berkas: path, tempat: place, pesan: message)
    }

    private static func pesanRusak(_ debug: String) -> Pesan {
        if debug == "negative" {
            return Pesan(id: "nilai rupiah negatif; pagu dan realisasi harus 0 atau lebih",
                         en: "negative rupiah amount; pagu and realisasi must be 0 or more")
        }
        if debug == "rupiah" {
            return Pesan(id: "rupiah harus bilangan bulat dari 0 sampai 10^15; bulatkan nilainya",
                         en: "rupiah must be a whole number from 0 to 10^15; round the value")
        }
        if debug == "range" {
            return Pesan(id: "angka di luar jangkauan model (paling besar 10^15); periksa nilainya",
                         en: "number outside the model's range (at most 10^15); check the value")
        }
        if debug.hasPrefix("expected 4 quarters") {
            return Pesan(id: "harus tepat 4 triwulan (\(debug.split(separator: " ").last ?? "") ditemukan)",
                         en: "there must be exactly 4 quarters (\(debug.split(separator: " ").last ?? "") found)")
        }
        if debug.contains("invalid") || debug.contains("Cannot initialize") {
            return Pesan(id: "nilai tidak dikenal (\(debug)); lihat README untuk nilai yang boleh",
                         en: "unknown value (\(debug)); see the README for allowed values")
        }
        return Pesan(id: "nilai tidak sah (\(debug))", en: "invalid value (\(debug))")
    }

    private static func namaJenis(_ type: Any.Type) -> Pesan {
        let name = String(describing: type)
        if name.contains("Decimal") || name.contains("Int") || name.contains("Double") { return Pesan(id: "angka", en: "a number") }
        if name.contains("String") { return Pesan(id: "teks", en: "text") }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return Pesan(id: "daftar [...]", en: "a list [...]") }
        if name.contains("Dictionary") { return Pesan(id: "objek {...}", en: "an object {...}") }
        return Pesan(id: "objek {...}", en: "an object {...}")
    }

    /// `program[0].kegiatan[1].subKegiatan[2].anggaran.paguMurni`
    public static func jalur(_ keys: [CodingKey]) -> Pesan {
        var text = ""
        for key in keys {
            if let i = key.intValue { text += "[\(i)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        if text.isEmpty { text = "$" }
        return Pesan(id: text, en: text)
    }

    /// Malformed JSON: asks the parser for the offset and turns it into line and column.
    private static func galatSintaks(data: Data, path: String) -> GalatBerkas {
        var detail = ""
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        }
        var place: Pesan?
        if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
           let offset = Int(detail[range].split(separator: " ").last ?? "") {
            let (line, column) = Deskriptor.barisKolom(data, offset: offset)
            place = Pesan(id: "baris \(line), kolom \(column)", en: "line \(line), column \(column)")
        } else if detail.lowercased().contains("end of") || detail.lowercased().contains("unexpected end") {
            let (line, column) = Deskriptor.barisKolom(data, offset: data.count)
            place = Pesan(id: "baris \(line), kolom \(column)", en: "line \(line), column \(column)")
        }
        if place == nil {
            let (line, column) = Deskriptor.barisKolom(data, offset: data.count)
            place = Pesan(id: "sekitar baris \(line), kolom \(column)", en: "around line \(line), column \(column)")
        }
        let reason = detail.isEmpty ? "" : " (\(detail))"
        return GalatBerkas(berkas: path, tempat: place, pesan: Pesan(
            id: "JSON tidak sah\(reason); perbaiki di tempat itu (koma, kurung, tanda kutip), atau " + saranCadangan(path, id: true),
            en: "malformed JSON\(reason); fix it there (comma, bracket, quote), or " + saranCadangan(path, id: false)))
    }
}

import Foundation

/// The keys each object of the data file may have (docs/kinerja.schema.json
/// says the same for other tools). A key outside it is refused at load, so
/// nothing in a file can vanish at the next save.
indirect enum Bentuk: Sendable {
    /// An object with exactly these keys (each optional here; required ones are checked by the decoder).
    case objek([String: Bentuk])
    /// An object whose keys are free (years), each value of one shape.
    case peta(Bentuk)
    case daftar(Bentuk)
    /// A number, text, boolean or null: checked by the decoder.
    case nilai

    static let catatan: Bentuk = .objek(["pendorong": .nilai, "penghambat": .nilai, "tindakLanjut": .nilai,
                                          "verifikasi": .nilai, "verifikasiOleh": .nilai, "verifikasiWaktu": .nilai, "tanggapan": .nilai])
    static let indikator: Bentuk = .objek([
        "nomor": .nilai, "uraian": .nilai, "satuan": .nilai, "polaritas": .nilai, "agregasi": .nilai,
        "target": .nilai, "realisasi": .nilai, "kondisiAwal": .nilai,
        "triwulan": .daftar(.objek(["target": .nilai, "realisasi": .nilai, "catatan": catatan])),
        "tahunan": .peta(.objek(["target": .nilai, "realisasi": .nilai, "satuan": .nilai])),
    ])
    /// Built once: the scan meets it at every program, kegiatan and sub kegiatan.
    static let simpul: Bentuk = .objek([
        "kode": .nilai, "nama": .nilai, "indikator": .daftar(indikator), "mendukung": .daftar(.nilai),
        "tertulis": .objek(["pagu": .nilai, "realisasi": .nilai, "usang": .nilai]), "catatan": .daftar(catatan),
        "kegiatan": .daftar(.rekursif), "subKegiatan": .daftar(.rekursif),
        "anggaran": .objek(["paguMurni": .nilai, "paguPerubahan": .nilai, "realisasi": .daftar(.nilai), "paguSementara": .nilai]),
    ])
    /// Stands for `simpul` inside itself.
    case rekursif

    static let berkas: Bentuk = .objek([
        "schemaVersion": .nilai, "tahun": .nilai, "skala": .nilai,
        "opd": .objek(["nama": .nilai, "kode": .nilai, "pemda": .nilai, "catatan": .daftar(catatan)]),
        "renstra": .objek([
            "tahunAwal": .nilai, "tahunAkhir": .nilai,
            "tujuan": .daftar(.objek([
                "nomor": .nilai, "uraian": .nilai, "indikator": .daftar(indikator),
                "sasaran": .daftar(.objek(["nomor": .nilai, "uraian": .nilai, "indikator": .daftar(indikator)])),
            ])),
        ]),
        "program": .daftar(.rekursif),
        "kunci": .daftar(.objek(["tw": .nilai, "oleh": .nilai, "waktu": .nilai])),
    ])
}

/// A problem the scan found: where (JSON path, line, column) and what.
struct TemuanJSON: Error, Equatable {
    enum Jenis: Equatable {
        case sintaks(Pesan)
        case kunciGanda(String)
        case kunciAsing(String, saran: String?, dikenal: [String])
        case angkaLuarJangkauan(String)
        /// More digits or decimals than are kept exactly.
        case angkaTakTepat(String)
        case terlaluDalam
    }
    let jenis: Jenis
    let jalur: String
    let baris: Int
    let kolom: Int
}

/// One pass over the bytes of a JSON document: checks its syntax, that no
/// object repeats a key, that every key is one the format knows, and that every
/// number is within the model's range; each finding with its path, line and column.
struct PemindaiJSON {
    /// The document's bytes, borrowed for the scan (no copy of a large file).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var jalur: [String] = []
    /// The first key problem; the scan goes on so that `schemaVersion` is read wherever it stands.
    private(set) var temuanKunci: TemuanJSON?
    /// The literal of the top-level `schemaVersion`, if any.
    private(set) var versi: String?

    static let kedalamanMaks = 256

    /// The byte a one-letter escape stands for (`\n`, `\"`, ...), or nil for any other letter.
    static func lolosan(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): e
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Scans a document: a syntax error or an out-of-range number is thrown at once;
    /// key problems are kept in `temuanKunci` for the caller to report after the version.
    static func pindai(_ data: Data, bentuk: Bentuk = .berkas) throws(TemuanJSON) -> (versi: String?, temuanKunci: TemuanJSON?) {
        let outcome: Result<(String?, TemuanJSON?), TemuanJSON> = data.withUnsafeBytes { raw in
            var scanner = PemindaiJSON(raw.bindMemory(to: UInt8.self))
            do throws(TemuanJSON) {
                try scanner.dokumen(bentuk)
                return .success((scanner.versi, scanner.temuanKunci))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private mutating func dokumen(_ bentuk: Bentuk) throws(TemuanJSON) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        lewatiSpasi()
        try nilai(bentuk, kedalaman: 0)
        lewatiSpasi()
        if i < bytes.count { throw temuan(.sintaks(Pesan(id: "teks setelah akhir dokumen", en: "text after the end of the document"))) }
    }

    // MARK: - Values

    private mutating func nilai(_ bentuk: Bentuk, kedalaman: Int) throws(TemuanJSON) {
        guard kedalaman < PemindaiJSON.kedalamanMaks else { throw temuan(.terlaluDalam) }
        guard i < bytes.count else { throw temuan(.sintaks(Pesan(id: "dokumen berakhir di tengah", en: "the document ends in the middle"))) }
        let shape: Bentuk = if case .rekursif = bentuk { .simpul } else { bentuk }
        switch bytes[i] {
        case UInt8(ascii: "{"): try objek(shape, kedalaman: kedalaman)
        case UInt8(ascii: "["): try daftar(shape, kedalaman: kedalaman)
        case UInt8(ascii: "\""): _ = try teks()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try angka()
        case UInt8(ascii: "t"): try kata("true")
        case UInt8(ascii: "f"): try kata("false")
        case UInt8(ascii: "n"): try kata("null")
        default: throw temuan(.sintaks(Pesan(id: "nilai tidak terduga", en: "unexpected value")))
        }
    }

    private mutating func objek(_ bentuk: Bentuk, kedalaman: Int) throws(TemuanJSON) {
        i += 1
        var seen = Set<String>()
        lewatiSpasi()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
        while true {
            lewatiSpasi()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw temuan(.sintaks(Pesan(id: "seharusnya nama kolom dalam tanda kutip", en: "expected a field name in quotes"))) }
            let keyStart = i
            let key = try teks()
            if !seen.insert(key).inserted, temuanKunci == nil { temuanKunci = temuan(.kunciGanda(key), di: keyStart, tambah: key) }
            var child: Bentuk = .nilai
            switch bentuk {
            case .objek(let keys):
                if let known = keys[key] {
                    child = known
                } else if temuanKunci == nil {
                    let names = keys.keys.sorted()
                    temuanKunci = temuan(.kunciAsing(key, saran: PemindaiJSON.saran(key, names), dikenal: names), di: keyStart, tambah: key)
                }
            case .peta(let value): child = value
            default: break
            }
            lewatiSpasi()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw temuan(.sintaks(Pesan(id: "seharusnya ':' setelah nama kolom", en: "expected ':' after the field name"))) }
            i += 1
            lewatiSpasi()
            jalur.append((jalur.isEmpty ? "" : ".") + key)
            if kedalaman == 0 && key == "schemaVersion" { versi = literal() }
            try nilai(child, kedalaman: kedalaman + 1)
            jalur.removeLast()
            lewatiSpasi()
            guard i < bytes.count else { throw temuan(.sintaks(Pesan(id: "dokumen berakhir di tengah objek", en: "the document ends inside an object"))) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return }
            throw temuan(.sintaks(Pesan(id: "seharusnya ',' atau '}'", en: "expected ',' or '}'")))
        }
    }

    private mutating func daftar(_ bentuk: Bentuk, kedalaman: Int) throws(TemuanJSON) {
        i += 1
        let element: Bentuk = if case .daftar(let e) = bentuk { e } else { .nilai }
        lewatiSpasi()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
        var index = 0
        while true {
            lewatiSpasi()
            jalur.append("[\(index)]")
            try nilai(element, kedalaman: kedalaman + 1)
            jalur.removeLast()
            index += 1
            lewatiSpasi()
            guard i < bytes.count else { throw temuan(.sintaks(Pesan(id: "dokumen berakhir di tengah daftar", en: "the document ends inside a list"))) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return }
            throw temuan(.sintaks(Pesan(id: "seharusnya ',' atau ']'", en: "expected ',' or ']'")))
        }
    }

    /// A string literal; returns its text (escapes decoded) for keys.
    private mutating func teks() throws(TemuanJSON) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { throw temuan(.sintaks(Pesan(id: "karakter kendali di dalam teks", en: "a control character inside text"))) }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case let e where PemindaiJSON.lolosan(e) != nil: out.append(PemindaiJSON.lolosan(e)!)
                case UInt8(ascii: "u"):
                    guard i + 4 < bytes.count, var code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16)
                    else { throw temuan(.sintaks(Pesan(id: "\\u harus diikuti 4 digit heksadesimal", en: "\\u must be followed by 4 hex digits"))) }
                    i += 4
                    // A surrogate is half of a pair: its other half must follow, or the text is not text.
                    if (0xD800...0xDBFF).contains(code), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u"),
                       let low = UInt32(String(decoding: bytes[(i + 3)...(i + 6)], as: UTF8.self), radix: 16), (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    guard let scalar = UnicodeScalar(code) else {
                        throw temuan(.sintaks(Pesan(id: "\\u\(String(code, radix: 16, uppercase: true)) adalah separuh pasangan surrogate tanpa pasangannya; bukan teks yang sah",
                                                   en: "\\u\(String(code, radix: 16, uppercase: true)) is half a surrogate pair without its other half; not valid text")))
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw temuan(.sintaks(Pesan(id: "escape tidak sah", en: "invalid escape")))
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        throw temuan(.sintaks(Pesan(id: "teks tidak ditutup dengan tanda kutip", en: "text not closed with a quote")))
    }

    /// A number literal, refused beyond 10^15 in magnitude (the model's range).
    private mutating func angka() throws(TemuanJSON) {
        let start = i
        func digits() -> Int {
            let s = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let intDigits = digits()
        guard intDigits > 0 else { throw temuan(.sintaks(Pesan(id: "angka tidak sah", en: "invalid number"))) }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") { throw temuan(.sintaks(Pesan(id: "angka tidak boleh diawali 0", en: "a number may not start with 0"))) }
        var fractionDigits = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            fractionDigits = digits()
            guard fractionDigits > 0 else { throw temuan(.sintaks(Pesan(id: "angka tidak sah", en: "invalid number"))) }
        }
        let mantissaEnd = i
        var exponent = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var negative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { negative = bytes[i] == UInt8(ascii: "-"); i += 1 }
            let s = i
            guard digits() > 0 else { throw temuan(.sintaks(Pesan(id: "angka tidak sah", en: "invalid number"))) }
            let text = String(decoding: bytes[s..<i].prefix(6), as: UTF8.self)
            exponent = (Int(text) ?? 999_999) * (negative ? -1 : 1)
        }
        // What a decimal keeps exactly: 38 significant digits, 38 places after the point.
        let mantissa = bytes[intStart..<mantissaEnd].filter { $0 != UInt8(ascii: ".") }
        let significant = mantissa.drop { $0 == UInt8(ascii: "0") }.count
        if significant > PemindaiJSON.digitTepat || (significant > 0 && fractionDigits - exponent > PemindaiJSON.digitTepat) {
            throw temuan(.angkaTakTepat(String(decoding: bytes[start..<i].prefix(40), as: UTF8.self)), di: start)
        }
        // Significant integer digits: those before the point, leading zeros aside, moved by the exponent.
        var leading = bytes[intStart..<(intStart + intDigits)].drop { $0 == UInt8(ascii: "0") }.count
        if leading == 0 {
            // 0.000123e20: count from the first non-zero fraction digit.
            let fraction = bytes[(intStart + intDigits)..<i].dropFirst().prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            if let firstNonZero = fraction.firstIndex(where: { $0 != UInt8(ascii: "0") }) {
                leading = -(firstNonZero - fraction.startIndex)
            } else {
                return
            }
        }
        let magnitudeDigits = leading + exponent
        let literal = String(decoding: bytes[start..<i].prefix(40), as: UTF8.self)
        if magnitudeDigits > 16 || (magnitudeDigits == 16 && !PemindaiJSON.tepatBatas(literal)) {
            throw temuan(.angkaLuarJangkauan(literal), di: start)
        }
    }

    /// The digits a Decimal holds exactly.
    static let digitTepat = 38

    /// 16 integer digits is in range only for exactly 10^15.
    private static func tepatBatas(_ literal: String) -> Bool {
        guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else { return false }
        return value.magnitude <= Batas.nilaiMaksimum
    }

    /// The number literal starting here, or nil for anything else.
    private func literal() -> String? {
        var j = i
        while j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j])
            || bytes[j] == UInt8(ascii: "e") || bytes[j] == UInt8(ascii: "E") || bytes[j] == UInt8(ascii: "+") { j += 1 }
        return j > i ? String(decoding: bytes[i..<min(j, i + 20)], as: UTF8.self) : nil
    }

    private mutating func kata(_ word: String) throws(TemuanJSON) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw temuan(.sintaks(Pesan(id: "nilai tidak terduga", en: "unexpected value"))) }
        i += w.count
    }

    private mutating func lewatiSpasi() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    // MARK: - Findings

    private func temuan(_ jenis: TemuanJSON.Jenis, di offset: Int? = nil, tambah key: String? = nil) -> TemuanJSON {
        let (line, column) = Deskriptor.barisKolom(bytes, offset: offset ?? i)
        var path = jalur.joined()
        if let key { path += (path.isEmpty ? "" : ".") + key }
        return TemuanJSON(jenis: jenis, jalur: path.isEmpty ? "$" : path, baris: line, kolom: column)
    }

    /// The known key nearest to a misspelt one: at most 2 edits, or the same letters in another case.
    static func saran(_ key: String, _ known: [String]) -> String? {
        let scored = known.map { ($0, jarak(key.lowercased(), $0.lowercased())) }.filter { $0.1 <= max(2, key.count / 4) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance.
    static func jarak(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for x in 1...a.count {
            var previous = row[0]
            row[0] = x
            for y in 1...b.count {
                let current = row[y]
                row[y] = min(row[y] + 1, row[y - 1] + 1, previous + (a[x - 1] == b[y - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

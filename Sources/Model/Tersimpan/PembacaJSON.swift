import Foundation

/// The data file read straight into `Berkas` in one pass over its bytes: keys
/// matched against the format, values built where they stand, numbers made exact
/// decimals from their digits (no text-to-Decimal conversion, no Codable walk).
///
/// It reads the plain forms kinerja and other tools write. For anything else (a
/// key it does not know or meets twice, a number with an exponent or out of
/// range, a missing or mistyped field, a control character, invalid UTF-8, ...)
/// it gives up and returns nil, and the caller takes the exact path (scan and
/// JSONDecoder), which either reads the document or words the refusal with its
/// place. So it never accepts a document the exact path refuses, and what it
/// accepts it reads as the exact path does: fuzzed against it (tools/fuzz).
public struct PembacaJSON {
    /// Not a plain form: take the exact path.
    struct Mundur: Error {}

    private let b: UnsafePointer<UInt8>
    private let n: Int
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        b = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = bytes.count
    }

    /// How far the reader has come, in bytes; called between nodes.
    private var kemajuan: ((Int) -> Void)?

    public static func berkas(_ data: Data) -> Berkas? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Berkas? in
            berkas(raw.bindMemory(to: UInt8.self), kemajuan: nil)
        }
    }

    /// Reads bytes that stay valid for the call, telling `kemajuan` how far it has come.
    public static func berkas(_ bytes: UnsafeBufferPointer<UInt8>, kemajuan: ((Int) -> Void)?) -> Berkas? {
        var reader = PembacaJSON(bytes)
        reader.kemajuan = kemajuan
        do throws(Mundur) {
            return try reader.dokumen()
        } catch {
            return nil
        }
    }

    private mutating func dokumen() throws(Mundur) -> Berkas {
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        let berkas = try berkasAkar()
        spasi()
        guard i == n else { throw Mundur() }
        return berkas
    }

    // MARK: - The format's objects

    private mutating func berkasAkar() throws(Mundur) -> Berkas {
        var versi: Int?, tahun: Int?, skala: String?, opd: InfoOPD?, renstra: Renstra?, program: [SimpulBerkas]?
        var kunci: [KunciTriwulan]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "schemaVersion": try seen.tandai(0); versi = try r.bulat()
            case "tahun": try seen.tandai(1); tahun = try r.bulat()
            case "skala": try seen.tandai(2); skala = try r.teks()
            case "opd": try seen.tandai(3); opd = try r.infoOPD()
            case "renstra": try seen.tandai(4); renstra = try r.renstraObjek()
            case "program": try seen.tandai(5); program = try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.simpul() }
            case "kunci": try seen.tandai(6); kunci = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in
                try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.kunciTriwulan() } }
            default: throw Mundur()
            }
        }
        guard versi == Berkas.versiSkema, let tahun, let skala, let opd, let renstra, let program else { throw Mundur() }
        var berkas = Berkas(opd: opd, tahun: tahun, skala: skala, renstra: renstra, program: program)
        berkas.kunci = kunci
        return berkas
    }

    private mutating func infoOPD() throws(Mundur) -> InfoOPD {
        var nama: String?, kode: String?, pemda: String?, catatan: [Catatan]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "nama": try seen.tandai(0); nama = try r.teks()
            case "kode": try seen.tandai(1); kode = try r.teksAtauNull()
            case "pemda": try seen.tandai(2); pemda = try r.teksAtauNull()
            case "catatan": try seen.tandai(3); catatan = try r.daftarCatatan()
            default: throw Mundur()
            }
        }
        guard let nama else { throw Mundur() }
        var info = InfoOPD(nama: nama, kode: kode, pemda: pemda)
        info.catatan = catatan
        return info
    }

    private mutating func renstraObjek() throws(Mundur) -> Renstra {
        var awal: Int?, akhir: Int?, tujuan: [Tujuan]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "tahunAwal": try seen.tandai(0); awal = try r.bulat()
            case "tahunAkhir": try seen.tandai(1); akhir = try r.bulat()
            case "tujuan": try seen.tandai(2); tujuan = try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.tujuanObjek() }
            default: throw Mundur()
            }
        }
        guard let awal, let akhir, let tujuan else { throw Mundur() }
        return Renstra(tahunAwal: awal, tahunAkhir: akhir, tujuan: tujuan)
    }

    private mutating func tujuanObjek() throws(Mundur) -> Tujuan {
        var nomor: String?, uraian: String?, indikator: [Indikator]?, sasaran: [Sasaran]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "nomor": try seen.tandai(0); nomor = try r.teks()
            case "uraian": try seen.tandai(1); uraian = try r.teks()
            case "indikator": try seen.tandai(2); indikator = try r.daftarIndikator()
            case "sasaran": try seen.tandai(3); sasaran = try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.sasaranObjek() }
            default: throw Mundur()
            }
        }
        guard let nomor, let uraian, let indikator, let sasaran else { throw Mundur() }
        return Tujuan(nomor: nomor, uraian: uraian, indikator: indikator, sasaran: sasaran)
    }

    private mutating func sasaranObjek() throws(Mundur) -> Sasaran {
        var nomor: String?, uraian: String?, indikator: [Indikator]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "nomor": try seen.tandai(0); nomor = try r.teks()
            case "uraian": try seen.tandai(1); uraian = try r.teks()
            case "indikator": try seen.tandai(2); indikator = try r.daftarIndikator()
            default: throw Mundur()
            }
        }
        guard let nomor, let uraian, let indikator else { throw Mundur() }
        return Sasaran(nomor: nomor, uraian: uraian, indikator: indikator)
    }

    private mutating func daftarIndikator() throws(Mundur) -> [Indikator] {
        try daftar { (r: inout PembacaJSON) throws(Mundur) in try r.indikator() }
    }

    private mutating func indikator() throws(Mundur) -> Indikator {
        var nomor: String?, uraian: String?, satuan: String?, polaritas: Polaritas?, agregasi: Agregasi?
        var target: Decimal?, realisasi: Decimal?, kondisiAwal: Decimal?
        var triwulan: [Triwulan]?, tahunan: [String: NilaiTahun]?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "nomor": try seen.tandai(0); nomor = try r.teksAtauNull()
            case "uraian": try seen.tandai(1); uraian = try r.teks()
            case "satuan": try seen.tandai(2); satuan = try r.teks()
            case "polaritas": try seen.tandai(3); polaritas = Polaritas(rawValue: try r.teks())
                if polaritas == nil { throw Mundur() }
            case "agregasi": try seen.tandai(4); agregasi = Agregasi(rawValue: try r.teks())
                if agregasi == nil { throw Mundur() }
            case "target": try seen.tandai(5); target = try r.nilai()
            case "realisasi": try seen.tandai(6); realisasi = try r.nilai()
            case "kondisiAwal": try seen.tandai(7); kondisiAwal = try r.nilai()
            case "triwulan": try seen.tandai(8); triwulan = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in
                try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.triwulanObjek() } }
                if let triwulan, triwulan.count != 4 { throw Mundur() }
            case "tahunan": try seen.tandai(9); tahunan = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.petaTahun() }
            default: throw Mundur()
            }
        }
        guard let uraian, let satuan, let polaritas, let agregasi else { throw Mundur() }
        return Indikator(nomor: nomor, uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: agregasi,
                         target: target, realisasi: realisasi,
                         triwulan: triwulan ?? Array(repeating: Triwulan(), count: 4),
                         kondisiAwal: kondisiAwal, tahunan: tahunan)
    }

    private mutating func triwulanObjek() throws(Mundur) -> Triwulan {
        var quarter = Triwulan()
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "target": try seen.tandai(0); quarter.target = try r.nilai()
            case "realisasi": try seen.tandai(1); quarter.realisasi = try r.nilai()
            case "catatan": try seen.tandai(2); quarter.catatan = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.catatanObjek() }
            default: throw Mundur()
            }
        }
        return quarter
    }

    private mutating func petaTahun() throws(Mundur) -> [String: NilaiTahun] {
        var map: [String: NilaiTahun] = [:]
        if try awalObjek() {
            repeat {
                let year = try kunciObjek()
                var value = NilaiTahun()
                try objek { r, key, seen throws(Mundur) in
                    switch key {
                    case "target": try seen.tandai(0); value.target = try r.nilai()
                    case "realisasi": try seen.tandai(1); value.realisasi = try r.nilai()
                    case "satuan": try seen.tandai(2); value.satuan = try r.teksAtauNull()
                    default: throw Mundur()
                    }
                }
                guard map.updateValue(value, forKey: year) == nil else { throw Mundur() }
            } while try lanjutObjek()
        }
        return map
    }

    private mutating func daftarCatatan() throws(Mundur) -> [Catatan]? {
        try bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.catatanObjek() } }
    }

    private mutating func catatanObjek() throws(Mundur) -> Catatan {
        var note = Catatan()
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "pendorong": try seen.tandai(0); note.pendorong = try r.teksAtauNull()
            case "penghambat": try seen.tandai(1); note.penghambat = try r.teksAtauNull()
            case "tindakLanjut": try seen.tandai(2); note.tindakLanjut = try r.teksAtauNull()
            case "verifikasi": try seen.tandai(3); note.verifikasi = try r.teksAtauNull()
            case "verifikasiOleh": try seen.tandai(4); note.verifikasiOleh = try r.teksAtauNull()
            case "verifikasiWaktu": try seen.tandai(5); note.verifikasiWaktu = try r.teksAtauNull()
            case "tanggapan": try seen.tandai(6); note.tanggapan = try r.teksAtauNull()
            default: throw Mundur()
            }
        }
        return note
    }

    private mutating func simpul() throws(Mundur) -> SimpulBerkas {
        kemajuan?(i)
        var kode: String?, nama: String?
        var node = SimpulBerkas(kode: "", nama: "")
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "kode": try seen.tandai(0); kode = try r.teks()
            case "nama": try seen.tandai(1); nama = try r.teks()
            case "indikator": try seen.tandai(2); node.indikator = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.daftarIndikator() }
            case "mendukung": try seen.tandai(3); node.mendukung = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in
                try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.teks() } }
            case "tertulis": try seen.tandai(4); node.tertulis = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.tertulis() }
            case "catatan": try seen.tandai(5); node.catatan = try r.daftarCatatan()
            case "kegiatan": try seen.tandai(6); node.kegiatan = try r.anak()
            case "subKegiatan": try seen.tandai(7); node.subKegiatan = try r.anak()
            case "anggaran": try seen.tandai(8); node.anggaran = try r.bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.anggaran() }
            default: throw Mundur()
            }
        }
        guard let kode, let nama else { throw Mundur() }
        node.kode = kode
        node.nama = nama
        return node
    }

    private mutating func anak() throws(Mundur) -> [SimpulBerkas]? {
        try bolehNull { (r: inout PembacaJSON) throws(Mundur) in try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.simpul() } }
    }

    private mutating func anggaran() throws(Mundur) -> Anggaran {
        var budget = Anggaran()
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "paguMurni": try seen.tandai(0); budget.paguMurni = try r.rupiah()
            case "paguPerubahan": try seen.tandai(1); budget.paguPerubahan = try r.rupiah()
            case "paguSementara": try seen.tandai(2); budget.paguSementara = try r.boolean()
            case "realisasi": try seen.tandai(3)
                // Present means a list of four (null here is refused by the exact path).
                let quarters = try r.daftar { (r: inout PembacaJSON) throws(Mundur) in try r.rupiah() }
                guard quarters.count == 4 else { throw Mundur() }
                budget.realisasi = quarters
            default: throw Mundur()
            }
        }
        return budget
    }

    private mutating func tertulis() throws(Mundur) -> AnggaranTertulis {
        var stated = AnggaranTertulis()
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "pagu": try seen.tandai(0); stated.pagu = try r.rupiah()
            case "realisasi": try seen.tandai(1); stated.realisasi = try r.rupiah()
            case "usang": try seen.tandai(2); stated.usang = try r.boolean()
            default: throw Mundur()
            }
        }
        return stated
    }

    private mutating func kunciTriwulan() throws(Mundur) -> KunciTriwulan {
        var tw: Int?, oleh: String?, waktu: String?
        try objek { r, key, seen throws(Mundur) in
            switch key {
            case "tw": try seen.tandai(0); tw = try r.bulat()
            case "oleh": try seen.tandai(1); oleh = try r.teks()
            case "waktu": try seen.tandai(2); waktu = try r.teks()
            default: throw Mundur()
            }
        }
        guard let tw, let oleh, let waktu else { throw Mundur() }
        return KunciTriwulan(tw: tw, oleh: oleh, waktu: waktu)
    }

    // MARK: - Structure

    /// The keys met in one object, to refuse a repeated one.
    private struct Terlihat {
        var bits: UInt32 = 0
        mutating func tandai(_ k: UInt32) throws(Mundur) {
            let bit: UInt32 = 1 << k
            guard bits & bit == 0 else { throw Mundur() }
            bits |= bit
        }
    }

    private mutating func spasi() {
        while i < n {
            let c = b[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            i += 1
        }
    }

    private mutating func harus(_ c: UInt8) throws(Mundur) {
        spasi()
        guard i < n, b[i] == c else { throw Mundur() }
        i += 1
    }

    /// An object's members, each key handed to `anggota` with the keys met so far (it reads
    /// the value, or refuses the key).
    private mutating func objek(_ anggota: (inout PembacaJSON, String, inout Terlihat) throws(Mundur) -> Void) throws(Mundur) {
        var seen = Terlihat()
        guard try awalObjek() else { return }
        repeat { try anggota(&self, try kunciObjek(), &seen) } while try lanjutObjek()
    }

    /// `{`; false when the object is empty (its `}` read too).
    private mutating func awalObjek() throws(Mundur) -> Bool {
        try harus(UInt8(ascii: "{"))
        spasi()
        if i < n, b[i] == UInt8(ascii: "}") { i += 1; return false }
        return true
    }

    /// A key and its colon.
    private mutating func kunciObjek() throws(Mundur) -> String {
        spasi()
        guard i < n, b[i] == UInt8(ascii: "\"") else { throw Mundur() }
        let key = try teksMentah()
        try harus(UInt8(ascii: ":"))
        spasi()
        return key
    }

    /// After a member: true at `,`, false at `}`.
    private mutating func lanjutObjek() throws(Mundur) -> Bool {
        spasi()
        guard i < n else { throw Mundur() }
        let c = b[i]
        i += 1
        if c == UInt8(ascii: ",") { return true }
        if c == UInt8(ascii: "}") { return false }
        throw Mundur()
    }

    private mutating func daftar<T>(_ element: (inout PembacaJSON) throws(Mundur) -> T) throws(Mundur) -> [T] {
        try harus(UInt8(ascii: "["))
        spasi()
        var list: [T] = []
        if i < n, b[i] == UInt8(ascii: "]") { i += 1; return list }
        while true {
            spasi()
            list.append(try element(&self))
            spasi()
            guard i < n else { throw Mundur() }
            let c = b[i]
            i += 1
            if c == UInt8(ascii: ",") { continue }
            if c == UInt8(ascii: "]") { return list }
            throw Mundur()
        }
    }

    /// `null` as nil, else the value.
    private mutating func bolehNull<T>(_ value: (inout PembacaJSON) throws(Mundur) -> T) throws(Mundur) -> T? {
        if try null() { return nil }
        return try value(&self)
    }

    private mutating func null() throws(Mundur) -> Bool {
        spasi()
        guard i + 4 <= n, b[i] == UInt8(ascii: "n") else { return false }
        guard b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l") else { throw Mundur() }
        i += 4
        return true
    }

    // MARK: - Values

    private mutating func teks() throws(Mundur) -> String {
        spasi()
        guard i < n, b[i] == UInt8(ascii: "\"") else { throw Mundur() }
        return try teksMentah()
    }

    private mutating func teksAtauNull() throws(Mundur) -> String? {
        if try null() { return nil }
        return try teks()
    }

    /// The string at `"`: plain bytes as they are, the usual escapes decoded.
    private mutating func teksMentah() throws(Mundur) -> String {
        i += 1
        let start = i
        var ascii = true
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: b + start, count: i - start)
                i += 1
                if ascii { return String(decoding: bytes, as: UTF8.self) }
                guard let text = String(validating: bytes, as: UTF8.self) else { throw Mundur() }
                return text
            }
            if c == UInt8(ascii: "\\") { i = start; return try teksLolos() }
            if c < 0x20 { throw Mundur() }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        throw Mundur()
    }

    /// A string with escapes, from just after its `"`.
    private mutating func teksLolos() throws(Mundur) -> String {
        var out: [UInt8] = []
        while i < n {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") {
                guard let text = String(validating: out, as: UTF8.self) else { throw Mundur() }
                return text
            }
            if c < 0x20 { throw Mundur() }
            guard c == UInt8(ascii: "\\") else { out.append(c); continue }
            guard i < n else { throw Mundur() }
            let e = b[i]
            i += 1
            if let plain = PemindaiJSON.lolosan(e) { out.append(plain); continue }
            switch e {
            case UInt8(ascii: "u"):
                guard i + 4 <= n else { throw Mundur() }
                var v: UInt32 = 0
                for k in 0..<4 {
                    let h = b[i + k]
                    let d: UInt8 = switch h {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): h - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): h - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): h - UInt8(ascii: "A") + 10
                    default: throw Mundur()
                    }
                    v = v << 4 | UInt32(d)
                }
                i += 4
                // NUL and surrogates (pairs included) are left to the exact path.
                guard v != 0, !(0xD800...0xDFFF).contains(v), let scalar = Unicode.Scalar(v) else { throw Mundur() }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: throw Mundur()
            }
        }
        throw Mundur()
    }

    private mutating func boolean() throws(Mundur) -> Bool? {
        if try null() { return nil }
        if i + 4 <= n, b[i] == UInt8(ascii: "t"), b[i + 1] == UInt8(ascii: "r"), b[i + 2] == UInt8(ascii: "u"), b[i + 3] == UInt8(ascii: "e") {
            i += 4
            return true
        }
        if i + 5 <= n, b[i] == UInt8(ascii: "f"), b[i + 1] == UInt8(ascii: "a"), b[i + 2] == UInt8(ascii: "l"),
           b[i + 3] == UInt8(ascii: "s"), b[i + 4] == UInt8(ascii: "e") {
            i += 5
            return false
        }
        throw Mundur()
    }

    /// A plain number: `-`, digits, `.` digits; no exponent. Its digits as one
    /// integer, the count after the point and the sign.
    private mutating func angka() throws(Mundur) -> (digits: UInt64, scale: Int, negative: Bool, integerDigits: Int) {
        spasi()
        var negative = false
        if i < n, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        let start = i
        var value: UInt64 = 0
        var count = 0
        while i < n, b[i] &- UInt8(ascii: "0") < 10 {
            value = value &* 10 &+ UInt64(b[i] &- UInt8(ascii: "0"))
            i += 1
            count += 1
        }
        let integerDigits = i - start
        // No digits, a leading zero before more digits: not plain.
        guard integerDigits > 0, !(integerDigits > 1 && b[start] == UInt8(ascii: "0")) else { throw Mundur() }
        var scale = 0
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < n, b[i] &- UInt8(ascii: "0") < 10 {
                value = value &* 10 &+ UInt64(b[i] &- UInt8(ascii: "0"))
                i += 1
                count += 1
            }
            scale = i - fractionStart
            guard scale > 0 else { throw Mundur() }
        }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") { throw Mundur() }
        // 18 digits always fit; below 10^15 in magnitude is in the model's range.
        guard count <= 18, integerDigits <= 15 else { throw Mundur() }
        return (value, scale, negative, integerDigits)
    }

    /// An indicator value: blank (null) or an exact decimal.
    private mutating func nilai() throws(Mundur) -> Decimal? {
        if try null() { return nil }
        let (digits, scale, negative, _) = try angka()
        if digits == 0 { return Decimal(sign: .plus, exponent: -scale, significand: 0) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(digits))
    }

    /// Whole rupiah: blank (null) or a non-negative integer.
    private mutating func rupiah() throws(Mundur) -> Int? {
        if try null() { return nil }
        let (digits, scale, negative, _) = try angka()
        guard !negative, scale == 0 else { throw Mundur() }
        return Int(digits)
    }

    /// A year, a version, a quarter: a plain integer.
    private mutating func bulat() throws(Mundur) -> Int {
        let (digits, scale, negative, _) = try angka()
        guard scale == 0, !(negative && digits == 0) else { throw Mundur() }
        return negative ? -Int(digits) : Int(digits)
    }
}

import Foundation

/// The data file's bytes written straight from `Berkas`, in the project's layout
/// (`"key": value`, two-space indent, keys sorted, empty lists and objects on one
/// line, a final newline: what Python's `json.dumps(indent=2, sort_keys=True,
/// ensure_ascii=False)` writes). Byte for byte what the Codable route
/// (`Penyimpan.jsonCodable`) gives for the same data: the tests and the fuzz
/// target compare the two.
public struct PenulisJSON {
    private var out: Penyangga
    private var indent = 0
    /// Whether the open object or list has a member yet, one flag per level.
    private var first: [Bool] = []

    /// Where a streamed file goes: its descriptor, the hash of what was written, the first failure.
    private var aliran: (fd: Int32, hash: Sidik.Pencacah, galat: Int32)?

    /// Streams the file to `fd` in pieces of about a megabyte, hashing them on the way,
    /// so that no buffer ever holds the whole file. The errno of a failed write, else 0,
    /// and the hash of the bytes (the fingerprint's content part).
    public static func tulis(_ berkas: Berkas, ke fd: Int32) -> (galat: Int32, hash: String) {
        var w = PenulisJSON(out: Penyangga(kapasitas: 1 << 21))
        w.aliran = (fd, Sidik.Pencacah(), 0)
        w.berkas(berkas)
        w.out.append(0x0A)
        w.alirkan(semua: true)
        return (w.aliran!.galat, w.aliran!.hash.akhir())
    }

    /// Writes out what is buffered once it passes a megabyte (or all of it at the end),
    /// in a multiple of 8 bytes so that the hash sees the same words as over the whole file.
    private mutating func alirkan(semua: Bool = false) {
        guard var sink = aliran, semua || out.jumlah >= 1 << 20 else { return }
        let n = semua ? out.jumlah : out.jumlah & ~7
        out.denganAwal(n) { piece in
            sink.hash.tambah(piece)
            if sink.galat == 0 { sink.galat = Deskriptor.tulisSemua(sink.fd, piece) }
        }
        out.buangAwal(n)
        aliran = sink
    }

    public static func data(_ berkas: Berkas) -> Data {
        // About 1,5 KB a node in this layout: one allocation for most files.
        let nodes = berkas.program.reduce(0) { $0 + 1 + ($1.kegiatan ?? []).reduce(0) { $0 + 1 + ($1.subKegiatan?.count ?? 0) } }
        var w = PenulisJSON(out: Penyangga(kapasitas: 1 << 16 + nodes * 1_600))
        w.berkas(berkas)
        w.out.append(0x0A)
        return w.out.data()
    }

    // MARK: - The format's objects, keys in sorted order

    private mutating func berkas(_ f: Berkas) {
        buka("{")
        if let locks = f.kunci {
            kunci("kunci"); daftar(locks) { w, lock in
                w.buka("{")
                w.kunci("oleh"); w.teks(lock.oleh)
                w.kunci("tw"); w.bulat(lock.tw)
                w.kunci("waktu"); w.teks(lock.waktu)
                w.tutup("}")
            }
        }
        kunci("opd"); buka("{")
        if let notes = f.opd.catatan { kunci("catatan"); daftar(notes) { w, c in w.catatan(c) } }
        if let code = f.opd.kode { kunci("kode"); teks(code) }
        kunci("nama"); teks(f.opd.nama)
        if let pemda = f.opd.pemda { kunci("pemda"); teks(pemda) }
        tutup("}")
        kunci("program"); daftar(f.program) { w, p in w.simpul(p) }
        kunci("renstra"); buka("{")
        kunci("tahunAkhir"); bulat(f.renstra.tahunAkhir)
        kunci("tahunAwal"); bulat(f.renstra.tahunAwal)
        kunci("tujuan"); daftar(f.renstra.tujuan) { w, t in
            w.buka("{")
            w.kunci("indikator"); w.daftar(t.indikator) { w, ind in w.indikator(ind) }
            w.kunci("nomor"); w.teks(t.nomor)
            w.kunci("sasaran"); w.daftar(t.sasaran) { w, s in
                w.buka("{")
                w.kunci("indikator"); w.daftar(s.indikator) { w, ind in w.indikator(ind) }
                w.kunci("nomor"); w.teks(s.nomor)
                w.kunci("uraian"); w.teks(s.uraian)
                w.tutup("}")
            }
            w.kunci("uraian"); w.teks(t.uraian)
            w.tutup("}")
        }
        tutup("}")
        kunci("schemaVersion"); bulat(f.schemaVersion)
        kunci("skala"); teks(f.skala)
        kunci("tahun"); bulat(f.tahun)
        tutup("}")
    }

    private mutating func simpul(_ s: SimpulBerkas) {
        alirkan()
        buka("{")
        if let a = s.anggaran {
            kunci("anggaran"); buka("{")
            if let v = a.paguMurni { kunci("paguMurni"); bulat(v) }
            if let v = a.paguPerubahan { kunci("paguPerubahan"); bulat(v) }
            if let v = a.paguSementara { kunci("paguSementara"); boolean(v) }
            kunci("realisasi"); daftar(a.realisasi) { w, v in if let v { w.bulat(v) } else { w.null() } }
            tutup("}")
        }
        if let notes = s.catatan { kunci("catatan"); daftar(notes) { w, c in w.catatan(c) } }
        if let list = s.indikator { kunci("indikator"); daftar(list) { w, ind in w.indikator(ind) } }
        if let list = s.kegiatan { kunci("kegiatan"); daftar(list) { w, k in w.simpul(k) } }
        kunci("kode"); teks(s.kode)
        if let list = s.mendukung { kunci("mendukung"); daftar(list) { w, m in w.teks(m) } }
        kunci("nama"); teks(s.nama)
        if let list = s.subKegiatan { kunci("subKegiatan"); daftar(list) { w, k in w.simpul(k) } }
        if let t = s.tertulis {
            kunci("tertulis"); buka("{")
            if let v = t.pagu { kunci("pagu"); bulat(v) }
            if let v = t.realisasi { kunci("realisasi"); bulat(v) }
            if let v = t.usang { kunci("usang"); boolean(v) }
            tutup("}")
        }
        tutup("}")
    }

    private mutating func indikator(_ ind: Indikator) {
        buka("{")
        kunci("agregasi"); teks(ind.agregasi.rawValue)
        if let v = ind.kondisiAwal { kunci("kondisiAwal"); desimal(v) }
        if let v = ind.nomor { kunci("nomor"); teks(v) }
        kunci("polaritas"); teks(ind.polaritas.rawValue)
        if let v = ind.realisasi { kunci("realisasi"); desimal(v) }
        kunci("satuan"); teks(ind.satuan)
        if let years = ind.tahunan {
            kunci("tahunan"); buka("{")
            for year in years.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let v = years[year]!
                kunci(year); buka("{")
                if let x = v.realisasi { kunci("realisasi"); desimal(x) }
                if let x = v.satuan { kunci("satuan"); teks(x) }
                if let x = v.target { kunci("target"); desimal(x) }
                tutup("}")
            }
            tutup("}")
        }
        if let v = ind.target { kunci("target"); desimal(v) }
        kunci("triwulan"); daftar(ind.triwulan) { w, q in
            w.buka("{")
            if let c = q.catatan { w.kunci("catatan"); w.catatan(c) }
            if let v = q.realisasi { w.kunci("realisasi"); w.desimal(v) }
            if let v = q.target { w.kunci("target"); w.desimal(v) }
            w.tutup("}")
        }
        kunci("uraian"); teks(ind.uraian)
        tutup("}")
    }

    private mutating func catatan(_ c: Catatan) {
        buka("{")
        if let v = c.pendorong { kunci("pendorong"); teks(v) }
        if let v = c.penghambat { kunci("penghambat"); teks(v) }
        if let v = c.tanggapan { kunci("tanggapan"); teks(v) }
        if let v = c.tindakLanjut { kunci("tindakLanjut"); teks(v) }
        if let v = c.verifikasi { kunci("verifikasi"); teks(v) }
        if let v = c.verifikasiOleh { kunci("verifikasiOleh"); teks(v) }
        if let v = c.verifikasiWaktu { kunci("verifikasiWaktu"); teks(v) }
        tutup("}")
    }

    // MARK: - Layout

    private mutating func baris() {
        out.append(0x0A)
        out.append(spasi: indent * 2)
    }

    /// Before a member of the open object or list: its comma and line.
    private mutating func anggota() {
        if first.last == true { first[first.count - 1] = false } else { out.append(UInt8(ascii: ",")) }
        baris()
    }

    private mutating func buka(_ c: Unicode.Scalar) {
        out.append(UInt8(ascii: c))
        indent += 1
        first.append(true)
    }

    /// Closes an object or list: on its own line, or right after its opener when empty.
    private mutating func tutup(_ c: Unicode.Scalar) {
        indent -= 1
        if first.removeLast() == false { baris() }
        out.append(UInt8(ascii: c))
    }

    private mutating func kunci(_ key: String) {
        anggota()
        teks(key)
        out.append(UInt8(ascii: ":"))
        out.append(0x20)
    }

    private mutating func daftar<T>(_ list: [T], _ element: (inout PenulisJSON, T) -> Void) {
        buka("[")
        for item in list {
            anggota()
            element(&self, item)
        }
        tutup("]")
    }

    // MARK: - Values

    private mutating func null() { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    private mutating func boolean(_ v: Bool) {
        out.append(contentsOf: v ? Array("true".utf8) : Array("false".utf8))
    }

    private mutating func bulat(_ v: Int) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// An exact decimal as the Codable route writes it (its `description`).
    private mutating func desimal(_ v: Decimal) {
        if v.denganTeks({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: v.description.utf8) }
    }

    /// A string with `"` and `\` escaped, control characters as `\n`, `\t`, ... or `\u00XX`.
    private mutating func teks(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var plainFrom = 0
            for (k, c) in bytes.enumerated() where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<k]))
                plainFrom = k + 1
                switch c {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A growing byte buffer, handed over to `Data` without a copy (else freed with it).
public final class Penyangga {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Given to a `Data`, which frees it.
    private var diserahkan = false

    public init(kapasitas: Int) {
        capacity = max(16, kapasitas)
        base = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { if !diserahkan { free(base) } }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = max(capacity * 2, count + more)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    public func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = byte
        count += 1
    }

    public func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    public func append<S: Sequence<UInt8>>(contentsOf bytes: S) {
        for byte in bytes { append(byte) }
    }

    public var jumlah: Int { count }

    public func tambah(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public func tambah(teks: String) {
        var text = teks
        text.withUTF8 { append(contentsOf: $0) }
    }

    public func denganAwal(_ n: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        body(UnsafeRawBufferPointer(start: base, count: n))
    }

    /// Drops the first `n` bytes, keeping the rest at the front.
    public func buangAwal(_ n: Int) {
        base.update(from: base + n, count: count - n)
        count -= n
    }

    public func append(spasi n: Int) {
        reserve(n)
        (base + count).initialize(repeating: 0x20, count: n)
        count += n
    }

    /// The bytes as `Data`, which now owns them; the buffer is not used again.
    public func data() -> Data {
        diserahkan = true
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
    }
}

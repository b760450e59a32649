import Foundation
import Model
import Pelaporan
import Antarmuka
import GudangPostgres

/// `kinerja bench --pg URL`: the shared store's figures on a Pemda of `opd` OPDs of `sub`
/// sub kegiatan each (generated, stored as OPD codes B.01... for the year 2099 in the
/// database the URL names; replaced on each run): opening one OPD in the interface,
/// `rekap` of all, an edit seen by another open interface, and the load test.
enum TolokPG {
    static let tahun = 2099

    static func kode(_ n: Int) -> String { String(format: "B.%02d", n) }

    /// Generates and stores the Pemda (as the administrator).
    static func siapkan(_ g: GudangPG, opd: Int, sub: Int) throws {
        for n in 1...opd {
            var b = Generator.buat(subKegiatan: sub, seed: UInt64(n))
            b.tahun = tahun
            b.opd.kode = kode(n)
            b.opd.nama = "OPD Uji \(n)"
            let d = Diserahkan(try Dokumen(berkas: b))
            try diGudang { () async throws(GalatGudang) in try await g.dorong(d.isi, ganti: true, sumber: "bench") }
        }
    }

    /// What the load test came to.
    struct HasilBeban {
        var ditulis = 0
        var galat: [String] = []
        var hilang = 0
        var detik = 0.0
    }

    /// `penulis` writers side by side on one OPD-year, `suntingan` edits each, every one
    /// written as the interface writes it (a value over the value it was changed from);
    /// each writer has values of its own, so none may conflict. Afterwards every value must
    /// hold its writer's last edit, and the journal one line per edit: else it is lost.
    static func beban(_ g: GudangPG, opd: String, tahun: Int, penulis: Int, suntingan: Int, batas: Double = 120) throws -> HasilBeban {
        let d = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }.dokumen.isi
        let addresses = d.semuaAlamat.filter {
            if case .indikator(_, _, .target(let q?)) = $0 { return q > 0 }
            if case .indikator(_, _, .realisasi(let q?)) = $0 { return q > 0 }
            return false
        }
        let journalBefore = try hitungJurnal(g, opd: opd, tahun: tahun)
        let start = Date()
        let result = Kotak<(Int, [String], [(AlamatNilai, String)])>()
        let group = DispatchGroup()
        for w in 0..<penulis {
            let mine = addresses.enumerated().filter { $0.offset % penulis == w }.map(\.element)
            let first: [AlamatNilai: String?] = Dictionary(uniqueKeysWithValues: mine.map { ($0, d.nilai($0) ?? nil) })
            DispatchQueue.global().async(group: group) {
                var last = first
                var written = 0
                var errors: [String] = []
                for n in 0..<suntingan where Date().timeIntervalSince(start) < batas {
                    let a = mine[n % mine.count]
                    let value = "\(w).\(String(format: "%03d", n))"
                    let change = Perubahan(alamat: a, lama: last[a] ?? nil, baru: value)
                    do throws(GalatGudang) {
                        let (conflicts, _) = try GudangPG.tunggu { () async throws(GalatGudang) in
                            try await g.tulis(opd: opd, tahun: tahun, [change], sumber: "beban")
                        }
                        if conflicts.isEmpty { written += 1; last[a] = value } else { errors.append("bentrok \(a.teks(.id))") }
                    } catch {
                        errors.append(error.teks(.id))
                    }
                }
                result.kirim((written, errors, last.compactMap { a, v in v.map { (a, $0) } }))
            }
        }
        group.wait()
        var out = HasilBeban()
        out.detik = Date().timeIntervalSince(start)
        let after = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }.dokumen.isi
        for (written, errors, finals) in result.ambil() {
            out.ditulis += written
            out.galat += errors
            // The last value each writer wrote is what the store holds now.
            out.hilang += finals.filter { Decimal(string: $0.1) != (after.nilai($0.0) ?? nil).flatMap { Decimal(string: $0) } }.count
        }
        let journal = try hitungJurnal(g, opd: opd, tahun: tahun) - journalBefore
        out.hilang += max(0, out.ditulis - journal)
        return out
    }

    static func hitungJurnal(_ g: GudangPG, opd: String, tahun: Int) throws -> Int {
        try diGudang { () async throws(GalatGudang) in try await g.jumlahJurnal(opd: opd, tahun: tahun) }
    }

    /// Time from a write to its arrival at a listening interface, `kali` times.
    static func terlihat(_ g: GudangPG, opd: String, tahun: Int, kali: Int) throws -> [Double] {
        let d = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }
        let box = Kotak<Date>()
        let listener = Task.detached(executorPreference: GudangPG.pelaksana) {
            await g.dengar(opd: opd, tahun: tahun, revisi: d.revisi, kabar: { _ in box.kirim(Date()) }, putus: { _ in })
        }
        defer { listener.cancel() }
        usleep(300_000)
        _ = box.ambil()
        var times: [Double] = []
        let a = try wajibAda(d.dokumen.isi.semuaAlamat.first { if case .indikator = $0 { return true }; return false })
        var previous = d.dokumen.isi.nilai(a) ?? nil
        for n in 0..<kali {
            let value = "\(7000 + n)"
            let sent = Date()
            let change = Perubahan(alamat: a, lama: previous, baru: value)
            _ = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tulis(opd: opd, tahun: tahun, [change], sumber: "bench") }
            previous = value
            var seen: Date?
            while seen == nil, Date().timeIntervalSince(sent) < 5 { seen = box.ambil().first; if seen == nil { usleep(1_000) } }
            times.append(seen.map { $0.timeIntervalSince(sent) } ?? 5)
        }
        return times
    }

    static func jalankan(_ url: String, opd: Int, sub: Int, penulis: Int, suntingan: Int) throws {
        let (g, _, _) = try gudang(url, perluOPD: false)
        cetak("PostgreSQL: \(g.alamat.tampil); Pemda uji: \(opd) OPD x \(sub) sub kegiatan (kode B.01-B.\(String(format: "%02d", opd)), tahun \(tahun))")
        var start = Date()
        try siapkan(g, opd: opd, sub: sub)
        cetak(String(format: "push %d OPD: %.2f s", opd, Date().timeIntervalSince(start)))

        // Opening one OPD in the interface: read from the store, the state built, the first screen drawn.
        var opens: [Double] = []
        for _ in 0..<7 {
            start = Date()
            let m = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: kode(1), tahun: tahun) }
            let k = Keadaan(dokumen: m.dokumen.isi, path: "bench", bahasa: bahasaCLI)
            _ = k.gambar()
            opens.append(Date().timeIntervalSince(start))
        }
        cetak(String(format: "open one OPD in the interface (read + first screen): median %.3f s", median(opens)))

        var rekaps: [Double] = []
        for _ in 0..<5 {
            start = Date()
            let docs = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.semua(tahun: tahun) }
            _ = Laporan.rekap(BarisRekap.semua(docs.map(\.isi), tw: 4, bahasa: bahasaCLI), tahun: tahun, tw: 4, bahasa: bahasaCLI).teks(bahasaCLI)
            rekaps.append(Date().timeIntervalSince(start))
        }
        cetak(String(format: "rekap of %d OPD: median %.3f s", opd, median(rekaps)))

        let seen = try terlihat(g, opd: kode(2), tahun: tahun, kali: 20)
        cetak(String(format: "an edit seen by another open interface: median %.3f s, max %.3f s (20 edits)", median(seen), seen.max() ?? 0))

        let load = try beban(g, opd: kode(3), tahun: tahun, penulis: penulis, suntingan: suntingan)
        cetak(String(format: "load: %d writers x %d edits: %d written in %.1f s (%.0f edits/s), %d lost, %d errors shown",
                     penulis, suntingan, load.ditulis, load.detik, Double(load.ditulis) / max(load.detik, 0.001), load.hilang, load.galat.count))
        for e in load.galat.prefix(3) { cetak("  " + e) }
    }

}

private func wajibAda<T>(_ v: T?) throws -> T {
    guard let v else { throw GagalCLI("bench: no indicator value in the dataset") }
    return v
}

import ArgumentParser
import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// Measures load, edit-with-recalculation and save on a generated dataset.
struct Tolok: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "bench", abstract: T(
            "Tolok ukur: muat, satu suntingan dengan hitung ulang (median), simpan, memori puncak.",
            "Benchmark: load, one edit with recalculation (median), save, peak memory."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Option(name: .customLong("sub-kegiatan"), help: ArgumentHelp(T("Jumlah sub kegiatan data sintetis.", "Size of the synthetic dataset."))) var subKegiatan = 100_000
    @Option(help: ArgumentHelp(T("Jumlah suntingan yang diukur.", "Number of edits measured."))) var edits = 1_000
    @Option(help: ArgumentHelp(T("Benih acak.", "Random seed."))) var seed: UInt64 = 1

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bench.json").path
        let data = Penyimpan.json(Generator.buat(subKegiatan: subKegiatan, seed: seed))
        try Penyimpan.tulisAtomik(data, ke: path, cadangan: false)
        print("dataset: \(subKegiatan) sub kegiatan, \(data.count / 1_048_576) MiB")

        var start = DispatchTime.now()
        let dokumen = try muat(path)
        let loaded = detik(start)
        var parts: [Double] = []
        do {
            start = DispatchTime.now()
            let bytes = try Penyimpan.baca(path)
            parts.append(detik(start)); start = DispatchTime.now()
            let shape = try Penyimpan.urai(bytes, path: path)
            parts.append(detik(start)); start = DispatchTime.now()
            _ = try Penyimpan.dokumen(shape, path: path)
            parts.append(detik(start))
        } catch { throw GagalCLI(error) }
        print(String(format: "load: %.0f ms (again: read %.0f ms, parse %.0f ms, model %.0f ms)", loaded * 1000,
                     parts[0] * 1000, parts[1] * 1000, parts[2] * 1000))

        let subs = dokumen.indeksSubKegiatan
        for i in dokumen.simpul.indices { _ = dokumen.anggaran(i); for q in 1...4 { _ = dokumen.ringkasCapaian(i, sd: q) } }
        var times: [Double] = []
        var state = seed
        for n in 0..<edits {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let node = subs[Int(state >> 33) % subs.count]
            let tw = n % 4 + 1
            start = DispatchTime.now()
            if n % 2 == 0 {
                dokumen.ubah(.simpul(node, 0), .realisasi(tw: tw), Decimal(n % 97))
            } else {
                dokumen.ubah(anggaran: node, .realisasi(tw: tw), n * 1000)
            }
            hitungUlang(dokumen, node, tw: tw)
            times.append(detik(start))
        }
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "edit + recalculation: median %.3f ms, p99 %.3f ms, max %.3f ms over %d edits",
                     median * 1000, times[times.count * 99 / 100] * 1000, times.last! * 1000, edits))

        // A change of structure rebuilds the dataset from the file's shape (as the interface does).
        start = DispatchTime.now()
        var shape = dokumen.berkas()
        let parent = dokumen.simpul[dokumen.simpul[subs[0]].induk!].kode
        try? shape.terapkan(.tambahSimpul(kode: Kode.usulan(induk: parent, urusan: nil, anak: dokumen.simpul[dokumen.indeks(kode: parent)!].anak.map { dokumen.simpul[$0].kode }), nama: "Baru"))
        _ = try? Dokumen(berkas: shape, revisi: dokumen.revisi + 1)
        print(String(format: "change of structure (add a sub kegiatan, dataset rebuilt): %.0f ms", detik(start) * 1000))

        start = DispatchTime.now()
        let blank = BelumDiisi.daftar(dokumen, tw: 4)
        print(String(format: "todo (TW IV worklist): %.1f ms, %d entries", detik(start) * 1000, blank.count))

        start = DispatchTime.now()
        try Penyimpan.simpan(dokumen, ke: path)
        let saved = detik(start)
        start = DispatchTime.now()
        let fileShape = dokumen.berkas()
        let shaped = detik(start)
        start = DispatchTime.now()
        let bytes = Penyimpan.json(fileShape)
        let written = detik(start)
        print(String(format: "save: %.0f ms (of which the file's shape %.0f ms, its JSON %.0f ms, %d MiB)",
                     saved * 1000, shaped * 1000, written * 1000, bytes.count / 1_048_576))
        try tolokLayar(path)

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory: \(usage.ru_maxrss / 1024) MiB")
    }

    /// The interface at this size: open with the first screen drawn, cursor moves and
    /// committed edits, each as update plus view, replayed against a terminal double.
    private func tolokLayar(_ path: String) throws {
        var start = DispatchTime.now()
        let (dokumen, sidik): (Dokumen, Sidik)
        do { (dokumen, sidik) = try Penyimpan.muatDenganSidik(path) } catch { throw GagalCLI(error) }
        let loaded = detik(start)
        start = DispatchTime.now()
        let terminal = TerminalDiam(lebar: 80, tinggi: 24)
        let app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: path, bahasa: .id), terminal: terminal, sidik: sidik)
        terminal.gambar(app.keadaan.gambar())
        print(String(format: "interface: load %.0f ms, then first screen drawn in %.1f ms", loaded * 1000, detik(start) * 1000))
        func timed(_ keys: [Tombol]) -> Double {
            let s = DispatchTime.now()
            for key in keys { app.proses(key) }
            terminal.gambar(app.keadaan.gambar())
            return detik(s)
        }
        _ = timed([.huruf("E")])
        var moves: [Double] = []
        for n in 0..<edits { moves.append(timed([n % 10 == 9 ? .halamanBawah : .bawah])) }
        moves.sort()
        print(String(format: "cursor move (tree of %d rows): median %.3f ms, p99 %.3f ms", app.keadaan.baris.count,
                     moves[moves.count / 2] * 1000, moves[moves.count * 99 / 100] * 1000))
        var commits: [Double] = []
        for n in 0..<min(edits, 300) {
            _ = timed([.akhir] + Array(repeating: .atas, count: n % 50) + [.tab])
            _ = timed(Tombol.skrip("\(n % 9 + 1)"))
            commits.append(timed([.enter]))
            _ = timed([.esc])
        }
        commits.sort()
        _ = timed([.esc, .esc])
        let report = timed([.huruf("r")])
        let quarterly = timed([.backtab])
        print(String(format: "report view: open Tabel 3.1 %.1f ms, the quarterly form (%d rows) %.0f ms", report * 1000,
                     { if case .laporan(let v) = app.keadaan.mode { return v.isi.count }; return 0 }(), quarterly * 1000))
        print(String(format: "commit an edit (recalculate and redraw): median %.3f ms, p99 %.3f ms over %d edits",
                     commits[commits.count / 2] * 1000, commits[commits.count * 99 / 100] * 1000, commits.count))
    }

    /// What a screen shows after an edit: the node's capaian and the rollups of its ancestors and the sasaran.
    private func hitungUlang(_ d: Dokumen, _ node: Int, tw: Int) {
        _ = d.capaianSendiri(node, sd: tw)
        for i in [node] + d.leluhur(node) {
            _ = d.anggaran(i).serapan(sd: tw)
            _ = d.ringkasCapaian(i, sd: tw)
            _ = d.capaianBaris(i, sd: tw)
        }
        _ = d.rerataIndikatorSasaran(sd: tw)
    }

    private func detik(_ start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

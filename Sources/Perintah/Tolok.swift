import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Pelaporan
import Antarmuka
import Layar
#if canImport(Glibc)
import Glibc
#endif

/// Measures load, edit-with-recalculation and save on a generated dataset.
struct Tolok: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "bench", abstract: bahasaCLI.t(
            "Tolok ukur: muat, satu suntingan dengan hitung ulang (median), simpan, memori puncak.",
            "Benchmark: load, one edit with recalculation (median), save, peak memory."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Option(name: .customLong("sub-kegiatan"), help: ArgumentHelp(bahasaCLI.t("Jumlah sub kegiatan data sintetis.", "Size of the synthetic dataset."))) var subKegiatan = 100_000
    @Option(help: ArgumentHelp(bahasaCLI.t("Jumlah suntingan yang diukur.", "Number of edits measured."))) var edits = 1_000
    @Option(help: ArgumentHelp(bahasaCLI.t("Benih acak.", "Random seed."))) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(bahasaCLI.t("Ukur penyimpanan bersama di database PostgreSQL ini (OPD uji B.01... tahun 2099 ditulis ke sana).",
                                 "Measure the shared store in this PostgreSQL database (test agencies B.01... of year 2099 are written there).")))
    var pg: String?

    func run() throws {
        if let pg { return try TolokPG.jalankan(pg, opd: 50, sub: 100, penulis: 20, suntingan: 500) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bench.json").path
        // Made by a child process, and the commands timed as children before this process grows:
        // a child's peak memory counts its parent's at the time it was started.
        _ = try Tolok.jalankanDiukur(Tolok.program, ["gen", "--sub-kegiatan", "\(subKegiatan)", "--seed", "\(seed)", "-o", path])
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        cetak("dataset: \(subKegiatan) sub kegiatan, \(size / 1_048_576) MiB")
        try tolokPerintah(path)

        var start = DispatchTime.now()
        let dokumen = try muat(path)
        let loaded = detik(start)
        var parts: [Double] = []
        do {
            start = DispatchTime.now()
            let bytes = try Penyimpan.baca(path)
            parts.append(detik(start)); start = DispatchTime.now()
            let shape = try BerkasJSON.urai(bytes, path: path)
            parts.append(detik(start)); start = DispatchTime.now()
            _ = try BerkasJSON.dokumen(shape, path: path)
            parts.append(detik(start))
        } catch { throw GagalCLI(error) }
        cetak(String(format: "load: %.0f ms (again: read %.0f ms, parse %.0f ms, model %.0f ms)", loaded * 1000,
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
        cetak(String(format: "edit + recalculation: median %.3f ms, p99 %.3f ms, max %.3f ms over %d edits",
                     median * 1000, times[times.count * 99 / 100] * 1000, times.last! * 1000, edits))

        // A change of structure rebuilds the dataset from the file's shape (as the interface does).
        start = DispatchTime.now()
        var shape = dokumen.berkas()
        let parent = dokumen.simpul[dokumen.simpul[subs[0]].induk!].kode
        try? shape.terapkan(.tambahSimpul(kode: Kode.usulan(induk: parent, urusan: nil, anak: dokumen.simpul[dokumen.indeks(kode: parent)!].anak.map { dokumen.simpul[$0].kode }), nama: "Baru"))
        _ = try? Dokumen(berkas: shape, revisi: dokumen.revisi + 1)
        cetak(String(format: "change of structure (add a sub kegiatan, dataset rebuilt): %.0f ms", detik(start) * 1000))

        start = DispatchTime.now()
        let blank = BelumDiisi.daftar(dokumen, tw: 4)
        cetak(String(format: "todo (TW IV worklist): %.1f ms, %d entries", detik(start) * 1000, blank.count))

        start = DispatchTime.now()
        try Penyimpan.simpan(dokumen, ke: path)
        let saved = detik(start)
        start = DispatchTime.now()
        let fileShape = dokumen.berkas()
        let shaped = detik(start)
        start = DispatchTime.now()
        let bytes = BerkasJSON.json(fileShape)
        let written = detik(start)
        cetak(String(format: "save: %.0f ms (of which the file's shape %.0f ms, its JSON %.0f ms, %d MiB)",
                     saved * 1000, shaped * 1000, written * 1000, bytes.count / 1_048_576))
        try tolokLayar(path)

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        cetak("peak memory: \(usage.ru_maxrss / 1024) MiB")
    }

    /// The interface at this size: open with the first screen drawn, cursor moves and
    /// committed edits, each as update plus view, replayed against a terminal double.
    private func tolokLayar(_ path: String) throws {
        var start = DispatchTime.now()
        let (dokumen, sidik): (Dokumen, Sidik)
        do { (dokumen, sidik) = try Penyimpan.muatDenganSidik(path) } catch { throw GagalCLI(error) }
        let loaded = detik(start)
        // As the interface opens a file: its loading screen at once, the rollups on the reading thread.
        start = DispatchTime.now()
        dokumen.hitungRingkasan(sd: dokumen.triwulanTerakhirTerisi)
        let rolled = detik(start)
        start = DispatchTime.now()
        let terminal = TerminalDiam(lebar: 80, tinggi: 24)
        let app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: path, bahasa: .id), terminal: terminal, sidik: sidik)
        // The first screen a save keeps goes beside the generated file, which goes with it.
        app.folderAwal = URL(fileURLWithPath: path).deletingLastPathComponent().path
        terminal.gambar(app.keadaan.gambar())
        cetak(String(format: "interface: loading screen at once; tree with totals after load %.0f ms + first screen's rollups %.0f ms + drawing %.1f ms",
                     loaded * 1000, rolled * 1000, detik(start) * 1000))
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
        cetak(String(format: "cursor move (tree of %d rows): median %.3f ms, p99 %.3f ms", app.keadaan.baris.count,
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
        cetak(String(format: "report view: open Tabel 3.1 %.1f ms, the quarterly form (%d rows) %.0f ms", report * 1000,
                     { if case .laporan(let v) = app.keadaan.mode { return v.isi.count }; return 0 }(), quarterly * 1000))
        cetak(String(format: "commit an edit (recalculate and redraw): median %.3f ms, p99 %.3f ms over %d edits",
                     commits[commits.count / 2] * 1000, commits[commits.count * 99 / 100] * 1000, commits.count))
        _ = timed([.esc, .esc])

        // Ctrl-S: written in the background; keys (moves, and a value typed and committed) meanwhile.
        var during: [Double] = []
        start = DispatchTime.now()
        during.append(timed([.ctrl("s")]))
        var n = 0
        while app.keadaan.menyimpan != nil {
            let keys: [Tombol] = switch n % 4 { case 0: [.tab]; case 1: Tombol.skrip("7"); case 2: [.enter]; default: [.esc, .bawah] }
            during.append(timed(keys))
            app.ambilHasilLatar()
            n += 1
        }
        let saving = detik(start)
        cetak(String(format: "save in the interface: %.0f ms in the background, %d keys answered meanwhile (median %.3f ms, max %.1f ms)",
                     saving * 1000, during.count, median(during) * 1000, during.max()! * 1000))

        // The recovery copy after two quiet seconds: built and written in the background.
        _ = timed([.tab] + Tombol.skrip("8") + [.enter, .esc])
        let later = Date().addingTimeInterval(10)
        app.jam = { later }
        during = []
        start = DispatchTime.now()
        let before = app.keadaan.lokasiPulih
        app.simpanPulihBilaDiam()
        during.append(detik(start))
        while app.keadaan.lokasiPulih == before {
            during.append(timed([n % 2 == 0 ? .bawah : .atas]))
            app.ambilHasilLatar()
            n += 1
        }
        cetak(String(format: "recovery copy: %.0f ms in the background, %d keys answered meanwhile (median %.3f ms, max %.1f ms)",
                     detik(start) * 1000, during.count, median(during) * 1000, during.max()! * 1000))
        app.tungguLatar()
        if let copy = app.keadaan.lokasiPulih { unlink(copy) }
    }

    /// The commands as a script runs them, each its own process on the dataset: wall time and peak memory.
    private func tolokPerintah(_ path: String) throws {
        // The generator's first sub kegiatan.
        let sub = "1.01.01.2.01.0001"
        let book = path + ".xlsx"
        defer { unlink(book) }
        for (label, args) in [("show", ["show", path, sub]), ("set", ["set", path, sub, "--tw", "1", "--realisasi", "123"]),
                              ("export (9 tables, xlsx)", ["export", path, "-o", book])] {
            let (seconds, peak) = try Tolok.jalankanDiukur(Tolok.program, args)
            cetak(String(format: "%@: %.2f s, peak %d MiB", label, seconds, peak / 1024))
        }
    }

    /// This program, to run its commands as children.
    static var program: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs a program to its end with its output discarded: seconds and peak resident size (KiB).
    static func jalankanDiukur(_ program: String, _ args: [String]) throws -> (Double, Int) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { throw GagalCLI(bahasaCLI.t("tidak dapat menjalankan \(program)", "cannot run \(program)")) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, usage.ru_maxrss)
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

/// The middle of some timings (the upper one of an even count).
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

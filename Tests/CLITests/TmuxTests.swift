import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a real terminal: tmux with its own socket.
final class Tmux {
    let socket = "kinerja-uji-\(UUID().uuidString.prefix(8))"
    /// The program's cache folder (first screens kept), the test's own rather than the user's.
    lazy var cache = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-cache").path

    deinit { try? FileManager.default.removeItem(atPath: cache) }

    /// Runs tmux with posix_spawn and waitpid; output goes to a file, since the tmux
    /// server inherits the descriptor and would hold a pipe open.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(capture) }
        let argv = ["tmux", "-u", "-L", socket] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        // The test runner may block or ignore signals; tmux and the program must start with the defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
    }

    func mulai(_ command: String, lebar: Int = 80, tinggi: Int = 24) throws {
        try tmux(["new-session", "-d", "-s", "uji", "-x", "\(lebar)", "-y", "\(tinggi)",
                  "env LANG=C.UTF-8 TERM=screen-256color XDG_CACHE_HOME=\(cache) \(command); sleep 30"])
    }

    func kirim(_ keys: String...) throws { try tmux(["send-keys", "-t", "uji"] + keys) }
    func ketik(_ text: String) throws { try tmux(["send-keys", "-t", "uji", "-l", text]) }
    /// The pane as text, wrapped lines joined.
    func layar() throws -> String { try tmux(["capture-pane", "-t", "uji", "-p", "-J"]) }

    /// Waits for text to appear rather than sleeping a fixed time.
    func tunggu(_ text: String, detik: Double = 15) throws -> Bool {
        let end = Date().addingTimeInterval(detik)
        while Date() < end {
            if try layar().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits for text that a message may have wrapped over several lines of the screen.
    func tungguPesan(_ text: String, detik: Double = 15) throws -> Bool {
        let end = Date().addingTimeInterval(detik)
        while Date() < end {
            let joined = try layar().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            if joined.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Goes to a sub kegiatan and types its first indicator's TW IV realisation.
    func isiTWIV(_ kode: String, _ value: String) throws {
        try kirim("g")
        try ketik(kode)
        try kirim("Enter", "Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try ketik(value)
        try kirim("Enter")
    }

    func hentikan() { _ = try? tmux(["kill-server"]) }

    static var ada: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
}

/// The recovery copies of a data file beside it (`FILE.pulih.PID-START`).
func salinanPulih(_ path: String) -> [String] {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return entries.filter { $0.hasPrefix(url.lastPathComponent + ".pulih.") }.sorted().map { folder + "/" + $0 }
}

/// Waits for a recovery copy of the data file to appear; its path.
func tungguSalinanPulih(_ path: String, detik: Double = 10) -> String? {
    let end = Date().addingTimeInterval(detik)
    while Date() < end {
        if let copy = salinanPulih(path).first { return copy }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
}

func tungguBerkas(_ path: String, detik: Double = 10) -> Bool {
    let end = Date().addingTimeInterval(detik)
    while Date() < end {
        if FileManager.default.fileExists(atPath: path) { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return false
}

@Suite(.serialized, .enabled(if: Tmux.ada, "tmux is installed by .ci/run"), .tags(.tmux), .lajur(.tmux)) struct TmuxTests {
    func salinSampel() throws -> (URL, String) { try Proses.salinSampel("kinerja-tmux") }

    @Test func searchEnterUndoSaveQuitAndCheckTheFile() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("/")
        try t.ketik("1.06.06.2.01.03")
        try t.kirim("Enter")
        #expect(try t.tunggu("Ditemukan: 1.06.06.2.01.03"))
        #expect(try t.layar().contains("40,00 Kurang"))
        try t.kirim("Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try t.ketik("1")
        #expect(try t.tunggu("Realisasi TW IV: 1"))
        try t.kirim("Enter")
        #expect(try t.tunggu("60,00 Cukup"))
        #expect(try t.layar().contains("● belum disimpan"))
        try t.kirim("u")
        #expect(try t.tunggu("Dibatalkan"))
        #expect(try t.layar().contains("40,00 Kurang"))
        try t.kirim("C-r")
        #expect(try t.tunggu("Diulang"))
        try t.kirim("C-s")
        #expect(try t.tunggu("Tersimpan"))
        try t.kirim("q")
        Thread.sleep(forTimeInterval: 0.3)
        let check = try Proses.jalankan(["show", path, "1.06.06.2.01.03", "--format", "json"])
        #expect(check.stdout.contains("\"kategori\": \"Cukup\""))
        #expect(check.stdout.contains("\"capaian\": 60"))
    }

    /// A sub kegiatan and its indicator added, linked, filled for TW I and saved, all from the keyboard at 80x24.
    @Test func aSubKegiatanIsAddedWithAnIndicatorLinkedFilledAndSaved() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("g")
        try t.ketik("1.06.06.2.01")
        try t.kirim("Enter", "F9")
        #expect(try t.tunggu("a Tambah sub kegiatan di bawah ini"))
        try t.kirim("a")
        #expect(try t.tunggu("Kode  1.06.06.2.01.06"))
        try t.kirim("Enter")
        try t.ketik("Penyediaan Tenda Darurat")
        try t.kirim("Enter")
        #expect(try t.tunggu("tambah 1.06.06.2.01.06 Penyediaan Tenda Darurat (u membatalkan)"))
        try t.kirim("i")
        #expect(try t.tunggu("Indikator baru · 1.06.06.2.01.06"))
        try t.ketik("Jumlah tenda tersedia")
        try t.kirim("Tab")
        try t.ketik("unit")
        try t.kirim("Tab", "Tab", "Tab")
        try t.ketik("12")
        try t.kirim("Enter")
        #expect(try t.tunggu("indikator baru 1.06.06.2.01.06: Jumlah tenda tersedia"))
        try t.kirim("m", "t")
        try t.ketik("2.1.3")
        try t.kirim("Enter")
        #expect(try t.tunggu("tautan 1.06.06.2.01.06 → 2.1.3"))
        // The pagu, then TW I: target 3, realisation 3, and the money spent.
        try t.kirim("Tab")
        try t.ketik("5.000.000")
        #expect(try t.tunggu("Pagu murni: 5.000.000"))
        try t.kirim("Enter", "Down", "Down", "Down")
        try t.ketik("3")
        #expect(try t.tunggu("Target TW I: 3"))
        try t.kirim("Enter", "Down")
        try t.ketik("3")
        #expect(try t.tunggu("Realisasi TW I: 3"))
        try t.kirim("Enter", "Up", "Up")
        try t.ketik("1.000.000")
        #expect(try t.tunggu("Realisasi Rp TW I: 1.000.000"))
        try t.kirim("Enter")
        #expect(try t.tunggu("100,00 Baik"))
        try t.kirim("C-s")
        #expect(try t.tunggu("Tersimpan"))
        try t.kirim("q")
        Thread.sleep(forTimeInterval: 0.3)
        let d = try Penyimpan.muat(path)
        let node = d.simpul[try #require(d.indeks(kode: "1.06.06.2.01.06"))]
        #expect(node.nama == "Penyediaan Tenda Darurat")
        #expect(node.mendukung == ["2.1.3"])
        #expect(node.indikator.map(\.uraian) == ["Jumlah tenda tersedia"])
        #expect(node.indikator[0].target == 12)
        #expect(node.anggaran?.paguMurni == 5_000_000)
        #expect(node.anggaran?.realisasi == [1_000_000, nil, nil, nil])
        #expect(node.indikator[0].triwulan[0].target == 3)
        #expect(node.indikator[0].triwulan[0].realisasi == 3)
    }

    @Test func aHangUpWithUnsavedChangesIsRestoredOnTheNextStart() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("g")
        try t.ketik("1.06.06.2.01.03")
        try t.kirim("Enter", "Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try t.ketik("1")
        try t.kirim("Enter")
        #expect(try t.tunggu("60,00 Cukup"))
        try t.tmux(["kill-session", "-t", "uji"])
        #expect(tungguSalinanPulih(path) != nil)
        #expect(tungguSelesai(path), "the interface ends on a hang-up")
        let unchanged = try Proses.jalankan(["show", path, "1.06.06.2.01.03", "--format", "json"])
        #expect(unchanged.stdout.contains("\"capaian\": 40"))

        // The next start, in a terminal of its own (the first server may still be closing).
        let next = Tmux()
        defer { next.hentikan() }
        try next.mulai("\(Proses.biner.path) \(path)")
        #expect(try next.tunggu("[P]ulihkan"))
        try next.kirim("p")
        #expect(try next.tunggu("Perubahan dipulihkan"))
        try next.kirim("g")
        try next.ketik("1.06.06.2.01.03")
        try next.kirim("Enter")
        #expect(try next.tunggu("60,00 Cukup"))
        try next.kirim("C-s")
        #expect(try next.tunggu("Tersimpan"))
        try next.kirim("q")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(salinanPulih(path).isEmpty, "a restored and saved copy goes")
        let restored = try Proses.jalankan(["show", path, "1.06.06.2.01.03", "--format", "json"])
        #expect(restored.stdout.contains("\"capaian\": 60"))
    }

    @Test func aTerminalThatDisappearsEndsTheProgramWithARecoveryCopy() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("K")
        #expect(try t.tunggu("belum disimpan"))
        t.hentikan()
        #expect(tungguSalinanPulih(path) != nil)
        let end = Date().addingTimeInterval(5)
        var running = true
        while running && Date() < end {
            running = prosesMasihAda(path)
            if running { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(!running, "kinerja must end when its terminal is gone")
    }

    /// The kinerja process working on this data file, if it is alive.
    func prosesKinerja(_ path: String) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in entries where Int(pid) != nil {
            guard let cmd = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8) else { continue }
            if cmd.contains("kinerja") && cmd.contains(path) && !cmd.contains("sleep") { return pid_t(pid) }
        }
        return nil
    }

    func prosesMasihAda(_ path: String) -> Bool { prosesKinerja(path) != nil }

    /// Waits for the kinerja process on this file to end.
    func tungguSelesai(_ path: String, detik: Double = 5) -> Bool {
        let end = Date().addingTimeInterval(detik)
        while Date() < end {
            if !prosesMasihAda(path) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test(arguments: [SIGSEGV, SIGILL, SIGBUS, SIGABRT])
    func aCrashWithinASecondOfAnEditStillWritesItsRecoveryCopy(_ signal: Int32) throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path); echo SELESAI")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("g")
        try t.ketik("1.06.06.2.01.03")
        try t.kirim("Enter", "Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try t.ketik("4")
        try t.kirim("Enter")
        #expect(try t.tunggu("belum disimpan"))
        // Well before the idle copy (two quiet seconds): only the crash copy can keep the edit.
        #expect(salinanPulih(path).isEmpty)
        let pid = try #require(prosesKinerja(path))
        kill(pid, signal)
        #expect(try t.tunggu("SELESAI"))
        let copy = try #require(salinanPulih(path).first, "signal \(signal): a copy written as the program died")
        #expect(try Pulih.baca(copy).perubahan == [Perubahan(alamat: .indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4)), lama: nil, baru: "4")])
        // The next start offers it.
        let again = Tmux()
        defer { again.hentikan() }
        try again.mulai("\(Proses.biner.path) \(path)")
        #expect(try again.tunggu("perubahan belum disimpan dari"))
    }

    @Test func aCrashRestoresTheTerminalAndTheIdleCopyKeepsTheEdits() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path); echo SELESAI")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.kirim("K")
        let idle = tungguSalinanPulih(path)
        #expect(idle != nil, "a recovery copy after two quiet seconds")
        let pid = try #require(prosesKinerja(path))
        kill(pid, SIGABRT)
        #expect(try t.tunggu("SELESAI"))
        #expect(!(try t.layar().contains("Dinas Sosial Kota Semarang 2023")), "the terminal is back to the shell's screen")
        let copy = try Pulih.baca(try #require(idle))
        #expect(copy.perubahan == [Perubahan(alamat: .skala, lama: "lkjip", baru: "renja")])
        #expect(copy.data.skala == "renja")
    }

    @Test func resizingRedrawsAtOnce() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.tmux(["resize-window", "-t", "uji", "-x", "50", "-y", "12"])
        #expect(try t.tunggu("Layar terlalu kecil"))
        try t.tmux(["resize-window", "-t", "uji", "-x", "120", "-y", "30"])
        #expect(try t.tunggu("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
        try t.kirim("q")
    }
}

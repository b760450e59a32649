import Foundation
import Model
import GudangBerkas
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals, full folders and second sessions against the real binary in tmux.
extension TmuxTests {
    /// Types the TW IV shelter realisation and waits for the tree to show it.
    func isiShelter(_ t: Tmux, _ value: String = "1") throws {
        try t.kirim("g")
        try t.ketik("1.06.06.2.01.03")
        try t.kirim("Enter", "Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try t.ketik(value)
        try t.kirim("Enter")
    }

    func chattr(_ path: String, _ on: Bool) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        p.arguments = [on ? "+i" : "-i", path]
        try? p.run()
        p.waitUntilExit()
    }

    // 4. The sequence: TERM with an unsaved edit, `set` another cell, reopen, restore, save.
    @Test func aRestoreAfterASetKeepsTheSetValue() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try isiShelter(t)
        #expect(try t.tunggu("60,00 Cukup"))
        kill(try #require(prosesKinerja(path)), SIGTERM)
        #expect(try t.tunggu("perubahan yang belum disimpan ditulis ke \(path).pulih."))
        #expect(tungguSelesai(path))
        #expect(try Proses.jalankan(["set", path, "2.1.4", "--target", "80"]).keluar == 0)
        t.hentikan()
        // The next start, in a terminal of its own.
        let next = Tmux()
        defer { next.hentikan() }
        try next.mulai("\(Proses.biner.path) \(path)")
        #expect(try next.tunggu("[P]ulihkan"))
        try next.kirim("p")
        #expect(try next.tunggu("Perubahan dipulihkan (1 nilai)"))
        try next.kirim("C-s")
        #expect(try next.tunggu("Tersimpan"))
        let d = try Penyimpan.muat(path)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].indikator[0].triwulan[3].realisasi == 1)
        #expect(d.indikator(.renstra(d.posisi(nomor: "2.1.4")!)).target == 80)
    }

    // 4. When the data folder cannot be written, the copy goes to the state folder and the message says where.
    @Test func aCopyThatCannotGoBesideTheFileGoesToTheStateFolder() throws {
        let (folder, path) = try salinSampel()
        let state = folder.appendingPathComponent("keadaan").path
        let data = folder.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let file = data + "/dinsos.json"
        try FileManager.default.moveItem(atPath: path, toPath: file)
        let t = Tmux()
        defer { chattr(data, false); t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("XDG_STATE_HOME=\(state) \(Proses.biner.path) \(file)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try isiShelter(t)
        #expect(try t.tunggu("60,00 Cukup"))
        chattr(data, true)
        kill(try #require(prosesKinerja(file)), SIGHUP)
        #expect(try t.tunggu("perubahan yang belum disimpan ditulis ke \(state)/kinerja/dinsos.json-"))
        #expect(tungguSelesai(file))
        let copies = try FileManager.default.contentsOfDirectory(atPath: state + "/kinerja")
        #expect(copies.count == 1)
        chattr(data, false)
        t.hentikan()
        let next = Tmux()
        defer { next.hentikan() }
        try next.mulai("XDG_STATE_HOME=\(state) \(Proses.biner.path) \(file)")
        #expect(try next.tunggu("[P]ulihkan"))
        try next.kirim("p")
        #expect(try next.tunggu("Perubahan dipulihkan (1 nilai)"))
        try next.kirim("C-s")
        #expect(try next.tunggu("Tersimpan"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: state + "/kinerja").isEmpty, "the restored copy goes once saved")
    }

    // 8. Other signals that end the program restore the terminal and keep the edits.
    @Test(arguments: [SIGUSR1, SIGALRM])
    func otherSignalsRestoreTheTerminalAndKeepTheEdits(signal: Int32) throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path); echo SELESAI; stty -a | grep -o ' echo ' | tr ' ' _")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try isiShelter(t, "2")
        #expect(try t.tunggu("80,00 Baik"))
        kill(try #require(prosesKinerja(path)), signal)
        #expect(try t.tunggu("SELESAI"))
        #expect(try t.tunggu("_echo_"), "the terminal echoes again")
        let copy = try Pulih.baca(try #require(salinanPulih(path).first))
        #expect(copy.perubahan.map(\.baru) == ["2"])
    }

    // 8. A file-size limit fails the save with a message; the program goes on.
    @Test func aFileSizeLimitInTheInterfaceFailsTheSaveWithAMessage() throws {
        let (folder, path) = try salinSampel()
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try t.mulai("sh -c 'ulimit -f 40; exec \(Proses.biner.path) \(path)'")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try isiShelter(t)
        try t.kirim("C-s")
        #expect(try t.tunggu("dinsos.json: gagal menyimpan: melewati batas ukuran berkas (ulimit -f)"))
        #expect(prosesMasihAda(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    // 4. Two interfaces on one file: each keeps its own copy; neither is offered the other's live one.
    @Test func twoInterfacesKeepTheirOwnCopies() throws {
        let (folder, path) = try salinSampel()
        let a = Tmux(), b = Tmux()
        defer { a.hentikan(); b.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try a.mulai("\(Proses.biner.path) \(path)")
        #expect(try a.tunggu("Dinas Sosial Kota Semarang 2023"))
        try a.kirim("K")
        #expect(tungguSalinanPulih(path) != nil, "A's idle copy")
        try b.mulai("\(Proses.biner.path) \(path)")
        #expect(try b.tunggu("Juga membuka berkas ini: "))
        #expect(!(try b.layar().contains("[P]ulihkan")))
        try isiShelter(b)
        try b.kirim("C-c")
        #expect(try b.tunggu("perubahan yang belum disimpan ditulis ke"))
        #expect(salinanPulih(path).count == 2)
        try a.kirim("C-s")
        #expect(try a.tunggu("Tersimpan"))
        #expect(salinanPulih(path).count == 1, "A's save removes only A's copy")
    }
}

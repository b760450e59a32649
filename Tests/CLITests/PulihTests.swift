import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah
#if canImport(Glibc)
import Glibc
#endif

/// Recovery copies and saves in the interface, with real files (a session named
/// as an ended process stands for a crashed one).
@Suite(.serialized) struct PulihTests {
    func nilai(_ path: String, _ kode: String, tw: Int) throws -> Decimal? {
        let d = try Penyimpan.muat(path)
        return d.simpul[d.indeks(kode: kode)!].indikator[0].triwulan[tw - 1].realisasi
    }

    func target214(_ path: String) throws -> Decimal? {
        let d = try Penyimpan.muat(path)
        return d.indikator(.renstra(d.posisi(nomor: "2.1.4")!)).target
    }

    /// Enters the TW IV shelter realisation, as in the quarter-end task.
    let isiShelter = "g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll"

    // 4. A kept copy ("[Esc] nanti") survives a Ctrl-S and an idle copy of the next session.
    @Test func aKeptCopyStaysUntilRestoredOrDiscarded() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        s.app.tulisPulih()
        let kept = try Data(contentsOf: URL(fileURLWithPath: s.pathPulih))
        let next = try s.sesiBerikut()
        guard case .pulih = next.keadaan.mode else { Issue.record("the copy should be offered"); return }
        next.proses(.esc)
        next.proses(.ctrl("s"))
        next.tungguLatar()
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.pathPulih)) == kept)
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        next.jam = { now }
        next.proses(.huruf("K"))
        now += 3
        next.simpanPulihBilaDiam()
        next.tungguPulih()
        next.ambilHasilLatar()
        let own = try #require(next.keadaan.lokasiPulih)
        #expect(own != s.pathPulih)
        #expect(FileManager.default.fileExists(atPath: own))
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.pathPulih)) == kept)
        let third = try s.sesiBerikut(sesi: "99999990-1")
        third.proses(.huruf("h"))
        #expect(!FileManager.default.fileExists(atPath: s.pathPulih), "discarding removes it")
    }

    // 4. Restoring onto a file changed after the crash keeps the other change.
    @Test func aRestoreOntoANewerFileAppliesOnlyTheCopysChanges() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        s.app.tanganiSinyal()
        let set = try Proses.jalankan(["set", s.path, "2.1.4", "--target", "80"])
        #expect(set.keluar == 0)
        let next = try s.sesiBerikut()
        next.proses(.huruf("p"))
        #expect(next.keadaan.mode == .normal)
        next.proses(.ctrl("s"))
        next.tungguLatar()
        #expect(try nilai(s.path, "1.06.06.2.01.03", tw: 4) == 1)
        #expect(try target214(s.path) == 80, "the value set after the crash stays")
        #expect(!FileManager.default.fileExists(atPath: s.pathPulih), "a restored and saved copy goes")
    }

    // 4. The same value changed on both sides is a conflict: base, mine, theirs; the user chooses.
    @Test("A value changed on both sides asks: mine or theirs", arguments: [("m", 1), ("o", 2), ("M", 1), ("O", 2)])
    func aConflictOnRestoreIsShownAndDecided(key: String, expected: Int) throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        s.app.tanganiSinyal()
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"]).keluar == 0)
        let next = try s.sesiBerikut()
        next.proses(.huruf("p"))
        guard case .pilihKonflik(let view) = next.keadaan.mode else { Issue.record("a conflict should be shown"); return }
        #expect(view.isi.count == 1)
        let screen = next.keadaan.gambar().baris
        #expect(screen[10] == " [  ?   ] 1.06.06.2.01.03 indikator 1 realisasi TW IV")
        #expect(screen[11] == "          dasar - · saya 1 · mereka 2")
        #expect(screen[22].hasPrefix("1 bentrok: m saya · o mereka · M/O semua · Enter selesai"))
        next.proses(.enter)
        #expect(next.keadaan.pesan?.teks == "1 bentrokan belum dipilih (m milik saya, o milik mereka)", "nothing is decided for the user")
        next.proses(.huruf(Character(key)))
        next.proses(.enter)
        next.proses(.ctrl("s"))
        next.tungguLatar()
        #expect(try nilai(s.path, "1.06.06.2.01.03", tw: 4) == Decimal(expected))
    }

    // 4. A second session is not offered the live session's copy, and does not touch it.
    @Test func aLiveSessionsCopyIsNeitherOfferedNorTouched() throws {
        let s = try SesiUji(sesi: Pulih.sesiIni)
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        s.app.tulisPulih()
        let live = try #require(s.app.keadaan.lokasiPulih)
        let before = try Data(contentsOf: URL(fileURLWithPath: live))
        let other = try s.sesiBerikut(sesi: "99999991-1")
        #expect(other.keadaan.mode == .normal)
        #expect(other.keadaan.pesan?.teks.hasPrefix("Juga membuka berkas ini: ") == true)
        #expect(other.keadaan.pesan?.teks.hasSuffix(" (salinan pemulihannya tidak disentuh)") == true)
        other.proses(.huruf("K"))
        other.tulisPulih()
        other.proses(.ctrl("s"))
        other.tungguLatar()
        other.proses(.huruf("q"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: live)) == before)
    }

    // 4. An idle copy still on its way from the background is removed by the save that makes it stale.
    @Test func aSaveRemovesTheIdleCopyWrittenInTheBackground() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        s.app.jam = { now }
        s.ketik(isiShelter + "1<Enter>")
        now += 3
        s.app.simpanPulihBilaDiam()
        s.app.tungguPulih()
        #expect(FileManager.default.fileExists(atPath: s.pathPulih))
        s.ketik("<C-s>")
        #expect(!FileManager.default.fileExists(atPath: s.pathPulih))
        #expect(s.app.keadaan.lokasiPulih == nil)
    }

    // Outcomes of effects are events: the state changes in update, testable without files.
    @Test func effectOutcomesAreEvents() throws {
        var k = Keadaan(dokumen: try Penyimpan.muat(Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path),
                        path: "/tmp/d.json", bahasa: .id)
        _ = k.tangani(.huruf("K"))
        #expect(k.belumDisimpan)
        k.tangani(.berubahDiDisk)
        #expect(k.mode == .konflik)
        k.mode = .normal
        k.tangani(.tersimpan(path: "/tmp/d.json", waktu: Date(timeIntervalSince1970: 0), revisi: k.dokumen.revisi, salinan: k.dokumen.salinan()))
        #expect(!k.belumDisimpan)
        #expect(k.perubahanSendiri.isEmpty)
        k.tangani(.pulihGagal("tidak ada tempat", keluar: true))
        #expect(k.berjalan)
        #expect(k.pesan?.teks == "Tidak keluar: tidak ada tempat; simpan dengan Ctrl-S atau kosongkan ruang")
        k.tangani(.dibuka(hanyaBaca: false, tawaran: (Date(timeIntervalSince1970: 0), 2), sesiLain: nil))
        guard case .pulih(let text) = k.mode else { Issue.record("offer expected"); return }
        #expect(text.hasSuffix("(dan 2 salinan lain)"))
        k.tangani(.selesai)
        #expect(!k.berjalan)
    }

    // 5. A change that keeps size and mtime is noticed at save.
    @Test func anExternalChangeKeepingSizeAndMtimeIsNoticedAtSave() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        var info = stat()
        stat(s.path, &info)
        let text = try String(contentsOfFile: s.path, encoding: .utf8).replacingOccurrences(of: "\"target\": 78", with: "\"target\": 79")
        try text.write(toFile: s.path, atomically: false, encoding: .utf8)
        var times = [info.st_atim, info.st_mtim]
        utimensat(AT_FDCWD, s.path, &times, 0)
        s.ketik("<C-s>")
        #expect(s.app.keadaan.pesan?.teks.contains(", digabung dengan 5 nilai dari pihak lain → ") == true, "the change (every target of 78) is noticed and merged")
        #expect(try target214(s.path) == 79, "nothing was written over the change")
        #expect(try nilai(s.path, "1.06.06.2.01.03", tw: 4) == 1)
    }

    // 7. A write-protected file opens read-only, for root too.
    @Test func aWriteProtectedFileOpensReadOnly() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        chmod(s.path, 0o444)
        #expect(try s.sesiBerikut().keadaan.hanyaBaca)
    }

    // 8. Ctrl-C inside an edit field or the notes editor ends the program keeping what was typed.
    @Test func ctrlCInsideAFieldKeepsWhatWasTyped() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "4<C-c>")
        #expect(!s.app.keadaan.berjalan)
        #expect(try Pulih.baca(s.pathPulih).perubahan.map(\.baru) == ["4"])
        let bad = try SesiUji()
        defer { bad.hapus() }
        bad.ketik(isiShelter + "4x<C-c>")
        #expect(bad.app.keadaan.berjalan, "text that is not a value is not dropped silently")
        #expect(bad.layar[22] == "'4x': bukan angka (contoh: 1.500 atau 99,81); tidak ada yang berubah")
        bad.ketik("<C-c>")
        #expect(!bad.app.keadaan.berjalan)
        let notes = try SesiUji()
        defer { notes.hapus() }
        notes.ketik("g1.06.06<Enter>cDitulis lalu Ctrl-C<C-c>")
        #expect(!notes.app.keadaan.berjalan)
        #expect(try Pulih.baca(notes.pathPulih).perubahan.map(\.baru) == ["Ditulis lalu Ctrl-C"])
    }

    // 9. Opening a file cleans up temp files of processes that are gone.
    @Test func openingCleansStaleTempFiles() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let stale = s.folder.appendingPathComponent(".dinsos.json.tmp-99999999-0badf00d").path
        FileManager.default.createFile(atPath: stale, contents: Data(count: 4096))
        _ = try s.sesiBerikut()
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    // 4. Nowhere to write the copy: Ctrl-C does not quit, and says why.
    @Test func ctrlCWithNowhereToWriteTheCopyDoesNotQuit() throws {
        let state = try FolderUji.baru("kinerja-keadaan").path
        try FileManager.default.createDirectory(atPath: state + "/kinerja", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: state) }
        let s = try SesiUji(cadangan: state + "/kinerja")
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        // Root ignores mode bits, not the immutable flag.
        #expect(chattr(s.folder.path, true) && chattr(state + "/kinerja", true))
        defer { _ = chattr(s.folder.path, false); _ = chattr(state + "/kinerja", false) }
        s.ketik("<C-c>")
        #expect(s.app.keadaan.berjalan)
        #expect(s.layar[20...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .contains("Tidak keluar: salinan pemulihan tidak dapat ditulis di"))
        _ = chattr(state + "/kinerja", false)
        s.ketik("<C-c>")
        #expect(!s.app.keadaan.berjalan)
        let copy = try #require(s.app.keadaan.lokasiPulih)
        #expect(copy.hasPrefix(state + "/kinerja/dinsos.json-"))
        #expect(try Pulih.baca(copy).perubahan.map(\.baru) == ["1"])
    }

    /// Sets or clears the immutable flag (chattr), which root cannot bypass.
    func chattr(_ path: String, _ on: Bool) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        p.arguments = [on ? "+i" : "-i", path]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }
}

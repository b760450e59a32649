import Foundation
import Model
import GudangBerkas
import Layar
import Testing
@testable import Antarmuka
@testable import Perintah

/// Opening a file draws at once: a loading screen while the file is read on another
/// thread; keys typed meanwhile are kept for after, Esc cancels.
@Suite struct MemuatTests {
    /// A terminal double that answers with the keys given, then none.
    final class TerminalSkrip: Terminal {
        var ukuran: (lebar: Int, tinggi: Int) = (80, 24)
        var digambar: [Kanvas] = []
        var tombol: [Tombol]
        init(_ keys: [Tombol]) { tombol = keys }
        func gambar(_ kanvas: Kanvas) { digambar.append(kanvas) }
        func baca(milidetik: Int) -> Tombol? { tombol.isEmpty ? nil : tombol.removeFirst() }
        func tutup() {}
    }

    @Test func theScreenComesFirstAndKeysTypedMeanwhileAreKept() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let terminal = TerminalSkrip([.huruf("j"), .huruf("j")])
        let (outcome, keys) = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: terminal, folderAwal: s.app.folderAwal))
        #expect(terminal.digambar.first?.baris[0].hasPrefix(" kinerja │ dinsos.json │ memuat…") == true)
        #expect(terminal.digambar.first?.baris.contains { $0.hasPrefix("  Memuat dinsos.json… ") } == true)
        #expect(keys == [.huruf("j"), .huruf("j")])
        let (dokumen, sidik) = try outcome.get()
        #expect(dokumen.isi.anggaran(0).paguAda == 35_272_253_286)
        #expect(sidik.masihSama(s.path))
    }

    @Test func escCancelsAndAFileThatCannotBeReadSaysWhy() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        #expect(Memuat.tunggu(s.path, bahasa: .id, terminal: TerminalSkrip([.esc]), folderAwal: s.app.folderAwal) == nil)
        try Data("{\"schemaVersion\": 1,".utf8).write(to: URL(fileURLWithPath: s.path))
        let (outcome, _) = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: TerminalSkrip([]), folderAwal: s.app.folderAwal))
        guard case .failure(let error) = outcome else { Issue.record("a cut-off file must not load"); return }
        #expect(error.teks(.id).hasPrefix(s.path))
    }

    /// A file opened before and not changed since shows its OPD's and programs' totals at once,
    /// from the first screen kept in the user's cache folder; a changed file does not.
    @Test func anUnchangedFileShowsItsTotalsAtOnce() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let kept = s.app.folderAwal
        // The first opening keeps its first screen.
        _ = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: TerminalSkrip([]), folderAwal: kept))
        let first = try #require(RingkasanAwal.baca(untuk: s.path, folder: kept))
        let d = try Penyimpan.muat(s.path)
        #expect(first.baris.count == 1 + d.simpul[0].anak.count)
        #expect(first.baris[0].pagu == 35_272_253_286 && first.baris[0].capaian == d.capaianBaris(0, sd: 4).nilai)
        // The next one draws them before the file is read, and the cursor follows the moves typed meanwhile.
        let terminal = TerminalSkrip([.bawah, .bawah])
        _ = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: terminal, folderAwal: kept))
        let screen = try #require(terminal.digambar.first?.baris)
        #expect(screen[0].contains("memuat"))
        #expect(screen[2].hasPrefix("▾ OPD") && screen[2].contains("35.272.253.286"))
        #expect(screen[3].hasPrefix("▸ 1.06.01"))
        // A file changed by anything else (here only its time) has no first screen kept.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: s.path)
        #expect(RingkasanAwal.baca(untuk: s.path, folder: kept) == nil)
        // A save in the interface keeps the first screen of what it wrote.
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1<Enter><C-s>")
        let saved = try #require(RingkasanAwal.baca(untuk: s.path, folder: kept))
        #expect(saved.baris == RingkasanAwal(try Penyimpan.muat(s.path), sidik: saved.sidik, tw: 4).baris)
    }

    /// `set` (and every other command that writes) keeps a file's first screen current where the
    /// interface keeps one, and makes none where it does not.
    @Test func aCommandThatWritesKeepsTheFirstScreenCurrent() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let cache = s.folder.appendingPathComponent("xdg").path
        let kept = cache + "/kinerja"
        let env = ["LANG": "C", "XDG_CACHE_HOME": cache]
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"], env: env).keluar == 0)
        #expect(!FileManager.default.fileExists(atPath: RingkasanAwal.path(untuk: s.path, folder: kept)))
        let (d, sidik) = try Penyimpan.muatDenganSidik(s.path)
        RingkasanAwal(d, sidik: sidik, tw: 4).tulis(untuk: s.path, folder: kept)
        let r = try Proses.jalankan(["set", s.path, "1.06.01.2.01.01", "--anggaran", "--tw", "4", "--realisasi", "1"], env: env)
        #expect(r.keluar == 0, "\(r.stderr)")
        let now = try #require(RingkasanAwal.baca(untuk: s.path, folder: kept), "current with the file as written")
        let after = try Penyimpan.muat(s.path)
        #expect(now.baris == RingkasanAwal(after, sidik: now.sidik, tw: 4).baris)
        #expect(now.baris[0].serapan != RingkasanAwal(d, sidik: sidik, tw: 4).baris[0].serapan)
    }

    /// Saving on the way out keeps the first screen too: the next opening has it at once.
    @Test func savingOnTheWayOutKeepsTheFirstScreen() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1<Enter><Esc>qS")
        #expect(!s.app.keadaan.berjalan && !s.app.keadaan.belumDisimpan)
        let kept = try #require(RingkasanAwal.baca(untuk: s.path, folder: s.app.folderAwal))
        #expect(kept.baris == RingkasanAwal(try Penyimpan.muat(s.path), sidik: kept.sidik, tw: kept.tw).baris)
    }
}

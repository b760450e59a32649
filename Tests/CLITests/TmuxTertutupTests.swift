import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama

/// Closed means closed on a file too, for a session that was open before the quarter was
/// closed: from a shell, and from a second interface (the real binary, two terminals).
@Suite(.serialized, .enabled(if: Tmux.ada, "tmux is installed by .ci/run"), .tags(.tmux), .lajur(.tmux)) struct TmuxTertutupTests {
    static let kode = "1.06.06.2.01.03"

    func realisasi(_ path: String) throws -> Decimal? {
        let d = try Penyimpan.muat(path)
        return d.simpul[d.indeks(kode: Self.kode)!].indikator[0].triwulan[3].realisasi
    }

    /// The copy a closed quarter's held values are kept in, beside the file.
    func salinanTertahan(_ path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .first { $0.hasPrefix(name + ".pulih.") && $0.contains("-tertahan") }.map { folder + "/" + $0 }
    }

    @Test func aQuarterClosedFromAShellIsSeenAtOnceAndItsValueIsNotSaved() throws {
        let (folder, path) = try Proses.salinSampel("kinerja-tertutup")
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.isiTWIV(Self.kode, "4")
        #expect(try t.tunggu("belum disimpan"))
        // Closed from another shell while the edit is unsaved: the interface marks it within 2 seconds.
        let lock = try Proses.jalankan(["lock", path, "--tw", "4"], env: ["LANG": "C", "KINERJA_PENGGUNA": "Sari BAPPEDA"])
        #expect(lock.keluar == 0, "\(lock.stderr)")
        let marked = Date()
        #expect(try t.tunggu("TW IV ditutup oleh Sari BAPPEDA", detik: 5))
        #expect(Date().timeIntervalSince(marked) < 3.5, "picked up within 2 s of the idle check")
        #expect(try t.layar().contains("TW IV ditutup │"), "the top line marks the quarter")
        #expect(try t.tungguPesan("1 nilai Anda di triwulan itu tidak akan disimpan"))
        // Saving holds the value back, says who closed when, keeps it in a copy of its own.
        try t.kirim("C-s")
        #expect(try t.tungguPesan("1 nilai tidak disimpan (TW IV ditutup oleh Sari BAPPEDA"))
        #expect(try t.tungguPesan("disimpan di salinan"))
        #expect(try realisasi(path) == nil, "the closed quarter is as it was closed")
        let copy = try #require(salinanTertahan(path))
        #expect(try Pulih.baca(copy).perubahan.map(\.baru) == ["4"], "the typed value is kept")
        #expect(Jurnal.sesudahDitutup(Jurnal.baca(path)).isEmpty, "nothing journalled after the closing")
        try t.kirim("q")
    }

    @Test func aSecondInterfaceThatClosesTheQuarterKeepsItClosed() throws {
        let (folder, path) = try Proses.salinSampel("kinerja-tertutup-dua")
        let a = Tmux(), b = Tmux()
        defer { a.hentikan(); b.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try a.mulai("\(Proses.biner.path) \(path)")
        #expect(try a.tunggu("Dinas Sosial Kota Semarang 2023"))
        try b.mulai("env KINERJA_PENGGUNA=Sari \(Proses.biner.path) \(path)")
        #expect(try b.tunggu("Dinas Sosial Kota Semarang 2023"))
        #expect(try a.tunggu("+1 sesi │"))
        try a.isiTWIV(Self.kode, "4")
        // The second closes TW IV (the active quarter) and saves.
        try b.kirim("X")
        #expect(try b.tunggu("Tutup TW IV"))
        try b.kirim("Enter")
        try b.kirim("C-s")
        #expect(try b.tunggu("Tersimpan"))
        // The first's save merges and holds its closed value back, saying so.
        try a.kirim("C-s")
        let held = try a.tungguPesan("1 nilai tidak disimpan (TW IV ditutup oleh Sari")
        #expect(held, "\((try? a.layar()) ?? "")")
        #expect(try realisasi(path) == nil)
        #expect(try Penyimpan.muat(path).kunci[4]?.oleh == "Sari")
        // The one who closed it is told of no merged value in its closed quarter.
        try b.kirim("R")
        #expect(try b.tunggu("Dimuat: 0 nilai dari pihak lain") || b.layar().contains("tidak diubah pihak lain"))
        #expect(try realisasi(path) == nil)
        try a.kirim("q")
        try b.kirim("q")
    }
}

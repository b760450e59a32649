import Foundation
import Model
import GudangPostgres
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// The interface on the shared store (a real server, the app with a test terminal):
/// an edit is written at once, another open interface of the same OPD-year shows it within
/// a second with the row marked, another OPD's never; conflicts go through the merge.
@Suite(.serialized, .tags(.pg), .lajur(.pg)) struct GudangLayarTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-gudang-layar") }

    nonisolated(unsafe) static var nomor = 0

    /// An interface on the store as `kinerja URL --opd K --tahun Y` opens it.
    func buka(_ url: String, opd: String, tahun: Int = 2023) throws -> Aplikasi {
        GudangLayarTests.nomor += 1
        let state = folder.appendingPathComponent("state-\(GudangLayarTests.nomor)").path
        let (link, k) = try SambunganPG.buka(GudangPG(try AlamatPG(url)), opd: opd, tahun: tahun, bahasa: .id, cadangan: state)
        let app = Aplikasi(keadaan: k, terminal: TerminalUji(), sesi: "99999999-\(GudangLayarTests.nomor)", folderCadangan: state,
                           folderAwal: state + "/cache", pg: link)
        app.mulaiDengar()
        return app
    }

    /// Waits (at most `detik`) until `done` holds, taking background outcomes as the loop does; the time it took.
    @discardableResult
    func tunggu(_ app: Aplikasi, detik: Double = 5, _ done: () -> Bool) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < detik {
            app.ambilHasilLatar()
            if done() { return Date().timeIntervalSince(start) }
            usleep(10_000)
        }
        return nil
    }

    func siapkan() throws -> String { try ServerUji.pemda(sampel: data, folder: folder) }

    @Test func anEditAppearsLiveForBappedaAndNeverForTheOtherOPD() throws {
        let url = try siapkan()
        let office = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        let bappeda = try buka(ServerUji.sebagai("bappeda", url), opd: "1.06")
        let other = try buka(ServerUji.sebagai("dinkes", url), opd: "2.01")
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        #expect(office.keadaan.dokumen.nilai(a) == .some(nil), "blank in the sample")
        office.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter>")
        office.tungguLatar()
        #expect(office.keadaan.dokumen.nilai(a) == .some("4"))
        #expect(!office.keadaan.belumDisimpan, "written at once, no Ctrl-S")
        #expect(try ServerUji.psql(url, "SELECT angka || ' ' || oleh FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "4 dinsos\n")
        // BAPPEDA's open interface: within a second, the row and its parents marked.
        let seconds = tunggu(bappeda) { bappeda.keadaan.dokumen.nilai(a) == .some("4") }
        #expect(seconds != nil && seconds! <= 1, "seen after \(seconds ?? -1) s")
        let node = try #require(bappeda.keadaan.dokumen.indeks(kode: "1.06.06.2.01.03"))
        #expect(bappeda.keadaan.sorotan.contains(node) && bappeda.keadaan.sorotan.contains(0))
        #expect(bappeda.keadaan.gambar().baris.contains { $0.hasPrefix("• OPD") }, "the marked rows show it in the margin")
        #expect(bappeda.keadaan.pesan?.teks == "1 nilai diubah pihak lain")
        #expect(!bappeda.keadaan.belumDisimpan, "others' values are not this session's to save")
        // The other OPD: nothing arrives, its own figures stay.
        #expect(tunggu(other, detik: 1) { !other.keadaan.sorotan.isEmpty } == nil)
        #expect(other.keadaan.dokumen.nilai(a) == .some(nil))
        for app in [office, bappeda, other] { app.pg?.berhentiDengar() }
    }

    @Test func theSameValueChangedOnBothSidesIsAskedAsInTheFileStore() throws {
        let url = try siapkan()
        let first = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        let second = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        second.pg?.berhentiDengar()
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        first.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter>")
        // The second did not hear of it (its listener is off): its own edit of the same value conflicts.
        second.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll5<Enter>")
        guard case .pilihKonflik(let view) = second.keadaan.mode else { Issue.record("conflict chooser, got \(second.keadaan.mode)"); return }
        #expect(view.isi.map(\.perubahan.alamat) == [a])
        #expect(view.isi.first?.mereka == .some("4"))
        second.putar("m<Enter>")
        #expect(second.keadaan.mode == .normal)
        #expect(try ServerUji.psql(url, "SELECT angka FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "5\n")
        first.pg?.berhentiDengar()
    }

    @Test func aClosedQuarterReachesTheOfficeAndTheDatabaseRefusesItsEdit() throws {
        let url = try siapkan()
        let office = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        let bappeda = try buka(ServerUji.sebagai("bappeda", url), opd: "1.06")
        bappeda.putar("1X<Enter>")
        bappeda.tungguLatar()
        // "Closed by" is the role that closed, as the database knows it, not what the client says.
        #expect(try ServerUji.psql(url, "SELECT tw || ' ' || oleh FROM kinerja.kunci").stdout == "1 bappeda\n")
        // The office's interface learns of it (read again) and refuses locally ...
        #expect(tunggu(office) { office.keadaan.dokumen.kunci[1] != nil } != nil)
        // ... and the database refuses it whatever the client.
        let r = try ServerUji.psql(ServerUji.sebagai("dinsos", url), "UPDATE kinerja.nilai SET angka = 9 WHERE tw = 1 AND jenis = 'indikator'")
        #expect(r.keluar != 0 && r.stderr.contains("ditutup"))
        for app in [office, bappeda] { app.pg?.berhentiDengar() }
    }

    @Test func aReviewerIsAReviewerFromTheFirstScreenAndARefusalIsSaidOnceNeverRetried() throws {
        let url = try siapkan()
        let bappeda = try buka(ServerUji.sebagai("bappeda", url), opd: "1.06")
        bappeda.pg?.berhentiDengar()
        #expect(bappeda.keadaan.hakGudang == .bappeda)
        #expect(bappeda.keadaan.gambar().baris[0].contains("PEMERIKSA │"), "\(bappeda.keadaan.gambar().baris[0])")
        // A figure cannot even be typed: said at the first key, nothing to save, nothing sent.
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        bappeda.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4")
        #expect(bappeda.keadaan.mode == .normal)
        #expect(bappeda.keadaan.pesan?.teks.hasPrefix("BAPPEDA memeriksa: angka, catatan dan struktur ditulis OPD itu sendiri") == true)
        #expect(!bappeda.keadaan.belumDisimpan && bappeda.keadaan.dokumen.nilai(a) == .some(nil))
        // Nor the office's notes; the reviewer's note is its own.
        bappeda.putar("<Esc>c")
        #expect(bappeda.keadaan.mode == .normal && bappeda.keadaan.pesan?.teks.hasPrefix("BAPPEDA memeriksa") == true)
        bappeda.putar("m")
        #expect(bappeda.keadaan.mode == .normal && bappeda.keadaan.pesan?.teks.hasPrefix("BAPPEDA memeriksa") == true, "no change of shape")
        bappeda.putar("V")
        guard case .formulir = bappeda.keadaan.mode else { Issue.record("the reviewer's form, got \(bappeda.keadaan.mode)"); return }
        bappeda.putar("Cek bukti<Enter><Enter>")
        bappeda.tungguLatar()
        #expect(try ServerUji.psql(url, "SELECT teks || ' ' || oleh FROM kinerja.nilai WHERE jenis = 'verifikasi'").stdout == "Cek bukti bappeda\n")

        // An office whose rights the administrator withdraws while it is open: its next value is
        // refused by the database, said once, the session back to what the database holds, never tried again.
        let office = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        office.pg?.berhentiDengar()
        #expect(office.keadaan.hakGudang == .opd)
        try ServerUji.psql(url, "DELETE FROM kinerja.akses WHERE peran = 'dinsos'")
        office.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter>")
        office.tungguLatar()
        let said = office.keadaan.pesan?.teks ?? ""
        #expect(said.contains("ditolak database: dinsos tidak berhak") && said.contains("tidak ditulis dan tidak dicoba lagi")
                && said.contains("1.06.06.2.01.03 indikator 1 realisasi TW IV: 4"), "\(said)")
        #expect(!said.contains("db grant"), "no advice to widen a right")
        #expect(!office.keadaan.belumDisimpan && office.keadaan.dokumen.nilai(a) == .some(nil))
        #expect(office.pg?.cobaLagiPada == nil)
        office.keadaan.pesan = nil
        for _ in 0..<3 { office.diam(); office.tungguLatar() }
        #expect(office.keadaan.pesan == nil && office.keadaan.menyimpan == nil, "nothing tried again")
        #expect(try ServerUji.psql(url, "SELECT count(*) FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "0\n")
    }

    @Test func aLostServerKeepsTheEditInARecoveryCopyAndSaysSo() throws {
        let url = try siapkan()
        let office = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        office.pg?.berhentiDengar()
        // The database goes away under the open interface.
        let db = try AlamatPG(url).database
        try ServerUji.psql(url.replacingOccurrences(of: "/\(db)?", with: "/kinerja?"), "ALTER DATABASE \(db) WITH ALLOW_CONNECTIONS false")
        office.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter>")
        office.tungguLatar()
        #expect(office.keadaan.belumDisimpan)
        #expect(office.keadaan.pesan?.galat == true && office.keadaan.pesan?.teks.contains("dicoba lagi") == true)
        let copy = try #require(office.keadaan.lokasiPulih)
        #expect(FileManager.default.fileExists(atPath: copy))
        try ServerUji.psql(url.replacingOccurrences(of: "/\(db)?", with: "/kinerja?"), "ALTER DATABASE \(db) WITH ALLOW_CONNECTIONS true")
        office.pg?.cobaLagiPada = .distantPast
        office.diam()
        office.tungguLatar()
        #expect(!office.keadaan.belumDisimpan)
        #expect(try ServerUji.psql(url, "SELECT angka FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "4\n")
    }

    @Test func bappedaSeesEveryOPDsSummaryAndAnOfficeOnlyItsOwn() throws {
        let url = try siapkan()
        let bappeda = try buka(ServerUji.sebagai("bappeda", url), opd: "1.06")
        bappeda.pg?.berhentiDengar()
        bappeda.putar("B")
        guard case .riwayat(let list) = bappeda.keadaan.mode else { Issue.record("the summary, got \(bappeda.keadaan.mode)"); return }
        #expect(list.judul == "Rekap OPD 2023, s.d. TW IV")
        #expect(list.baris == [
            "Kode   OPD                       Pagu Serapan Capaian Kategori    Kosong TW IV",
            "1.06   Dinas Sosial Kota S…   35,27 M   88,98  100,00 Baik             1 ",
            "2.01   Dinas Kesehatan        35,27 M   88,98  100,00 Baik             1 ",
            "       Jumlah 2 OPD           70,54 M   88,98                          2 0/2",
        ])
        #expect(bappeda.keadaan.gambar().baris.contains { $0.contains("Dinas Kesehatan") && $0.contains("35,27 M") })
        #expect(bappeda.keadaan.gambar().baris.contains("Pagu: jt juta, M miliar, T triliun · ↑↓ PgUp PgDn gulir · tombol lain kembali"))
        let office = try buka(ServerUji.sebagai("dinsos", url), opd: "1.06")
        office.pg?.berhentiDengar()
        office.putar("B")
        guard case .riwayat(let own) = office.keadaan.mode else { Issue.record("the summary"); return }
        #expect(own.baris.count == 3, "its own OPD and the total")
        // On a file there is no Pemda to sum up: said, nothing else happens.
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("B")
        #expect(s.app.keadaan.pesan?.teks.hasPrefix("Rekap semua OPD ada pada basis data bersama") == true)
    }
}

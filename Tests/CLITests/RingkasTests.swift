import Foundation
import Model
import Testing
@testable import Antarmuka
@testable import Perintah

/// On a short terminal the tree, while it has the focus, sits beside a summary of the
/// selected row; Tab opens the full detail. A cursor move sends a few figures.
@Suite struct RingkasTests {
    @Test func aWideAndTallScreenShowsTheFullDetailBesideTheTree() throws {
        let s = try SesiUji(lebar: 200, tinggi: 50)
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>")
        #expect(s.app.keadaan.fokus == .pohon)
        #expect(s.layar.contains { $0.hasPrefix(" Pagu murni") })
        #expect(s.layar.contains { $0.hasPrefix(" Kategori ") && $0.contains("Kurang") })
        #expect(!s.layar.contains { $0.contains("Tab: rincian lengkap") })
    }

    /// At the smallest size the name keeps some room: amounts scale sooner and a band too
    /// wide for its column is its letter, in the tree and in the summary alike.
    @Test func aNarrowTerminalGivesTheNameRoomAndBandsTheirLetter() throws {
        let s = try SesiUji(lebar: 64, tinggi: 18)
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.01<Enter>")
        #expect(Array(s.layar[7...11]) == [
            "    1.06.06.2.01.01 Penyedi…    196.849.660   90,70   157,64 A",
            " Sub Kegiatan 1.06.06.2.01.01 Penyediaan Makanan",
            " s.d.TW IV                Pagu/Target   Realisasi  Capaian Kat.",
            " Anggaran Rp              196.849.660 178.547.191   90,70%",
            " 1. Jumlah korban bencan…         373         588   157,64 A",
        ])
        #expect(s.layar[6].hasSuffix("100,00 B"))
    }

    /// The full detail at the smallest size: six cells whole (amounts scaled to the
    /// column, labels cut instead), the "more below" mark on the title bar.
    @Test func theFullDetailsFiguresAreWholeOnTheSmallestScreen() throws {
        let s = try SesiUji(lebar: 64, tinggi: 18)
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.01<Enter><Tab>")
        let screen = s.layar
        #expect(screen.contains(" Realisasi 26,78 jt 44,64 jt 44,64 jt 62,49 jt 178,5 jt   90,70%"))
        #expect(screen.contains(" Pagu mur… 196,8 jt"))
        #expect(screen.contains(" Target          93       93       93       94      373      373"))
        #expect(screen.contains { $0.hasPrefix(" Sub Kegiatan 1.06.06.2.01.01") && $0.hasSuffix("▼") })
    }

    @Test func theSummaryFollowsTheQuarterAndTheLanguage() throws {
        let s = try SesiUji(bahasa: .en)
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>2")
        #expect(Array(s.layar[15...21]) == [
            " to Q2                         Pagu/Target         Actual  Achiev. Category",
            " Budget Rp                      41.970.000     16.342.549   38,94%",
            " 1. Jumlah Penyediaan Temp…              2              2   100,00 Good",
            " Notes Q2: none yet (press c to write)",
            "",
            "",
            " Tab: full detail (each quarter, edit values, notes)",
        ])
    }

    @Test func moreIndicatorsThanRoomAreCountedAndAReviewersNoteShows() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        for n in 1...4 {
            let added = try Proses.perintah(["indicator", "add", s.path, "1.06.06.2.01.03", "--uraian", "Indikator tambahan \(n)", "--satuan", "unit"])
            #expect(added.keluar == 0, "\(added.stderr)")
        }
        #expect(try Proses.perintah(["review", s.path, "1.06.06.2.01.03", "--tw", "4", "--note", "Realisasi TW III 0: mohon dijelaskan"]).keluar == 0)
        let app = try s.sesiBerikut()
        app.putar("g1.06.06.2.01.03<Enter>")
        let screen = app.keadaan.gambar().baris
        #expect(Array(screen[17...21]) == [
            " 1. Jumlah Penyediaan Temp…              5              2    40,00 Kurang",
            " … 4 indikator lagi (Tab: rincian lengkap)",
            " Catatan TW IV: belum ada (tekan c untuk menulis)",
            " Catatan verifikasi belum ditanggapi (tekan V): Realisasi TW III 0: mohon dije…",
            " Tab: rincian lengkap (per triwulan, ubah nilai, catatan)",
        ])
    }

    /// A tujuan with more sasaran than the pane has lines: clipped, the way on kept.
    @Test func aTujuanWithManySasaranStaysInItsPane() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        for n in 1...6 {
            #expect(try Proses.perintah(["renstra", "add-sasaran", s.path, "3", "--uraian", "Sasaran tambahan \(n)"]).keluar == 0)
        }
        let app = try s.sesiBerikut()
        app.putar("tg3<Enter>")
        let screen = app.keadaan.gambar().baris
        #expect(screen[14].hasPrefix(" Tujuan 3 "))
        #expect(screen[16].hasPrefix(" 1. Persentase penyelesaia"))
        #expect(screen[17].hasPrefix(" Sasaran 3.1: 100,00% Baik (1)"))
        #expect(screen[21] == " Tab: rincian lengkap (per triwulan, ubah nilai, catatan)")
        #expect(screen[22] == "", "the message line is left alone")
    }

    /// Formed by the real binary in an 80x24 pseudo-terminal: 50 moves down the expanded
    /// sample tree send a median under 300 bytes (403 beside the full detail).
    @Test func aCursorMoveSendsUnder300Bytes() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-bytes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Proses.jalankan(["python3", Proses.root.appendingPathComponent("tools/bytes_per_move.py").path, Proses.biner.path, data],
                                      env: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], program: "/usr/bin/env")
        #expect(run.keluar == 0, "\(run.stderr)")
        let median = try #require(run.stdout.firstMatch(of: /cursor move: median (\d+) bytes/).flatMap { Int($0.1) }, "\(run.stdout)")
        #expect(median < 300, "\(run.stdout)")
    }
}

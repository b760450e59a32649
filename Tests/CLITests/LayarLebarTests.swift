import Foundation
import Model
import Testing
@testable import TUI

/// Figures and codes are never cut: 4-digit sub kegiatan codes whole, amounts of hundreds
/// of billions whole on a wide screen and scaled (jt, M, T) on a narrow one; names give way.
@Suite(.serialized) struct LayarLebarTests {
    @Test(arguments: [(80, 24), (200, 50)])
    func largeAmountsAndFourDigitCodesAreWhole(lebar: Int, tinggi: Int) throws {
        let s = try SesiUji(lebar: lebar, tinggi: tinggi)
        defer { s.hapus() }
        #expect(try Proses.jalankan(["add", s.path, "1.06.06.2.01.0006", "--nama", "Penyediaan Tenda Darurat"]).keluar == 0)
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.0006", "--anggaran", "--pagu", "511.431.464.000"]).keluar == 0)
        let app = try s.sesiBerikut(sesi: "99999988-1")
        app.keadaan.tangani(.ukuran(lebar: lebar, tinggi: tinggi))
        for key in Tombol.skrip("g1.06.06.2.01.0006<Enter>") { app.proses(key) }
        let screen = app.keadaan.gambar().baris
        let row = try #require(screen.first { $0.contains("1.06.06.2.01.0006") }, "the 4-digit code is whole")
        if lebar >= 120 {
            #expect(row.contains("511.431.464.000"))
            #expect(screen.contains { $0.contains("512.029.120.036") }, "the kegiatan's total whole too")
        } else {
            #expect(row.contains("511,43 M"))
            #expect(!row.contains("…") || row.range(of: "…")!.lowerBound > row.range(of: "1.06.06.2.01.0006")!.upperBound, "only the name is cut")
        }
        #expect(screen.contains { $0.contains("1.06.06.2.01.01 ") }, "the other codes keep their place")
    }
}

/// The detail pane scrolls: at 80x24 the quarter's notes come into view with PgDn.
@Suite struct RincianGulirTests {
    @Test func pageDownShowsTheNotesAndTheCursorStaysInView() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab>")
        #expect(!s.layar.contains { $0.contains("Catatan TW IV") }, "below the pane at 80x24")
        s.ketik("<PgDn>")
        #expect(s.layar.contains { $0.contains("Catatan TW IV (tekan c untuk menulis)") })
        s.ketik("<PgUp>")
        #expect(s.layar.contains { $0.contains("Anggaran Rp") })
        // The worklist's Enter lands on a cell far down: it is in view.
        s.ketik("<Esc>w<Enter>")
        guard case .indikator = s.app.keadaan.alamatTerpilih else { Issue.record("on the realisation cell"); return }
        let rows = s.app.keadaan.barisRincian(lebarSel: s.app.keadaan.lebarSel)
        let visible = Tata(lebar: 80, tinggi: 24).barisRincian
        #expect(s.app.keadaan.kursorRincian.baris >= s.app.keadaan.gulirRincian && s.app.keadaan.kursorRincian.baris < s.app.keadaan.gulirRincian + visible,
                "row \(s.app.keadaan.kursorRincian.baris) of \(rows.count) in view from \(s.app.keadaan.gulirRincian)")
    }
}

/// Search finds a fragment anywhere: inside a code, a name, an indicator's text.
@Suite struct CariTests {
    @Test(arguments: [("06.2.01.03", "1.06.06.2.01.03"), ("tempat penampungan", "1.06.06.2.01.03"), ("pengungsi bagi korban", "1.06.06.2.01.03"), ("PERMAKANAN", "1.06.04.2.01.01")])
    func aFragmentAnywhereIsFound(query: String, kode: String) throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("/" + query + "<Enter>")
        let i = try #require(s.app.keadaan.simpulTerpilih)
        #expect(s.app.keadaan.dokumen.simpul[i].kode == kode, "\(s.app.keadaan.pesan?.teks ?? "")")
    }
}

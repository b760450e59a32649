import Foundation
import Model
import Testing
@testable import TUI

/// The report view and the dashboard at 80x24.
@Suite struct LaporanLayarTests {
    @Test func theReportViewScrollsAndSwitchesTables() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("r")
        #expect(s.layar[1] == " Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran 2023 (s.d. TW IV)  [1-15/15]")
        #expect(s.layar[4].hasPrefix("1.1.1  Menurunnya Angka Kemiskinan"))
        s.ketik("lll")
        #expect(s.layar[2].hasPrefix("Satuan  Polaritas  Target  Realisasi  Capaian (%)  Kategori"))
        #expect(s.layar[4] == "%       negatif        15       9,68       135,47  Sangat Baik")
        s.ketik("<Tab><Tab><Tab>")
        #expect(s.layar[1].hasPrefix(" Tabel 3.6 Efisiensi Penggunaan Sumber Daya 2023 (s.d. TW IV)"))
        s.ketik("[")
        #expect(s.layar[1].contains("(s.d. TW III)"))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.mode == .normal)
    }

    @Test func exportFromTheReportView() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("<F5><Tab><Tab>m")
        let md = s.folder.appendingPathComponent("dinsos-rpjmd-tw4.md").path
        #expect(try String(contentsOfFile: md, encoding: .utf8).contains("| 1 | Angka Kemiskinan | 4,23 | 101,63 | 4,15 | 98,07 | Akan Tercapai |"))
        s.ketik("x")
        #expect(FileManager.default.fileExists(atPath: s.folder.appendingPathComponent("dinsos-rpjmd-tw4.xlsx").path))
        #expect(s.layar[22].hasPrefix("Diekspor ke "))
    }

    @Test func theDashboardShowsBarsWithNumbersAndBandNames() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("d")
        #expect(s.layar[3] == "1.1 Menurunnya Angka … ███████████████████████████████···· 135,47 Sangat Baik")
        #expect(s.layar[18].hasSuffix("69,38 Cukup"))
        s.ketik("1")
        #expect(s.layar[1].contains("TW I "))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.mode == .normal)
    }
}

import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// The report view and the dashboard at 80x24.
@Suite struct LaporanLayarTests {
    @Test func theReportViewScrollsAndSwitchesTables() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("r")
        #expect(s.layar[1] == " Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran 2023 (s.d. TW IV)  [1-15/15]")
        #expect(s.layar[4].hasPrefix("1.1.1  Menurunnya Angka Kemiskinan"))
        s.ketik("lll")
        #expect(s.layar[2].hasPrefix("No.    Satuan  Polaritas  Target  Realisasi  Capaian (%)  Kategori"), "the number column stays")
        #expect(s.layar[4] == "1.1.1  %       negatif        15       9,68       135,47  Sangat Baik")
        s.ketik("/kinerja<Enter>")
        #expect(s.layar[3].hasPrefix("3      "), "a fragment found anywhere in a row (tujuan 3's text)")
        s.ketik("g2.1.4<Enter>")
        #expect(s.layar[3].hasPrefix("2.1.4 "), "a code")
        s.ketik("gX.9<Enter>")
        #expect(s.layar[22] == "Tidak ditemukan: X.9")
        s.ketik("<Tab><Tab><Tab>")
        #expect(s.layar[1].hasPrefix(" Tabel 3.6 Efisiensi Penggunaan Sumber Daya 2023 (s.d. TW IV)"))
        s.ketik("[")
        #expect(s.layar[1].contains("(s.d. TW III)"))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.mode == .normal)
    }

    @Test func buildingAReportShowsProgress() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("r")
        let frames = (s.app.terminal as! TerminalUji).digambar
        #expect(frames.contains { $0.baris[22].hasPrefix("Menyusun tabel…") })
        #expect(s.app.keadaan.pesan == nil)
    }

    @Test func aLargeTableReportsItsRowsWhileBuilding() throws {
        let folder = try FolderUji.baru("kinerja-besar")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("besar.json").path
        try Penyimpan.tulisAtomik(BerkasJSON.json(Generator.buat(subKegiatan: 9_000, seed: 2)), ke: path, cadangan: false)
        let terminal = TerminalUji()
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(path), path: path, bahasa: .id), terminal: terminal)
        app.putar("r<S-Tab>")
        #expect(terminal.digambar.contains { $0.baris[22].hasPrefix("Menyusun tabel… 20000 baris") })
        guard case .laporan(let view) = app.keadaan.mode else { Issue.record("report view expected"); return }
        #expect(view.laporan == .triwulan)
        #expect(view.isi.count > 20_000)
    }

    @Test func exportFromTheReportView() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("<F5><Tab><Tab>m")
        let md = s.folder.appendingPathComponent("dinsos-rpjmd-tw4.md").path
        #expect(try String(contentsOfFile: md, encoding: .utf8).contains("| 1 | Angka Kemiskinan | 4,23 | 101,63 | 4,15 | 98,07 | Akan Tercapai |"))
        s.ketik("x")
        #expect(FileManager.default.fileExists(atPath: s.folder.appendingPathComponent("dinsos-rpjmd-tw4.xlsx").path))
        // A long path takes a line of its own rather than being cut.
        #expect(s.layar[21] == "Diekspor ke" && s.layar[22] == s.folder.appendingPathComponent("dinsos-rpjmd-tw4.xlsx").path)
    }

    @Test func theDashboardShowsBarsWithNumbersAndBandNames() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("d")
        #expect(s.layar[2] == "Skala: Sangat Baik (A) >100 · Baik (B) ≥76 · Cukup (C) ≥56 · Kurang (K)", "the scale's legend")
        #expect(s.layar[4] == "1.1 Menurunnya Angka … ███████████████████████████████···· 135,47 Sangat Baik")
        #expect(s.layar[19].hasSuffix("69,38 Cukup"))
        // On a short terminal the last bars are below the screen until scrolled to.
        let short = try SesiUji(lebar: 80, tinggi: 18)
        defer { short.hapus() }
        short.ketik("d")
        #expect(!short.layar.contains { $0.contains("1.06.06 Penanganan") && $0.hasSuffix("95,64 Baik") })
        short.ketik("<PgDn>")
        #expect(short.layar.contains { $0.contains("1.06.06 Penanganan") && $0.hasSuffix("95,64 Baik") }, "the dashboard scrolls")
        s.ketik("1")
        #expect(s.layar[1].contains("TW I "))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.mode == .normal)
    }
}

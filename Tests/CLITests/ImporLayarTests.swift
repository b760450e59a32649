import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// Importing a spreadsheet in the interface: a preview first, applied on confirmation,
/// undoable, refused as a whole when the sheet has problems.
@Suite(.serialized) struct ImporLayarTests {
    let folder: URL
    let path: String
    let app: Aplikasi

    init() throws {
        folder = try FolderUji.baru("kinerja-impor-ui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("dinsos-2023.json").path
        let r = try Proses.jalankan(["new", path, "--opd", "Dinas Sosial", "--kode", "1.06", "--pemda", "Kota Semarang", "--tahun", "2023"])
        #expect(r.keluar == 0)
        app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(path), path: path, bahasa: .id), terminal: TerminalUji(),
                       sesi: SesiUji.sesiBerakhir, folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
    }

    func ketik(_ script: String) { app.putar(script) }
    var layar: [String] { app.keadaan.gambar().baris }
    var sampel: String { Proses.root.appendingPathComponent("sample-data/dinsos-anggaran-2023").path }

    @Test(arguments: ["csv", "xlsx"]) func theSampleBudgetIsPreviewedAppliedUndoneAndSaved(kind: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        ketik("I")
        #expect(layar.contains { $0.contains("Impor lembar kerja") })
        ketik(sampel + "." + kind + "<Enter><Enter>")
        guard case .pratinjauImpor(let view) = app.keadaan.mode else { Issue.record("a preview comes first"); return }
        #expect(view.ringkas == "101 simpul baru, 156 nilai (0 menimpa)")
        #expect(layar[1].hasPrefix(" Pratinjau impor dinsos-anggaran-2023.\(kind): 101 simpul baru, 156 nilai"))
        #expect(layar.contains { $0.contains("  + 1.06.01") })
        #expect(layar[22].hasPrefix("Enter/y terapkan · Esc/n batal"))
        #expect(app.keadaan.dokumen.simpul.count == 1, "nothing changes before the confirmation")
        ketik("<PgDn>y")
        #expect(app.keadaan.mode == .normal)
        #expect(app.keadaan.dokumen.anggaran(0).paguAda == 35_272_253_286)
        #expect(app.keadaan.dokumen.anggaran(0).realisasiSd(4) == 31_385_954_802)
        #expect(app.keadaan.pesan?.teks == "Diimpor dari dinsos-anggaran-2023.\(kind): 101 simpul baru, 156 nilai (0 menimpa) (u membatalkan; Ctrl-S menyimpan)")
        ketik("u")
        #expect(app.keadaan.dokumen.simpul.count == 1)
        ketik("<C-r><C-s>")
        let saved = try Penyimpan.muat(path)
        #expect(saved.anggaran(0).paguAda == 35_272_253_286)
        #expect(saved.simpul.count == 102)
    }

    @Test func aSheetWithProblemsIsShownAndCannotBeApplied() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("salah.csv").path
        try "Kode;Nama;Pagu\n1.06.01;Program;banyak\n1.06.01.2.01.01;Yatim;1.000\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        ketik("I" + sheet + "<Enter><Enter>")
        guard case .pratinjauImpor(let view) = app.keadaan.mode else { Issue.record("the problems are shown"); return }
        #expect(!view.bisa)
        #expect(view.ringkas == "2 masalah: tidak dapat diterapkan")
        #expect(layar.contains { $0.hasPrefix(" salah.csv baris 2 kolom C:") })
        ketik("<Enter>y")
        guard case .pratinjauImpor = app.keadaan.mode else { Issue.record("Enter does not apply a sheet with problems"); return }
        ketik("<Esc>")
        #expect(app.keadaan.pesan?.teks == "Impor dibatalkan: tidak ada yang berubah")
        #expect(app.keadaan.dokumen.simpul.count == 1)
        ketik("I" + folder.path + "/tidak-ada.xlsx<Enter><Enter>")
        #expect(app.keadaan.pesan?.galat == true)
        #expect(app.keadaan.pesan?.teks.contains("tidak-ada.xlsx") == true)
    }

    @Test func anImportIsKeptByTheRecoveryCopyAndReplayed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        ketik("I" + sampel + ".csv<Enter><Enter>y")
        app.tanganiSinyal()
        let next = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(path), path: path, bahasa: .id), terminal: TerminalUji(),
                            sidik: try Penyimpan.muatDenganSidik(path).1, sesi: Pulih.sesiIni, folderCadangan: app.folderCadangan, folderAwal: app.folderCadangan)
        next.proses(.huruf("p"))
        #expect(next.keadaan.pesan?.teks == "Perubahan dipulihkan (1 perubahan struktur, 0 nilai); tekan Ctrl-S untuk menyimpannya")
        #expect(next.keadaan.dokumen.anggaran(0).paguAda == 35_272_253_286)
    }
}

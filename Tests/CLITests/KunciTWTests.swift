import Foundation
import Model
import GudangBerkas
import Pelaporan
import Testing
@testable import Antarmuka
@testable import Perintah

/// Closing a quarter: a closed TW I refuses an edit through every door, reopening needs a
/// reason the journal keeps, and reports say which quarters are final.
@Suite(.serialized) struct KunciTWTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-kunci") }

    @Test func aClosedQuarterRefusesEveryDoorUntilReopenedWithAReason() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.perintah(["lock", data, "--tw", "1"], env: ["LANG": "C", "KINERJA_PENGGUNA": "Kabid Perencanaan"]).stdout == "TW I ditutup\n")
        // set
        let set = try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "1", "--realisasi", "3"])
        #expect(set.keluar == 1)
        #expect(set.stderr.contains("1.06.06.2.01.03 indikator 1 realisasi TW I: TW I ditutup oleh Kabid Perencanaan, "))
        #expect(set.stderr.hasSuffix("; buka: X atau kinerja unlock; berkas tidak diubah\n"))
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "2", "--realisasi", "3"]).keluar == 0, "other quarters stay open")
        // import
        let sheet = folder.appendingPathComponent("tw1.csv").path
        try "Kode;Realisasi TW I\n1.06.06.2.01.03;500\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        let imp = try Proses.perintah(["import", data, sheet, "--apply"])
        #expect(imp.keluar == 1)
        #expect(imp.stdout.contains("tw1.csv baris 2: 1.06.06.2.01.03 realisasi anggaran TW I: TW I ditutup oleh Kabid Perencanaan, "))
        // the interface
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id, tw: 1), terminal: TerminalUji(),
                           sesi: "99999996-1", folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
        #expect(app.keadaan.gambar().baris[0].contains("TW I ditutup │"))
        app.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>9")
        #expect(app.keadaan.mode == .normal, "no edit field opens")
        #expect(app.keadaan.pesan?.teks.hasPrefix("TW I ditutup oleh Kabid Perencanaan, ") == true)
        #expect(LebarTampilan.lebar(app.keadaan.pesan?.teks ?? "") <= 80, "fits the message line")
        app.putar("<Del>c")
        #expect(app.keadaan.mode == .normal)
        #expect(!app.keadaan.belumDisimpan)
        #expect(try Penyimpan.muat(data).simpul[try Penyimpan.muat(data).indeks(kode: "1.06.06.2.01.03")!].indikator[0].triwulan[0].realisasi == 1)
        // Reports say which quarters are final.
        let report = try Proses.perintah(["report", data, "anggaran", "--tw", "2"])
        #expect(report.stdout.hasPrefix("Status: TW I final (Kabid Perencanaan, "))
        #expect(report.stdout.split(separator: "\n")[0].hasSuffix(") · TW II draf"))
        // Reopening needs a reason, which the journal keeps.
        #expect(try Proses.perintah(["unlock", data, "--tw", "1", "--reason", " "]).keluar == 1)
        #expect(try Proses.perintah(["unlock", data, "--tw", "1", "--reason", "realisasi bidang salah ketik"]).keluar == 0)
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "1", "--realisasi", "3"]).keluar == 0)
        let journal = Jurnal.baca(data)
        #expect(journal.map(\.sumber) == ["lock", "set", "unlock", "set"])
        #expect(journal[0].nama == "Kabid Perencanaan" && journal[0].teks == "tutup TW I")
        #expect(journal[2].alasan == "realisasi bidang salah ketik")
    }

    /// X in the interface closes the active quarter (asking first) and reopens it with a reason.
    @Test func theInterfaceClosesAndReopensTheActiveQuarter() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id), terminal: TerminalUji(),
                           sesi: "99999997-1", folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
        app.identitas = Identitas(pengguna: "ani", nama: "Ani", host: "pc-1")
        app.putar("X")
        #expect(app.keadaan.gambar().baris.contains { $0.contains("Nilai TW IV tidak dapat diubah lagi") })
        app.putar("y<C-s>")
        #expect(try Penyimpan.muat(data).kunci[4]?.oleh == "Ani")
        app.putar("X<Enter>")
        #expect(app.keadaan.pesan?.teks == "TW IV: membuka triwulan yang ditutup perlu alasan (--reason \"...\"); tidak ada yang berubah")
        app.putar("dinilai ulang<Enter><C-s>")
        #expect(try Penyimpan.muat(data).kunci[4] == nil)
        #expect(Jurnal.baca(data).map(\.sumber) == ["lock", "unlock"])
        #expect(Jurnal.baca(data).last?.alasan == "dinilai ulang")
    }

    /// The workbook's cover says the same.
    @Test func theWorkbookCoverSaysWhichQuartersAreFinal() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.perintah(["lock", data, "--tw", "1"]).keluar == 0)
        let d = try Penyimpan.muat(data)
        let cover = Laporan.sampul(d, tw: 4, bahasa: .id, tanggal: Date())
        let status = try #require(cover.first { $0.0 == "Status" }?.1)
        #expect(status.hasPrefix("TW I final ("))
        #expect(status.hasSuffix(" · TW II draf · TW III draf · TW IV draf"))
        #expect(Laporan.sampul(try Penyimpan.muat(Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path), tw: 4, bahasa: .id, tanggal: Date())
                    .first { $0.0 == "Status" }?.1 == "draf (belum ada triwulan yang ditutup)")
    }
}

import Foundation
import Model
import GudangBerkas
import Testing
@testable import Antarmuka
@testable import Perintah
#if canImport(Glibc)
import Glibc
#endif

/// Several sessions on one file: a save merges the others' changes, a value changed on
/// both sides is decided by the user before anything is written, R reloads, and a
/// change by others is noticed while idle.
@Suite(.serialized) struct GabungTests {
    let isiShelter = "g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll"

    func realisasi(_ path: String, _ kode: String, tw: Int) throws -> Decimal? {
        let d = try Penyimpan.muat(path)
        return d.simpul[d.indeks(kode: kode)!].indikator[0].triwulan[tw - 1].realisasi
    }

    func ketik(_ app: Aplikasi, _ script: String) { app.putar(script) }

    @Test func twoSessionsEditingDifferentValuesBothLand() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let other = try s.sesiBerikut(sesi: "99999992-1")
        s.ketik(isiShelter + "1<Enter>")
        ketik(other, "g1.06.06.2.01.02<Enter><Tab><Down><Down><Down><Down>lll7<Enter><C-s>")
        #expect(try realisasi(s.path, "1.06.06.2.01.02", tw: 4) == 7)
        s.ketik("<C-s>")
        #expect(s.app.keadaan.mode == .normal)
        #expect(s.app.keadaan.pesan?.teks.contains(", digabung dengan 1 nilai dari pihak lain → ") == true)
        #expect(try realisasi(s.path, "1.06.06.2.01.03", tw: 4) == 1)
        #expect(try realisasi(s.path, "1.06.06.2.01.02", tw: 4) == 7, "the other's value stays")
        #expect(s.app.keadaan.dokumen.simpul[s.app.keadaan.dokumen.indeks(kode: "1.06.06.2.01.02")!].indikator[0].triwulan[3].realisasi == 7,
                "and is on screen")
    }

    @Test func theSameValueChangedOnBothSidesIsDecidedBeforeAnythingIsWritten() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let other = try s.sesiBerikut(sesi: "99999992-1")
        s.ketik(isiShelter + "1<Enter>g2.1.4<Enter><Tab><Down>lll88<Enter>")
        ketik(other, isiShelter + "2<Enter><C-s>")
        let written = try Data(contentsOf: URL(fileURLWithPath: s.path))
        s.ketik("<C-s>")
        guard case .pilihKonflik(let view) = s.app.keadaan.mode else { Issue.record("the conflict is shown"); return }
        #expect(view.isi.map(\.perubahan.alamat) == [.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))])
        #expect(view.simpan)
        s.ketik("<Esc>")
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.path)) == written, "nothing is written before the decision")
        #expect(s.app.keadaan.pesan?.teks == "1 bentrokan belum diputuskan; belum ditulis. Ctrl-S untuk memutuskan")
        s.ketik("<C-s>")
        guard case .pilihKonflik = s.app.keadaan.mode else { Issue.record("Ctrl-S asks again"); return }
        s.ketik("m<Enter>")
        #expect(s.app.keadaan.mode == .normal)
        #expect(try realisasi(s.path, "1.06.06.2.01.03", tw: 4) == 1, "mine, as chosen")
        let d = try Penyimpan.muat(s.path)
        #expect(d.indikator(.renstra(d.posisi(nomor: "2.1.4")!)).triwulan[3].realisasi == 88, "the value without a conflict merged")
        #expect(!s.app.keadaan.belumDisimpan)
    }

    @Test func reloadTakesTheOthersChangesWithoutSavingAndKeepsMine() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("R")
        #expect(s.app.keadaan.pesan?.teks == "Berkas tidak diubah pihak lain sejak dibaca")
        s.ketik(isiShelter + "1<Enter>")
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "7"]).keluar == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: s.path))
        s.ketik("R")
        #expect(s.app.keadaan.pesan?.teks == "Dimuat: 1 nilai dari pihak lain, 1 perubahan Anda tetap")
        let d = s.app.keadaan.dokumen
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.02")!].indikator[0].triwulan[3].realisasi == 7)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].indikator[0].triwulan[3].realisasi == 1)
        #expect(s.app.keadaan.belumDisimpan)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.path)) == written, "a reload writes nothing")
        s.ketik("<C-s>")
        #expect(try realisasi(s.path, "1.06.06.2.01.03", tw: 4) == 1)
        #expect(s.app.keadaan.pesan?.teks.contains("digabung") == false, "nothing left to merge at the save")
    }

    @Test func aChangeByOthersIsNoticedWithinTwoSeconds() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        s.app.jam = { now }
        s.app.diam()
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "7"]).keluar == 0)
        now += 1
        s.app.diam()
        #expect(!s.app.keadaan.berubahDiLuar, "looked at every 2 seconds")
        now += 1
        s.app.diam()
        #expect(s.app.keadaan.berubahDiLuar)
        #expect(s.app.keadaan.pesan?.teks == "Berkas diubah pihak lain: R memuat, Ctrl-S menggabung dan menyimpan")
        #expect(s.layar[0].contains("berubah"), "the top line says so until reloaded or saved")
        s.ketik("R")
        #expect(!s.app.keadaan.berubahDiLuar)
        #expect(!s.layar[0].contains("berubah"))
    }
}

/// Who else has the file open: registered beside it, stale entries ignored, viewers marked.
@Suite(.serialized) struct HadirTests {
    @Test func aSecondSessionSeesWhoElseHasTheFileOpen() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        // Another live session: a real process, registered under its pid and start time.
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/bin/sleep")
        other.arguments = ["30"]
        try other.run()
        // SIGKILL: the test runner may have left SIGTERM ignored for its children.
        defer { kill(other.processIdentifier, SIGKILL) }
        let start = try #require(Sistem.waktuMulai(other.processIdentifier))
        let ani = Hadir.Sesi(oleh: Identitas(pengguna: "ani", nama: "Ani", host: "pc-1"), pid: other.processIdentifier,
                             sejak: "2026-11-29T09:14:00+07:00", hanyaBaca: true)
        #expect(Hadir.daftar(ani, untuk: s.path, sesi: "\(other.processIdentifier)-\(start)", cadangan: s.folder.path + "/keadaan") != nil)
        // And a stale one, of a process that has ended.
        let stale = s.folder.appendingPathComponent("dinsos.json.sesi.99999998-1").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: stale))
        let next = try s.sesiBerikut(sesi: "99999990-1")
        #expect(next.keadaan.hadirLain == [ani])
        #expect(next.keadaan.pesan?.teks == "Juga membuka berkas ini: Ani (ani@pc-1) sejak 09:14, hanya melihat")
        #expect(next.keadaan.gambar().baris[0].contains("+1 sesi │"))
        #expect(!FileManager.default.fileExists(atPath: stale), "a stale entry is removed")
        kill(other.processIdentifier, SIGKILL)
        other.waitUntilExit()
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        next.jam = { now }
        now += 3
        next.diam()
        #expect(next.keadaan.hadirLain.isEmpty, "an ended session drops out within 2 seconds")
    }
}

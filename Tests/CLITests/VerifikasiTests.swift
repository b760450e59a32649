import Foundation
import Model
import GudangBerkas
import Pelaporan
import Testing
@testable import Antarmuka
@testable import Perintah

/// Reviewer's notes: written with who and when, shown in the detail pane and the quarterly
/// form, open in the worklist until the office answers.
@Suite(.serialized) struct VerifikasiTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-verifikasi") }

    @Test func aReviewersNoteIsOpenUntilAnswered() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Proses.perintah(["review", data, "1.06.06.2.01.03", "--tw", "3", "--note", "Capaian TW III 0%: lampirkan penjelasan"],
                                    env: ["LANG": "C", "KINERJA_PENGGUNA": "BAPPEDA Sari"])
        #expect(r.stdout == "1.06.06.2.01.03 TW III: catatan verifikasi ditulis\n")
        var todo = try Proses.perintah(["todo", data, "--tw", "3"]).stdout
        #expect(todo.contains("1.06.06.2.01.03 Penyediaan Tempat Penampungan Pengungsi: catatan verifikasi belum ditanggapi: Capaian TW III 0%: lampirkan penjelasan"))
        let form = try Proses.perintah(["report", data, "triwulan", "--tw", "3", "--format", "json"]).stdout
        #expect(form.contains("\"catatan_verifikasi\": \"Capaian TW III 0%: lampirkan penjelasan (BAPPEDA Sari, "))
        let d = try Penyimpan.muat(data)
        let note = d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].catatan[2]
        #expect(note.verifikasiOleh == "BAPPEDA Sari" && note.verifikasiWaktu != nil)
        #expect(try Proses.perintah(["review", data, "1.06.06.2.01.03", "--tw", "3", "--answer", "Penjelasan dilampirkan"]).keluar == 0)
        todo = try Proses.perintah(["todo", data, "--tw", "3"]).stdout
        #expect(!todo.contains("catatan verifikasi"), "answered, no longer open")
        #expect(Jurnal.baca(data).map(\.sumber) == ["review", "review"])
    }

    @Test func theInterfaceShowsTheNoteAndTakesTheAnswerFromTheWorklist() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id), terminal: TerminalUji(),
                           sesi: "99999989-1", folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
        app.identitas = Identitas(pengguna: "sari", nama: "Sari", host: "bappeda-1")
        app.putar("g1.06.06.2.01.03<Enter>V")
        guard case .formulir(let f) = app.keadaan.mode else { Issue.record("V opens the form"); return }
        #expect(f.bidang.map(\.label) == ["Catatan verifikasi", "Tanggapan OPD"])
        app.putar("Lengkapi realisasi TW IV<Tab><F2><C-s>")
        let saved = try Penyimpan.muat(data)
        #expect(saved.simpul[saved.indeks(kode: "1.06.06.2.01.03")!].catatan[3].verifikasiOleh == "Sari")
        let screen = app.keadaan.barisRincian(lebarSel: app.keadaan.lebarSel)
        #expect(screen.contains { if case .teks(let s, _) = $0 { return s.hasPrefix("Catatan verifikasi (Sari, ") && s.hasSuffix("): Lengkapi realisasi TW IV") }; return false })
        #expect(screen.contains(.teks("   Tanggapan: belum ditanggapi (tekan V)", .galat)))
        // The worklist lists it; Enter opens the form to answer.
        app.putar("w")
        guard case .kosong(let list) = app.keadaan.mode, let i = list.isi.firstIndex(where: { if case .verifikasi = $0.jenis { return true }; return false }) else {
            Issue.record("the worklist lists the open note"); return
        }
        for _ in 0..<i { app.proses(.bawah) }
        app.putar("<Enter><Tab>Sudah dilengkapi<F2><C-s>")
        let answered = try Penyimpan.muat(data)
        #expect(answered.simpul[answered.indeks(kode: "1.06.06.2.01.03")!].catatan[3].tanggapan == "Sudah dilengkapi")
        #expect(!BelumDiisi.daftar(answered, tw: 4).contains { if case .verifikasi = $0.jenis { return true }; return false })
    }
}

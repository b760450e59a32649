import Foundation
import Model
import Pelaporan
import Testing
@testable import Antarmuka
@testable import Perintah

/// Issue "an office brings its own year", part 5: what is still blank.
@Suite(.serialized) struct TodoTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-todo") }

    @Test func theSamplesQuarterEndTaskIsTheOneEntryLeft() throws {
        let r = try Proses.perintah(["todo", data])
        #expect(r.keluar == 0)
        #expect(r.stdout == """
            Belum diisi TW IV: 1 isian
            1.06.06 Penanganan Bencana: 1
              1.06.06.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota: 1
                1.06.06.2.01.03 Penyediaan Tempat Penampungan Pengungsi: realisasi indikator 1 (target 2)

            """)
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "1"]).keluar == 0)
        // 1 of a quarterly target of 2 is below Baik: now the quarter's notes are asked for.
        #expect(try Proses.perintah(["todo", data]).stdout.hasSuffix("Penampungan Pengungsi: catatan penghambat, tindak lanjut (capaian di bawah Baik)\n"))
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"]).keluar == 0)
        #expect(try Proses.perintah(["todo", data]).stdout == "Belum diisi TW IV: 0 isian\n")
    }

    @Test func theStatusLineCountsTheActiveQuartersBlankEntries() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        #expect(s.layar[0].hasSuffix("TW IV │ tersimpan"), "counted in the first quiet moment, not before the first screen")
        s.app.diam()
        #expect(s.layar[0].hasSuffix("TW IV │ 1 kosong │ tersimpan"))
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll2<Enter>")
        #expect(s.layar[0].hasSuffix("TW IV │ ● belum disimpan"), "an edit moves the count at once")
        s.ketik("[")
        s.app.diam()
        #expect(s.layar[0].hasSuffix("TW III │ 1 kosong │ ● belum disimpan"), "TW III asks for the notes of a quarter below Baik")
    }

    @Test func theWorklistViewGoesToTheEntry() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("w")
        #expect(s.layar[1].hasPrefix(" Belum diisi TW IV: 1 isian · Enter ke isian · Esc kembali"))
        #expect(s.layar[2] == " 1.06.06.2.01.03  realisasi indikator 1 (target 2) · Penyediaan Tempat Penampun…")
        s.ketik("<Enter>")
        #expect(s.app.keadaan.mode == .normal)
        #expect(s.app.keadaan.simpulTerpilih == s.app.keadaan.dokumen.indeks(kode: "1.06.06.2.01.03"))
        #expect(s.app.keadaan.fokus == .rincian)
        s.ketik("4<Enter>w")
        #expect(s.layar[1].hasPrefix(" Belum diisi TW IV: 0 isian"))
    }

    @Test func theCountFollowsEditsLikeAFullRecount() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.app.diam()
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1<Enter>")
        s.ketik("g1.06.06.2.01.02<Enter><Tab><Down><Down><Down><Down><Del>")
        s.ketik("u<C-r>ucNotes<C-s>")
        // Moved by each edit, without a recount.
        #expect(s.app.keadaan.kosong?.revisi == s.app.keadaan.dokumen.revisi)
        #expect(s.app.keadaan.kosong?.jumlah == BelumDiisi.jumlah(s.app.keadaan.dokumen, tw: 4))
        // A change of scale or quarter is counted afresh in the next quiet moment.
        s.ketik("K")
        #expect(s.app.keadaan.kosong?.revisi != s.app.keadaan.dokumen.revisi)
        for tw in [4, 3] {
            if tw == 3 { s.ketik("<Esc>[") }
            s.app.diam()
            #expect(s.app.keadaan.kosong?.jumlah == BelumDiisi.jumlah(s.app.keadaan.dokumen, tw: tw))
            #expect(s.app.keadaan.kosong?.tw == tw)
        }
    }

    @Test func aQuarterBelowBaikAsksForNotesAndBlankBudgetsAreListed() throws {
        let r = try Proses.perintah(["todo", data, "--tw", "3"])
        #expect(r.stdout.hasSuffix("    1.06.06.2.01.03 Penyediaan Tempat Penampungan Pengungsi: catatan penghambat, tindak lanjut (capaian di bawah Baik)\n"))
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.02", "--anggaran", "--tw", "4", "--kosong"]).keluar == 0)
        let json = try Proses.perintah(["todo", data, "--format", "json"]).stdout
        let items = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(items.count == 2)
        #expect(items.map { $0["jenis"] as? String } == ["realisasi_anggaran", "realisasi_indikator"])
        #expect(items[0]["kode"] as? String == "1.06.06.2.01.02")
        #expect(items[0]["kegiatan"] as? String == "1.06.06.2.01")
    }
}

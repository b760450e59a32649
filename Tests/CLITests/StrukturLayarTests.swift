import Foundation
import Model
import GudangBerkas
import Testing
@testable import Antarmuka
@testable import Perintah

/// Shaping the tree in the interface: every change through the structure menu and its
/// forms, undoable, refused with a message when it breaks the rules, saved to the file.
@Suite(.serialized) struct StrukturLayarTests {
    func d(_ s: SesiUji) -> Dokumen { s.app.keadaan.dokumen }
    func node(_ s: SesiUji, _ kode: String) -> Simpul? { d(s).indeks(kode: kode).map { d(s).simpul[$0] } }
    func formulir(_ s: SesiUji) -> Formulir? {
        if case .formulir(let f) = s.app.keadaan.mode { return f }
        return nil
    }

    @Test func aSubKegiatanIsInsertedWithAProposedCodeUndoneRedoneAndSaved() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01<Enter>a")
        let f = try #require(formulir(s))
        #expect(f.judul == "Tambah sub kegiatan di bawah 1.06.06.2.01")
        #expect(f.bidang[0].teks == "1.06.06.2.01.06", "the next code after the kegiatan's children, in their 2-digit form")
        #expect(s.layar.contains { $0.hasPrefix(" Kode  ") && $0.contains("1.06.06.2.01.06") })
        s.ketik("<Enter>Tenda Darurat<Enter>")
        #expect(s.app.keadaan.mode == .normal)
        let added = try #require(node(s, "1.06.06.2.01.06"))
        #expect(added.nama == "Tenda Darurat")
        #expect(added.tingkat == .subKegiatan)
        #expect(s.app.keadaan.simpulTerpilih == d(s).indeks(kode: "1.06.06.2.01.06"), "the new node is selected")
        #expect(s.layar.contains { $0.contains("1.06.06.2.01.06") && $0.contains("Tenda Darurat") })
        #expect(s.app.keadaan.pesan?.teks == "tambah 1.06.06.2.01.06 Tenda Darurat (u membatalkan)")
        s.ketik("u")
        #expect(node(s, "1.06.06.2.01.06") == nil)
        #expect(s.app.keadaan.pesan?.teks == "Dibatalkan: tambah 1.06.06.2.01.06 Tenda Darurat")
        s.ketik("<C-r><C-s>")
        let saved = try Penyimpan.muat(s.path)
        let i = try #require(saved.indeks(kode: "1.06.06.2.01.06"))
        #expect(saved.simpul[i].nama == "Tenda Darurat")
        #expect(saved.simpul[saved.simpul[i].induk!].kode == "1.06.06.2.01")
    }

    @Test func aCodeThatBreaksTheRulesIsRefusedAndTheFormStays() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let before = d(s).revisi
        s.ketik("g1.06.06.2.01<Enter>a<C-u>1.06.06.2.01.03<Enter>Ganda<Enter>")
        #expect(formulir(s) != nil, "the form stays open to be corrected")
        #expect(s.app.keadaan.pesan?.teks == "1.06.06.2.01.03: kode 1.06.06.2.01.03 sudah dipakai; beri kode yang unik; tidak ada yang berubah")
        #expect(s.app.keadaan.pesan?.galat == true)
        s.ketik("<Up><C-u>1.06.06.2.1<Enter><Enter>")
        #expect(s.app.keadaan.pesan?.teks.hasPrefix("1.06.06.2.1: '1.06.06.2.1' bukan kode program, kegiatan atau sub kegiatan") == true)
        s.ketik("<Esc>")
        #expect(s.app.keadaan.mode == .normal)
        #expect(d(s).revisi == before, "nothing changed")
    }

    @Test func aRemovalSaysWhatGoesWithItAndIsUndoneWithItsValues() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let pagu = d(s).anggaran(0).paguAda
        let shelter = try #require(node(s, "1.06.06.2.01.03"))
        s.ketik("g1.06.06.2.01<Enter><Del>")
        let f = try #require(formulir(s))
        #expect(f.bidang.isEmpty)
        #expect(f.keterangan[1] == "Ikut terhapus: 5 simpul di bawahnya, 6 indikator, nilai dan catatannya.")
        #expect(s.layar.contains { $0.contains("Enter/y lakukan · Esc/n batal") })
        s.ketik("n")
        #expect(node(s, "1.06.06.2.01") != nil, "n cancels")
        s.ketik("<Del>y")
        #expect(node(s, "1.06.06.2.01") == nil)
        #expect(node(s, "1.06.06.2.01.03") == nil)
        #expect(d(s).anggaran(0).paguAda! < pagu!)
        s.ketik("u")
        #expect(node(s, "1.06.06.2.01.03") == shelter, "values and notes come back")
        #expect(d(s).anggaran(0).paguAda == pagu)
    }

    @Test func indicatorsAreAddedReorderedWithTheirValuesEditedAndRemoved() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>i")
        #expect(formulir(s)?.bidang.map(\.label) == ["Uraian", "Satuan", "Polaritas", "Agregasi", "Target tahunan"])
        s.ketik("Jumlah tenda<Tab>unit<Tab><Right><Tab><Right><Tab>12<Enter>")
        var list = try #require(node(s, "1.06.06.2.01.03")).indikator
        #expect(list.count == 2)
        #expect(list[1].uraian == "Jumlah tenda")
        #expect(list[1].polaritas == .negatif)
        #expect(list[1].agregasi == .akhir)
        #expect(list[1].target == 12)
        let first = list[0]
        s.ketik("mu<C-u>2<Tab><C-u>1<Enter>")
        list = try #require(node(s, "1.06.06.2.01.03")).indikator
        #expect(list.map(\.uraian) == ["Jumlah tenda", first.uraian])
        #expect(list[1] == first, "the values go with the indicator")
        s.ketik("me<C-u>Jumlah tenda darurat<Enter><Enter><Enter><Enter>")
        #expect(try #require(node(s, "1.06.06.2.01.03")).indikator[0].uraian == "Jumlah tenda darurat")
        s.ketik("mx<Enter>")
        #expect(try #require(node(s, "1.06.06.2.01.03")).indikator == [first])
        s.ketik("uuu")
        #expect(try #require(node(s, "1.06.06.2.01.03")).indikator.map(\.uraian) == [first.uraian, "Jumlah tenda"])
    }

    @Test func aNodeIsLinkedFromTheBudgetTreeAndFromTheRenstraTree() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>mt2.1.4<Enter>")
        #expect(try #require(node(s, "1.06.06.2.01.03")).mendukung == ["2.1.3", "2.1.4"])
        s.ketik("mt9.9.9<Enter>")
        #expect(s.app.keadaan.pesan?.teks.contains("indikator Renstra 9.9.9 tidak ada; yang ada: 1.1.1, 2.1.1") == true)
        s.ketik("<Esc>g2.1.1<Enter>")
        #expect(s.app.keadaan.lihatRenstra)
        s.ketik("mt1.06.06.2.01.01<Enter>")
        #expect(try #require(node(s, "1.06.06.2.01.01")).mendukung == ["2.1.3", "2.1.1"])
        s.ketik("ml")
        #expect(formulir(s)?.keterangan.first?.hasPrefix("Tertaut: 1.06.03, 1.06.03.2.01, ") == true)
        s.ketik("<C-u>1.06.06.2.01.01<Enter>")
        #expect(try #require(node(s, "1.06.06.2.01.01")).mendukung == ["2.1.3"])
    }

    @Test func codesChangeAndNodesMoveWithTheirChildrenAndValues() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let shelter = try #require(node(s, "1.06.06.2.01.03"))
        s.ketik("g1.06.06.2.01<Enter>mk<C-u>1.06.06.2.03<Enter>")
        #expect(node(s, "1.06.06.2.01") == nil)
        #expect(try #require(node(s, "1.06.06.2.03.03")).indikator == shelter.indikator)
        s.ketik("u")
        s.ketik("g1.06.06.2.01.03<Enter>mp1.06.01.2.02<Enter><Enter>")
        let moved = try #require(node(s, "1.06.01.2.02.03"))
        #expect(moved.anggaran == shelter.anggaran)
        let parent = try #require(node(s, "1.06.01.2.02"))
        #expect(parent.anak.map { d(s).simpul[$0].kode.split(separator: ".").last! } == ["01", "02", "03", "04", "05", "07", "08"], "placed in code order")
        s.ketik("g1.06.01.2.02.03<Enter>mk<C-u>1.06.04.2.01.03<Enter>")
        #expect(s.app.keadaan.pesan?.teks.contains("berada di bawah induk lain") == true)
    }

    @Test func theRenstraIsShapedAndItsHistoryEditedInTheGrid() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1<Enter>ma" + "Tata kelola yang akuntabel<Enter>")
        #expect(d(s).renstra.tujuan.map(\.nomor) == ["1", "2", "3", "4"])
        s.ketik("g3<Enter>msLaporan tepat waktu<Enter>")
        #expect(d(s).renstra.tujuan[2].sasaran.map(\.nomor) == ["3.1", "3.2"])
        s.ketik("g3.1<Enter>mn<C-u>Laporan kinerja yang efektif<Enter>")
        #expect(d(s).renstra.tujuan[2].sasaran[0].uraian == "Laporan kinerja yang efektif")
        s.ketik("my<C-u>2024<Enter><Enter>")
        #expect(s.app.keadaan.pesan?.teks == "renstra: tahun rencana 2023 harus di dalam Renstra 2024-2026; tidak ada yang berubah")
        s.ketik("<Esc>g2.1.4<Enter>")
        let p = try #require(d(s).posisi(nomor: "2.1.4"))
        s.app.keadaan.fokus = .rincian
        let rows = s.app.keadaan.barisRincian(lebarSel: s.app.keadaan.lebarSel)
        let baseline = try #require(s.app.keadaan.selSunting().first { rows[$0.0].sel($0.1)?.alamat == .renstra(.kondisiAwal(p)) })
        s.app.keadaan.kursorRincian = baseline
        s.ketik("70,5<Enter>")
        #expect(d(s).indikator(.renstra(p)).kondisiAwal == Decimal(string: "70.5"))
        let target2024 = d(s).indikator(.renstra(p)).tahunan?["2024"]?.target
        s.ketik("<Down><Down><Down><Down>80<Enter>")
        #expect(d(s).indikator(.renstra(p)).tahunan?["2024"]?.target == 80)
        s.ketik("u")
        #expect(d(s).indikator(.renstra(p)).tahunan?["2024"]?.target == target2024)
        s.ketik("<Esc>mh")
        guard case .menu = s.app.keadaan.mode else { Issue.record("h is not on an indicator row's menu: the menu stays"); return }
    }

    // The recovery copy carries changes of structure: replayed onto a file changed meanwhile, then the values.
    @Test func aCopysStructureIsReplayedOntoANewerFileBeforeItsValues() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01<Enter>a<Enter>Tenda Darurat<Enter><Tab>5.000.000<Enter>")
        s.ketik("g1.06.06.2.01.02<Enter>mk<C-u>1.06.06.2.01.07<Enter>")
        s.app.tanganiSinyal()
        let copy = try Pulih.baca(s.pathPulih)
        #expect(copy.struktur == [.tambahSimpul(kode: "1.06.06.2.01.06", nama: "Tenda Darurat"), .gantiKode(kode: "1.06.06.2.01.02", baru: "1.06.06.2.01.07")])
        #expect(copy.perubahan == [Perubahan(alamat: .anggaran(simpul: "1.06.06.2.01.06", .paguMurni), lama: nil, baru: "5000000")])
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"]).keluar == 0)
        let next = try s.sesiBerikut()
        next.proses(.huruf("p"))
        #expect(next.keadaan.pesan?.teks == "Perubahan dipulihkan (2 perubahan struktur, 1 nilai); tekan Ctrl-S untuk menyimpannya")
        next.proses(.ctrl("s"))
        next.tungguLatar()
        let saved = try Penyimpan.muat(s.path)
        #expect(saved.simpul[saved.indeks(kode: "1.06.06.2.01.06")!].anggaran?.paguMurni == 5_000_000)
        #expect(saved.indeks(kode: "1.06.06.2.01.02") == nil)
        #expect(saved.indeks(kode: "1.06.06.2.01.07") != nil)
        #expect(saved.simpul[saved.indeks(kode: "1.06.06.2.01.03")!].indikator[0].triwulan[3].realisasi == 2, "the other change stays")
    }

    // A change of structure that no longer fits the file: the copy is taken whole and the save asks.
    @Test func aCopyThatCannotBeReplayedIsTakenWholeAndTheSaveAsks() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01<Enter>a<Enter>Tenda Darurat<Enter>")
        s.app.tanganiSinyal()
        #expect(try Proses.jalankan(["add", s.path, "1.06.06.2.01.06", "--nama", "Perahu Karet"]).keluar == 0)
        let next = try s.sesiBerikut()
        next.proses(.huruf("p"))
        #expect(next.keadaan.pesan?.teks == "Tidak dapat diterapkan ulang (tambah 1.06.06.2.01.06 Tenda Darurat: kode 1.06.06.2.01.06 sudah dipakai; beri kode yang unik); salinan dipulihkan utuh; perubahan lain di berkas ditanya saat menyimpan")
        let d = next.keadaan.dokumen
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.06")!].nama == "Tenda Darurat")
        #expect(next.keadaan.belumDisimpan)
        next.proses(.ctrl("s"))
        next.tungguLatar()
        #expect(next.keadaan.mode == .konflik, "the file changed since the copy's base: overwrite, copy or cancel")
    }
}

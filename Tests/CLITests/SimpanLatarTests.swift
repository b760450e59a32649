import Foundation
import Model
import GudangBerkas
import Layar
import Testing
@testable import Antarmuka
@testable import Perintah

/// A save runs in the background on a copy of the dataset: keys go on being answered and
/// values edited while it writes; what was edited meanwhile stays unsaved, on the saved
/// values as its base, and the next save writes it.
@Suite(.serialized) struct SimpanLatarTests {
    let isiShelter = "g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll"

    func realisasi(_ d: Dokumen, _ kode: String) -> Decimal? {
        d.simpul[d.indeks(kode: kode)!].indikator[0].triwulan[3].realisasi
    }

    @Test func keysAndEditsGoOnWhileASaveWrites() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik(isiShelter + "1<Enter>")
        // Another writer holds the file's lock: the save waits in the background meanwhile.
        let held = try #require(try Kunci.ambil(s.path))
        s.app.proses(.ctrl("s"))
        #expect(s.app.keadaan.menyimpan != nil)
        #expect(s.layar[0].contains("menyimpan…"))
        // Keys are answered: a move, a value typed into another cell, committed.
        for key in Tombol.skrip("g1.06.06.2.01.02<Enter><Tab><Down><Down><Down><Down>lll7<Enter>") { s.app.proses(key) }
        #expect(realisasi(s.app.keadaan.dokumen, "1.06.06.2.01.02") == 7)
        // A change of the file's shape waits for the save, and says so.
        for key in Tombol.skrip("<Esc>a<Tab>Layanan baru<Enter>") { s.app.proses(key) }
        #expect(s.app.keadaan.pesan?.teks.hasPrefix("Sedang menyimpan") == true)
        #expect(s.app.keadaan.dokumen.indeks(kode: "1.06.06.2.01.06") == nil)
        #expect(s.app.keadaan.menyimpan != nil)
        s.app.proses(.esc)
        held.lepas()
        s.app.tungguLatar()
        let first = try Penyimpan.muat(s.path)
        #expect(realisasi(first, "1.06.06.2.01.03") == 1, "the value of before the save is written")
        #expect(realisasi(first, "1.06.06.2.01.02") != 7, "the one typed during it is not")
        #expect(s.app.keadaan.belumDisimpan)
        #expect(s.app.keadaan.perubahanSendiri.map(\.baru) == ["7"])
        #expect(s.app.keadaan.pesan?.teks.hasSuffix("; 1 nilai sesudahnya belum disimpan") == true)
        s.ketik("<C-s>")
        #expect(!s.app.keadaan.belumDisimpan)
        let second = try Penyimpan.muat(s.path)
        #expect(realisasi(second, "1.06.06.2.01.02") == 7)
        #expect(realisasi(second, "1.06.06.2.01.03") == 1)
        #expect(Jurnal.baca(s.path).count == 2, "each value journalled once")
    }
}

import Foundation
import Model
import GudangBerkas
import Layar
import Testing
@testable import Antarmuka
@testable import Perintah

/// Replayed keystrokes: keys in, the saved JSON and the final screen out.
@Suite struct SkripTombolTests {
    func simpananIndikator(_ path: String, _ kode: String) throws -> Indikator {
        let d = try Penyimpan.muat(path)
        return d.simpul[d.indeks(kode: kode)!].indikator[0]
    }

    @Test func enterATW4RealisasiUndoRedoSaveAndReopen() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("/Tempat Penampungan<Enter>")
        #expect(s.app.keadaan.simpulTerpilih == s.app.keadaan.dokumen.indeks(kode: "1.06.06.2.01.03"))
        s.ketik("<Tab><Down><Down><Down><Down>lll1<Enter>")
        #expect(s.layar[8].hasSuffix("60,00 Cukup"))
        #expect(s.layar[0].contains("● belum disimpan"))
        let kegiatan = s.app.keadaan.dokumen.indeks(kode: "1.06.06.2.01")!
        let before = s.app.keadaan.dokumen.ringkasCapaian(kegiatan, sd: 4).subKegiatan.nilai!
        s.ketik("u")
        #expect(s.layar[8].hasSuffix("40,00 Kurang"))
        #expect(s.app.keadaan.dokumen.ringkasCapaian(kegiatan, sd: 4).subKegiatan.nilai! < before)
        s.ketik("<C-r>")
        #expect(s.layar[8].hasSuffix("60,00 Cukup"))
        s.ketik("<C-s>")
        #expect(s.layar[0].contains("tersimpan"))
        #expect(try simpananIndikator(s.path, "1.06.06.2.01.03").triwulan[3].realisasi == 1)
        s.ketik("u")
        #expect(s.layar[8].hasSuffix("40,00 Kurang"), "undo works across a save")
        s.ketik("<C-r><C-s>q")
        #expect(!s.app.keadaan.berjalan)
        let reopened = try Penyimpan.muat(s.path)
        let node = reopened.indeks(kode: "1.06.06.2.01.03")!
        #expect(reopened.simpul[node].indikator[0].capaian(sd: 4).teks == "60,00")
    }

    @Test func deleteBlanksACellAndBudgetEditsRollUp() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down>llll<Del>")
        let d = s.app.keadaan.dokumen
        let node = d.indeks(kode: "1.06.06.2.01.03")!
        #expect(d.simpul[node].anggaran?.realisasi[3] == nil)
        #expect(d.anggaran(d.indeks(kode: "1.06.06")!).realisasiSd(4) == 986_748_405 - 14_299_733)
        s.ketik("Rp 14.299.733<Enter>")
        #expect(d.anggaran(0).realisasiSd(4) == 31_385_954_802)
        s.ketik("15,5<Enter>")
        #expect(s.app.keadaan.pesan?.teks.contains("rupiah harus bilangan bulat") == true)
        s.ketik("<Esc><Esc><C-s>")
        let saved = try Penyimpan.muat(s.path)
        #expect(saved.anggaran(0).realisasiSd(4) == 31_385_954_802)
    }

    @Test func notesAreWrittenPerQuarter() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01<Enter>2c")
        #expect(s.layar.joined().contains("Catatan TW II"))
        s.ketik("Cuaca baik<Enter>relawan siaga<Tab>Banjir Februari<Tab>Tambah tenda<C-s><C-s>")
        let d = try Penyimpan.muat(s.path)
        let note = d.simpul[d.indeks(kode: "1.06.06.2.01")!].catatan[1]
        #expect(note.pendorong == "Cuaca baik\nrelawan siaga")
        #expect(note.penghambat == "Banjir Februari")
        #expect(note.tindakLanjut == "Tambah tenda")
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01")!].catatan[3].isEmpty)
    }

    @Test func quittingWithUnsavedChangesAsksFirst() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("K")
        #expect(s.app.keadaan.dokumen.skala.kode == "renja")
        s.ketik("q")
        #expect(s.app.keadaan.mode == .konfirmasiKeluar)
        #expect(s.layar[22].contains("[S]impan lalu keluar"))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.berjalan)
        s.ketik("<F10>s")
        #expect(!s.app.keadaan.berjalan)
        #expect(try Penyimpan.muat(s.path).skala.kode == "renja")
    }

    @Test func aFileChangedOnDiskIsMergedNeverSilentlyOverwritten() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g2.1.4<Enter>")
        #expect(s.app.keadaan.lihatRenstra)
        s.ketik("<Tab><Down>lll99<Enter>")
        let other = try Penyimpan.muat(s.path)
        other.ubah(.renstra(other.posisi(nomor: "2.1.5")!), .target(tw: nil), 70)
        try Penyimpan.simpan(other, ke: s.path)
        s.ketik("<C-s>")
        #expect(s.app.keadaan.mode == .normal)
        #expect(s.app.keadaan.pesan?.teks.contains(", digabung dengan 1 nilai dari pihak lain → ") == true)
        let saved = try Penyimpan.muat(s.path)
        #expect(saved.indikator(.renstra(saved.posisi(nomor: "2.1.4")!)).triwulan[3].realisasi == 99, "mine")
        #expect(saved.indikator(.renstra(saved.posisi(nomor: "2.1.5")!)).target == 70, "theirs")
        #expect(!s.app.keadaan.belumDisimpan)
    }

    /// A change that cannot be replayed (a structure change undone across a save) still asks: overwrite, copy, cancel.
    @Test func aChangeThatCannotBeReplayedStillAsks() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01<Enter>a<Enter>Tenda<Enter><C-s>u")
        let other = try Penyimpan.muat(s.path)
        other.ubah(.renstra(other.posisi(nomor: "2.1.5")!), .target(tw: nil), 70)
        try Penyimpan.simpan(other, ke: s.path)
        s.ketik("<C-s>")
        #expect(s.app.keadaan.mode == .konflik)
        s.ketik("s")
        let copies = try FileManager.default.contentsOfDirectory(atPath: s.folder.path).filter { $0.contains("-salinan-") }
        #expect(copies.count == 1)
        let copy = try Penyimpan.muat(s.folder.appendingPathComponent(copies[0]).path)
        #expect(copy.indeks(kode: "1.06.06.2.01.06") == nil)
        #expect(try Penyimpan.muat(s.path).indeks(kode: "1.06.06.2.01.06") != nil, "the file is left as the other wrote it")
    }

    @Test func aHangUpLeavesARecoveryCopyThatTheNextStartOffers() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1<Enter>")
        s.app.tulisPulih()
        #expect(FileManager.default.fileExists(atPath: s.pathPulih))
        #expect(try simpananIndikator(s.path, "1.06.06.2.01.03").triwulan[3].realisasi == nil)
        let next = try s.sesiBerikut()
        guard case .pulih = next.keadaan.mode else { Issue.record("recovery should be offered"); return }
        #expect(next.keadaan.gambar().baris[22].contains("[P]ulihkan"))
        next.proses(.huruf("p"))
        #expect(next.keadaan.belumDisimpan)
        let node = next.keadaan.dokumen.indeks(kode: "1.06.06.2.01.03")!
        #expect(next.keadaan.dokumen.simpul[node].indikator[0].triwulan[3].realisasi == 1)
        next.proses(.ctrl("s"))
        next.tungguLatar()
        #expect(!FileManager.default.fileExists(atPath: s.pathPulih))
        #expect(try simpananIndikator(s.path, "1.06.06.2.01.03").triwulan[3].realisasi == 1)
    }

    @Test func aHangUpMidEditKeepsWhatWasTyped() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4")
        s.app.tanganiSinyal()
        let copy = try Pulih.baca(s.pathPulih)
        #expect(copy.perubahan == [Perubahan(alamat: .indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4)), lama: nil, baru: "4")])
        #expect(copy.data.program[5].kegiatan![0].subKegiatan![2].indikator![0].triwulan[3].realisasi == 4)
        let notes = try SesiUji()
        defer { notes.hapus() }
        notes.ketik("g1.06.06<Enter>cSudah ditulis")
        notes.app.tanganiSinyal()
        let noteCopy = try Pulih.baca(notes.pathPulih)
        #expect(noteCopy.perubahan == [Perubahan(alamat: .catatan(simpul: "1.06.06", tw: 4, .pendorong), lama: nil, baru: "Sudah ditulis")])
    }

    @Test func aReadOnlyFileOpensReadOnly() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: s.path)
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(s.path), path: s.path, bahasa: .id), terminal: TerminalUji())
        #expect(app.keadaan.hanyaBaca)
    }

    @Test func theQuarterChangesWhatTheTreeShows() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("1")
        #expect(s.layar[0].contains("TW I "))
        #expect(s.layar[2].contains("13,35"))
        s.ketik("]]")
        #expect(s.layar[0].contains("TW III"))
    }
}

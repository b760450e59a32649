import Foundation
@testable import Model
import Testing
import GudangBerkas
@testable import Antarmuka
@testable import Perintah

/// A closed quarter on a file: `check` finds a value journalled after its closing, a
/// session's own closing after its own edits is not such a value, and reviewer's notes
/// are written on a closed quarter by their author only.
@Suite(.serialized) struct TertutupTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-tertutup") }

    func kinerja(_ args: [String], oleh: String = "Budi") throws -> Proses {
        try Proses.jalankan(args, env: ["LANG": "C", "KINERJA_PENGGUNA": oleh])
    }

    @Test func checkReportsAValueJournalledAfterItsQuartersClosing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try kinerja(["lock", data, "--tw", "4"], oleh: "Sari").keluar == 0)
        #expect(try kinerja(["check", data]).stdout.contains("sesudah TW") == false)
        // A line as a session that did not know of the closing wrote it (before this rule).
        let late = Jurnal.entri(Jejak(nilai: [Perubahan(alamat: .indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4)), lama: nil, baru: "4")]),
                                sumber: "antarmuka", oleh: Identitas(pengguna: "budi", host: "pc-3"), pada: Date())
        try Jurnal.tambah(late, untuk: data)
        let check = try kinerja(["check", data])
        #expect(check.stdout.contains("1.06.06.2.01.03 indikator 1 realisasi TW IV: ditulis 4 oleh budi@pc-3 pada ")
                && check.stdout.contains("sesudah TW IV ditutup oleh Sari pada "), "\(check.stdout)")
        // Reopened, then written: no longer flagged for what comes after.
        #expect(try kinerja(["unlock", data, "--tw", "4", "--reason", "koreksi"], oleh: "Sari").keluar == 0)
        #expect(try kinerja(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "5"]).keluar == 0)
        #expect(Jurnal.sesudahDitutup(Jurnal.baca(data)).count == 1, "only the line written while closed")
    }

    @Test func aSessionsOwnEditsBeforeItsOwnClosingAreWrittenAndNotFlagged() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter><Esc>X<Enter><C-s>")
        let saved = try Penyimpan.muat(s.path)
        #expect(saved.kunci[4] != nil)
        #expect(saved.nilai(.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))) == .some("4"))
        #expect(Jurnal.baca(s.path).last?.sumber == "lock", "the closing journalled after the values it closes")
        #expect(Jurnal.sesudahDitutup(Jurnal.baca(s.path)).isEmpty)
    }

    @Test func aMergeHoldsBackWhatAQuarterClosedMeanwhileHolds() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        let b = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 3))
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter><Esc>")
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>ll1<Enter><Esc>")
        #expect(s.app.keadaan.dokumen.nilai(b) == .some("1"))
        #expect(try kinerja(["lock", s.path, "--tw", "4"], oleh: "Sari").keluar == 0)
        s.ketik("<C-s>")
        let saved = try Penyimpan.muat(s.path)
        #expect(saved.nilai(a) == .some(nil), "TW IV as closed")
        #expect(saved.nilai(b) == .some("1"), "the open quarter's value written")
        let said = s.app.keadaan.pesan?.teks ?? ""
        #expect(said.contains("1 nilai tidak disimpan (TW IV ditutup oleh Sari, ") && said.contains("realisasi TW IV: 4") && said.contains("disimpan di salinan"), "\(said)")
        #expect(!s.app.keadaan.belumDisimpan)
        let copy = try #require(try FileManager.default.contentsOfDirectory(atPath: s.folder.path).first { $0.contains(".pulih.") && $0.contains("-tertahan") })
        let kept = try Pulih.baca(s.folder.path + "/" + copy)
        #expect(kept.perubahan == [Perubahan(alamat: a, lama: nil, baru: "4")])
    }

    @Test func aReviewerWritesOnAClosedQuarterAndOnlyTheAuthorChangesTheNote() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try kinerja(["lock", data, "--tw", "2"], oleh: "Sari").keluar == 0)
        let note = try kinerja(["review", data, "1.06.06.2.01.03", "--tw", "2", "--note", "Lampirkan SK"], oleh: "Sari")
        #expect(note.keluar == 0, "reviewing happens on a closed quarter: \(note.stderr)")
        let other = try kinerja(["review", data, "1.06.06.2.01.03", "--tw", "2", "--note", "Sudah beres"], oleh: "Budi")
        #expect(other.keluar == 1 && other.stderr.contains("catatan verifikasi ini ditulis Sari; hanya Sari yang mengubahnya"), "\(other.stderr)")
        let answer = try kinerja(["review", data, "1.06.06.2.01.03", "--tw", "2", "--answer", "SK menyusul"], oleh: "Budi")
        #expect(answer.keluar == 1 && answer.stderr.contains("TW II ditutup oleh Sari"), "the office's answer is held like its notes")
        #expect(try kinerja(["review", data, "1.06.06.2.01.03", "--tw", "2", "--note", "Lampirkan SK asli"], oleh: "Sari").keluar == 0)
        let d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].catatan[1].verifikasi == "Lampirkan SK asli")
        // In the interface: the office's user cannot change the reviewer's text.
        let s = try SesiUji()
        defer { s.hapus() }
        try s.ambil(data)
        s.app.identitas = Identitas(pengguna: "budi", nama: "Budi", host: "pc-3")
        s.ketik("g1.06.06.2.01.03<Enter>2V")
        guard case .formulir = s.app.keadaan.mode else { Issue.record("V opens the form, got \(s.app.keadaan.mode)"); return }
        s.ketik("<C-u>Sudah<F2>")
        #expect(s.app.keadaan.pesan?.teks.hasPrefix("catatan verifikasi ini ditulis Sari") == true, "\(s.app.keadaan.pesan?.teks ?? "")")
        #expect(!s.app.keadaan.belumDisimpan)
    }
}

/// After a save, a merge, a reload or a restore the cursor stays on its cell and the next key works.
@Suite(.serialized) struct KursorTetapTests {
    func sel(_ s: SesiUji) -> AlamatNilai? { s.app.keadaan.alamatTerpilih.map { s.app.keadaan.alamatNilai($0) } }

    @Test func theCellStaysSelectedThroughAMergeAReloadAndASave() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll")
        #expect(sel(s) == a)
        s.ketik("4<Enter>")
        let here = sel(s)
        // Someone else writes another value; the save merges it.
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "9"]).keluar == 0)
        s.ketik("<C-s>")
        #expect(s.app.keadaan.pesan?.teks.contains("digabung dengan 1 nilai") == true)
        #expect(sel(s) == here && s.app.keadaan.fokus == .rincian, "the cell it was on")
        // The next digit begins an entry there, as before the merge.
        s.ketik("7")
        guard case .sunting = s.app.keadaan.mode else { Issue.record("the digit starts an entry, got \(s.app.keadaan.mode)"); return }
        s.ketik("<Esc>")
        // A reload (R) and a plain save keep it too.
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.01", "--tw", "4", "--realisasi", "8"]).keluar == 0)
        s.ketik("R")
        #expect(sel(s) == here)
        s.ketik("<Up>5<Enter><C-s>")
        let moved = sel(s)
        #expect(moved != nil && moved == sel(s))
        s.ketik("6")
        guard case .sunting = s.app.keadaan.mode else { Issue.record("after the save the digit starts an entry, got \(s.app.keadaan.mode)"); return }
    }
}

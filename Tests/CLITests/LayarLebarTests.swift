import Foundation
import Model
import Testing
@testable import Antarmuka
@testable import Perintah

/// Figures and codes are never cut: 4-digit sub kegiatan codes whole, amounts of hundreds
/// of billions whole on a wide screen and scaled (jt, M, T) on a narrow one; names give way.
@Suite(.serialized) struct LayarLebarTests {
    @Test(arguments: [(80, 24), (200, 50)])
    func largeAmountsAndFourDigitCodesAreWhole(lebar: Int, tinggi: Int) throws {
        let s = try SesiUji(lebar: lebar, tinggi: tinggi)
        defer { s.hapus() }
        #expect(try Proses.jalankan(["add", s.path, "1.06.06.2.01.0006", "--nama", "Penyediaan Tenda Darurat"]).keluar == 0)
        #expect(try Proses.jalankan(["set", s.path, "1.06.06.2.01.0006", "--anggaran", "--pagu", "511.431.464.000"]).keluar == 0)
        let app = try s.sesiBerikut(sesi: "99999988-1")
        app.keadaan.tangani(.ukuran(lebar: lebar, tinggi: tinggi))
        app.putar("g1.06.06.2.01.0006<Enter>")
        let screen = app.keadaan.gambar().baris
        let row = try #require(screen.first { $0.contains("1.06.06.2.01.0006") }, "the 4-digit code is whole")
        if lebar >= 120 {
            #expect(row.contains("511.431.464.000"))
            #expect(screen.contains { $0.contains("512.029.120.036") }, "the kegiatan's total whole too")
        } else {
            #expect(row.contains("511,43 M"))
            #expect(!row.contains("…") || row.range(of: "…")!.lowerBound > row.range(of: "1.06.06.2.01.0006")!.upperBound, "only the name is cut")
        }
        #expect(screen.contains { $0.contains("1.06.06.2.01.01 ") }, "the other codes keep their place")
    }
}

/// The detail pane scrolls: at 80x24 the quarter's notes come into view with PgDn.
@Suite struct RincianGulirTests {
    @Test func pageDownShowsTheNotesAndTheCursorStaysInView() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab>")
        #expect(!s.layar.contains { $0.contains("Catatan TW IV") }, "below the pane at 80x24")
        s.ketik("<PgDn>")
        #expect(s.layar.contains { $0.contains("Catatan TW IV: belum ada (tekan c untuk menulis)") }, "no notes yet: one line says so")
        s.ketik("<PgUp>")
        #expect(s.layar.contains { $0.contains("Anggaran Rp") })
        // The worklist's Enter lands on a cell far down: it is in view.
        s.ketik("<Esc>w<Enter>")
        guard case .indikator = s.app.keadaan.alamatTerpilih else { Issue.record("on the realisation cell"); return }
        let rows = s.app.keadaan.barisRincian(lebarSel: s.app.keadaan.lebarSel)
        let visible = Tata(lebar: 80, tinggi: 24).barisRincian
        #expect(s.app.keadaan.kursorRincian.baris >= s.app.keadaan.gulirRincian && s.app.keadaan.kursorRincian.baris < s.app.keadaan.gulirRincian + visible,
                "row \(s.app.keadaan.kursorRincian.baris) of \(rows.count) in view from \(s.app.keadaan.gulirRincian)")
    }
}

/// Search finds a fragment anywhere: inside a code, a name, an indicator's text.
@Suite struct CariTests {
    @Test(arguments: [("06.2.01.03", "1.06.06.2.01.03"), ("tempat penampungan", "1.06.06.2.01.03"), ("pengungsi bagi korban", "1.06.06.2.01.03"), ("PERMAKANAN", "1.06.04.2.01.01")])
    func aFragmentAnywhereIsFound(query: String, kode: String) throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("/" + query + "<Enter>")
        let i = try #require(s.app.keadaan.simpulTerpilih)
        #expect(s.app.keadaan.dokumen.simpul[i].kode == kode, "\(s.app.keadaan.pesan?.teks ?? "")")
    }
}

/// Plausibility at entry: a slip-looking value asks before it is taken; set says it on stderr.
@Suite struct WajarTests {
    @Test func aRealisationFarAbovePaguAsksFirst() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down>lll100.000.000.000<Enter>")
        guard case .konfirmasiNilai(_, _, let warnings) = s.app.keadaan.mode else { Issue.record("a warning first"); return }
        #expect(warnings == ["realisasi s.d. TW IV menjadi Rp 100.026.556.642, 2.383,29× pagu Rp 41.970.000"])
        let question = s.layar[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(question.hasPrefix("Realisasi Rp TW IV 100.000.000.000: realisasi s.d. TW IV menjadi"))
        #expect(question.hasSuffix("· Enter terima · Esc kembali"), "the question's keys are read whole: \(question)")
        s.ketik("<Esc>")
        guard case .sunting(_, let text) = s.app.keadaan.mode else { Issue.record("Esc goes back to the field"); return }
        #expect(text == "100.000.000.000")
        #expect(!s.app.keadaan.belumDisimpan)
        s.ketik("<C-u>15.000.000<Enter>")
        #expect(s.app.keadaan.mode == .normal, "a plausible value is taken at once")
        s.ketik("<Enter><C-u>100.000.000.000<Enter><Enter>")
        #expect(s.app.keadaan.mode == .normal)
        let d = s.app.keadaan.dokumen
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].anggaran?.realisasi[3] == 100_000_000_000, "taken when accepted")
    }

    @Test func setSaysItOnStandardError() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-wajar")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "40"])
        #expect(r.keluar == 0)
        #expect(r.stderr == "peringatan: 1.06.06.2.01.03 indikator 1 realisasi TW IV: capaian menjadi 2.000,00%, jauh di atas yang biasa; periksa satuan dan angkanya\n")
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "-2"]).stderr.contains("nilai negatif untuk unit"))
    }
}

/// `check` inside the interface, and no false alarm after a legitimate edit: a stated total
/// that matched until a part changed is outdated (update or drop it), not a slip in the source.
@Suite(.serialized) struct PeriksaLayarTests {
    @Test func anEditMakesAStatedTotalOutdatedNotWrong() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-usang")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.jalankan(["set", data, "1.06.01.2.01.01", "--anggaran", "--pagu", "500.000"]).keluar == 0)
        let check = try Proses.jalankan(["check", data]).stdout
        #expect(check.contains("peringatan: 1.06.01: pagu tertulis Rp 10.737.798.025 (kini Rp 10.737.810.225) sudah usang sejak rinciannya diubah"), "\(check)")
        #expect(!check.contains("1.06.01: pagu tertulis Rp 10.737.798.025 berbeda"), "not reported as a discrepancy in the source")
        #expect(check.contains("1.06.06: pagu tertulis Rp 1.031.868.086 berbeda"), "the seed's slip still is")
        #expect(try Proses.jalankan(["stated", data, "1.06.01", "--update"]).stdout == "total tertulis 1.06.01 diperbarui: Rp 10.737.810.225\n")
        #expect(try Proses.jalankan(["stated", data, "1.06.01.2.01", "--drop"]).keluar == 0)
        #expect(!(try Proses.jalankan(["check", data]).stdout.contains("1.06.01")))
    }

    @Test func theFindingsListJumpsAndFixes() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.01.2.01.01<Enter><Tab>500.000<Enter>P")
        guard case .temuan(let list) = s.app.keadaan.mode else { Issue.record("P lists the findings"); return }
        let outdated = try #require(list.isi.firstIndex { $0.tempat == "1.06.01" })
        #expect(list.isi[outdated].pesan.id.contains("sudah usang"))
        for _ in 0..<outdated { s.app.proses(.bawah) }
        s.ketik("u")
        guard case .temuan(let after) = s.app.keadaan.mode else { Issue.record("the list stays"); return }
        #expect(!after.isi.contains { $0.tempat == "1.06.01" })
        #expect(s.app.keadaan.dokumen.simpul[s.app.keadaan.dokumen.indeks(kode: "1.06.01")!].tertulis?.pagu == 10_737_810_225)
        let slip = try #require(after.isi.firstIndex { $0.tempat == "1.06.06" })
        for _ in 0..<(slip - after.kursor) { s.app.proses(.bawah) }
        s.ketik("<Enter>")
        #expect(s.app.keadaan.simpulTerpilih.map { s.app.keadaan.dokumen.simpul[$0].kode } == "1.06.06", "Enter goes to the place")
        s.ketik("u")
        #expect(s.app.keadaan.dokumen.simpul[s.app.keadaan.dokumen.indeks(kode: "1.06.01")!].tertulis?.pagu == 10_737_798_025, "the update is undone like any change")
    }
}

/// Habits of Excel users: the mouse selects and scrolls; Enter may move down (a setting kept per user).
@Suite struct KebiasaanExcelTests {
    @Test func clicksSelectRowsAndCellsAndTheWheelScrolls() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.app.proses(.klik(x: 5, y: 4))
        #expect(s.app.keadaan.simpulTerpilih.map { s.app.keadaan.dokumen.simpul[$0].kode } == "1.06.02", "the third tree row")
        s.app.proses(.klik(x: 5, y: 4))
        #expect(s.layar[5].hasPrefix(" ▸ 1.06.02.2.02"), "a click on the selected row opens it")
        s.app.proses(.roda(3, x: 5, y: 4))
        #expect(s.app.keadaan.kursor == 5)
        s.ketik("g1.06.06.2.01.04<Enter>")
        // The wheel over the summary moves the tree's cursor.
        s.app.proses(.roda(-1, x: 40, y: 17))
        #expect(s.app.keadaan.simpulTerpilih.map { s.app.keadaan.dokumen.simpul[$0].kode } == "1.06.06.2.01.03")
        // A click on the summary opens the full detail; there a click selects a cell.
        s.app.proses(.klik(x: 40, y: 17))
        #expect(s.app.keadaan.fokus == .rincian && s.layar[10].hasPrefix(" Anggaran Rp      TW I"))
        s.ketik("<Esc>")
        #expect(s.app.keadaan.fokus == .pohon)
        s.app.proses(.klik(x: 40, y: 17))
        // The full detail starts at row 10: its grid rows are editable cells.
        let tata = Tata(lebar: 80, tinggi: 24)
        let rows = s.app.keadaan.barisRincian(lebarSel: s.app.keadaan.lebarSel)
        let realisasi = try #require(rows.firstIndex { if case .grid(let label, _) = $0 { return label == "Realisasi" }; return false })
        s.app.proses(.klik(x: 12 + 3 * (s.app.keadaan.lebarSel + 1) + 2, y: tata.atasRincian + 1 + realisasi))
        #expect(s.app.keadaan.fokus == .rincian)
        #expect(s.app.keadaan.alamatTerpilih == .anggaran(s.app.keadaan.simpulTerpilih!, .realisasi(tw: 4)))
    }

    @Test func enterMovesDownWhenSetAndTheSettingIsKept() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down>lll")
        let start = s.app.keadaan.kursorRincian
        s.ketik("2<Enter>")
        #expect(s.app.keadaan.kursorRincian == start, "stays by default")
        s.ketik("O")
        #expect(Setelan.baca(s.app.pathSetelan).enterTurun, "kept for this user")
        s.ketik("<Enter><C-u>2<Enter>")
        #expect(s.app.keadaan.kursorRincian.baris == start.baris + 1, "moves down after a commit")
        #expect(s.app.keadaan.alamatTerpilih == .indikator(.simpul(s.app.keadaan.simpulTerpilih!, 0), .realisasi(tw: 4)))
    }
}

/// The notes editor is a real one: a cursor that moves, Home/End, text inserted where the
/// cursor is, long lines wrapped, several pasted lines kept in one field.
@Suite struct EditorCatatanTests {
    @Test func theCursorMovesTextGoesWhereItIsAndLinesWrap() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>c")
        // A paste of two lines arrives as keys: both stay in the first field.
        s.ketik("Cuaca buruk<Enter>Jalan rusak<Home>Akses <Up><End> di Desember<Down><End>.<F2>")
        let note = s.app.keadaan.dokumen.simpul[s.app.keadaan.simpulTerpilih!].catatan[3]
        #expect(note.pendorong == "Cuaca buruk di Desember\nAkses Jalan rusak.")
        s.ketik("c<Tab>" + String(repeating: "kendala anggaran ", count: 12))
        let screen = s.layar
        #expect(screen.filter { $0.contains("kendala anggaran") }.count >= 2, "a long line is wrapped, not cut")
        #expect(!screen.contains { $0.hasSuffix("kendala anggar…") })
        s.ketik("<Left><Left><BS><Del>x<F2>")
        let hindering = s.app.keadaan.dokumen.simpul[s.app.keadaan.simpulTerpilih!].catatan[3].penghambat!
        #expect(hindering.hasSuffix(" anggarx "), "\(hindering)")
    }
}

/// Prompts fit 80 columns: the questions that ask for a decision are never cut.
@Suite struct Muat80Tests {
    @Test(arguments: [
        (Bahasa.id, ["Belum disimpan! [S]impan lalu keluar · [K]eluar tanpa simpan · [Esc] batal",
                     "Berkas diubah pihak lain! [T]impa · [S]impan salinan · [Esc] batal",
                     "Tab tabel · ←→ kolom · [] TW · / cari · g kode · x xlsx v csv m md · Esc",
                     "Tak ada yang berubah sebelum pratinjau disetujui."]),
        (Bahasa.en, ["Not saved! [S]ave and quit · [K] quit without saving · [Esc] cancel",
                     "Changed by someone else! [O]verwrite · [S]ave as a copy · [Esc] cancel",
                     "Tab table · ←→ columns · [] quarter · / find · g code · x xlsx v csv m md · Esc",
                     "Nothing changes before you agree to the preview."]),
    ])
    func theQuestionsAreWholeAt80Columns(bahasa: Bahasa, lines: [String]) throws {
        let s = try SesiUji(bahasa: bahasa)
        defer { s.hapus() }
        s.ketik("Kq")
        #expect(s.layar[22] == lines[0])
        s.ketik("<Esc>")
        s.app.keadaan.tangani(.berubahDiDisk)
        #expect(s.layar[22] == lines[1])
        s.ketik("<Esc>r")
        #expect(s.layar[22] == lines[2], "the report view's keys")
        s.ketik("<Esc>I")
        let form = s.layar[9...].joined(separator: "\n")
        #expect(!form.contains("…"), "the import form's notes are wrapped, not cut: \(form)")
        #expect(form.contains(lines[3]))
        s.ketik("<Esc>g1.06.06<Enter>a")
        #expect(!s.layar.contains { $0.hasSuffix("…") && $0.hasPrefix(" Bentuk kode") })
    }

    /// A message longer than the line (an error naming a file, the place and the fix) takes
    /// the lines above until the next key, rather than losing its end.
    @Test func aLongMessageIsReadWhole() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let text = "Tidak dapat menyimpan /srv/data/opd/dinas-sosial-kota-semarang-2023.json: disk penuh. "
            + "Kosongkan ruang lalu tekan Ctrl-S lagi; perubahan Anda tetap ada di salinan pemulihan."
        s.app.keadaan.beriPesan(text, galat: true)
        let lines = Array(s.layar[20...22])
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == text)
        #expect(lines.allSatisfy { LebarTampilan.lebar($0) <= 80 })
        s.ketik("j")
        #expect(s.layar[21] == " Tab: rincian lengkap (per triwulan, ubah nilai, catatan)", "gone with the next key")
    }
}

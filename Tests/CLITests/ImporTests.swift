import Foundation
import Model
import GudangBerkas
import LembarKerja
import Testing
import UjiBersama

/// Issue "an office brings its own year", part 3 (CSV): a dry run, then --apply, all or nothing.
@Suite(.serialized) struct ImporTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-impor") }

    func tulis(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    let dpa = """
        DPA DINAS SOSIAL 2023;;;;;;;;;
        Kota Semarang;;;;;;;;;
        No;Kode;Uraian;Pagu (Rp);Januari;Februari;Maret;Indikator;Satuan;Target
        1;1.06.07;Program Baru;;;;;;;
        2;1.06.07.2.01;Kegiatan Baru;;;;;;;
        3;1.06.07.2.01.0001;"Sub Kegiatan Baru; Layanan";Rp 1.500.000;100.000;200.000;;Jumlah orang dilayani;orang;50
        4;1.06.06.2.01.03;Penyediaan Tempat Penampungan Pengungsi;45.000.000;;;;;;
        ;;Jumlah;46.500.000;;;;;;

        """

    @Test func aDryRunSaysWhatWouldChangeAndWritesNothing() throws {
        let sheet = try tulis("dpa.csv", "\u{FEFF}" + dpa)
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.perintah(["import", data, sheet])
        #expect(r.keluar == 0)
        #expect(r.stdout == """
            \(sheet): 8 baris; kolom dikenal: Kode, Uraian, Pagu (Rp), Januari, Februari, Maret, Indikator, Satuan, Target
            kolom diabaikan: No
            simpul ditambah: 3
              + 1.06.07
              + 1.06.07.2.01
              + 1.06.07.2.01.0001
            nilai diisi: 4 (1 menimpa nilai lama)
              1.06.06.2.01.03 pagu murni: 41.970.000 -> 45.000.000
              1.06.07.2.01.0001 indikator 1 target tahunan: - -> 50
              1.06.07.2.01.0001 pagu murni: - -> 1.500.000
              1.06.07.2.01.0001 realisasi anggaran TW I: - -> 300.000
            baris jumlah atau tanpa kode dilewati: 8 (Jumlah)
            uji coba: tidak ada yang ditulis; jalankan lagi dengan --apply untuk menulisnya

            """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
    }

    /// Issue "walls the compiler keeps", point 3: a sheet's values go through the rules the
    /// interface and `set` apply, so spending above the pagu is flagged in the preview.
    @Test func aSheetThatSpendsAboveThePaguIsFlaggedAsSetFlagsIt() throws {
        let sheet = try tulis("lebih.csv", """
            Kode;Uraian;Pagu (Rp);Realisasi TW I;Realisasi TW II
            1.06.06.2.01.03;Penyediaan Tempat Penampungan Pengungsi;1.000.000;800.000;700.000

            """)
        let r = try Proses.perintah(["import", data, sheet])
        #expect(r.keluar == 0)
        let warnings = r.stdout.split(separator: "\n").filter { $0.hasPrefix("peringatan: ") }
        #expect(warnings.count == 1, "one warning for the node's year, not one per quarter: \(r.stdout)")
        let line = try #require(warnings.first)
        #expect(line.hasPrefix("peringatan: \(sheet) baris 2: 1.06.06.2.01.03 realisasi anggaran TW "))
        let said = try #require(line.split(separator: ": ").last)
        #expect(said.hasPrefix("realisasi s.d. TW IV menjadi Rp ") && said.hasSuffix("× pagu Rp 1.000.000"))
        // `set` says the same of the same state.
        #expect(try Proses.perintah(["import", data, sheet, "--apply"]).keluar == 0)
        let set = try Proses.perintah(["set", data, "1.06.06.2.01.03", "--anggaran", "--tw", "2", "--realisasi", "700.000"])
        #expect(set.stderr.contains(String(said)), "\(set.stderr)")
    }

    @Test func applyBuildsTheTreeAndFillsValues() throws {
        let sheet = try tulis("dpa.csv", dpa)
        let r = try Proses.perintah(["import", data, sheet, "--apply"])
        #expect(r.keluar == 0)
        let d = try Penyimpan.muat(data)
        let sub = d.simpul[d.indeks(kode: "1.06.07.2.01.0001")!]
        #expect(sub.nama == "Sub Kegiatan Baru; Layanan")
        #expect(sub.anggaran == Anggaran(paguMurni: 1_500_000, realisasi: [300_000, nil, nil, nil]))
        #expect(sub.indikator.map(\.uraian) == ["Jumlah orang dilayani"])
        #expect(sub.indikator[0].target == 50 && sub.indikator[0].agregasi == .jumlah)
        #expect(d.simpul[d.leluhur(d.indeks(kode: "1.06.07.2.01.0001")!)[1]].kode == "1.06.07")
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].anggaran?.paguMurni == 45_000_000)
        #expect(d.anggaran(0).paguAda == 35_272_253_286 + 1_500_000 + 3_030_000)
    }

    @Test func whatKineraExportsReimportsWithoutChange() throws {
        for excel in [false, true] {
            let sheet = folder.appendingPathComponent("anggaran\(excel).csv").path
            #expect(try Proses.perintah(["report", data, "anggaran", "--format", "csv", "-o", sheet] + (excel ? ["--excel-id"] : [])).keluar == 0)
            let before = try Data(contentsOf: URL(fileURLWithPath: data))
            let r = try Proses.perintah(["import", data, sheet, "--apply"])
            #expect(r.keluar == 0)
            #expect(r.stdout.contains("simpul ditambah: 0\nnilai diisi: 0 (0 menimpa nilai lama)\n"))
            let after = try Penyimpan.muat(data)
            #expect(BerkasJSON.json(after.berkas()) == before)
        }
    }

    @Test func everyBadRowIsReportedAndNothingIsWritten() throws {
        let sheet = try tulis("salah.csv", "Kode,Nama,Pagu\n1.06.09.2.01.01,Yatim,abc\n1.06.06.2.01.03,X,5\n1.06.06.2.01.03,X,6\n1.2,Y,1\n1.06.06.2.01.02,Z,-5\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.perintah(["import", data, sheet, "--apply"])
        #expect(r.keluar == 1)
        #expect(r.stdout.contains("\(sheet) baris 2 kolom A: induk 1.06.09.2.01 dari 1.06.09.2.01.01 tidak ada di berkas maupun di lembar ini"))
        #expect(r.stdout.contains("\(sheet) baris 2 kolom C: 'abc': bukan angka"))
        #expect(r.stdout.contains("\(sheet) baris 4 kolom A: kode 1.06.06.2.01.03 sudah ada di baris 3"))
        #expect(r.stdout.contains("\(sheet) baris 5 kolom A: '1.2' bukan kode program, kegiatan atau sub kegiatan"))
        #expect(r.stdout.contains("\(sheet) baris 6 kolom C: '-5': rupiah harus bilangan bulat, 0 atau lebih"))
        #expect(r.stderr == "kinerja: 5 masalah; tidak ada yang ditulis\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        let total = try tulis("total.csv", "Kode,Nama,Pagu\n1.01,Jumlah OPD,5\n")
        #expect(try Proses.perintah(["import", data, total]).stdout.contains("baris jumlah atau tanpa kode dilewati: 2 (1.01)"))
        let noHeader = try tulis("kosong.csv", "a,b\n1,2\n")
        #expect(try Proses.perintah(["import", data, noHeader]).stdout.contains("tidak ada baris judul kolom yang dikenal"))
    }

    /// A title above the table may hold no separator, or a comma: the separator is the table's.
    @Test func aCSVTitleLineDoesNotDecideTheSeparator() throws {
        for title in ["DPA DINAS SOSIAL 2023\n\n", "Kota Semarang, Jawa Tengah\n"] {
            let sheet = try tulis("judul.csv", title + "Kode;Nama;Pagu\n1.06.06.2.01.03;Penyediaan, Tempat;45.000.000\n")
            let r = try Proses.perintah(["import", data, sheet])
            #expect(r.stdout.contains("kolom dikenal: Kode, Nama, Pagu\n"), "\(r.stdout)")
            #expect(r.stdout.contains("1.06.06.2.01.03 pagu murni: 41.970.000 -> 45.000.000"))
        }
    }

    /// A merged title block and a merged cell in a row: the title is skipped, the merged cell's others are empty.
    @Test func anXlsxWithATitleBlockAndMonthsIsImported() throws {
        let book = folder.appendingPathComponent("dpa.xlsx").path
        let script = """
            import openpyxl, sys
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Ringkasan"; ws.append(["tidak ada tabel di sini"])
            ws = wb.create_sheet("DPA")
            ws.append(["DPA DINAS SOSIAL 2023"]); ws.append([])
            ws.append(["No", "Kode", "Uraian", "Pagu (Rp)", "Januari", "Februari", "Maret", "Realisasi TW II", "Indikator", "Satuan", "Target"])
            ws.append([1, "1.06.07", "Program Baru"])
            ws.append([2, "1.06.07.2.01", "Kegiatan Baru"])
            ws.append([3, "1.06.07.2.01.0001", "Sub Baru", 1500000.0, 100000, 200000, None, 350000.5, "Jumlah orang", "orang", 50])
            ws.append([4, "1.06.06.2.01.03", "Penyediaan", 45000000])
            ws.append([None, None, "Jumlah", "=SUM(D6:D7)"])
            ws.merge_cells("A1:K1"); ws.merge_cells("C5:D5")
            wb.save(sys.argv[1])
            """
        let py = try Proses.jalankan(["python3", "-c", script, book], env: ProcessInfo.processInfo.environment, program: "/usr/bin/env")
        #expect(py.keluar == 0, "\(py.stderr)")
        let bad = try Proses.perintah(["import", data, book, "--apply"])
        #expect(bad.keluar == 1)
        #expect(bad.stdout.contains("baris 6 kolom H: '350.000,5': rupiah harus bilangan bulat, 0 atau lebih"))
        // A formula whose value was never stored (written by a program, not saved by Excel) is named, not taken as blank.
        let unsaved = script.replacingOccurrences(of: "350000.5", with: "350000").replacingOccurrences(of: "\"Penyediaan\", 45000000", with: "\"Penyediaan\", \"=40000000+5000000\"")
        #expect(try Proses.jalankan(["python3", "-c", unsaved, book], env: ProcessInfo.processInfo.environment, program: "/usr/bin/env").keluar == 0)
        let formula = try Proses.perintah(["import", data, book])
        #expect(formula.keluar == 1)
        #expect(formula.stdout.contains("baris 7 kolom D: rumus =40000000+5000000 tanpa nilai tersimpan; buka buku kerja di Excel atau LibreOffice dan simpan ulang agar nilainya tersimpan"))
        let fix = script.replacingOccurrences(of: "350000.5", with: "350000")
        #expect(try Proses.jalankan(["python3", "-c", fix, book], env: ProcessInfo.processInfo.environment, program: "/usr/bin/env").keluar == 0)
        let r = try Proses.perintah(["import", data, book, "--apply"])
        #expect(r.keluar == 0, "\(r.stdout)\(r.stderr)")
        let d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.07.2.01.0001")!].anggaran == Anggaran(paguMurni: 1_500_000, realisasi: [300_000, 350_000, nil, nil]))
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].anggaran?.paguMurni == 45_000_000)
        let named = try Proses.perintah(["import", data, book, "--sheet", "Tidak"])
        #expect(named.stderr.contains("lembar 'Tidak' tidak ada; lembar yang ada: Ringkasan, DPA"))
    }

    @Test func kinerjasOwnWorkbookReimportsWithoutChange() throws {
        let book = folder.appendingPathComponent("anggaran.xlsx").path
        #expect(try Proses.perintah(["report", data, "anggaran", "--format", "xlsx", "-o", book]).keluar == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.perintah(["import", data, book, "--apply"])
        #expect(r.keluar == 0)
        #expect(r.stdout.contains("kolom dikenal: Kode, Program/Kegiatan/Sub Kegiatan, Anggaran (Rp)"))
        #expect(r.stdout.contains("simpul ditambah: 0\nnilai diisi: 0 (0 menimpa nilai lama)\n"))
        #expect(BerkasJSON.json(try Penyimpan.muat(data).berkas()) == before)
    }

    @Test func csvFieldsAsRFC4180() throws {
        let rows = try BacaCSV.baca(Data("\u{FEFF}a;\"b;c\";\"d \"\"e\"\"\nf\"\r\n1;2;3\n".utf8))
        #expect(rows == [["a", "b;c", "d \"e\"\nf"], ["1", "2", "3"]])
        #expect(try BacaCSV.baca(Data("x,y\n\"1,5\",2".utf8)) == [["x", "y"], ["1,5", "2"]])
    }
}

/// The sample's budget tree shipped as spreadsheets: `new` + `import` rebuild Lampiran 2's totals.
@Suite struct ImporSampelTests {
    @Test(arguments: ["csv", "xlsx"])
    func newAndImportRebuildTheSamplesTotals(kind: String) throws {
        let folder = try FolderUji.baru("kinerja-sampel")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dinsos.json").path
        #expect(try Proses.perintah(["new", path, "--opd", "Dinas Sosial Kota Semarang", "--kode", "1.06", "--pemda", "Kota Semarang",
                                     "--tahun", "2023", "--renstra", "2021-2026"]).keluar == 0)
        let sheet = Proses.root.appendingPathComponent("sample-data/dinsos-anggaran-2023.\(kind)").path
        let r = try Proses.perintah(["import", path, sheet, "--apply"])
        #expect(r.keluar == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("simpul ditambah: 101"))
        let d = try Penyimpan.muat(path)
        #expect(d.anggaran(0).paguAda == 35_272_253_286)
        #expect(d.anggaran(0).realisasiSd(4) == 31_385_954_802)
        let csv = try Proses.perintah(["report", path, "anggaran", "--format", "csv"]).stdout
        #expect(csv.hasSuffix("1.06,Jumlah Dinas Sosial Kota Semarang,opd,35272253286,31385954802,3886298484,88.98\r\n"))
    }
}

/// A sheet of about 10.000 rows: read, planned and applied in one go, the totals kept.
@Suite(.tags(.lambat), .lajur(.lambat)) struct ImporBesarTests {
    @Test func aTenThousandRowSheetRebuildsItsTotals() throws {
        let folder = try FolderUji.baru("kinerja-besar")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("g.json").path, sheet = folder.appendingPathComponent("g.csv").path
        let path = folder.appendingPathComponent("n.json").path
        #expect(try Proses.perintah(["gen", "--sub-kegiatan", "9500", "-o", source]).keluar == 0)
        #expect(try Proses.perintah(["report", source, "anggaran", "--format", "csv", "-o", sheet]).keluar == 0)
        #expect(try String(contentsOfFile: sheet, encoding: .utf8).split(separator: "\r\n").count == 9892)
        #expect(try Proses.perintah(["new", path, "--opd", "Uji", "--kode", "1.01", "--tahun", "2025", "--renstra", "2021-2026"]).keluar == 0)
        let start = Date()
        let r = try Proses.perintah(["import", path, sheet, "--apply"])
        #expect(r.keluar == 0)
        #expect(Date().timeIntervalSince(start) < 20, "a large sheet is not quadratic")
        let a = try Penyimpan.muat(source), b = try Penyimpan.muat(path)
        #expect(b.anggaran(0).paguAda == a.anggaran(0).paguAda)
        #expect(b.anggaran(0).realisasiSd(4) == a.anggaran(0).realisasiSd(4))
        #expect(b.simpul.count == a.simpul.count)
    }
}

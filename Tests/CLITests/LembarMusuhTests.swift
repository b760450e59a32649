import Foundation
import Model
import Testing
import UjiBersama

/// Hostile or damaged sheets, built here by hand: each is refused whole with its place, in
/// bounded memory and time, and the data file is left as it was.
@Suite(.serialized) struct LembarMusuhTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-lembar-musuh") }

    /// Writes an xlsx whose sheet1.xml is `sheet` (written as given, compressed), with a workbook around it.
    func xlsx(_ name: String, sheet: String, repeatSheet: Int = 1) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let script = """
        import sys, zipfile
        path, sheet, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
        if sheet == 'BOM': sheet = ' ' * (1 << 20)
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
            with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
                for _ in range(n): f.write(sheet.encode())
        """
        let r = try Proses.jalankan(["python3", "-c", script, path, sheet, "\(repeatSheet)"], env: ProcessInfo.processInfo.environment, program: "/usr/bin/env")
        #expect(r.keluar == 0, "\(r.stderr)")
        return path
    }

    static func baris(_ cells: String) -> String {
        #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + cells + "</sheetData></worksheet>"
    }

    /// `import` under a measure of its peak memory: the outcome and the kilobytes.
    func impor(_ sheet: String) throws -> (Proses, Int) {
        let r = try Proses.jalankan(["-f", "%M", Proses.biner.path, "import", data, sheet, "--apply"], env: ["LANG": "C"], program: "/usr/bin/time")
        let lines = r.stderr.split(separator: "\n")
        let peak = lines.last.flatMap { Int($0) } ?? 0
        return (Proses(keluar: r.keluar, stdout: r.stdout, stderr: lines.dropLast().joined(separator: "\n")), peak)
    }

    @Test func hostileWorkbooksAreRefusedWithTheirPlaceInBoundedMemory() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="inlineStr"><is><t>Pagu</t></is></c></row>"#
        let cases: [(String, String, Int, String)] = [
            ("ref24.xlsx", Self.baris(header + #"<row r="2"><c r="ABCDEFGHIJKLMNOPQRSTUVWX2"><v>1</v></c></row>"#), 1, "bukan alamat sel"),
            ("kolom.xlsx", Self.baris(header + #"<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>"#), 1, "bukan alamat sel"),
            ("baris.xlsx", Self.baris(header + #"<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>"#), 1, "di luar 1..1048576"),
            ("potong.xlsx", String(Self.baris(header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>1.06.06.2.01.03</t></is></c><c r="B2"><v>5</v></c></row>"#).prefix(260)), 1, "rusak di baris"),
            ("entitas.xlsx", #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;&zz;</t></is></c></row></sheetData></worksheet>"#, 1, "rusak di baris"),
            // About 600 MB of one cell's text once inflated: refused before it is all in memory.
            ("bom.xlsx", "BOM", 600, "lebih dari 256 MB bila dibuka"),
        ]
        for (name, sheet, n, said) in cases {
            let path = try xlsx(name, sheet: sheet, repeatSheet: n)
            let (r, peak) = try impor(path)
            #expect(r.keluar == 1 && r.stderr.contains(said) && !r.stderr.contains("Fatal error"), "\(name): \(r.keluar) \(r.stderr.prefix(300))")
            #expect(peak < 600_000, "\(name): peak \(peak) kB")
            #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before, "\(name): the data file is as it was")
        }
    }

    @Test(.tags(.lambat), .lajur(.lambat)) func damagedOrHostileCSVIsRefusedWholeWithItsLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let cases: [(String, Data, String)] = [
            ("kutip.csv", Data("Kode,Pagu\n1.06.06.2.01.03,\"5\n1.06.06.2.01.02,6\n".utf8), "tanda kutip yang dibuka di baris 2 tidak ditutup"),
            ("utf8.csv", Data("Kode,Nama,Pagu\n1.06.06.2.01.03,Caf".utf8) + Data([0xE9]) + Data(",5\n".utf8), "baris 2: byte 0xE9 bukan UTF-8"),
        ]
        for (name, bytes, said) in cases {
            let path = folder.appendingPathComponent(name).path
            try bytes.write(to: URL(fileURLWithPath: path))
            let (r, _) = try impor(path)
            #expect(r.keluar == 1 && r.stderr.contains(said), "\(name): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        }
        // Megabytes of repeated codes: a bounded report (the first problems and a count), bounded memory;
        // past Excel's rows, refused before the rows are planned.
        for (rows, said) in [(600_000, "masalah lain"), (1_100_000, "lebih dari 1048576 baris")] {
            let big = folder.appendingPathComponent("ulang-\(rows).csv").path
            try ("Kode,Pagu\n" + String(repeating: "1.06.06.2.01.03,5\n", count: rows)).write(toFile: big, atomically: false, encoding: .utf8)
            let start = Date()
            let (r, peak) = try impor(big)
            let all = r.stdout + r.stderr
            #expect(r.keluar == 1 && all.split(separator: "\n").count < 60 && all.contains(said), "\(rows): \(all.prefix(400))")
            #expect(Date().timeIntervalSince(start) < 60)
            #expect(peak < 1_500_000, "\(rows): peak \(peak) kB")
            #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        }
    }
}

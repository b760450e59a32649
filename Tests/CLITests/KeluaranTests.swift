import Foundation
import Model
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every write to standard output or a file says its failure (a full disk, a closed pipe)
/// and exits 1; `-o` writes into a device or a FIFO as a stream and never replaces
/// anything that is not a regular file; `-o -` and `-o /dev/stdout` work for every format.
@Suite(.serialized) struct KeluaranTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-keluaran") }

    /// A shell line with the binary as $K and the sample as $D.
    func sh(_ line: String) throws -> Proses { try Proses.sh(line, data: data) }

    static let formats: [[String]] = [["report", "$D", "anggaran"], ["report", "$D", "capaian", "--format", "md"],
                                      ["report", "$D", "anggaran", "--format", "csv"], ["report", "$D", "triwulan", "--format", "json"],
                                      ["report", "$D", "anggaran", "--format", "xlsx", "-o", "-"], ["export", "$D", "-o", "-"]]

    @Test func noCrashingWritePathIsLeftInTheSources() throws {
        let sources = Proses.root.appendingPathComponent("Sources")
        var found: [String] = []
        for case let file as String in FileManager.default.enumerator(atPath: sources.path)! where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("try!") || line.contains("FileHandle.standardOutput.write") || line.contains("FileHandle.standardError.write") {
                found.append("\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aFullDiskOrAClosedPipeOnStandardOutputIsSaidAndExitsOne() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for args in Self.formats + [["show", "$D", "1.06.06.2.01.03"], ["todo", "$D"], ["check", "$D"], ["history", "$D"]] {
            let line = "$K " + args.joined(separator: " ")
            let full = try sh(line + " > /dev/full")
            #expect(full.keluar == 1 && full.stderr.contains("gagal menulis: disk penuh (No space left on device)"), "\(line): \(full.keluar) \(full.stderr)")
            #expect(!full.stderr.contains("Fatal error"))
        }
        // A reader that has gone: said, exit 1, no crash.
        let pipe = try sh("exec 3>&1; { $K report $D anggaran 2>&3; echo \"rc=$?\" >&3; } | true")
        #expect(pipe.stdout.contains("rc=1") && pipe.stdout.contains("keluaran standar: gagal menulis: pembacanya sudah berhenti"), "\(pipe.stdout) \(pipe.stderr)")
    }

    @Test func dashAndDevStdoutWorkForEveryFormat() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for args in Self.formats {
            for target in ["-", "/dev/stdout"] {
                var a = args
                if let o = a.firstIndex(of: "-o") { a[o + 1] = target } else { a += ["-o", target] }
                let r = try sh("$K " + a.joined(separator: " ") + " | wc -c")
                #expect(r.keluar == 0 && (Int(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 500, "\(a): \(r.stdout) \(r.stderr)")
            }
        }
        // The workbook on a pipe is the workbook: a zip a reader opens.
        let book = try sh("$K export $D -o /dev/stdout | head -c 2")
        #expect(book.stdout == "PK")
    }

    @Test func aFIFOOrADeviceIsWrittenAsAStreamAndNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("laporan.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (args, head) in [("report $D anggaran --format csv", "kode,nama"), ("export $D", "PK"), ("report $D capaian --format xlsx", "PK")] {
            let r = try sh("cat \(fifo) > \(fifo).out & $K \(args) -o \(fifo); rc=$?; wait; echo rc=$rc; head -c 9 \(fifo).out | tr -d '\\357\\273\\277'")
            #expect(r.stdout.hasPrefix("rc=0\n" + head), "\(args): \(r.stdout) \(r.stderr)")
            var info = stat()
            #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        }
        // A device: a device node made here (the full one, as root can), and /dev/full itself.
        var nodes = ["/dev/full"]
        let node = folder.appendingPathComponent("penuh").path
        var full = stat()
        if stat("/dev/full", &full) == 0, mknod(node, S_IFCHR | 0o666, full.st_rdev) == 0 { nodes.append(node) }
        for target in nodes {
            for args in ["export $D", "report $D anggaran --format xlsx", "report $D anggaran --format json"] {
                let r = try sh("$K \(args) -o \(target)")
                #expect(r.keluar == 1 && r.stderr.contains("\(target): gagal menulis: disk penuh"), "\(args) -o \(target): \(r.stderr)")
                var info = stat()
                #expect(lstat(target, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(target) is still the device")
            }
        }
        // A folder is refused plainly, and nothing is made in it.
        let r = try sh("$K report $D anggaran -o \(folder.path)")
        #expect(r.keluar == 1 && r.stderr.contains("ini folder; sebutkan nama berkas keluaran di dalamnya"), "\(r.stderr)")
    }
}

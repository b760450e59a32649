import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah
#if canImport(Glibc)
import Glibc
#endif

/// A stranger in a shared folder: a second, unprivileged user of the folder's group plants
/// links at every name kinerja writes beside the data file (the recovery copy, the presence
/// entry, the journal, the backup), as soon as the session's pid and start time are known.
/// No file the planter could not write may change; what was found is said.
@Suite(.serialized, .enabled(if: PenggunaUji.siap, "needs root to make the two users (CI runs as root)"), .tags(.lambat), .lajur(.lambat)) struct SampinganTests {
    /// A file only its owner (root, the victim here) may write.
    func rahasia() throws -> String {
        let path = "/tmp/kinerja-rahasia-\(UUID().uuidString.prefix(8))"
        try "RAHASIA\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        return path
    }

    func plant(_ link: String, to target: String) throws {
        let r = try PenggunaUji.sebagai(PenggunaUji.penyerang, "ln -s '\(target)' '\(link)'")
        #expect(r.keluar == 0, "\(r.stderr)")
    }

    @Test func linksPlantedAtTheRecoveryCopyAndThePresenceEntryAreNotFollowed() throws {
        let (folder, data) = try PenggunaUji.folderBersama()
        let secret = try rahasia()
        let state = folder.appendingPathComponent("keadaan-korban").path
        defer { try? FileManager.default.removeItem(at: folder); unlink(secret) }
        // The victim's session is pid 4242 started at 99: names anyone can read off /proc.
        let sesi = "4242-99"
        try plant(data + ".pulih." + sesi, to: secret)
        try plant(data + ".sesi." + sesi, to: secret)
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id), terminal: TerminalUji(),
                           sesi: sesi, folderCadangan: state, folderAwal: state + "/cache")
        app.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter>")
        #expect(app.tulisPulih(keluar: false))
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "RAHASIA\n", "the victim-only file is untouched")
        let copy = try #require(app.keadaan.lokasiPulih)
        #expect(copy.hasPrefix(state), "the copy went to the user's own folder: \(copy)")
        #expect(try Pulih.baca(copy).perubahan.map(\.baru) == ["4"])
        let said = app.keadaan.pesan?.teks ?? ""
        #expect(said.contains("ada tautan simbolik ke \(secret) (milik \(PenggunaUji.penyerang)), bukan berkas kinerja; tidak diikuti dan tidak ditimpa"), "\(said)")
        var info = stat()
        #expect(lstat(data + ".pulih." + sesi, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the planted link left for the user to see")
        #expect(lstat(data + ".sesi." + sesi, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        // A regular file planted at the name gives the copy neither its mode nor its owner.
        unlink(data + ".pulih." + sesi)
        #expect(try PenggunaUji.sebagai(PenggunaUji.penyerang, "touch '\(data).pulih.\(sesi)'; chmod 666 '\(data).pulih.\(sesi)'").keluar == 0)
        app.putar("<Esc>g1.06.06.2.01.02<Enter><Tab><Down><Down><Down><Down>lll5<Enter>")
        #expect(app.tulisPulih(keluar: false))
        #expect(stat(data + ".pulih." + sesi, &info) == 0 && info.st_uid == 0 && info.st_mode & 0o002 == 0, "\(String(info.st_mode, radix: 8))")
    }

    @Test func aLinkPlantedAtTheJournalOrTheBackupIsExplainedAndNotFollowed() throws {
        let (folder, data) = try PenggunaUji.folderBersama()
        let secret = try rahasia()
        defer { try? FileManager.default.removeItem(at: folder); unlink(secret) }
        try plant(data + ".jurnal", to: secret)
        let refused = try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"])
        #expect(refused.keluar == 1 && refused.stderr.contains("dinsos.json.jurnal: di nama ini ada tautan simbolik ke \(secret) (milik \(PenggunaUji.penyerang))"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "RAHASIA\n")
        #expect(try Penyimpan.muat(data).nilai(.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))) == .some(nil), "nothing saved without its journal")
        unlink(data + ".jurnal")
        // The backup's name: replaced as a name, never written through.
        try plant(data + ".bak", to: secret)
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"]).keluar == 0)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "RAHASIA\n")
        var info = stat()
        #expect(lstat(data + ".bak", &info) == 0 && info.st_mode & S_IFMT == S_IFREG, "the backup is a file of its own now")
    }
}

/// The journal survives every failure: a cut line is cut off (or ended) before the next
/// append, so `history` and `check` never lose a change; it is created with the data
/// file's mode, owner and group, whoever writes first and under whatever umask.
@Suite(.serialized, .enabled(if: PenggunaUji.siap, "needs root to make the two users (CI runs as root)"), .tags(.lambat), .lajur(.lambat)) struct JurnalBertahanTests {
    @Test func inAGroupFolderEveryColleagueKeepsSavingUnderAnyUmask() throws {
        for umask in ["022", "002", "077"] {
            let (folder, data) = try PenggunaUji.folderBersama()
            defer { try? FileManager.default.removeItem(at: folder) }
            let first = try PenggunaUji.sebagai(PenggunaUji.korban, "$K set '\(data)' 1.06.06.2.01.03 --tw 4 --realisasi 3", umask: umask)
            #expect(first.keluar == 0, "\(umask): \(first.stderr)")
            var info = stat()
            #expect(stat(data + ".jurnal", &info) == 0 && info.st_mode & 0o777 == 0o664 && info.st_gid == PenggunaUji.gid, "\(umask): \(String(info.st_mode, radix: 8))")
            let second = try PenggunaUji.sebagai(PenggunaUji.penyerang, "$K set '\(data)' 1.06.06.2.01.02 --tw 4 --realisasi 4", umask: umask)
            #expect(second.keluar == 0, "\(umask): \(second.stderr)")
            #expect(Jurnal.baca(data).map(\.baru) == ["3", "4"])
        }
    }

    @Test func rootEditingAUsersFileLeavesTheJournalTheUsers() throws {
        let (folder, data) = try PenggunaUji.folderBersama()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"]).keluar == 0)
        var info = stat()
        #expect(stat(data + ".jurnal", &info) == 0 && info.st_uid == PenggunaUji.uid(PenggunaUji.korban) && info.st_gid == PenggunaUji.gid)
        let user = try PenggunaUji.sebagai(PenggunaUji.korban, "$K set '\(data)' 1.06.06.2.01.02 --tw 4 --realisasi 4")
        #expect(user.keluar == 0, "\(user.stderr)")
        #expect(Jurnal.baca(data).count == 2)
    }

    @Test func aLineCutByAFileSizeLimitIsCutOffAndTheNextChangeIsKept() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-jurnal-cut")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"]).keluar == 0)
        // A journal larger than the data file, so that a limit can fall inside the next line.
        let line = try String(contentsOfFile: data + ".jurnal", encoding: .utf8)
        let size = (try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
        try String(repeating: line, count: size / line.utf8.count + 2).write(toFile: data + ".jurnal", atomically: false, encoding: .utf8)
        let before = (try FileManager.default.attributesOfItem(atPath: data + ".jurnal")[.size] as? Int) ?? 0
        let limited = try Proses.jalankan(["--fsize=\(before + 40)", Proses.biner.path, "set", data, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "4"],
                                          program: "/usr/bin/prlimit")
        #expect(limited.keluar == 1 && limited.stderr.contains("melewati batas ukuran berkas"), "\(limited.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: data + ".jurnal")[.size] as? Int) == before, "cut back to where the write began")
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.01", "--tw", "4", "--realisasi", "5"]).keluar == 0)
        let history = try Proses.jalankan(["history", data, "1.06.06.2.01.01"])
        #expect(history.stdout.contains("1.06.06.2.01.01 indikator 1 realisasi TW IV: 147 -> 5") || history.stdout.contains("realisasi TW IV: ") && history.stdout.contains("-> 5"), "\(history.stdout)")
        #expect(!(try Proses.jalankan(["check", data]).stdout.contains("jurnal mencatat 4")), "no change journalled that was not made")
    }

    @Test func aLineCutByAFullDiskIsEndedBeforeTheNextAppend() throws {
        // A journal cut mid-line, as a crash or a full disk before this rule left it.
        let (folder, data) = try Proses.salinSampel("kinerja-jurnal-potong")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"]).keluar == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: data + ".jurnal"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"alamat":{"indikator":{"_2":{"realisasi":{"tw":4}},"indeks""#.utf8))
        try handle.close()
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "4"]).keluar == 0)
        #expect(Jurnal.baca(data).map(\.baru) == ["3", "4"], "the change after the cut line is kept whole")
    }

    @Test func aFullTmpfsLosesNoJournalLine() throws {
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-tmpfs-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        defer { _ = try? Proses.jalankan([mount.path], program: "/usr/bin/umount"); try? FileManager.default.removeItem(at: mount) }
        let r = try Proses.jalankan(["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.path], program: "/usr/bin/mount")
        #expect(r.keluar == 0, "\(r.stderr)")
        let data = mount.appendingPathComponent("dinsos.json").path
        try FileManager.default.copyItem(atPath: Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path, toPath: data)
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3"]).keluar == 0)
        // Fill the disk to the last few bytes, then save: refused, nothing half-written.
        let filler = mount.appendingPathComponent("isi").path
        _ = try Proses.jalankan(["if=/dev/zero", "of=\(filler)", "bs=1k", "count=4000"], program: "/bin/dd")
        let full = try Proses.jalankan(["set", data, "1.06.06.2.01.02", "--tw", "4", "--realisasi", "4"])
        #expect(full.keluar == 1 && full.stderr.contains("disk penuh"), "\(full.stderr)")
        unlink(filler)
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.01", "--tw", "4", "--realisasi", "5"]).keluar == 0)
        #expect(Jurnal.baca(data).map(\.baru) == ["3", "5"])
        #expect(try Penyimpan.muat(data).nilai(.indikator(simpul: "1.06.06.2.01.02", indeks: 0, .realisasi(tw: 4))) != .some("4"))
    }
}

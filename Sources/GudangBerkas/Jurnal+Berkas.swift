import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// The audit trail beside the data file (`FILE.jurnal`, JSON Lines): appended and
/// synced to disk before the data file is renamed into place, never rewritten.
extension Jurnal {
    public static func path(_ data: String) -> String { Sistem.jalurAsli(data) + ".jurnal" }

    /// Appends lines and syncs them to disk; the journal takes the data file's mode.
    public static func tambah(_ entries: [EntriJurnal], untuk data: String) throws(GalatBerkas) {
        guard !entries.isEmpty else { return }
        let target = path(data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = Data()
        for entry in entries {
            guard let line = try? encoder.encode(entry) else { continue }
            bytes.append(line)
            bytes.append(0x0A)
        }
        var info = stat()
        let known = stat(Sistem.jalurAsli(data), &info) == 0
        let mode = known ? mode_t(info.st_mode & 0o666) : 0o644
        var fd = open(target, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        // A journal this user may append to but not read: appended all the same.
        if fd < 0 && errno == EACCES { fd = open(target, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW) }
        if fd < 0 && errno == ENOENT {
            // A new journal takes the data file's mode, owner and group, whatever the umask and whoever writes first.
            fd = open(target, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            if fd >= 0 && known {
                fchmod(fd, mode)
                if fchown(fd, info.st_uid, info.st_gid) != 0 { _ = fchown(fd, uid_t.max, info.st_gid) }
            }
        }
        guard fd >= 0 else {
            let code = errno
            var found = stat()
            if code == ELOOP, lstat(target, &found) == 0 { throw GalatBerkas(berkas: target, pesan: Penyimpan.tanamanDiNama(target, found)) }
            throw Penyimpan.galatTulis(target, code)
        }
        defer { close(fd) }
        var held = stat()
        guard fstat(fd, &held) == 0, (held.st_mode & S_IFMT) == S_IFREG else {
            throw GalatBerkas(berkas: target, pesan: Penyimpan.tanamanDiNama(target, held))
        }
        // A line cut by an earlier failure is ended first: this write's lines stand on their own.
        let size = off_t(held.st_size)
        var last: UInt8 = 0x0A
        if size > 0 { _ = pread(fd, &last, 1, size - 1) }
        if last != 0x0A { bytes.insert(0x0A, at: 0) }
        let failure = Deskriptor.tulisSemua(fd, bytes)
        if failure != 0 || fsync(fd) != 0 {
            let code = failure != 0 ? failure : errno
            // Nothing half-written stays: the journal is cut back to where this write began.
            _ = ftruncate(fd, size)
            throw Penyimpan.galatTulis(target, code)
        }
    }

    /// Every line; a line that cannot be read (cut by a crash) is skipped.
    public static func baca(_ data: String) -> [EntriJurnal] {
        guard let bytes = FileManager.default.contents(atPath: path(data)) else { return [] }
        let decoder = JSONDecoder()
        return bytes.split(separator: 0x0A).compactMap { try? decoder.decode(EntriJurnal.self, from: Data($0)) }
    }
}

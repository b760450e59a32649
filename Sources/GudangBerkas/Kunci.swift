import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// An exclusive advisory lock on a data file, held from reading it to renaming
/// the new version into place, so that two writers take turns instead of
/// losing each other's edits. The lock is on the file itself (no lock file is
/// left behind); since a save replaces the file, a lock on a replaced version
/// is let go and taken again on the current one.
public final class Kunci {
    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { lepas() }

    public func lepas() {
        if fd >= 0 { close(fd); fd = -1 }
    }

    /// How long a writer waits for another: `KINERJA_TUNGGU_KUNCI` seconds, else 30.
    public static var batasBawaan: TimeInterval {
        ProcessInfo.processInfo.environment["KINERJA_TUNGGU_KUNCI"].flatMap(TimeInterval.init) ?? 30
    }

    /// Takes the lock, waiting up to `batas` seconds; `menunggu` is called once
    /// when another process has held it for a second. Nil when the file does not exist yet.
    public static func ambil(_ path: String, batas: TimeInterval = batasBawaan,
                             menunggu: () -> Void = {}) throws(GalatBerkas) -> Kunci? {
        let target = Sistem.jalurAsli(path)
        let start = Date()
        let end = start.addingTimeInterval(batas)
        var told = false
        while true {
            let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT { return nil }
                throw GalatBerkas(berkas: path, pesan: Pesan(
                    id: "berkas tidak dapat dibuka untuk dikunci (\(String(cString: strerror(errno)))); periksa hak baca",
                    en: "the file cannot be opened to lock it (\(String(cString: strerror(errno)))); check read access"))
            }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                var held = stat(), now = stat()
                if fstat(fd, &held) == 0, stat(target, &now) == 0, held.st_ino == now.st_ino, held.st_dev == now.st_dev {
                    return Kunci(fd: fd)
                }
                close(fd)
                continue
            }
            close(fd)
            if !told && Date().timeIntervalSince(start) >= 1 { menunggu(); told = true }
            if Date() >= end {
                let seconds = Int(batas.rounded())
                throw GalatBerkas(berkas: path, pesan: Pesan(
                    id: "berkas sedang diubah oleh proses lain lebih dari \(seconds) detik; tidak ada yang diubah, coba lagi nanti",
                    en: "another process has been changing the file for more than \(seconds) seconds; nothing was changed, try again later"))
            }
            usleep(20_000)
        }
    }
}

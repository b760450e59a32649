import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Where a command's output goes: standard output, a stream named by a path (a device, a
/// FIFO, `/dev/stdout`, `/dev/fd/N`), or a regular file written atomically. Only a regular
/// file (or a name not taken) is ever replaced; every write's failure comes back as an
/// error naming the target, never a crash.
public enum Keluaran {
    /// Standard output as messages name it.
    public static let namaStdout = Pesan(id: "keluaran standar", en: "standard output")

    /// `-`, or a name that is standard output or another open descriptor of this process.
    public static func deskriptor(_ path: String?) -> Int32? {
        guard let path, path != "-" else { return STDOUT_FILENO }
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let n = Int32(path.dropFirst(prefix.count)), fcntl(n, F_GETFD) >= 0 { return n }
        }
        return nil
    }

    /// A path that names something other than a regular file: written as a stream, never replaced.
    public static func aliran(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    /// Writes `data` to standard output (`nil`, `-`), to a stream, or atomically to a file
    /// that takes the permissions of `seperti`.
    public static func tulis(_ data: Data, ke path: String?, seperti: String?) throws(GalatBerkas) {
        if let fd = deskriptor(path) { return try tulis(data, fd: fd, nama: path.map { $0 == "-" ? namaStdout.id : $0 }) }
        let target = path!
        var info = stat()
        if stat(target, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                throw GalatBerkas(berkas: target, pesan: Pesan(id: "ini folder; sebutkan nama berkas keluaran di dalamnya", en: "this is a folder; name an output file inside it"))
            }
            if kind != S_IFREG {
                guard kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK else {
                    throw GalatBerkas(berkas: target, pesan: Pesan(id: "bukan berkas biasa; tidak ditimpa", en: "not a regular file; not replaced"))
                }
                // A device, a FIFO: opened as it is and written to as a stream.
                let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
                guard fd >= 0 else { throw galat(target, errno) }
                defer { close(fd) }
                return try tulis(data, fd: fd, nama: target)
            }
        }
        try Penyimpan.tulisAtomik(data, ke: target, cadangan: false, seperti: seperti)
    }

    /// Writes all of `data` to an open descriptor; a failure (a full disk, a closed pipe) as an error.
    public static func tulis(_ data: Data, fd: Int32, nama: String?) throws(GalatBerkas) {
        let failure = Deskriptor.tulisSemua(fd, data)
        if failure != 0 { throw galat(nama ?? namaStdout.id, failure) }
    }

    /// A copy of a file written elsewhere into a stream (a workbook to standard output).
    public static func salin(dari source: String, ke path: String?) throws(GalatBerkas) {
        guard let data = FileManager.default.contents(atPath: source) else { throw galat(source, errno) }
        try tulis(data, ke: path, seperti: nil)
    }

    static func galat(_ target: String, _ code: Int32) -> GalatBerkas {
        let reason = String(cString: strerror(code))
        let hint: Pesan = switch code {
        case ENOSPC, EDQUOT: Pesan(id: "disk penuh", en: "the disk is full")
        case EPIPE: Pesan(id: "pembacanya sudah berhenti", en: "its reader has stopped")
        case EFBIG: Pesan(id: "melewati batas ukuran berkas (ulimit -f)", en: "over the file-size limit (ulimit -f)")
        case EACCES, EPERM, EROFS: Pesan(id: "tidak dapat ditulisi", en: "cannot be written")
        default: Pesan(id: "galat tulis", en: "write error")
        }
        return GalatBerkas(berkas: target, pesan: Pesan(id: "gagal menulis: \(hint.id) (\(reason))", en: "could not write: \(hint.en) (\(reason))"))
    }
}

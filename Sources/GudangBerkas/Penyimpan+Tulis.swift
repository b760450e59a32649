import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Every file kinerja writes (data, backups, recovery copies, exports) goes
/// through `tulisAtomik`: a temporary file created exclusively under a random
/// name, written and fsync'd, given the target's mode, owner and group, then
/// renamed over the target, through a symlink to the file it points at.
extension Penyimpan {
    /// Writes `data` to `path` atomically.
    /// - cadangan: keep the previous version as `FILE.bak`.
    /// - seperti: a new file takes this file's permissions (within the umask).
    /// - sebelumGanti: runs just before the rename; throwing leaves the target as it was.
    public static func tulisAtomik(_ data: Data, ke path: String, cadangan: Bool, seperti: String? = nil,
                                   sebelumGanti: (() throws(GalatBerkas) -> Void)? = nil) throws(GalatBerkas) {
        try tulisAtomik(data, ke: path, cadangan: cadangan, seperti: seperti, ikutiTautan: true, sebelumGanti: sebelumGanti)
    }

    static func tulisAtomik(_ data: Data, ke path: String, cadangan: Bool, seperti: String?, ikutiTautan: Bool,
                            sebelumGanti: (() throws(GalatBerkas) -> Void)?) throws(GalatBerkas) {
        try tulisAtomik(ke: path, cadangan: cadangan, seperti: seperti, ikutiTautan: ikutiTautan, sebelumGanti: sebelumGanti) { Deskriptor.tulisSemua($0, data) }
    }

    /// The same, the bytes written by `isi` into the temporary file's descriptor
    /// (returning the errno of a failure, else 0): a large file streams out in pieces.
    static func tulisAtomik(ke path: String, cadangan: Bool, seperti: String?, ikutiTautan: Bool, warisi: Bool = true,
                            sebelumGanti: (() throws(GalatBerkas) -> Void)?, isi: (Int32) -> Int32) throws(GalatBerkas) {
        let target = ikutiTautan ? Sistem.jalurAsli(path) : path
        var info = stat()
        // A side file takes nothing from whatever is at its name: its mode comes from the data file, its owner is the writer.
        let exists = lstat(target, &info) == 0 && warisi
        if exists && (info.st_mode & S_IFMT) != S_IFREG && ikutiTautan {
            throw GalatBerkas(berkas: path, pesan: .bukanBerkasBiasa)
        }
        let mode: mode_t = exists && (info.st_mode & S_IFMT) == S_IFREG ? info.st_mode & 0o7777 : Sistem.modeBaru(seperti: seperti)
        bersihkanSementara(target)
        let (fd, temp) = try bukaSementara(untuk: target, tampil: path)
        var failure = isi(fd)
        if failure == 0 && exists && (info.st_mode & S_IFMT) == S_IFREG { samakanPemilik(fd, info) }
        if failure == 0 && fchmod(fd, mode) != 0 { failure = errno }
        // Access lists go with the file: copied to the new one, or the save is refused rather than dropping them.
        if failure == 0 && exists && (info.st_mode & S_IFMT) == S_IFREG, let acl = daftarAkses(target), c_fsetxattr(fd, namaACL, acl, acl.count, 0) != 0 {
            let code = errno
            close(fd)
            unlink(temp)
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "daftar hak akses (ACL) berkas ini tidak dapat dipindahkan ke versi barunya (\(String(cString: strerror(code)))); tidak disimpan agar ACL tidak hilang",
                en: "the file's access list (ACL) cannot be carried to its new version (\(String(cString: strerror(code)))); not saved, so as not to drop the ACL"))
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw galatTulis(path, failure)
        }
        do {
            try sebelumGanti?()
        } catch {
            unlink(temp)
            throw error
        }
        if exists && cadangan { try? simpanCadangan(target) }
        if rename(temp, target) != 0 {
            let code = errno
            unlink(temp)
            throw galatTulis(path, code)
        }
        fsyncFolder(target)
    }

    /// Keeps the owner and group of the file being replaced where this user may:
    /// the group alone when the owner cannot be given away.
    private static func samakanPemilik(_ fd: Int32, _ info: stat) {
        guard info.st_uid != geteuid() || info.st_gid != getegid() else { return }
        if fchown(fd, info.st_uid, info.st_gid) != 0 {
            _ = fchown(fd, uid_t.max, info.st_gid)
        }
    }

    static let namaACL = "system.posix_acl_access"

    /// The file's POSIX access list, when it has one beyond its mode bits.
    static func daftarAkses(_ path: String) -> [UInt8]? {
        let size = c_getxattr(path, namaACL, nil, 0)
        guard size > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: size)
        let n = c_getxattr(path, namaACL, &buffer, size)
        return n > 0 ? Array(buffer.prefix(n)) : nil
    }

    /// A file kinerja keeps beside the data file (a recovery copy, a presence entry): never
    /// written through a link at its name, never taking the mode or owner of what is there.
    /// A link (or anything not a regular file) planted at the name is refused, naming it.
    public static func tulisSampingan(ke place: String, seperti: String?, isi: (Int32) -> Int32) throws(GalatBerkas) {
        var info = stat()
        if lstat(place, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            throw GalatBerkas(berkas: place, pesan: tanamanDiNama(place, info))
        }
        // Renamed over the name itself: a link put there meanwhile is replaced, never followed.
        try tulisAtomik(ke: place, cadangan: false, seperti: seperti, ikutiTautan: false, warisi: false, sebelumGanti: nil, isi: isi)
    }

    /// What was found at a name kinerja writes, said for the person who must remove it.
    public static func tanamanDiNama(_ place: String, _ info: stat) -> Pesan {
        guard (info.st_mode & S_IFMT) == S_IFLNK else {
            return Pesan(id: "di nama ini ada sesuatu yang bukan berkas biasa; tidak ditimpa — periksa dan hapus",
                         en: "something that is not a regular file is at this name; not replaced — check it and remove it")
        }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(place, &buffer, buffer.count - 1)
        let dest = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        let owner = getpwuid(info.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(info.st_uid)"
        return Pesan(id: "di nama ini ada tautan simbolik ke \(dest) (milik \(owner)), bukan berkas kinerja; tidak diikuti dan tidak ditimpa — hapus tautan itu",
                     en: "a symbolic link to \(dest) (owned by \(owner)) is at this name, not a kinerja file; not followed nor replaced — remove the link")
    }

    /// `.NAME.tmp-PID-RANDOM` beside the target, created exclusively, never through a link.
    static func bukaSementara(untuk target: String, tampil: String) throws(GalatBerkas) -> (Int32, String) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        for _ in 0..<32 {
            let temp = folder + "/" + awalanSementara(url.lastPathComponent) + "\(getpid())-\(Sistem.acak())"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temp) }
            if errno != EEXIST { throw galatTulis(tampil, errno) }
        }
        throw galatTulis(tampil, EEXIST)
    }

    public static func awalanSementara(_ name: String) -> String { "." + name + ".tmp-" }

    /// `FILE.bak`: a hard link to the version being replaced (a copy where links are not allowed).
    private static func simpanCadangan(_ target: String) throws(GalatBerkas) {
        let backup = target + ".bak"
        let (fd, temp) = try bukaSementara(untuk: backup, tampil: backup)
        close(fd)
        unlink(temp)
        if link(target, temp) != 0 {
            guard let old = FileManager.default.contents(atPath: target) else { return }
            try tulisAtomik(old, ke: backup, cadangan: false, seperti: target, ikutiTautan: false, sebelumGanti: nil)
            return
        }
        if rename(temp, backup) != 0 { unlink(temp) }
    }

    private static func fsyncFolder(_ target: String) {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let dirFd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFd >= 0 { fsync(dirFd); close(dirFd) }
    }

    /// Removes temporary files (and xlsx work folders) of `path` left by
    /// processes that are gone, e.g. killed during a save. Returns how many.
    @discardableResult
    public static func bersihkanSementara(_ path: String) -> Int {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        // The file's own temporary files and its backup's (a kill between link and rename leaves one).
        let prefixes = [awalanSementara(url.lastPathComponent), awalanSementara(url.lastPathComponent + ".bak")]
        var removed = 0
        for entry in Sistem.isiFolder(folder) {
            guard let prefix = prefixes.first(where: { entry.hasPrefix($0) }) else { continue }
            let rest = entry.dropFirst(prefix.count)
            guard let pid = Int32(rest.split(separator: "-").first ?? ""), pid != getpid(), !Sistem.hidup(pid) else { continue }
            let full = folder + "/" + entry
            var info = stat()
            guard lstat(full, &info) == 0, geteuid() == 0 || info.st_uid == geteuid() else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if (try? FileManager.default.removeItem(atPath: full)) != nil { removed += 1 }
            } else if unlink(full) == 0 {
                removed += 1
            }
        }
        return removed
    }

    /// A regular file may be written: not a folder or device, and not write-protected
    /// (mode without any write bit: refused even where the user could override it, as root can).
    public static func periksaBolehTulis(_ path: String) throws(GalatBerkas) {
        let target = Sistem.jalurAsli(path)
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw GalatBerkas(berkas: path, pesan: .bukanBerkasBiasa) }
        if info.st_mode & 0o222 == 0 || access(target, W_OK) != 0 {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas dilindungi dari penulisan; tidak diubah. Beri hak tulis (chmod u+w) bila memang boleh diubah",
                en: "the file is write-protected; it was not changed. Give it write permission (chmod u+w) if it may be changed"))
        }
    }
}

extension Pesan {
    static let bukanBerkasBiasa = Pesan(
        id: "bukan berkas biasa (folder, FIFO atau perangkat); sebutkan berkas data .json",
        en: "not a regular file (a folder, FIFO or device); name a .json data file")
}

extension Penyimpan {
    /// An output (report, export) may not land on the data file, its backup or
    /// a recovery copy, under any name: compared by resolved path and by device and inode.
    public static func periksaKeluaran(_ keluaran: String, bukan data: String) throws(GalatBerkas) {
        let out = Sistem.jalurAsli(keluaran)
        let real = Sistem.jalurAsli(data)
        let outURL = URL(fileURLWithPath: out), dataURL = URL(fileURLWithPath: real)
        let sameFolder = outURL.deletingLastPathComponent().path == dataURL.deletingLastPathComponent().path
        let name = outURL.lastPathComponent, dataName = dataURL.lastPathComponent
        var refused = out == real || (sameFolder && (name == dataName + ".bak" || name == dataName + ".jurnal" || name.hasPrefix(dataName + ".pulih")))
        var outInfo = stat()
        if !refused, stat(out, &outInfo) == 0 {
            for protected in [real, real + ".bak", real + ".jurnal"] {
                var info = stat()
                if stat(protected, &info) == 0, info.st_dev == outInfo.st_dev, info.st_ino == outInfo.st_ino { refused = true }
            }
        }
        guard refused else { return }
        throw GalatBerkas(berkas: keluaran, pesan: Pesan(
            id: "ini berkas data \(data) sendiri (atau cadangan, jurnal atau salinan pemulihannya); tidak ditimpa. Pilih nama keluaran lain, mis. laporan.csv",
            en: "this is the data file \(data) itself (or its backup, journal or recovery copy); not overwritten. Choose another output name, e.g. report.csv"))
    }
}

extension Penyimpan {
    /// Writes a file that must not exist yet: complete (fsync'd) before it appears,
    /// and never over a file that appeared meanwhile (a hard link, which fails if the name is taken).
    public static func tulisBaru(_ data: Data, ke path: String) throws(GalatBerkas) {
        var info = stat()
        if lstat(path, &info) == 0 { throw GalatBerkas(berkas: path, pesan: .sudahAda) }
        let (fd, temp) = try bukaSementara(untuk: path, tampil: path)
        defer { unlink(temp) }
        var failure = Deskriptor.tulisSemua(fd, data)
        if failure == 0 && fchmod(fd, Sistem.modeBaru(seperti: nil)) != 0 { failure = errno }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw galatTulis(path, failure) }
        if link(temp, path) != 0 {
            throw errno == EEXIST ? GalatBerkas(berkas: path, pesan: .sudahAda) : galatTulis(path, errno)
        }
        fsyncFolder(path)
    }
}

extension Pesan {
    static let sudahAda = Pesan(id: "berkas sudah ada; tidak ditimpa. Pilih nama lain, atau buka berkas itu dengan `kinerja BERKAS`",
                                en: "the file already exists; not overwritten. Choose another name, or open it with `kinerja FILE`")
}

// The C library's extended attributes (sys/xattr.h is not in the Glibc module).
@_silgen_name("getxattr")
private func c_getxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>, _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int
@_silgen_name("fsetxattr")
private func c_fsetxattr(_ fd: Int32, _ name: UnsafePointer<CChar>, _ value: UnsafeRawPointer?, _ size: Int, _ flags: Int32) -> Int32

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// The one place the file system is reached: loads and saves datasets.
public enum Penyimpan {
    /// Loads a dataset. Never crashes and never half-loads: any problem is a
    /// `GalatBerkas` naming the file, the place and what to do.
    public static func muat(_ path: String) throws(GalatBerkas) -> Dokumen {
        try muatDenganSidik(path).0
    }

    /// Loads a dataset with the fingerprint of the bytes it was read from.
    public static func muatDenganSidik(_ path: String, kemajuan: ((Double) -> Void)? = nil) throws(GalatBerkas) -> (Dokumen, Sidik) {
        if let (berkas, sidik) = try bacaPeta(path, kemajuan: kemajuan) { return (try BerkasJSON.dokumen(berkas, path: path), sidik) }
        let (data, sidik) = try bacaDenganSidik(path)
        return (try BerkasJSON.dokumen(data, path: path), sidik)
    }

    /// Reads a file's bytes with clear messages for the usual mishaps.
    public static func baca(_ path: String) throws(GalatBerkas) -> Data {
        try bacaDenganSidik(path).0
    }

    /// Reads a file's bytes and what it was when read, from one open descriptor.
    /// FIFOs and devices are refused before anything is read from them.
    public static func bacaDenganSidik(_ path: String) throws(GalatBerkas) -> (Data, Sidik) {
        let (fd, info) = try bukaBaca(path)
        defer { close(fd) }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while filled < buffer.count {
                let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { break }
                filled += n
            }
        }
        guard failure == 0 else { throw GalatBerkas(berkas: path, pesan: .tidakDapatDibaca) }
        if filled < data.count { data.removeSubrange(filled...) }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas kosong; " + BerkasJSON.saranCadangan(path, id: true),
                en: "the file is empty; " + BerkasJSON.saranCadangan(path, id: false)))
        }
        return (data, Sidik(info, data: data))
    }

    /// Checks that a file can be opened for reading (exists, is a regular file, may be read),
    /// with the message `muat` would give; nothing is read.
    public static func bukaSaja(_ path: String) throws(GalatBerkas) {
        let (fd, _) = try bukaBaca(path)
        close(fd)
    }

    /// A regular file opened for reading, with what it is; the usual mishaps as messages.
    /// FIFOs and devices are refused before anything is read from them.
    static func bukaBaca(_ path: String) throws(GalatBerkas) -> (Int32, stat) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == EACCES { throw GalatBerkas(berkas: path, pesan: .tidakDapatDibaca) }
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas tidak ditemukan; periksa nama dan foldernya",
                en: "file not found; check its name and folder"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "ini sebuah folder, bukan berkas data; sebutkan berkas .json di dalamnya",
                en: "this is a folder, not a data file; name the .json file inside it"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw GalatBerkas(berkas: path, pesan: .bukanBerkasBiasa) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw GalatBerkas(berkas: path, pesan: .tidakDapatDibaca) }
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw GalatBerkas(berkas: path, pesan: .bukanBerkasBiasa)
        }
        return (fd, info)
    }

    /// The one-pass route: the file read into memory of its own (by a second thread, a few
    /// megabytes ahead of the reader), read straight into its shape, hashed on the way, the
    /// pages already read handed back to the system, so memory holds the file's shape and
    /// what of its text is still ahead, never both whole. (The file itself is not mapped: a
    /// file cut short by another program while being read must give a message, not a bus
    /// error.) Nil where the reader gives up, or meets a part not yet read (a node of more
    /// than 4 MiB): the exact route then reads and words it.
    static func bacaPeta(_ path: String, kemajuan: ((Double) -> Void)?) throws(GalatBerkas) -> (Berkas, Sidik)? {
        let (fd, info) = try bukaBaca(path)
        defer { close(fd) }
        let size = Int(info.st_size)
        guard size > 0, let map = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), map != MAP_FAILED else { return nil }
        defer { munmap(map, size) }
        let ahead = BacaDepan(fd: fd, ke: Diserahkan(map), ukuran: size)
        defer { ahead.tunggu(size) }
        let margin = 4 << 20
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var hash = Sidik.Pencacah()
        var hashed = 0
        ahead.tunggu(min(size, margin))
        let bytes = UnsafeBufferPointer(start: UnsafePointer(map.assumingMemoryBound(to: UInt8.self)), count: size)
        let berkas = PembacaJSON.berkas(bytes) { at in
            ahead.tunggu(min(size, at + margin))
            // Every 8 MiB: hash what was read (whole pages, so a multiple of 8) and let it go.
            let upTo = at / page * page
            guard upTo - hashed >= 8 << 20 else { return }
            hash.tambah(UnsafeRawBufferPointer(start: map + hashed, count: upTo - hashed))
            _ = madvise(map + hashed, upTo - hashed, MADV_DONTNEED)
            hashed = upTo
            kemajuan?(Double(upTo) / Double(size))
        }
        let (filled, failure) = ahead.tunggu(size)
        if failure != 0 { throw GalatBerkas(berkas: path, pesan: .tidakDapatDibaca) }
        let filledAll = filled == size
        guard let berkas, filledAll else { return nil }
        hash.tambah(UnsafeRawBufferPointer(start: map + hashed, count: size - hashed))
        return (berkas, Sidik(info, isi: hash.akhir()))
    }

    // MARK: - Saving

    /// Saves atomically: a temporary file in the same folder, fsync, the previous
    /// version kept as `FILE.bak`, rename over the original with its permissions.
    public static func simpan(_ dokumen: Dokumen, ke path: String) throws(GalatBerkas) {
        try simpan(dokumen, ke: path, dasar: nil)
    }

    /// Saves only if the file still holds what was read (`dasar`); otherwise
    /// nothing is written and the error says the file changed. Returns the
    /// fingerprint of what was written, the base for the next save.
    @discardableResult
    public static func simpan(_ dokumen: Dokumen, ke path: String, dasar: Sidik?, jurnal: [EntriJurnal] = []) throws(GalatBerkas) -> Sidik? {
        try periksaBolehTulis(path)
        let berkas = dokumen.berkas()
        var hash = ""
        try tulisAtomik(ke: path, cadangan: true, seperti: nil, ikutiTautan: true, sebelumGanti: { () throws(GalatBerkas) in
            if let dasar, !dasar.masihSama(path) { throw GalatBerkas(berkas: path, pesan: .berubahSejakDibaca) }
            // The journal first, on disk, then the data file.
            try Jurnal.tambah(jurnal, untuk: path)
        }, isi: { fd in
            let (failure, digest) = PenulisJSON.tulis(berkas, ke: fd)
            hash = digest
            return failure
        })
        var info = stat()
        guard stat(Sistem.jalurAsli(path), &info) == 0 else { return nil }
        return Sidik(info, isi: hash)
    }

    public static func galatTulis(_ path: String, _ code: Int32) -> GalatBerkas {
        let reason = String(cString: strerror(code))
        let hint: Pesan = switch code {
        case ENOSPC, EDQUOT: Pesan(id: "disk penuh: kosongkan ruang lalu simpan lagi", en: "disk full: free some space and save again")
        case EFBIG: Pesan(id: "melewati batas ukuran berkas (ulimit -f): naikkan batasnya lalu simpan lagi",
                          en: "over the file-size limit (ulimit -f): raise the limit and save again")
        case EROFS, EACCES, EPERM: Pesan(id: "folder tidak dapat ditulisi: periksa hak tulis atau simpan di folder lain",
                                         en: "the folder cannot be written: check write access or save elsewhere")
        default: Pesan(id: "coba simpan lagi", en: "try saving again")
        }
        return GalatBerkas(berkas: path, pesan: Pesan(
            id: "gagal menyimpan: \(hint.id); berkas asli tidak berubah (\(reason))",
            en: "could not save: \(hint.en); the original is unchanged (\(reason))"))
    }
}

/// Reads a file into memory on a thread of its own, in pieces, telling how far it has come.
private final class BacaDepan: @unchecked Sendable {
    private let kondisi = NSCondition()
    private var terisi = 0
    private var selesai = false
    private var galat: Int32 = 0

    init(fd: Int32, ke map: Diserahkan<UnsafeMutableRawPointer>, ukuran: Int) {
        Thread.detachNewThread { [self] in
            var filled = 0, failure: Int32 = 0
            while filled < ukuran {
                let n = read(fd, map.isi + filled, min(4 << 20, ukuran - filled))
                if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                if n == 0 { break }
                filled += n
                kondisi.lock(); terisi = filled; kondisi.broadcast(); kondisi.unlock()
            }
            kondisi.lock(); galat = failure; selesai = true; kondisi.broadcast(); kondisi.unlock()
        }
    }

    /// Waits until `n` bytes are in (or the reading ended): how many are, and the errno of a failure.
    @discardableResult
    func tunggu(_ n: Int) -> (Int, Int32) {
        kondisi.lock()
        defer { kondisi.unlock() }
        while terisi < n && !selesai { kondisi.wait() }
        return (terisi, galat)
    }
}

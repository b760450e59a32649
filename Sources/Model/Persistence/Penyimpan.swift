import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place the file system is reached: loads and saves datasets.
public enum Penyimpan {
    /// Loads a dataset. Never crashes and never half-loads: any problem is a
    /// `GalatBerkas` naming the file, the place and what to do.
    public static func muat(_ path: String) throws(GalatBerkas) -> Dokumen {
        let data = try baca(path)
        let berkas = try urai(data, path: path)
        do {
            return try Dokumen(berkas: berkas)
        } catch {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: error.tempat, en: error.tempat), pesan: error.pesan)
        }
    }

    /// Reads a file's bytes with clear messages for the usual mishaps.
    public static func baca(_ path: String) throws(GalatBerkas) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas tidak ditemukan; periksa nama dan foldernya",
                en: "file not found; check its name and folder"))
        }
        if isDirectory.boolValue {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "ini sebuah folder, bukan berkas data; sebutkan berkas .json di dalamnya",
                en: "this is a folder, not a data file; name the .json file inside it"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas tidak dapat dibaca (izin akses?); periksa hak baca berkas",
                en: "the file cannot be read (permissions?); check read access"))
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "berkas kosong; pulihkan dari cadangan \(path).bak atau buat ulang",
                en: "the file is empty; restore it from the backup \(path).bak or create it again"))
        }
        return data
    }

    /// Decodes the file's JSON, checking the schema version first.
    public static func urai(_ data: Data, path: String) throws(GalatBerkas) -> Berkas {
        struct Kepala: Decodable { let schemaVersion: Int? }
        let decoder = JSONDecoder()
        let header: Kepala
        do {
            header = try decoder.decode(Kepala.self, from: data)
        } catch {
            throw galat(error, data: data, path: path)
        }
        guard let version = header.schemaVersion else {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: "schemaVersion", en: "schemaVersion"), pesan: Pesan(
                id: "tidak ada schemaVersion; ini bukan berkas kinerja, atau tambahkan \"schemaVersion\": \(Berkas.versiSkema)",
                en: "no schemaVersion; this is not a kinerja file, or add \"schemaVersion\": \(Berkas.versiSkema)"))
        }
        guard version == Berkas.versiSkema else {
            throw GalatBerkas(berkas: path, tempat: Pesan(id: "schemaVersion", en: "schemaVersion"), pesan: Pesan(
                id: "versi skema \(version) tidak dikenal (versi ini membaca \(Berkas.versiSkema)); pakai kinerja versi yang sesuai",
                en: "unknown schema version \(version) (this version reads \(Berkas.versiSkema)); use a matching kinerja version"))
        }
        do {
            return try decoder.decode(Berkas.self, from: data)
        } catch {
            throw galat(error, data: data, path: path)
        }
    }

    // MARK: - Saving

    /// The file's JSON: pretty-printed with sorted keys, so that diffs are readable.
    public static func json(_ berkas: Berkas) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        var data = try! encoder.encode(berkas)
        data.append(0x0A)
        return data
    }

    /// Saves atomically: a temporary file in the same folder, fsync, the previous
    /// version kept as `FILE.bak`, rename over the original with its permissions.
    public static func simpan(_ dokumen: Dokumen, ke path: String) throws(GalatBerkas) {
        try tulisAtomik(json(dokumen.berkas()), ke: path, cadangan: true)
    }

    public static func tulisAtomik(_ data: Data, ke path: String, cadangan: Bool) throws(GalatBerkas) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        var mode: mode_t = 0o644
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists { mode = info.st_mode & 0o7777 }

        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard fd >= 0 else { throw galatTulis(path, errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += n
            }
        }
        if failure == 0 && fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw galatTulis(path, failure)
        }
        if exists && cadangan {
            let backup = path + ".bak"
            unlink(backup)
            if link(path, backup) != 0 {
                _ = try? FileManager.default.copyItem(atPath: path, toPath: backup)
            }
        }
        if rename(temp, path) != 0 {
            let code = errno
            unlink(temp)
            throw galatTulis(path, code)
        }
        let dirFd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dirFd >= 0 { fsync(dirFd); close(dirFd) }
    }

    static func galatTulis(_ path: String, _ code: Int32) -> GalatBerkas {
        let reason = String(cString: strerror(code))
        let hint: Pesan = switch code {
        case ENOSPC, EDQUOT: Pesan(id: "disk penuh; kosongkan ruang lalu simpan lagi", en: "disk full; free some space and save again")
        case EROFS, EACCES, EPERM: Pesan(id: "folder tidak dapat ditulisi; periksa hak tulis atau simpan di folder lain",
                                         en: "the folder cannot be written; check write access or save elsewhere")
        default: Pesan(id: "coba simpan lagi", en: "try saving again")
        }
        return GalatBerkas(berkas: path, pesan: Pesan(
            id: "gagal menyimpan (\(reason)); berkas asli tidak berubah; \(hint.id)",
            en: "could not save (\(reason)); the original is unchanged; \(hint.en)"))
    }
}

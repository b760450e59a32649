import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A recovery copy: a session's unsaved work, kept against a crash, a hang-up or
/// a kill. It records what the data file was when the session last read or saved
/// it (`dasar`) and the session's own changes since, so that restoring it onto a
/// file changed meanwhile re-applies only those changes; and the whole dataset
/// as the session had it, for a person to take by hand if all else fails.
///
/// On disk (format 2): one line of JSON with everything but the dataset, then the
/// dataset exactly as the data file would hold it, so a person can take it by cutting
/// the first line. Format 1 (one JSON object, the dataset under `data`) is still read.
public struct SalinanPulih: Codable, Sendable {
    public static let versiFormat = 2

    public var kinerjaPulih: Int
    /// The data file, resolved.
    public var berkas: String
    public var dasar: Sidik?
    /// ISO 8601, for people.
    public var waktu: String
    public var perubahan: [Perubahan]
    /// The session's changes of structure, in order, replayed before `perubahan`.
    public var struktur: [UbahStruktur]?
    /// The changes cannot be replayed (a change of structure made before a save was undone):
    /// the copy is restored whole.
    public var utuh: Bool?
    public var data: Berkas

    public init(berkas: String, dasar: Sidik?, waktu: Date, perubahan: [Perubahan], struktur: [UbahStruktur] = [],
                utuh: Bool = false, data: Berkas) {
        kinerjaPulih = SalinanPulih.versiFormat
        self.berkas = berkas
        self.dasar = dasar
        self.waktu = ISO8601DateFormatter().string(from: waktu)
        self.perubahan = perubahan
        self.struktur = struktur.isEmpty ? nil : struktur
        self.utuh = utuh ? true : nil
        self.data = data
    }
}

/// Where recovery copies go and how they are found again. Each session writes
/// its own copy, named after its process (`FILE.pulih.PID-START`), beside the
/// data file or, where that folder cannot be written, in the user's state folder
/// (`$XDG_STATE_HOME/kinerja/`, else `~/.local/state/kinerja/`). A copy whose
/// process still runs belongs to a live session and is never offered or touched.
public enum Pulih {
    /// A copy found on disk.
    public struct Ditemukan: Equatable, Sendable {
        public let path: String
        public let pid: Int32?
        public let hidup: Bool
        public let waktu: Date
    }

    /// This process as a session: its pid and start time, which name its copies.
    public static let sesiIni = "\(getpid())-\(Sistem.waktuMulaiSendiri)"

    /// The state folder for copies that cannot go beside the data file.
    public static func folderCadangan(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Sistem.folderPengguna("XDG_STATE_HOME", bawaan: ".local/state", env)
    }

    /// The copy's name in the state folder: the data file's name and a hash of its full path.
    static func namaCadangan(_ real: String) -> String {
        URL(fileURLWithPath: real).lastPathComponent + "-" + String(Sidik.hash(Data(real.utf8)).prefix(8))
    }

    /// This session's places, in order of preference.
    public static func tempatSesi(_ dataPath: String, sesi: String = sesiIni, cadangan: String = folderCadangan()) -> [String] {
        let real = Sistem.jalurAsli(dataPath)
        return [real + ".pulih." + sesi, cadangan + "/" + namaCadangan(real) + ".pulih." + sesi]
    }

    /// Writes a copy to the first place that takes it; throws with every place's reason when none does.
    public static func tulis(_ salinan: SalinanPulih, untuk dataPath: String, sesi: String = sesiIni,
                             cadangan: String = folderCadangan()) throws(GalatBerkas) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var head: Data
        do { head = try encoder.encode(Kepala(salinan)) } catch {
            throw GalatBerkas(berkas: dataPath, pesan: Pesan(id: "salinan pemulihan tidak dapat disusun (\(error))", en: "the recovery copy could not be built (\(error))"))
        }
        head.append(0x0A)
        var reasons: [Pesan] = []
        let places = tempatSesi(dataPath, sesi: sesi, cadangan: cadangan)
        for (n, place) in places.enumerated() {
            if n > 0 { try? FileManager.default.createDirectory(atPath: (place as NSString).deletingLastPathComponent,
                                                                 withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
            do {
                try Penyimpan.tulisSampingan(ke: place, seperti: dataPath) { fd in
                    let failure = Deskriptor.tulisSemua(fd, head)
                    return failure != 0 ? failure : PenulisJSON.tulis(salinan.data, ke: fd).galat
                }
                return place
            } catch {
                reasons.append(error.pesan)
            }
        }
        throw GalatBerkas(berkas: dataPath, pesan: Pesan(
            id: "salinan pemulihan tidak dapat ditulis di \(places[0]) maupun di \(places[1]): \(reasons.map(\.id).joined(separator: "; "))",
            en: "the recovery copy could not be written to \(places[0]) nor to \(places[1]): \(reasons.map(\.en).joined(separator: "; "))"))
    }

    /// A copy's bytes from its parts: the first line (everything but the dataset) and the
    /// dataset's JSON as given, for a copy prepared ahead of need (the crash copy).
    public static func isi(_ salinan: SalinanPulih, dataJSON: Data) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var head = try? encoder.encode(Kepala(salinan)) else { return nil }
        head.append(0x0A)
        return head + dataJSON
    }

    /// Why this session's copy is not beside the data file, when what stops it is something
    /// planted at its name there (a link): said for the user, naming what was found.
    public static func tanamanDiSamping(_ dataPath: String, sesi: String = sesiIni) -> Pesan? {
        let place = Sistem.jalurAsli(dataPath) + ".pulih." + sesi
        var info = stat()
        guard lstat(place, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG else { return nil }
        let what = Penyimpan.tanamanDiNama(place, info)
        return Pesan(id: place + ": " + what.id, en: place + ": " + what.en)
    }

    /// Every recovery copy of a data file, newest first: this session's own excluded.
    public static func cari(_ dataPath: String, sesi: String = sesiIni, cadangan: String = folderCadangan()) -> [Ditemukan] {
        let real = Sistem.jalurAsli(dataPath)
        let url = URL(fileURLWithPath: real)
        let folders = [(url.deletingLastPathComponent().path, url.lastPathComponent), (cadangan, namaCadangan(real))]
        var found: [Ditemukan] = []
        for (folder, base) in folders {
            for entry in Sistem.isiFolder(folder) where entry == base + ".pulih" || entry.hasPrefix(base + ".pulih.") {
                let suffix = entry.dropFirst(base.count + 6)
                if suffix == "." + sesi { continue }
                let full = folder + "/" + entry
                var info = stat()
                guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                let parts = suffix.dropFirst().split(separator: "-")
                let pid = parts.first.flatMap { Int32($0) }
                let start = parts.count > 1 ? UInt64(parts[1]) : nil
                let alive = pid.map { Sistem.hidup($0, mulai: start) } ?? false
                let time = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
                found.append(Ditemukan(path: full, pid: pid, hidup: alive, waktu: time))
            }
        }
        return found.sorted { $0.waktu > $1.waktu }
    }

    /// Reads a copy. A copy from an earlier version of kinerja (the dataset alone)
    /// comes back with no base and no list of changes.
    public static func baca(_ path: String) throws(GalatBerkas) -> SalinanPulih {
        let (bytes, _) = try Penyimpan.bacaDenganSidik(path)
        if let newline = bytes.firstIndex(of: 0x0A), let head = try? JSONDecoder().decode(Kepala.self, from: bytes[..<newline]),
           head.kinerjaPulih == SalinanPulih.versiFormat {
            return head.salinan(data: try BerkasJSON.urai(bytes[(newline + 1)...], path: path))
        }
        if let copy = try? JSONDecoder().decode(SalinanPulih.self, from: bytes) { return copy }
        let berkas = try BerkasJSON.urai(bytes, path: path)
        return SalinanPulih(berkas: path, dasar: nil, waktu: Date(), perubahan: [], data: berkas)
    }
}

/// The first line of a recovery copy: all of it but the dataset.
private struct Kepala: Codable {
    var kinerjaPulih: Int
    var berkas: String
    var dasar: Sidik?
    var waktu: String
    var perubahan: [Perubahan]
    var struktur: [UbahStruktur]?
    var utuh: Bool?

    init(_ s: SalinanPulih) {
        kinerjaPulih = s.kinerjaPulih
        berkas = s.berkas
        dasar = s.dasar
        waktu = s.waktu
        perubahan = s.perubahan
        struktur = s.struktur
        utuh = s.utuh
    }

    func salinan(data: Berkas) -> SalinanPulih {
        var copy = SalinanPulih(berkas: berkas, dasar: dasar, waktu: Date(), perubahan: perubahan, struktur: struktur ?? [],
                                utuh: utuh == true, data: data)
        copy.waktu = waktu
        return copy
    }
}

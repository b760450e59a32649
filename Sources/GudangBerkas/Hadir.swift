import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Who has a data file open: each interface session registers itself beside the file
/// (`FILE.sesi.PID-START`, or in the user's state folder when the data folder cannot be
/// written) and removes the entry when it ends. An entry whose process has ended is
/// stale and ignored.
public enum Hadir {
    /// One session, as registered.
    public struct Sesi: Codable, Equatable, Sendable {
        public var pengguna: String
        public var nama: String?
        public var host: String
        public var pid: Int32
        /// When it opened the file (ISO 8601).
        public var sejak: String
        public var hanyaBaca: Bool

        public init(oleh: Identitas, pid: Int32, sejak: String, hanyaBaca: Bool) {
            pengguna = oleh.pengguna
            nama = oleh.nama
            host = oleh.host
            self.pid = pid
            self.sejak = sejak
            self.hanyaBaca = hanyaBaca
        }

        /// For people: `Budi (budi@pc-12) sejak 09:14, hanya melihat`.
        public func teks(_ b: Bahasa) -> String {
            let who = nama.map { "\($0) (\(pengguna)@\(host))" } ?? "\(pengguna)@\(host)"
            let since = sejak.count >= 16 ? String(sejak.dropFirst(11).prefix(5)) : sejak
            return who + (b == .id ? " sejak " : " since ") + since + (hanyaBaca ? (b == .id ? ", hanya melihat" : ", viewing only") : "")
        }
    }

    static func nama(_ real: String, sesi: String) -> String { URL(fileURLWithPath: real).lastPathComponent + ".sesi." + sesi }

    /// Registers this session; the path written, or nil when no place takes it.
    @discardableResult
    public static func daftar(_ s: Sesi, untuk data: String, sesi: String = Pulih.sesiIni, cadangan: String = Pulih.folderCadangan()) -> String? {
        let real = Sistem.jalurAsli(data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let bytes = try? encoder.encode(s) else { return nil }
        let folder = URL(fileURLWithPath: real).deletingLastPathComponent().path
        for place in [folder + "/" + nama(real, sesi: sesi), cadangan + "/" + Pulih.namaCadangan(real) + ".sesi." + sesi] {
            if place.hasPrefix(cadangan) { try? FileManager.default.createDirectory(atPath: cadangan, withIntermediateDirectories: true) }
            if (try? Penyimpan.tulisSampingan(ke: place, seperti: real) { Deskriptor.tulisSemua($0, bytes) }) != nil { return place }
        }
        return nil
    }

    /// The other live sessions on this file (this one excluded), oldest first.
    public static func lain(_ data: String, sesi: String = Pulih.sesiIni, cadangan: String = Pulih.folderCadangan()) -> [Sesi] {
        let real = Sistem.jalurAsli(data)
        let url = URL(fileURLWithPath: real)
        let decoder = JSONDecoder()
        var out: [Sesi] = []
        for (folder, base) in [(url.deletingLastPathComponent().path, url.lastPathComponent), (cadangan, Pulih.namaCadangan(real))] {
            for entry in Sistem.isiFolder(folder) where entry.hasPrefix(base + ".sesi.") && !entry.contains(".tmp-") {
                let suffix = entry.dropFirst(base.count + 6)
                guard suffix != sesi else { continue }
                let parts = suffix.split(separator: "-")
                guard let pid = parts.first.flatMap({ Int32($0) }) else { continue }
                // A stale entry (its process ended without removing it) is removed where it can be.
                guard Sistem.hidup(pid, mulai: parts.count > 1 ? UInt64(parts[1]) : nil) else { unlink(folder + "/" + entry); continue }
                guard let bytes = FileManager.default.contents(atPath: folder + "/" + entry),
                      let s = try? decoder.decode(Sesi.self, from: bytes) else { continue }
                out.append(s)
            }
        }
        return out.sorted { $0.sejak < $1.sejak }
    }
}

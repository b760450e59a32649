import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who makes a change: the login name, a display name where one is set
/// (`KINERJA_PENGGUNA`), and the host.
public struct Identitas: Equatable, Sendable {
    public var pengguna: String
    public var nama: String?
    public var host: String

    public init(pengguna: String, nama: String? = nil, host: String) {
        self.pengguna = pengguna
        self.nama = nama
        self.host = host
    }

    /// This process's user.
    public static func sekarang(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Identitas {
        let login = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? env["USER"] ?? env["LOGNAME"] ?? "?"
        var buffer = [CChar](repeating: 0, count: 256)
        let host = gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer) : "?"
        let name = env["KINERJA_PENGGUNA"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return Identitas(pengguna: login, nama: name, host: host)
    }

    /// For people: `Budi (budi@pc-12)` or `budi@pc-12`.
    public var teks: String { nama.map { "\($0) (\(pengguna)@\(host))" } ?? "\(pengguna)@\(host)" }
}

/// One line of the journal: one value changed (or one change of structure, or a quarter
/// locked), by whom, from where, when, from what to what, and why when a reason was given.
public struct EntriJurnal: Codable, Equatable, Sendable {
    /// ISO 8601 with the offset: `2026-11-29T13:05:02+07:00`.
    public var waktu: String
    public var pengguna: String
    public var nama: String?
    public var host: String
    /// Where the change came from: antarmuka, set, import, struktur, pulih, gabung, lock, unlock, new, rollover.
    public var sumber: String
    /// The value changed; nil for a change of structure or a lock.
    public var alamat: AlamatNilai?
    /// The node's code or the Renstra number the change is about, for finding it again.
    public var kode: String?
    /// What changed, for people.
    public var teks: String
    public var lama: String?
    public var baru: String?
    public var alasan: String?

    public init(waktu: String, pengguna: String, nama: String?, host: String, sumber: String, alamat: AlamatNilai?, kode: String?,
                teks: String, lama: String?, baru: String?, alasan: String?) {
        (self.waktu, self.pengguna, self.nama, self.host, self.sumber) = (waktu, pengguna, nama, host, sumber)
        (self.alamat, self.kode, self.teks, self.lama, self.baru, self.alasan) = (alamat, kode, teks, lama, baru, alasan)
    }
}

extension EntriJurnal {
    /// The quarter a closing or reopening line is about (`tutup TW IV`, `buka TW II`).
    public var triwulanKunci: Int? {
        guard sumber == "lock" || sumber == "unlock", let roman = teks.split(separator: " ").dropFirst(2).first else { return nil }
        return ["I": 1, "II": 2, "III": 3, "IV": 4][String(roman)]
    }
}

/// Jejak (trace) of one write: the changes of structure and the values it makes.
public struct Jejak: Sendable {
    public var struktur: [UbahStruktur]
    public var nilai: [Perubahan]
    public var lain: [String]

    public init(struktur: [UbahStruktur] = [], nilai: [Perubahan] = [], lain: [String] = []) {
        self.struktur = struktur
        self.nilai = nilai
        self.lain = lain
    }

    public var kosong: Bool { struktur.isEmpty && nilai.isEmpty && lain.isEmpty }
}

/// The audit trail: its lines, made the same way for either store (the file store's
/// `FILE.jurnal` and the shared store's `kinerja.jurnal`).
public enum Jurnal {

    /// ISO 8601 with the offset written out (`+00:00`, not `Z`).
    public static func waktu(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return f.string(from: date)
    }

    /// The lines for one write.
    public static func entri(_ jejak: Jejak, sumber: String, oleh: Identitas, pada date: Date, alasan: String? = nil) -> [EntriJurnal] {
        let time = waktu(date)
        func line(_ alamat: AlamatNilai?, _ kode: String?, _ teks: String, _ lama: String?, _ baru: String?) -> EntriJurnal {
            EntriJurnal(waktu: time, pengguna: oleh.pengguna, nama: oleh.nama, host: oleh.host, sumber: sumber,
                        alamat: alamat, kode: kode, teks: teks, lama: lama, baru: baru, alasan: alasan)
        }
        let shape = jejak.struktur.map { u in
            // Closing and reopening a quarter are journalled as such, the reason kept.
            var entry = line(nil, u.kodeHasil, u.teks(.id), nil, nil)
            if case .tutupTW = u { entry.sumber = "lock" }
            if case .bukaTW(_, let why) = u { entry.sumber = "unlock"; entry.alasan = why }
            return entry
        }
        // A write's own closings come after its values: what it wrote before closing was written while open.
        return shape.filter { $0.sumber != "lock" }
            + jejak.nilai.map { line($0.alamat, $0.alamat.kode ?? $0.alamat.posisi?.teks, $0.alamat.teks(.id), $0.lama, $0.baru) }
            + jejak.lain.map { line(nil, nil, $0, nil, nil) }
            + shape.filter { $0.sumber == "lock" }
    }

    /// Values journalled while their quarter was closed (after its closing and before a
    /// reopening), each with the closing's line. A reviewer's note is not held by a closing.
    public static func sesudahDitutup(_ entries: [EntriJurnal]) -> [(EntriJurnal, EntriJurnal)] {
        var closed: [Int: EntriJurnal] = [:]
        var out: [(EntriJurnal, EntriJurnal)] = []
        for entry in entries {
            if let q = entry.triwulanKunci {
                closed[q] = entry.sumber == "lock" ? entry : nil
                continue
            }
            guard let a = entry.alamat, let q = a.triwulan, let lock = closed[q] else { continue }
            if case .catatan(_, _, .verifikasi) = a { continue }
            out.append((entry, lock))
        }
        return out
    }

    /// Values whose last journalled value is not what the file holds: changed outside kinerja.
    public static func selisih(_ d: Dokumen, _ entries: [EntriJurnal]) -> [(EntriJurnal, String?)] {
        var last: [AlamatNilai: EntriJurnal] = [:]
        var order: [AlamatNilai] = []
        for entry in entries {
            guard let a = entry.alamat else { continue }
            if last[a] == nil { order.append(a) }
            last[a] = entry
        }
        return order.compactMap { a in
            guard let entry = last[a], case .some(let now) = d.nilai(a) else { return nil }
            func number(_ s: String?) -> Decimal? { Decimal.tepat(s) }
            let same = now == entry.baru || (number(now) != nil && number(now) == number(entry.baru))
            return same ? nil : (entry, now)
        }
    }
}

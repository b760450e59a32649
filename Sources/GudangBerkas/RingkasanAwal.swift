import Foundation
import Model

/// The first screen of a data file, kept in the user's cache folder: the OPD's and the
/// programs' totals for the quarter the interface opens on, with the fingerprint of the
/// file they were worked out from. Opening that same file (the same inode, size and times:
/// not a byte changed) shows them at once while the file is read; anything else and there
/// is no first screen before the file is read. Never the file of record: a copy that is
/// gone, unreadable or stale only costs the wait.
public struct RingkasanAwal: Codable, Equatable, Sendable {
    public static let versiFormat = 1

    public struct Baris: Codable, Equatable, Sendable {
        public var kode: String
        public var nama: String
        public var pagu: Int?
        public var serapan: Decimal?
        public var capaian: Decimal?
    }

    public var versi = RingkasanAwal.versiFormat
    public var sidik: Sidik
    public var opd: String
    public var tahun: Int
    public var tw: Int
    public var skala: String
    /// The OPD, then its programs in order.
    public var baris: [Baris]

    /// From a dataset: its rollups for `tw` as kept (`tersimpan`, after a load has worked them
    /// out), or worked out here for the top rows only (after a save or a command: little memory).
    public init(_ d: Dokumen, sidik: Sidik, tw: Int, tersimpan: Bool = false) {
        self.sidik = sidik
        opd = d.opd.nama
        tahun = d.tahun
        self.tw = tw
        skala = d.skala.kode
        let nodes = [0] + d.simpul[0].anak
        let top = tersimpan ? nodes.map { (d.anggaran($0), d.capaianBaris($0, sd: tw)) } : d.ringkasanAtas(sd: tw).map { ($0.anggaran, $0.capaian) }
        baris = zip(nodes, top).map { i, row in
            Baris(kode: i == 0 ? "OPD" : d.simpul[i].kode, nama: d.simpul[i].nama, pagu: row.0.paguAda,
                  serapan: row.0.serapan(sd: tw), capaian: row.1.nilai)
        }
    }

    /// `$XDG_CACHE_HOME/kinerja/` (else `~/.cache/kinerja/`).
    public static func folder(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Sistem.folderPengguna("XDG_CACHE_HOME", bawaan: ".cache", env)
    }

    /// In `folder`: the file's name and a hash of its full path.
    public static func path(untuk dataPath: String, folder: String) -> String {
        let real = Sistem.jalurAsli(dataPath)
        return folder + "/" + URL(fileURLWithPath: real).lastPathComponent + "-" + String(Sidik.hash(Data(real.utf8)).prefix(8)) + ".awal.json"
    }

    /// The first screen kept for this file as it is now, or nil.
    public static func baca(untuk dataPath: String, folder: String) -> RingkasanAwal? {
        guard let data = try? Penyimpan.baca(path(untuk: dataPath, folder: folder)), data.count < 1 << 20,
              let kept = try? JSONDecoder().decode(RingkasanAwal.self, from: data),
              kept.versi == versiFormat, kept.sidik.statusSama(dataPath) else { return nil }
        return kept
    }

    /// Keeps the first screen of `d` as written to `dataPath` (fingerprint `sidik`), for the quarter
    /// the interface opens on; `tersimpan` where its rollups for that quarter are already worked out.
    public static func simpan(_ d: Dokumen, sidik: Sidik, untuk dataPath: String, folder: String, tersimpan: Bool = false) {
        RingkasanAwal(d, sidik: sidik, tw: d.triwulanTerakhirTerisi, tersimpan: tersimpan).tulis(untuk: dataPath, folder: folder)
    }

    /// Keeps it (in a folder private to the user); a failure only means no quick first screen.
    public func tulis(untuk dataPath: String, folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? Penyimpan.tulisAtomik(data, ke: RingkasanAwal.path(untuk: dataPath, folder: folder), cadangan: false, seperti: nil)
    }
}

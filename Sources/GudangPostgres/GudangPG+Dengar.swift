import Foundation
import Model
import PostgresNIO

/// What others wrote to an OPD-year since a revision: values (address and exact text, nil
/// blank), or a sign that the shape or the closed quarters changed (read it whole again).
public struct KabarPG: Sendable {
    public let nilai: [Perubahan]
    public let revisi: Int64
    public let ulang: Bool
}

extension GudangPG {
    /// The values of an OPD-year written after `revisi` (as changes from nil: only `baru` counts).
    public func nilaiSejak(opd: String, tahun: Int, revisi: Int64) async throws(GalatGudang) -> KabarPG {
        try await dengan(opd: opd) { conn in try await GudangPG.nilaiSejak(opd: opd, tahun: tahun, revisi: revisi, conn) }
    }

    static func nilaiSejak(opd: String, tahun: Int, revisi: Int64, _ conn: PostgresConnection) async throws -> KabarPG {
        var out: [Perubahan] = []
        var top = revisi
        var shape = false
        for try await r in try await conn.query("SELECT revisi FROM kinerja.dokumen WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger).decode(Int64.self) {
            shape = r > revisi
            top = max(top, r)
        }
        let rows = try await conn.query("""
            SELECT alamat, coalesce(angka::text, rupiah::text, teks), revisi FROM kinerja.nilai
            WHERE opd = \(opd) AND tahun = \(tahun) AND revisi > \(revisi) ORDER BY revisi
            """, logger: GudangPG.logger)
        for try await (key, value, r) in rows.decode((String, String?, Int64).self) {
            top = max(top, r)
            if let a = BarisNilai.alamat(key) { out.append(Perubahan(alamat: a, lama: nil, baru: value)) }
        }
        return KabarPG(nilai: out, revisi: top, ulang: shape)
    }

    /// Listens for writes to an OPD-year (LISTEN on its channel, whose name only a login that
    /// may read the OPD-year gets from the database) and hands each batch to
    /// `kabar`, starting after `revisi`; runs until its task is cancelled. A lost connection
    /// is told (`putus`) and tried again every 2 seconds; what was missed meanwhile comes with
    /// the first batch after.
    public func dengar(opd: String, tahun: Int, revisi start: Int64,
                       kabar: @escaping @Sendable (KabarPG) -> Void, putus: @escaping @Sendable (GalatGudang?) -> Void) async {
        var revisi = start
        while !Task.isCancelled {
            do {
                let conn = try await sambung()
                defer { Task { try? await conn.close() } }
                var channel = ""
                for try await c in try await conn.query("SELECT kinerja.saluran(\(opd), \(tahun)::int)", logger: GudangPG.logger).decode(String.self) { channel = c }
                let notes = try await conn.listen(channel)
                putus(nil)
                // Whatever was written before the LISTEN took effect.
                let first = try await GudangPG.nilaiSejak(opd: opd, tahun: tahun, revisi: revisi, conn)
                if !first.nilai.isEmpty || first.ulang || first.revisi > revisi { revisi = first.revisi; kabar(first) }
                // A notification is only a hint to read again, through row-level security: its
                // payload is never looked at (anyone may NOTIFY any channel whose name they know).
                for try await _ in notes {
                    if Task.isCancelled { break }
                    let batch = try await GudangPG.nilaiSejak(opd: opd, tahun: tahun, revisi: revisi, conn)
                    guard !batch.nilai.isEmpty || batch.ulang else { continue }
                    revisi = batch.revisi
                    kabar(batch)
                }
            } catch {
                if Task.isCancelled { return }
                putus(galat(error, opd: opd))
                try? await Task.sleep(nanoseconds: 2_000_000_000)
            }
        }
    }

    /// How many value writes the journal holds for an OPD-year.
    public func jumlahJurnal(opd: String, tahun: Int) async throws(GalatGudang) -> Int {
        try await dengan(opd: opd) { conn in
            var n = 0
            for try await c in try await conn.query("SELECT count(*)::int FROM kinerja.jurnal WHERE opd = \(opd) AND tahun = \(tahun) AND alamat IS NOT NULL", logger: GudangPG.logger).decode(Int.self) { n = c }
            return n
        }
    }

    /// The journal of an OPD-year as the file store's entries, oldest first.
    public func jurnal(opd: String, tahun: Int) async throws(GalatGudang) -> [EntriJurnal] {
        let host = alamat.soket ? "localhost" : alamat.host
        return try await dengan(opd: opd) { conn in
            var out: [EntriJurnal] = []
            let rows = try await conn.query("""
                SELECT to_char(pada, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'), oleh, coalesce(sumber, ''), alamat, uraian, lama, baru
                FROM kinerja.jurnal WHERE opd = \(opd) AND tahun = \(tahun) ORDER BY id
                """, logger: GudangPG.logger)
            for try await (time, by, source, key, text, old, new) in rows.decode((String, String, String, String?, String, String?, String?).self) {
                let a = key.flatMap(BarisNilai.alamat)
                out.append(EntriJurnal(waktu: time, pengguna: by, nama: nil, host: host, sumber: source, alamat: a, kode: a?.kodeSimpul,
                                       teks: text, lama: old, baru: new, alasan: nil))
            }
            return out
        }
    }
}

extension AlamatNilai {
    /// The node a value belongs to, if any.
    public var kodeSimpul: String? {
        switch self {
        case .indikator(let kode, _, _), .anggaran(let kode, _), .catatan(let kode, _, _): kode
        default: nil
        }
    }
}

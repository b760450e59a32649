import Foundation
import PostgresNIO

extension GudangPG {
    /// Writes changed values, each only if the value in the database is still the change's
    /// base (`lama`): one transaction; the ones changed meanwhile by someone else come back
    /// as conflicts (base / mine / theirs) and nothing of them is written. Different values
    /// never conflict. Returns the conflicts and the highest revision written.
    public func tulis(opd: String, tahun: Int, _ changes: [Perubahan], sumber: String) async throws(GalatGudang) -> (konflik: [Konflik], revisi: Int64) {
        try await dengan(opd: opd) { conn in
            try await conn.withTransaction(logger: GudangPG.logger) { conn in
                try await conn.query("SELECT set_config('kinerja.sumber', \(sumber), true)", logger: GudangPG.logger)
                try await GudangPG.gilir(opd: opd, tahun: tahun, bersama: true, conn)
                var conflicts: [Konflik] = []
                var top: Int64 = 0
                for change in changes {
                    if let r = try await GudangPG.tulisSatu(change, opd: opd, tahun: tahun, conn) {
                        top = max(top, r)
                    } else {
                        let theirs = try await GudangPG.nilaiKini(change.alamat, opd: opd, tahun: tahun, conn)
                        if theirs == change.baru { continue }
                        conflicts.append(Konflik(perubahan: change, mereka: .some(theirs)))
                    }
                }
                return (conflicts, top)
            }
        }
    }

    /// Takes the OPD-year's turn until the transaction ends: value writers (`bersama`) go side
    /// by side; a write of the whole OPD-year (a push, `simpan`) waits for them and they for it.
    /// An advisory lock, because BAPPEDA may not lock the row itself.
    static func gilir(opd: String, tahun: Int, bersama: Bool, _ conn: PostgresConnection) async throws {
        let key = "\(opd)/\(tahun)"
        if bersama {
            try await conn.query("SELECT pg_advisory_xact_lock_shared(hashtext(\(key)))", logger: GudangPG.logger)
        } else {
            try await conn.query("SELECT pg_advisory_xact_lock(hashtext(\(key)))", logger: GudangPG.logger)
        }
    }

    /// One conditional write; nil when the value is no longer its base (compared as a number
    /// for numbers: 2.50 typed in psql is still the 2.5 a user saw).
    static func tulisSatu(_ change: Perubahan, opd: String, tahun: Int, _ conn: PostgresConnection) async throws -> Int64? {
        let r = BarisNilai(change.alamat, change.baru)
        let base = change.lama
        let rows = try await conn.query("""
            INSERT INTO kinerja.nilai AS n (opd, tahun, alamat, jenis, simpul, tw, uraian, angka, rupiah, teks)
            SELECT \(opd), \(tahun), \(r.kunci), \(r.jenis), \(r.simpul), \(r.tw), \(r.uraian), \(r.angka)::numeric, \(r.rupiah), \(r.teks)
            WHERE \(base)::text IS NULL OR EXISTS (SELECT 1 FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun) AND alamat = \(r.kunci))
            ON CONFLICT (opd, tahun, alamat) DO UPDATE SET angka = excluded.angka, rupiah = excluded.rupiah, teks = excluded.teks
            WHERE CASE WHEN n.angka IS NOT NULL OR \(r.jenis) IN ('indikator', 'renstra') THEN n.angka IS NOT DISTINCT FROM (\(base)::text)::numeric
                       WHEN n.rupiah IS NOT NULL OR \(r.jenis) = 'anggaran' THEN n.rupiah IS NOT DISTINCT FROM (\(base)::text)::bigint
                       ELSE n.teks IS NOT DISTINCT FROM \(base)::text END
            RETURNING n.revisi
            """, logger: GudangPG.logger)
        var revision: Int64?
        for try await v in rows.decode(Int64.self) { revision = v }
        return revision
    }

    static func nilaiKini(_ a: AlamatNilai, opd: String, tahun: Int, _ conn: PostgresConnection) async throws -> String? {
        var value: String?
        for try await v in try await conn.query("SELECT coalesce(angka::text, rupiah::text, teks) FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun) AND alamat = \(BarisNilai.kunci(a))", logger: GudangPG.logger).decode(String?.self) {
            value = v
        }
        return value
    }

    /// Writes a dataset whose shape may have changed, over the version read at `dasar`:
    /// refused (`nil`) if anything of this OPD-year was written since; otherwise the shape,
    /// the values that differ (rows of addresses that are gone removed) and the closed
    /// quarters, in one transaction. Returns the new revision.
    public func simpan(_ before: Dokumen, _ after: Dokumen, dasar: Int64, sumber: String, struktur: [String] = []) async throws(GalatGudang) -> Int64? {
        let file = after.berkas()
        guard let opd = file.opd.kode else { return nil }
        let tahun = file.tahun
        let (shapeBefore, old) = GudangPG.pisah(before)
        let (shape, rows) = GudangPG.pisah(after)
        let now = Dictionary(rows.map { ($0.0.kunci, $0) }, uniquingKeysWith: { a, _ in a })
        let was = Dictionary(old.map { ($0.0.kunci, $0.0) }, uniquingKeysWith: { a, _ in a })
        let locksBefore = before.berkas().kunci ?? [], locksAfter = file.kunci ?? []
        return try await dengan(opd: opd) { conn in
            try await conn.withTransaction(logger: GudangPG.logger) { conn -> Int64? in
                try await conn.query("SELECT set_config('kinerja.sumber', \(sumber), true)", logger: GudangPG.logger)
                try await GudangPG.gilir(opd: opd, tahun: tahun, bersama: false, conn)
                var latest: Int64 = 0
                for try await r in try await conn.query("""
                    SELECT greatest(d.revisi, (SELECT coalesce(max(revisi), 0) FROM kinerja.nilai WHERE opd = d.opd AND tahun = d.tahun))
                    FROM kinerja.dokumen d WHERE opd = \(opd) AND tahun = \(tahun)
                    """, logger: GudangPG.logger).decode(Int64.self) { latest = r }
                guard latest != 0 else { throw try await GudangPG.tidakAda(opd: opd, tahun: tahun, server: alamat.tampil, pengguna: alamat.pengguna, conn) }
                if latest > dasar { return nil }
                if shape != shapeBefore {
                    try await conn.query("UPDATE kinerja.dokumen SET struktur = \(shape), nama = \(file.opd.nama), revisi = nextval('kinerja.revisi') WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger)
                }
                // The changes of shape (and a reopening's reason) in words, into the journal as the file store keeps them.
                for line in struktur {
                    try await conn.query("INSERT INTO kinerja.jurnal (opd, tahun, uraian, sumber) VALUES (\(opd), \(tahun), \(line), \(sumber))", logger: GudangPG.logger)
                }
                for key in was.keys where now[key] == nil {
                    // Blank now, or its place is gone: a blank keeps its row (and its revision).
                    let r = was[key]!
                    if let a = BarisNilai.alamat(key), case .some = after.nilai(a) {
                        try await conn.query("UPDATE kinerja.nilai SET angka = NULL, rupiah = NULL, teks = NULL WHERE opd = \(opd) AND tahun = \(tahun) AND alamat = \(r.kunci)", logger: GudangPG.logger)
                    } else {
                        try await conn.query("DELETE FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun) AND alamat = \(r.kunci)", logger: GudangPG.logger)
                    }
                }
                for (key, row) in now {
                    let r = row.0
                    if let w = was[key], w.angka == r.angka, w.rupiah == r.rupiah, w.teks == r.teks { continue }
                    try await conn.query("""
                        INSERT INTO kinerja.nilai AS n (opd, tahun, alamat, jenis, simpul, tw, uraian, angka, rupiah, teks)
                        VALUES (\(opd), \(tahun), \(r.kunci), \(r.jenis), \(r.simpul), \(r.tw), \(r.uraian), \(r.angka)::numeric, \(r.rupiah), \(r.teks))
                        ON CONFLICT (opd, tahun, alamat) DO UPDATE SET angka = excluded.angka, rupiah = excluded.rupiah, teks = excluded.teks
                        """, logger: GudangPG.logger)
                }
                for lock in locksAfter where !locksBefore.contains(where: { $0.tw == lock.tw }) {
                    try await conn.query("INSERT INTO kinerja.kunci (opd, tahun, tw, oleh, waktu) VALUES (\(opd), \(tahun), \(lock.tw), \(lock.oleh), \(lock.waktu))", logger: GudangPG.logger)
                }
                for lock in locksBefore where !locksAfter.contains(where: { $0.tw == lock.tw }) {
                    try await conn.query("DELETE FROM kinerja.kunci WHERE opd = \(opd) AND tahun = \(tahun) AND tw = \(lock.tw)", logger: GudangPG.logger)
                }
                var top: Int64 = 0
                for try await r in try await conn.query("SELECT coalesce(max(revisi), 0) FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger).decode(Int64.self) { top = r }
                return top
            }
        }
    }

    /// Maps a login role to an OPD (or to BAPPEDA, `opd == nil`), creating the role if it
    /// does not exist (without a password: the administrator sets one with psql's \password,
    /// or the server lets it in by its own rules).
    public func beri(pengguna: String, opd: String?) async throws(GalatGudang) {
        guard pengguna.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
            throw GalatGudang(server: alamat.tampil, pesan: Pesan(
                id: "nama pengguna '\(pengguna)': huruf kecil, angka dan _, diawali huruf", en: "user name '\(pengguna)': lower-case letters, digits and _, starting with a letter"))
        }
        try await dengan { conn in
            try await conn.withTransaction(logger: GudangPG.logger) { conn in
                // Roles belong to the whole server (another database may have this user already, or be making it now).
                try await conn.query(PostgresQuery(unsafeSQL: """
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(pengguna)') THEN CREATE ROLE \(pengguna) LOGIN; END IF;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END $$
                    """), logger: GudangPG.logger)
                try await conn.query(PostgresQuery(unsafeSQL: "GRANT kinerja_pengguna TO \(pengguna)"), logger: GudangPG.logger)
                try await conn.query("INSERT INTO kinerja.akses (peran, opd) VALUES (\(pengguna), \(opd ?? "*")) ON CONFLICT DO NOTHING", logger: GudangPG.logger)
            }
        }
    }

    /// The OPD-years of a year this role may read, each as a dataset: read over a few
    /// connections side by side (parsing and building each dataset is most of the work).
    public func semua(tahun: Int) async throws(GalatGudang) -> [Diserahkan<Dokumen>] {
        let codes: [String] = try await dengan { conn in
            var out: [String] = []
            for try await c in try await conn.query("SELECT opd FROM kinerja.dokumen WHERE tahun = \(tahun) ORDER BY opd", logger: GudangPG.logger).decode(String.self) { out.append(c) }
            return out
        }
        let lanes = max(1, min(codes.count, ProcessInfo.processInfo.activeProcessorCount * 2))
        let parts: [(Int, [Diserahkan<Dokumen>])]
        do {
            parts = try await withThrowingTaskGroup(of: (Int, [Diserahkan<Dokumen>]).self) { group in
                for lane in 0..<lanes {
                    let mine = codes.enumerated().filter { $0.offset % lanes == lane }.map(\.element)
                    group.addTask {
                        try await (lane, dengan { conn in
                            var out: [Diserahkan<Dokumen>] = []
                            for code in mine { out.append(try await tarik(opd: code, tahun: tahun, conn).dokumen) }
                            return out
                        })
                    }
                }
                var all: [(Int, [Diserahkan<Dokumen>])] = []
                for try await part in group { all.append(part) }
                return all
            }
        } catch {
            throw galat(error)
        }
        // Back in code order: lane k holds codes k, k + lanes, ...
        var out = [Diserahkan<Dokumen>?](repeating: nil, count: codes.count)
        for (lane, docs) in parts { for (n, d) in docs.enumerated() { out[lane + n * lanes] = d } }
        return out.compactMap { $0 }
    }
}

extension UbahStruktur {
    /// A change of shape as the store's journal keeps it: in words, a reopening with its reason.
    public var teksJurnal: String {
        if case .bukaTW(_, let alasan) = self { return teks(.id) + ": " + alasan }
        return teks(.id)
    }
}

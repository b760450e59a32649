import Foundation
import Model
import PostgresNIO

extension GudangPG {
    /// Writes changed values, each only if the value in the database is still the change's
    /// base (`lama`): one transaction; the ones changed meanwhile by someone else come back
    /// as conflicts (base / mine / theirs) and nothing of them is written. Different values
    /// never conflict. Returns the conflicts and the highest revision written. The database
    /// takes the OPD-year's turn for each row itself (a closing waits for the writers, and
    /// they for it), journals each and announces it.
    public func tulis(opd: String, tahun: Int, _ changes: [Perubahan], sumber: String) async throws(GalatGudang) -> (konflik: [Konflik], revisi: Int64) {
        try periksaTeks(changes)
        // Always in the same order: two writers of overlapping values never wait on each other in a circle.
        let ordered = changes.map { (BarisNilai.kunci($0.alamat), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        return try await dengan(opd: opd) { conn in
            try await conn.withTransaction(logger: GudangPG.logger) { conn in
                try await conn.jalankan("SELECT set_config('kinerja.sumber', \(sumber), true)")
                return try await GudangPG.tulisBersyarat(ordered, opd: opd, tahun: tahun, conn)
            }
        }
    }

    /// Each change only over its base; the ones whose base is gone come back as conflicts.
    static func tulisBersyarat(_ changes: [Perubahan], opd: String, tahun: Int, _ conn: PostgresConnection) async throws -> (konflik: [Konflik], revisi: Int64) {
        var conflicts: [Konflik] = []
        var top: Int64 = 0
        for change in changes {
            if let r = try await tulisSatu(change, opd: opd, tahun: tahun, conn) {
                top = max(top, r)
            } else {
                let theirs = try await nilaiKini(change.alamat, opd: opd, tahun: tahun, conn)
                if theirs == change.baru { continue }
                conflicts.append(Konflik(perubahan: change, mereka: .some(theirs)))
            }
        }
        return (conflicts, top)
    }

    func periksaTeks(_ changes: [Perubahan]) throws(GalatGudang) {
        guard let bad = changes.first(where: { $0.baru?.contains("\0") == true }) else { return }
        throw GalatGudang(server: alamat.tampil, pesan: Pesan(
            id: "\(bad.alamat.teks(.id)) memuat karakter NUL (\\u0000), yang tidak dapat disimpan PostgreSQL; hapus karakter itu dulu",
            en: "\(bad.alamat.teks(.en)) holds a NUL character (\\u0000), which PostgreSQL cannot store; remove it first"), ditolak: true)
    }

    /// One conditional write; nil when the value is no longer its base (compared as a number
    /// for numbers: 2.50 typed in psql is still the 2.5 a user saw).
    static func tulisSatu(_ change: Perubahan, opd: String, tahun: Int, _ conn: PostgresConnection) async throws -> Int64? {
        let r = BarisNilai(change.alamat, change.baru)
        let base = change.lama
        let rows = try await conn.query("""
            INSERT INTO kinerja.nilai AS n (opd, tahun, alamat, angka, rupiah, teks)
            SELECT \(opd), \(tahun), \(r.kunci), \(r.angka)::numeric, \(r.rupiah), \(r.teks)
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

    /// Writes a dataset whose shape or closed quarters may have changed, over the version
    /// read (`dasar`: its revisions): the shape only if nobody changed the shape or the closed
    /// quarters since (else `nil`: read again and merge), each changed value only over its
    /// base (a value changed meanwhile by someone else is `nil` too; different values never
    /// are), values whose place is gone removed, quarters closed and reopened, in one
    /// transaction. A change of shape takes the OPD-year's turn whole (its row's lock). The
    /// words of `struktur` go into the database's journal with the change. Returns the new revision.
    public func simpan(_ before: Dokumen, _ after: Dokumen, dasar: MuatanPG.Revisi, sumber: String, struktur: [UbahStruktur] = []) async throws(GalatGudang) -> Int64? {
        let file = after.berkas()
        guard let opd = file.opd.kode else { return nil }
        try periksaTeks(after)
        let tahun = file.tahun
        let (shapeBefore, old) = try bentuk(before)
        let (shape, rows) = try bentuk(after)
        let now = Dictionary(rows.map { ($0.0.kunci, $0.0) }, uniquingKeysWith: { a, _ in a })
        let was = Dictionary(old.map { ($0.0.kunci, $0.0) }, uniquingKeysWith: { a, _ in a })
        let locksBefore = before.berkas().kunci ?? [], locksAfter = file.kunci ?? []
        let closed = locksAfter.filter { lock in !locksBefore.contains { $0.tw == lock.tw } }.map(\.tw)
        let reopened = locksBefore.filter { lock in !locksAfter.contains { $0.tw == lock.tw } }.map { lock in
            (lock.tw, struktur.lazy.compactMap { u -> String? in if case .bukaTW(lock.tw, let why) = u { why } else { nil } }.first ?? "")
        }
        // Closings are journalled by the database in its own words; the rest in kinerja's.
        let words = struktur.filter { if case .tutupTW = $0 { false } else if case .bukaTW = $0 { false } else { true } }.map(\.teksJurnal)
        let shapeChanged = shape != shapeBefore
        var gone: [String] = [], changes: [Perubahan] = []
        for (key, r) in was where now[key] == nil {
            // Blank now, or its place is gone: a blank keeps its row (and its revision).
            if let a = BarisNilai.alamat(key), case .some = after.nilai(a) {
                changes.append(Perubahan(alamat: a, lama: GudangPG.teks(r), baru: nil))
            } else {
                gone.append(key)
            }
        }
        for (key, r) in now {
            let w = was[key]
            if let w, w.angka == r.angka, w.rupiah == r.rupiah, w.teks == r.teks { continue }
            guard let a = BarisNilai.alamat(key) else { continue }
            changes.append(Perubahan(alamat: a, lama: w.flatMap(GudangPG.teks), baru: GudangPG.teks(r)))
        }
        changes.sort { BarisNilai.kunci($0.alamat) < BarisNilai.kunci($1.alamat) }
        let (changesNow, goneNow) = (changes, gone.sorted())
        return try await dengan(opd: opd) { conn in
            do {
                return try await conn.withTransaction(logger: GudangPG.logger) { conn -> Int64? in
                    try await conn.jalankan("SELECT set_config('kinerja.sumber', \(sumber), true), set_config('kinerja.uraian', \(words.joined(separator: "\n")), true)")
                    var latest: Int64?
                    let turn: PostgresQuery = shapeChanged
                        ? "SELECT revisi FROM kinerja.dokumen WHERE opd = \(opd) AND tahun = \(tahun) FOR UPDATE"
                        : "SELECT revisi FROM kinerja.dokumen WHERE opd = \(opd) AND tahun = \(tahun)"
                    for try await r in try await conn.query(turn, logger: GudangPG.logger).decode(Int64.self) { latest = r }
                    guard let latest else { throw try await GudangPG.tidakAda(opd: opd, tahun: tahun, server: alamat.tampil, pengguna: alamat.pengguna, conn) }
                    if shapeChanged {
                        if latest > dasar.struktur { return nil }
                        try await conn.query("UPDATE kinerja.dokumen SET struktur = \(shape), nama = \(file.opd.nama) WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger)
                    }
                    for (tw, why) in reopened {
                        try await conn.jalankan("SELECT kinerja.buka(\(opd), \(tahun)::int, \(tw)::int, \(why))")
                    }
                    if !goneNow.isEmpty {
                        try await conn.jalankan("SELECT kinerja.hapus_nilai(\(opd), \(tahun)::int, \(goneNow)::text[])")
                    }
                    let (conflicts, _) = try await GudangPG.tulisBersyarat(changesNow, opd: opd, tahun: tahun, conn)
                    if !conflicts.isEmpty { throw Berubah() }
                    for tw in closed {
                        try await conn.jalankan("SELECT kinerja.tutup(\(opd), \(tahun)::int, \(tw)::int)")
                    }
                    var top: Int64 = 0
                    for try await r in try await conn.query("""
                        SELECT greatest(d.revisi, (SELECT coalesce(max(revisi), 0) FROM kinerja.nilai WHERE opd = d.opd AND tahun = d.tahun))
                        FROM kinerja.dokumen d WHERE opd = \(opd) AND tahun = \(tahun)
                        """, logger: GudangPG.logger).decode(Int64.self) { top = r }
                    return top
                }
            } catch let t as PostgresTransactionError where t.closureError is Berubah {
                return nil
            }
        }
    }

    /// A value's exact text from its row.
    static func teks(_ r: BarisNilai) -> String? { r.angka ?? r.rupiah.map(String.init) ?? r.teks }

    /// What this login may write on an OPD, as the database says.
    public func hak(opd: String) async throws(GalatGudang) -> HakPeran {
        try await dengan(opd: opd) { conn in
            var out = HakPeran.tidak
            for try await h in try await conn.query("SELECT kinerja.hak(\(opd))", logger: GudangPG.logger).decode(String.self) {
                out = HakPeran(rawValue: h) ?? .tidak
            }
            return out
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

/// What a login may write on one OPD of the shared store (`kinerja.hak`).
public enum HakPeran: String, Sendable {
    /// The schema's owner or a superuser: everything the rules allow.
    case admin
    /// The OPD's own role: its figures, notes, answers and shape; no reviewer's notes, no closing.
    case opd
    /// A reviewer: reads every OPD, writes reviewer's notes, closes and reopens quarters.
    case bappeda
    /// Nothing.
    case tidak

    public var isian: Bool { self == .admin || self == .opd }
    public var pemeriksaan: Bool { self == .admin || self == .bappeda }
}

/// A value changed meanwhile by someone else: the transaction is undone.
private struct Berubah: Error {}

extension UbahStruktur {
    /// A change of shape as the store's journal keeps it: in words, a reopening with its reason.
    public var teksJurnal: String {
        if case .bukaTW(_, let alasan) = self { return teks(.id) + ": " + alasan }
        return teks(.id)
    }
}

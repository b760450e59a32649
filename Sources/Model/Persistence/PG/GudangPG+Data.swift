import Foundation
import PostgresNIO

/// One value as a row of `kinerja.nilai`: the address as JSON (exact, any kind), what psql
/// users read beside it (kind, node, quarter, a description), and the value in the column
/// of its kind: `numeric` for indicator values, `bigint` for rupiah, text for notes. Blank is NULL.
struct BarisNilai: Sendable {
    let kunci: String
    let jenis: String
    let simpul: String?
    let tw: Int?
    let uraian: String
    let angka: String?
    let rupiah: Int?
    let teks: String?

    static let penyandi: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    static func kunci(_ a: AlamatNilai) -> String {
        String(decoding: (try? penyandi.encode(a)) ?? Data(), as: UTF8.self)
    }

    static func alamat(_ kunci: String) -> AlamatNilai? {
        try? JSONDecoder().decode(AlamatNilai.self, from: Data(kunci.utf8))
    }

    init(_ a: AlamatNilai, _ value: String?) {
        kunci = BarisNilai.kunci(a)
        tw = a.triwulan
        uraian = a.teks(.id)
        var angka: String?, rupiah: Int?, teks: String?
        switch a {
        case .indikator(let kode, _, _):
            jenis = "indikator"; simpul = kode; angka = value
        case .renstra, .kondisiAwal, .tahunRenstra:
            jenis = "renstra"; simpul = nil; angka = value
        case .anggaran(let kode, _):
            jenis = "anggaran"; simpul = kode; rupiah = value.flatMap { Int($0) }
        case .catatan(let kode, _, let j):
            jenis = j == .verifikasi ? "verifikasi" : j == .tanggapan ? "tanggapan" : "catatan"; simpul = kode; teks = value
        case .skala:
            jenis = "skala"; simpul = nil; teks = value
        }
        self.angka = angka
        self.rupiah = rupiah
        self.teks = teks
    }
}

/// What `tarik` gives besides the dataset: the revision it reflects, for `tulis` and `dengar`.
public struct MuatanPG: Sendable {
    public let dokumen: Diserahkan<Dokumen>
    public let revisi: Int64
}

extension GudangPG {
    // MARK: push and pull

    /// Stores an OPD-year from a dataset, in one transaction: refused if it is there already
    /// unless `ganti` (then replaced: refused by the database while a quarter is closed).
    public func dorong(_ d: Dokumen, ganti: Bool, sumber: String = "push") async throws(GalatGudang) {
        let file = d.berkas()
        guard let opd = file.opd.kode, !opd.isEmpty else {
            throw GalatGudang(server: alamat.tampil, pesan: Pesan(
                id: "berkas ini tidak punya kode OPD (opd.kode); isi dulu, mis. kinerja new, lalu kirim lagi",
                en: "this file has no OPD code (opd.kode); fill it in first, then push again"))
        }
        let tahun = file.tahun
        let (shape, rows) = GudangPG.pisah(d)
        let locks = file.kunci ?? []
        try await dengan(opd: opd) { conn in
            try await conn.withTransaction(logger: GudangPG.logger) { conn in
                try await conn.query("SELECT set_config('kinerja.dorong', '1', true), set_config('kinerja.sumber', \(sumber), true)", logger: GudangPG.logger)
                try await GudangPG.gilir(opd: opd, tahun: tahun, bersama: false, conn)
                var exists = false
                for try await _ in try await conn.query("SELECT 1 FROM kinerja.dokumen WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger).decode(Int.self) { exists = true }
                if exists {
                    guard ganti else {
                        throw GalatGudang(server: alamat.tampil, pesan: Pesan(
                            id: "OPD \(opd) tahun \(tahun) sudah ada di database; --replace menggantinya seluruhnya",
                            en: "OPD \(opd) year \(tahun) is in the database already; --replace replaces it whole"))
                    }
                    try await conn.query("DELETE FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger)
                    try await conn.query("DELETE FROM kinerja.kunci WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger)
                    try await conn.query("UPDATE kinerja.dokumen SET nama = \(file.opd.nama), struktur = \(shape), revisi = nextval('kinerja.revisi') WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger)
                } else {
                    try await conn.query("INSERT INTO kinerja.dokumen (opd, tahun, nama, struktur) VALUES (\(opd), \(tahun), \(file.opd.nama), \(shape))", logger: GudangPG.logger)
                }
                try await GudangPG.salin(rows, opd: opd, tahun: tahun, conn)
                for lock in locks {
                    try await conn.query("INSERT INTO kinerja.kunci (opd, tahun, tw, oleh, waktu) VALUES (\(opd), \(tahun), \(lock.tw), \(lock.oleh), \(lock.waktu))", logger: GudangPG.logger)
                }
                try await conn.query("INSERT INTO kinerja.jurnal (opd, tahun, uraian, sumber) VALUES (\(opd), \(tahun), \(ganti && exists ? "ganti seluruhnya" : "kirim"), \(sumber))", logger: GudangPG.logger)
                try await conn.query("SELECT pg_notify(kinerja.saluran(\(opd), \(tahun)::int), 'ulang')", logger: GudangPG.logger)
            }
        }
    }

    /// The non-blank values as rows (verification notes with who and when), and the shape:
    /// the dataset with every value blank and no closed quarters, in the data file's layout.
    static func pisah(_ d: Dokumen) -> (String, [(BarisNilai, oleh: String?, waktu: String?)]) {
        var rows: [(BarisNilai, oleh: String?, waktu: String?)] = []
        var shape = d.berkas()
        shape.kunci = nil
        let blank = try! Dokumen(berkas: shape)
        for a in d.semuaAlamat {
            guard case .some(let value?) = d.nilai(a) else { continue }
            var by: String?, when: String?
            if case .catatan(let kode, let tw, .verifikasi) = a, let node = d.indeks(kode: kode) {
                by = d.simpul[node].catatan[tw - 1].verifikasiOleh
                when = d.simpul[node].catatan[tw - 1].verifikasiWaktu
                blank.tandaiVerifikasi(simpul: node, tw: tw, oleh: "", waktu: "")
            }
            rows.append((BarisNilai(a, value), by, when))
            if a != .skala { blank.atur(a, nil) }
        }
        for node in blank.simpul.indices {
            for tw in 1...4 where blank.simpul[node].catatan[tw - 1].verifikasi == nil {
                blank.tandaiVerifikasi(simpul: node, tw: tw, oleh: "", waktu: "")
            }
            // Blanking is not an edit: stated totals keep their own "outdated" mark.
            if blank.simpul[node].tertulis != d.simpul[node].tertulis { blank.aturTertulis(simpul: node, d.simpul[node].tertulis) }
        }
        return (String(decoding: Penyimpan.json(blank.berkas()), as: UTF8.self), rows)
    }

    static func salin(_ rows: [(BarisNilai, oleh: String?, waktu: String?)], opd: String, tahun: Int, _ conn: PostgresConnection) async throws {
        // Many rows per statement: a push of 5.000 sub kegiatan is a few dozen round trips.
        for chunk in stride(from: 0, to: rows.count, by: 500) {
            let part = rows[chunk..<min(rows.count, chunk + 500)]
            var sql = "INSERT INTO kinerja.nilai (opd, tahun, alamat, jenis, simpul, tw, uraian, angka, rupiah, teks, oleh, waktu) VALUES "
            var binds = PostgresBindings(capacity: part.count * 12)
            var n = 0
            for (i, (r, by, when)) in part.enumerated() {
                if i > 0 { sql += "," }
                sql += "(" + (1...12).map { "$\(n + $0)" + ($0 == 8 ? "::numeric" : "") }.joined(separator: ",") + ")"
                n += 12
                binds.append(opd); binds.append(tahun); binds.append(r.kunci); binds.append(r.jenis)
                binds.append(r.simpul); binds.append(r.tw); binds.append(r.uraian); binds.append(r.angka)
                binds.append(r.rupiah); binds.append(r.teks); binds.append(by ?? ""); binds.append(when ?? "")
            }
            try await conn.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: GudangPG.logger)
        }
    }

    /// An OPD-year as a dataset, with the revision it reflects.
    public func tarik(opd: String, tahun: Int) async throws(GalatGudang) -> MuatanPG {
        try await dengan(opd: opd) { conn in try await tarik(opd: opd, tahun: tahun, conn) }
    }

    func tarik(opd: String, tahun: Int, _ conn: PostgresConnection) async throws -> MuatanPG {
        let server = alamat.tampil
        return try await conn.withTransaction(logger: GudangPG.logger) { conn in
            try await conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: GudangPG.logger)
            var shape: String?
            var revision: Int64 = 0
            for try await (s, r) in try await conn.query("SELECT struktur, revisi FROM kinerja.dokumen WHERE opd = \(opd) AND tahun = \(tahun)", logger: GudangPG.logger).decode((String, Int64).self) {
                shape = s; revision = r
            }
            guard let shape else { throw try await GudangPG.tidakAda(opd: opd, tahun: tahun, server: server, pengguna: alamat.pengguna, conn) }
            var file = try Penyimpan.urai(Data(shape.utf8), path: "\(server) OPD \(opd) \(tahun)")
            var locks: [KunciTriwulan] = []
            for try await (tw, by, when) in try await conn.query("SELECT tw::int, oleh, waktu FROM kinerja.kunci WHERE opd = \(opd) AND tahun = \(tahun) ORDER BY tw", logger: GudangPG.logger).decode((Int, String, String).self) {
                locks.append(KunciTriwulan(tw: tw, oleh: by, waktu: when))
            }
            file.kunci = locks.isEmpty ? nil : locks
            let rows = try await conn.query("""
                SELECT alamat, coalesce(angka::text, rupiah::text, teks), jenis, oleh, waktu, revisi
                FROM kinerja.nilai WHERE opd = \(opd) AND tahun = \(tahun)
                """, logger: GudangPG.logger)
            var values: [(AlamatNilai, String?, String, String, String)] = []
            for try await (key, value, kind, by, when, r) in rows.decode((String, String?, String, String, String, Int64).self) {
                revision = max(revision, r)
                guard let a = BarisNilai.alamat(key) else { throw GudangPG.tidakCocok(key, opd: opd, tahun: tahun, server: server) }
                values.append((a, value, kind, by, when))
            }
            // Indicator values and budgets go straight into the shape (most of them, and the
            // dataset's rollups are then worked out once); the rest through the model's setter.
            let rest = file.isi(values.map { ($0.0, $0.1) })
            let d = try Dokumen(berkas: file)
            let stated = d.simpul.map(\.tertulis)
            for n in rest {
                let (a, value, kind, by, when) = values[n]
                guard d.atur(a, value) else { throw GudangPG.tidakCocok(BarisNilai.kunci(a), opd: opd, tahun: tahun, server: server) }
                if kind == "verifikasi", case .catatan(let kode, let tw, _) = a, let node = d.indeks(kode: kode) {
                    d.tandaiVerifikasi(simpul: node, tw: tw, oleh: by, waktu: when)
                }
            }
            // Filling values in is not an edit either: the stated totals stay as stored.
            for (node, t) in stated.enumerated() where d.simpul[node].tertulis != t { d.aturTertulis(simpul: node, t) }
            return MuatanPG(dokumen: Diserahkan(d), revisi: revision)
        }
    }

    static func tidakCocok(_ key: String, opd: String, tahun: Int, server: String) -> GalatGudang {
        GalatGudang(server: server, pesan: Pesan(id: "OPD \(opd) \(tahun): nilai \(key) tidak cocok dengan strukturnya; periksa dengan psql",
                                                 en: "OPD \(opd) \(tahun): value \(key) does not fit its shape; check it with psql"))
    }

    /// Nothing to read: either there is no such OPD-year, or this role may not see it.
    static func tidakAda(opd: String, tahun: Int, server: String, pengguna who: String, _ conn: PostgresConnection) async throws -> GalatGudang {
        var allowed = false
        for try await b in try await conn.query("SELECT kinerja.boleh(\(opd)) OR kinerja.bappeda() OR (SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user)", logger: GudangPG.logger).decode(Bool.self) { allowed = b }
        if !allowed {
            return GalatGudang(server: server, pesan: Pesan(
                id: "\(who) tidak berhak atas OPD \(opd); minta admin: kinerja db grant URL --user \(who) --opd \(opd)",
                en: "\(who) has no rights to OPD \(opd); ask the administrator: kinerja db grant URL --user \(who) --opd \(opd)"))
        }
        return GalatGudang(server: server, pesan: Pesan(
            id: "OPD \(opd) tahun \(tahun) belum ada di database; kirim dengan kinerja db push URL BERKAS",
            en: "OPD \(opd) year \(tahun) is not in the database; store it with kinerja db push URL FILE"))
    }
}

extension Berkas {
    /// Puts indicator values and budgets of nodes into the shape by their addresses (text as
    /// the model's setter reads it); returns the positions of the values it did not take.
    mutating func isi(_ values: [(AlamatNilai, String?)]) -> [Int] {
        let places = peta()
        func diSimpul(_ kode: String, _ body: (inout SimpulBerkas) -> Bool) -> Bool {
            guard let at = places[kode] else { return false }
            var done = false
            self.ubah(at) { done = body(&$0) }
            return done
        }
        let posix = Locale(identifier: "en_US_POSIX")
        var rest: [Int] = []
        for (n, (a, text)) in values.enumerated() {
            let done: Bool
            switch a {
            case .indikator(let kode, let i, let kolom):
                guard let text, let value = Decimal(string: text, locale: posix) else { rest.append(n); continue }
                done = diSimpul(kode) { node in
                    guard node.indikator?.indices.contains(i) == true else { return false }
                    node.indikator![i][kolom] = value
                    return true
                }
            case .anggaran(let kode, let kolom):
                guard let text, let value = Int(text), value >= 0 else { rest.append(n); continue }
                done = diSimpul(kode) { node in
                    guard node.anggaran != nil else { return false }
                    node.anggaran![kolom] = value
                    return true
                }
            default:
                done = false
            }
            if !done { rest.append(n) }
        }
        return rest
    }
}

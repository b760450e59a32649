import Foundation
import Model
import PostgresNIO

/// One value as a row of `kinerja.nilai`: the address as JSON (exact, any kind) and the
/// value in the column of its kind: `numeric` for indicator values, `bigint` for rupiah,
/// text for notes. Blank is NULL. The database works out the rest of the row (kind, node,
/// quarter, description) from the address itself; `jenis` here only picks the column.
struct BarisNilai: Sendable {
    let kunci: String
    let jenis: String
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
        var angka: String?, rupiah: Int?, teks: String?
        switch a {
        case .indikator:
            jenis = "indikator"; angka = value
        case .renstra, .kondisiAwal, .tahunRenstra:
            jenis = "renstra"; angka = value
        case .anggaran:
            jenis = "anggaran"; rupiah = value.flatMap { Int($0) }
        case .catatan(_, _, let j):
            jenis = j == .verifikasi ? "verifikasi" : j == .tanggapan ? "tanggapan" : "catatan"; teks = value
        case .skala:
            jenis = "skala"; teks = value
        }
        self.angka = angka
        self.rupiah = rupiah
        self.teks = teks
    }
}

/// What `tarik` gives besides the dataset: the revision it reflects, for `tulis` and `dengar`,
/// and the revision of its shape and closed quarters, for `simpan`.
public struct MuatanPG: Sendable {
    public let dokumen: Diserahkan<Dokumen>
    public let revisi: Int64
    public let revisiStruktur: Int64

    /// What a later write goes over: the revision read, and that of the shape and closed quarters.
    public struct Revisi: Sendable, Equatable {
        public var nilai: Int64
        public var struktur: Int64
        public init(nilai: Int64, struktur: Int64) {
            self.nilai = nilai
            self.struktur = struktur
        }
    }

    public var dasar: Revisi { Revisi(nilai: revisi, struktur: revisiStruktur) }
}

extension GudangPG {
    // MARK: push and pull

    /// Stores an OPD-year from a dataset, in one transaction, through the database's own
    /// `kinerja.kirim` (one journal line for the whole): refused if it is there already
    /// unless `ganti` (the administrator only, and not while a quarter of it is closed).
    /// An office may store a new year of its own, without reviewer's notes or closings.
    public func dorong(_ d: Dokumen, ganti: Bool, sumber: String = "push") async throws(GalatGudang) {
        let file = d.berkas()
        guard let opd = file.opd.kode, !opd.isEmpty else {
            throw GalatGudang(server: alamat.tampil, pesan: Pesan(
                id: "berkas ini tidak punya kode OPD (opd.kode); isi dulu, mis. kinerja new, lalu kirim lagi",
                en: "this file has no OPD code (opd.kode); fill it in first, then push again"))
        }
        try periksaTeks(d)
        let tahun = file.tahun
        let (shape, rows) = try bentuk(d)
        let values = String(decoding: (try? JSONEncoder().encode(rows.map { r, by, when in
            BarisKirim(a: r.kunci, angka: r.angka, rupiah: r.rupiah, teks: r.teks, oleh: by, waktu: when)
        })) ?? Data("[]".utf8), as: UTF8.self)
        let locks = String(decoding: (try? JSONEncoder().encode((file.kunci ?? []).map { KunciKirim(tw: $0.tw, oleh: $0.oleh, waktu: $0.waktu) }))
                           ?? Data("[]".utf8), as: UTF8.self)
        let server = alamat.tampil
        try await dengan(opd: opd) { conn in
            do {
                try await conn.jalankan("""
                    SELECT kinerja.kirim(\(opd), \(tahun)::int, \(file.opd.nama), \(shape), \(values), \(locks), \(ganti), \(sumber))
                    """)
            } catch let p as PSQLError where p.serverInfo?[.sqlState] == "KN008" {
                throw GalatGudang(server: server, pesan: Pesan(
                    id: "OPD \(opd) tahun \(tahun) sudah ada di database; --replace menggantinya seluruhnya",
                    en: "OPD \(opd) year \(tahun) is in the database already; --replace replaces it whole"), ditolak: true)
            }
        }
    }

    /// The non-blank values as rows (verification notes with who and when), and the shape:
    /// the dataset with every value blank and no closed quarters, in the data file's layout.
    static func pisah(_ d: Dokumen) throws(GalatData) -> (String, [(BarisNilai, oleh: String?, waktu: String?)]) {
        var rows: [(BarisNilai, oleh: String?, waktu: String?)] = []
        var shape = d.berkas()
        shape.kunci = nil
        let blank = try Dokumen(berkas: shape)
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
        return (String(decoding: BerkasJSON.json(blank.berkas()), as: UTF8.self), rows)
    }

    /// `pisah`, its failure said as the store's.
    func bentuk(_ d: Dokumen) throws(GalatGudang) -> (String, [(BarisNilai, oleh: String?, waktu: String?)]) {
        do { return try GudangPG.pisah(d) } catch { throw galat(error) }
    }

    /// PostgreSQL's text holds no NUL: a text that has one is refused here, with its place.
    func periksaTeks(_ d: Dokumen) throws(GalatGudang) {
        let data = BerkasJSON.json(d.berkas())
        guard data.range(of: Data("\\u0000".utf8)) != nil, let place = GudangPG.tempatNUL(try? JSONSerialization.jsonObject(with: data), "") else { return }
        throw GalatGudang(server: alamat.tampil, pesan: Pesan(
            id: "\(place) memuat karakter NUL (\\u0000), yang tidak dapat disimpan PostgreSQL; hapus karakter itu dulu",
            en: "\(place) holds a NUL character (\\u0000), which PostgreSQL cannot store; remove it first"), ditolak: true)
    }

    static func tempatNUL(_ json: Any?, _ path: String) -> String? {
        switch json {
        case let text as String: return text.contains("\0") ? (path.isEmpty ? "." : path) : nil
        case let list as [Any]:
            for (i, item) in list.enumerated() { if let p = tempatNUL(item, path + "[\(i)]") { return p } }
        case let object as [String: Any]:
            for key in object.keys.sorted() { if let p = tempatNUL(object[key], path.isEmpty ? key : path + "." + key) { return p } }
        default: break
        }
        return nil
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
            let shapeRevision = revision
            guard let shape else { throw try await GudangPG.tidakAda(opd: opd, tahun: tahun, server: server, pengguna: alamat.pengguna, conn) }
            var file = try BerkasJSON.urai(Data(shape.utf8), path: "\(server) OPD \(opd) \(tahun)")
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
            return MuatanPG(dokumen: Diserahkan(d), revisi: revision, revisiStruktur: shapeRevision)
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

/// A value as `kinerja.kirim` takes it.
private struct BarisKirim: Encodable {
    let a: String
    let angka: String?
    let rupiah: Int?
    let teks: String?
    let oleh: String?
    let waktu: String?
}

private struct KunciKirim: Encodable {
    let tw: Int
    let oleh: String
    let waktu: String
}


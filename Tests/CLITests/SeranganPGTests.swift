import Foundation
@testable import Model
@testable import GudangPostgres
import Testing
import UjiBersama
import GudangBerkas
@testable import Antarmuka
@testable import Perintah

/// Hostile clients of the shared store: psql as each role kinerja grants (an office, another
/// office, BAPPEDA) and as the owner, trying what the database is said to forbid, directly
/// in SQL. After the attempts, kinerja reads the OPD-years as their users would: that is the
/// test. The rules these tests hold are in docs/aturan-gudang.md.
@Suite(.serialized, .tags(.pg), .lajur(.pg)) struct SeranganPGTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-serangan") }

    func kinerja(_ args: String...) throws -> Proses { try Proses.jalankan(args) }

    /// A Pemda of two offices and BAPPEDA; TW I of 1.06 closed by BAPPEDA, a reviewer's note on
    /// TW II, the office's answer to it and a note of its own on TW III.
    func siapkan() throws -> Pemda {
        let url = try ServerUji.pemda(sampel: data, folder: folder, nama: "serang")
        let p = Pemda(url: url)
        #expect(try kinerja("lock", p.url("bappeda"), "--tw", "1").keluar == 0)
        #expect(try kinerja("review", p.url("bappeda"), "1.06.06.2.01.03", "--tw", "2", "--note", "Lampirkan SK").keluar == 0)
        #expect(try kinerja("review", p.url("dinsos"), "1.06.06.2.01.03", "--tw", "2", "--answer", "SK menyusul").keluar == 0)
        return p
    }

    struct Pemda {
        let admin: String
        init(url: String) { admin = url }
        /// The URL of a role on OPD 1.06 (or another), 2023.
        func url(_ role: String, opd: String = "1.06") -> String { ServerUji.sebagai(role, admin) + "&opd=\(opd)&tahun=2023" }
        func peran(_ role: String) -> String { role == "postgres" ? admin : ServerUji.sebagai(role, admin) }
        /// The OPD-year as kinerja reads it, as the admin.
        func baca(_ opd: String = "1.06") throws -> Dokumen {
            let g = GudangPG(try AlamatPG(admin))
            return try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: 2023) }.dokumen.isi
        }
        func jurnal(_ opd: String = "1.06") throws -> [EntriJurnal] {
            let g = GudangPG(try AlamatPG(admin))
            return try GudangPG.tunggu { () async throws(GalatGudang) in try await g.jurnal(opd: opd, tahun: 2023) }
        }
    }

    /// One attempt: who, what, and either the refusal it must meet (a part of psql's error) or the output it must give.
    struct Serangan: CustomStringConvertible {
        let peran: String
        let sql: String
        let tolak: String?
        let keluaran: String
        init(_ peran: String, _ sql: String, tolak: String) { (self.peran, self.sql, self.tolak, keluaran) = (peran, sql, tolak, "") }
        init(_ peran: String, _ sql: String, hasil: String) { (self.peran, self.sql, tolak, keluaran) = (peran, sql, nil, hasil) }
        var description: String { "\(peran): \(sql)" }
    }

    /// Runs every attempt; each must be refused as said, or give what it says (no row touched).
    func serang(_ p: Pemda, _ attempts: [Serangan]) throws -> Int {
        var refused = 0
        for a in attempts {
            let r = try ServerUji.psql(p.peran(a.peran), a.sql)
            if let why = a.tolak {
                #expect(r.keluar != 0 && r.stderr.contains(why), "\(a) → \(r.keluar) \(r.stdout) \(r.stderr)")
                refused += 1
            } else {
                #expect(r.keluar == 0 && r.stdout == a.keluaran, "\(a) → \(r.keluar) \(r.stdout) \(r.stderr)")
            }
        }
        return refused
    }

    static func k(_ a: AlamatNilai) -> String { BarisNilai.kunci(a) }

    static let ditutup = k(.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 1)))
    static let anggaranDitutup = k(.anggaran(simpul: "1.06.06.2.01.03", .realisasi(tw: 1)))
    /// An open quarter's value that is there (1).
    static let terbuka = k(.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 2)))
    static let verifikasi = k(.catatan(simpul: "1.06.06.2.01.03", tw: 2, .verifikasi))
    static let tanggapan = k(.catatan(simpul: "1.06.06.2.01.03", tw: 2, .tanggapan))
    static let catatanBaru = k(.catatan(simpul: "1.06.06.2.01.03", tw: 3, .pendorong))
    static let verifikasiBaru = k(.catatan(simpul: "1.06.06.2.01.03", tw: 4, .verifikasi))

    /// The values of a dataset as text, for before/after comparisons.
    static func isi(_ d: Dokumen) -> [String: String] {
        var out: [String: String] = [:]
        for a in d.semuaAlamat { if case .some(let v?) = d.nilai(a) { out[k(a)] = v } }
        return out
    }

    // MARK: 1. rules on what the row means

    @Test func aClosedQuarterCannotChangeInAnyWayARowCanChange() throws {
        let p = try siapkan()
        let before = try p.baca(), journal = try p.jurnal().count
        let closed = Self.ditutup, budget = Self.anggaranDitutup
        let respelt = #"{ "indikator" : { "simpul" : "1.06.06.2.01.03", "indeks" : 0, "_2" : { "realisasi" : { "tw" : 1 } } } }"#
        let withValue = "replace(struktur, '\"satuan\":', '\"target\": 5, \"satuan\":')"
        var attempts: [Serangan] = []
        for role in ["dinsos", "postgres"] {
            attempts += [
                Serangan(role, "UPDATE kinerja.nilai SET angka = 999 WHERE alamat = '\(closed)'", tolak: "TW I 1.06 2023 ditutup oleh bappeda"),
                Serangan(role, "UPDATE kinerja.nilai SET rupiah = 1 WHERE alamat = '\(budget)'", tolak: "ditutup oleh bappeda"),
                Serangan(role, "UPDATE kinerja.nilai SET angka = NULL WHERE alamat = '\(closed)'", tolak: "ditutup oleh bappeda"),
                Serangan(role, "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(respelt)', 5)", tolak: "ditutup oleh bappeda"),
                Serangan(role, "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(closed)', 5) ON CONFLICT (opd, tahun, alamat) DO UPDATE SET angka = 5",
                         tolak: "ditutup oleh bappeda"),
            ]
        }
        attempts += [
            // The columns the old rules trusted are not the client's to write.
            Serangan("dinsos", "UPDATE kinerja.nilai SET tw = NULL, angka = 999 WHERE alamat = '\(closed)'", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET jenis = 'catatan' WHERE alamat = '\(closed)'", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET alamat = '\(Self.terbuka)' WHERE alamat = '\(closed)'", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, tw, angka) VALUES ('1.06', 2023, '\(respelt)', NULL, 5)", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "DELETE FROM kinerja.nilai WHERE alamat = '\(closed)'", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "TRUNCATE kinerja.nilai", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(closed)'])", tolak: "ditutup oleh bappeda"),
            Serangan("postgres", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(closed)'])", tolak: "ditutup oleh bappeda"),
            Serangan("postgres", "DELETE FROM kinerja.nilai WHERE opd = '1.06' AND tw = 1", tolak: "ditutup oleh bappeda"),
            Serangan("postgres", "TRUNCATE kinerja.nilai", tolak: "tidak dikosongkan sekaligus"),
            // The OPD-year and its closings: not removed, not cascaded away, not replaced.
            Serangan("dinsos", "DELETE FROM kinerja.dokumen WHERE opd = '1.06'", tolak: "permission denied for table dokumen"),
            Serangan("postgres", "DELETE FROM kinerja.dokumen WHERE opd = '1.06'", tolak: "TW I 1.06 2023 ditutup: OPD-tahun ini tidak dapat dihapus"),
            Serangan("postgres", "TRUNCATE kinerja.dokumen CASCADE", tolak: "tidak dikosongkan sekaligus"),
            Serangan("postgres", "TRUNCATE kinerja.kunci", tolak: "tidak dikosongkan sekaligus"),
            Serangan("dinsos", "DELETE FROM kinerja.kunci", tolak: "permission denied for table kunci"),
            Serangan("dinsos", "UPDATE kinerja.kunci SET tw = 2", tolak: "permission denied for table kunci"),
            Serangan("postgres", "UPDATE kinerja.kunci SET tw = 2", tolak: "penutupan triwulan tidak diubah"),
            Serangan("dinsos", "SELECT kinerja.buka('1.06', 2023, 1, 'saya mau')", tolak: "hanya BAPPEDA yang membuka triwulan (dinsos)"),
            Serangan("dinsos", "SELECT kinerja.kirim('1.06', 2023, 'x', struktur, '[]', '[]', true, 'x') FROM kinerja.dokumen WHERE opd = '1.06'",
                     tolak: "hanya admin yang mengganti OPD-tahun seluruhnya (dinsos)"),
            Serangan("postgres", "SELECT kinerja.kirim('1.06', 2023, 'x', struktur, '[]', '[]', true, 'x') FROM kinerja.dokumen WHERE opd = '1.06'",
                     tolak: "TW I 1.06 2023 ditutup: OPD-tahun ini tidak dapat diganti"),
            // The stored shape carries no values, and keeps every value's place.
            Serangan("dinsos", "UPDATE kinerja.dokumen SET struktur = \(withValue) WHERE opd = '1.06'", tolak: "struktur tidak boleh memuat nilai"),
            Serangan("postgres", "UPDATE kinerja.dokumen SET struktur = \(withValue) WHERE opd = '1.06'", tolak: "struktur tidak boleh memuat nilai"),
            Serangan("dinsos", "UPDATE kinerja.dokumen SET struktur = replace(struktur, '\"1.06.06.2.01.03\"', '\"1.06.06.2.01.99\"') WHERE opd = '1.06'",
                     tolak: "tempatnya tidak ada lagi di struktur baru"),
            Serangan("dinsos", "UPDATE kinerja.dokumen SET opd = '9.99' WHERE opd = '1.06'", tolak: "permission denied for table dokumen"),
            Serangan("dinsos", "UPDATE kinerja.dokumen SET revisi = 1 WHERE opd = '1.06'", tolak: "permission denied for table dokumen"),
        ]
        let refused = try serang(p, attempts)
        #expect(refused == attempts.count)

        // Read back as the office would: nothing changed, nothing journalled.
        #expect(Self.isi(try p.baca()) == Self.isi(before))
        #expect(try p.jurnal().count == journal)
        let show = try kinerja("show", p.url("dinsos"), "1.06.06.2.01.03", "--tw", "1")
        #expect(show.stdout.contains("Realisasi TW I                   6.128.456"), "\(show.stdout)")
        #expect(show.stdout.contains("TW I                       1             1    100,00  Baik"))
        #expect(try p.baca().kunci[1]?.oleh == "bappeda")
        let replace = try kinerja("db", "push", p.admin, data, "--replace")
        #expect(replace.keluar == 1 && replace.stderr.contains("TW I 1.06 2023 ditutup: OPD-tahun ini tidak dapat diganti"))
    }

    // MARK: 2. each role writes only its kind

    @Test func eachRoleWritesOnlyItsKindAndNeitherRemovesTheOthers() throws {
        let p = try siapkan()
        let blank = try #require(try p.baca().semuaAlamat.first { a in
            if case .indikator(_, _, .realisasi(tw: 4)) = a, case .some(nil) = try p.baca().nilai(a) { return true }
            return false
        })
        let before = try p.baca(), journal = try p.jurnal().count
        let figure = Self.k(blank)
        let attempts: [Serangan] = [
            // BAPPEDA and the office's figures, notes and answers.
            Serangan("bappeda", "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(figure)', 3)", tolak: "row-level security"),
            Serangan("bappeda", "INSERT INTO kinerja.nilai (opd, tahun, alamat, jenis, angka) VALUES ('1.06', 2023, '\(figure)', 'verifikasi', 3)",
                     tolak: "permission denied for table nilai"),
            Serangan("bappeda", "UPDATE kinerja.nilai SET angka = 1 WHERE opd = '1.06' AND jenis = 'indikator' RETURNING 1", hasil: ""),
            Serangan("bappeda", "UPDATE kinerja.nilai SET teks = 'dihapus' WHERE alamat = '\(Self.tanggapan)' RETURNING 1", hasil: ""),
            Serangan("bappeda", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '\(Self.catatanBaru)', 'x')", tolak: "row-level security"),
            Serangan("bappeda", "DELETE FROM kinerja.nilai WHERE jenis = 'tanggapan'", tolak: "permission denied for table nilai"),
            Serangan("bappeda", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(Self.tanggapan)'])", tolak: "bappeda tidak berhak menghapus nilai ini di OPD 1.06"),
            Serangan("bappeda", "UPDATE kinerja.dokumen SET nama = 'x' WHERE opd = '1.06' RETURNING 1", hasil: ""),
            Serangan("bappeda", "SELECT kinerja.kirim('1.06', 2024, 'x', '{}', '[]', '[]', false, 'x')", tolak: "bappeda tidak berhak mengirim OPD 1.06"),
            // The office and BAPPEDA's notes.
            Serangan("dinsos", "DELETE FROM kinerja.nilai WHERE jenis = 'verifikasi'", tolak: "permission denied for table nilai"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET teks = 'Sudah beres' WHERE alamat = '\(Self.verifikasi)' RETURNING 1", hasil: ""),
            Serangan("dinsos", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(Self.verifikasi)'])", tolak: "dinsos tidak berhak menghapus nilai ini di OPD 1.06"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '\(Self.verifikasiBaru)', 'Palsu')", tolak: "row-level security"),
            Serangan("dinsos", "SELECT kinerja.tutup('1.06', 2023, 2)", tolak: "hanya BAPPEDA yang menutup triwulan (dinsos)"),
            // Another office and this one.
            Serangan("dinkes", "SELECT count(*) FROM kinerja.nilai WHERE opd = '1.06'", hasil: "0\n"),
            Serangan("dinkes", "SELECT count(*) FROM kinerja.jurnal WHERE opd = '1.06'", hasil: "0\n"),
            Serangan("dinkes", "SELECT count(*) FROM kinerja.simpul WHERE opd = '1.06'", hasil: "0\n"),
            Serangan("dinkes", "SELECT count(*) FROM kinerja.akses", hasil: "1\n"),
            Serangan("dinkes", "UPDATE kinerja.nilai SET angka = 1 WHERE opd = '1.06' RETURNING 1", hasil: ""),
            Serangan("dinkes", "UPDATE kinerja.dokumen SET nama = 'x' WHERE opd = '1.06' RETURNING 1", hasil: ""),
            Serangan("dinkes", "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(figure)', 3)", tolak: "row-level security"),
            Serangan("dinkes", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(Self.terbuka)'])", tolak: "dinkes tidak berhak menghapus nilai ini di OPD 1.06"),
            Serangan("dinkes", "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(figure)'])", tolak: "dinkes tidak berhak atas OPD 1.06"),
            Serangan("dinkes", "SELECT kinerja.kirim('1.06', 2024, 'x', '{}', '[]', '[]', false, 'x')", tolak: "dinkes tidak berhak mengirim OPD 1.06"),
            Serangan("dinkes", "SELECT 1 FROM kinerja.dokumen WHERE opd = '1.06' FOR UPDATE", hasil: ""),
            Serangan("dinkes", "SET ROLE dinsos", tolak: "permission denied to set role"),
            Serangan("dinkes", "SET ROLE kinerja_pengguna; SELECT count(*) FROM kinerja.nilai", hasil: "0\n"),
            Serangan("dinkes", "GRANT kinerja_pengguna TO dinkes", tolak: "must have admin option"),
            Serangan("dinkes", "INSERT INTO kinerja.akses VALUES ('dinkes', '1.06')", tolak: "permission denied for table akses"),
            Serangan("dinkes", "CREATE FUNCTION kinerja.boleh(o text) RETURNS boolean LANGUAGE sql AS 'SELECT true'", tolak: "permission denied for schema kinerja"),
            Serangan("dinkes", "CREATE TEMP TABLE akses (peran name, opd text); INSERT INTO akses VALUES ('dinkes', '1.06'); SELECT count(*) FROM kinerja.nilai WHERE opd = '1.06'",
                     hasil: "0\n"),
            // Values that would stop kinerja reading the office's year.
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, 'bukan alamat', 'x')", tolak: "invalid input syntax for type json"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '{\"skala\":{},\"x\":1}', 'x')", tolak: "bukan alamat nilai kinerja"),
            Serangan("bappeda", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '\(Self.verifikasiBaru.replacingOccurrences(of: "1.06.06.2.01.03", with: "9.99"))', 'x')",
                     tolak: "tempatnya tidak ada di struktur OPD 1.06 2023"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(figure.replacingOccurrences(of: "\"indeks\":0", with: "\"indeks\":7"))', 1)",
                     tolak: "tempatnya tidak ada di struktur"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(Self.k(.renstra(PosisiRenstra(tujuan: 0, sasaran: nil, indikator: 9), .target(tw: nil))))', 1)",
                     tolak: "Renstra 1.10 target tahunan: tempatnya tidak ada di struktur"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, angka) VALUES ('1.06', 2023, '\(Self.k(.tahunRenstra(PosisiRenstra(tujuan: 0, sasaran: nil, indikator: 0), tahun: 2030, realisasi: true)))', 1)",
                     tolak: "Renstra 1.1 realisasi 2030: tempatnya tidak ada di struktur"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET angka = 'NaN' WHERE alamat = '\(Self.terbuka)'", tolak: "nilai_angka"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET angka = 1e30 WHERE alamat = '\(Self.terbuka)'", tolak: "nilai_angka"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET teks = 'x', angka = NULL WHERE alamat = '\(Self.terbuka)'", tolak: "nilai_kolom"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET teks = 'rahasia' WHERE jenis = 'skala'", tolak: "nilai_skala"),
            Serangan("dinsos", "UPDATE kinerja.dokumen SET struktur = 'bukan json' WHERE opd = '1.06'", tolak: "invalid input syntax for type json"),
        ]
        let refused = try serang(p, attempts)
        #expect(refused == attempts.filter { $0.tolak != nil }.count)
        #expect(Self.isi(try p.baca()) == Self.isi(before), "no figure, note or answer changed")
        #expect(try p.jurnal().count == journal)
        #expect(Self.isi(try p.baca("2.01")) == Self.isi(try ServerUji.opdLainDokumen(data)), "the other office untouched")
        // BAPPEDA's own report shows its note as its own, the office's show the blank as blank.
        let d = try p.baca()
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].catatan[1].verifikasi == "Lampirkan SK")
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].catatan[1].verifikasiOleh == "bappeda")
        #expect(d.nilai(blank) == .some(nil))
        // What each may do, it can: a reviewer's note on the closed quarter; the office's own note.
        #expect(try ServerUji.psql(p.peran("bappeda"), "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '\(Self.k(.catatan(simpul: "1.06.06.2.01.03", tw: 1, .verifikasi)))', 'Dicek')").keluar == 0)
        #expect(try ServerUji.psql(p.peran("dinsos"), "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('1.06', 2023, '\(Self.catatanBaru)', 'Cuaca baik')").keluar == 0)
        let after = try p.baca(), node = after.indeks(kode: "1.06.06.2.01.03")!
        #expect(after.simpul[node].catatan[0].verifikasi == "Dicek" && after.simpul[node].catatan[0].verifikasiOleh == "bappeda")
        #expect(after.simpul[node].catatan[2].pendorong == "Cuaca baik")
    }

    // MARK: 3. a journal no client can bend

    @Test func theJournalIsWrittenByTheDatabaseAlone() throws {
        let p = try siapkan()
        let journal = try p.jurnal().count
        let attempts: [Serangan] = [
            Serangan("dinsos", "INSERT INTO kinerja.jurnal (opd, tahun, uraian, oleh, pada) VALUES ('1.06', 2023, 'tutup TW IV', 'bappeda', '2023-01-01')",
                     tolak: "permission denied for table jurnal"),
            Serangan("bappeda", "INSERT INTO kinerja.jurnal (opd, tahun, uraian) VALUES ('1.06', 2023, 'x')", tolak: "permission denied for table jurnal"),
            Serangan("dinsos", "UPDATE kinerja.jurnal SET oleh = 'x'", tolak: "permission denied for table jurnal"),
            Serangan("dinsos", "DELETE FROM kinerja.jurnal", tolak: "permission denied for table jurnal"),
            Serangan("postgres", "DELETE FROM kinerja.jurnal", tolak: "jurnal hanya dapat ditambah"),
            Serangan("postgres", "UPDATE kinerja.jurnal SET oleh = 'x'", tolak: "jurnal hanya dapat ditambah"),
            Serangan("postgres", "TRUNCATE kinerja.jurnal", tolak: "jurnal hanya dapat ditambah"),
            Serangan("dinsos", "INSERT INTO kinerja.kiriman VALUES (pg_current_xact_id())", tolak: "permission denied for table kiriman"),
            Serangan("dinsos", "SELECT * FROM kinerja.rahasia", tolak: "permission denied for table rahasia"),
            Serangan("dinsos", "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks, oleh, waktu) VALUES ('1.06', 2023, '\(Self.catatanBaru)', 'x', 'bappeda', '2020-01-01')",
                     tolak: "permission denied for table nilai"),
            Serangan("dinsos", "UPDATE kinerja.nilai SET oleh = 'bappeda' WHERE alamat = '\(Self.terbuka)'", tolak: "permission denied for table nilai"),
            Serangan("bappeda", "INSERT INTO kinerja.kunci (opd, tahun, tw, oleh, waktu) VALUES ('1.06', 2023, 4, 'orang lain', '2020-01-01')",
                     tolak: "permission denied for table kunci"),
            Serangan("dinsos", "SELECT setval('kinerja.revisi', 1)", tolak: "permission denied for sequence revisi"),
        ]
        _ = try serang(p, attempts)
        #expect(try p.jurnal().count == journal)
        // A setting any client may make no longer skips the journal nor names another author.
        let bypass = try ServerUji.psql(p.peran("dinsos"), """
            SET kinerja.dorong = '1'; SET kinerja.sumber = 'bappeda'; UPDATE kinerja.nilai SET angka = 77 WHERE alamat = '\(Self.terbuka)' RETURNING oleh
            """)
        #expect(bypass.keluar == 0 && bypass.stdout == "dinsos\n", "\(bypass.stderr)")
        // Every removal is journalled too, with the login and the server's clock.
        #expect(try ServerUji.psql(p.peran("dinsos"), "SELECT kinerja.hapus_nilai('1.06', 2023, ARRAY['\(Self.tanggapan)'])").stdout == "1\n")
        let lines = try p.jurnal()
        #expect(lines.count == journal + 2)
        let written = lines[lines.count - 2], removed = lines[lines.count - 1]
        #expect(written.pengguna == "dinsos" && written.lama == "1" && written.baru == "77", "\(written)")
        #expect(removed.pengguna == "dinsos" && removed.teks == "1.06.06.2.01.03 catatan tanggapan TW II (dihapus)" && removed.lama == "SK menyusul" && removed.baru == nil)
        let stamp = try #require(ISO8601DateFormatter().date(from: removed.waktu))
        #expect(abs(stamp.timeIntervalSinceNow) < 120, "the server's clock, not the client's")
        // The closing: one line, by the role that closed, whatever the operating system's login.
        let closings = lines.filter { $0.teks.hasPrefix("tutup") }
        #expect(closings.map { "\($0.teks) \($0.pengguna)" } == ["tutup TW I bappeda"])
        #expect(try ServerUji.psql(p.admin, "SELECT oleh FROM kinerja.kunci").stdout == "bappeda\n")
        // As kinerja's history shows them.
        let history = try kinerja("history", p.url("dinsos"), "1.06.06.2.01.03")
        #expect(history.stdout.contains("dinsos@localhost  [bappeda]  1.06.06.2.01.03 indikator 1 realisasi TW II: 1 -> 77"), "\(history.stdout)")
        #expect(history.stdout.contains("catatan tanggapan TW II (dihapus): SK menyusul -> -"))
    }

    // MARK: 4. no waiting forever

    /// A psql session that runs `sql` inside a transaction and keeps it open until `lepas`.
    final class Tahan {
        let process = Process()
        let admin: String
        let nama = "kinerja-uji-\(UUID().uuidString.prefix(8))"

        init(_ url: String, _ sql: String, admin: String) throws {
            self.admin = admin
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = ["-X", "-q", "-d", url, "-c", "BEGIN; \(sql); SELECT pg_sleep(60); COMMIT"]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "PGAPPNAME": nama]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits until the session holds what it took (seen in pg_locks by the admin).
        func tunggu(_ condition: String) throws {
            for _ in 0..<100 {
                let r = try ServerUji.psql(admin, "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE a.application_name = '\(nama)' AND l.granted AND \(condition)")
                if r.stdout != "0\n" { return }
                usleep(50_000)
            }
            Issue.record("the session did not take the lock: \(condition)")
        }

        /// Ends the session on the server too (a client that goes away is noticed only later).
        func lepas() {
            _ = try? ServerUji.psql(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '\(nama)'")
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func everyConnectionWaitsAtMostItsTimeoutAndSaysWhatFor() throws {
        let p = try siapkan()
        let fast = "&lock_timeout=1s"
        // The office's own row held by a psql session of its own: its writers say so within the limit ...
        let held = try Tahan(p.peran("dinsos"), "SELECT 1 FROM kinerja.dokumen WHERE opd = '1.06' FOR UPDATE", admin: p.admin)
        defer { held.lepas() }
        try held.tunggu("l.mode = 'RowShareLock'")
        let start = Date()
        let set = try kinerja("set", p.url("dinsos") + fast, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3")
        #expect(set.keluar == 1 && set.stderr.contains("menunggu kunci OPD-tahun ini (kinerja.dokumen) lebih dari 1s"), "\(set.stderr)")
        #expect(Date().timeIntervalSince(start) < 5)
        // ... while readers, BAPPEDA's summary and the other office are not held at all.
        let rekapStart = Date()
        let rekap = try kinerja("report", ServerUji.sebagai("bappeda", p.admin) + fast, "rekap", "--tahun", "2023", "--format", "csv")
        #expect(rekap.keluar == 0 && rekap.stdout.contains("1.06,Dinas Sosial"), "\(rekap.stderr)")
        #expect(Date().timeIntervalSince(rekapStart) < 5)
        #expect(try kinerja("set", p.url("dinkes", opd: "2.01") + fast, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3").keluar == 0)
        held.lepas()

        // The writers' old advisory key, taken by another office, holds nobody up.
        let key = try Tahan(p.peran("dinkes"), "SELECT pg_advisory_lock(hashtext('1.06/2023'))", admin: p.admin)
        defer { key.lepas() }
        try key.tunggu("l.locktype = 'advisory'")
        #expect(try kinerja("set", p.url("dinsos") + fast, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "3").keluar == 0)
        key.lepas()

        // No role may lock a table beyond ACCESS SHARE, which stops no writer.
        for table in ["nilai", "dokumen", "kunci", "jurnal", "simpul", "akses"] {
            let r = try ServerUji.psql(p.peran("dinkes"), "BEGIN; LOCK TABLE kinerja.\(table) IN SHARE ROW EXCLUSIVE MODE; COMMIT")
            #expect(r.keluar != 0 && r.stderr.contains("permission denied for table \(table)"), "\(table): \(r.stderr)")
        }
        let share = try Tahan(p.peran("dinkes"), "LOCK TABLE kinerja.nilai IN ACCESS SHARE MODE", admin: p.admin)
        defer { share.lepas() }
        try share.tunggu("l.mode = 'AccessShareLock'")
        #expect(try kinerja("set", p.url("dinsos") + fast, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "4").keluar == 0)
        share.lepas()

        // The owner's table lock: a statement that waits without a lock limit stops at its own limit.
        let table = try Tahan(p.admin, "LOCK TABLE kinerja.nilai IN ACCESS EXCLUSIVE MODE", admin: p.admin)
        defer { table.lepas() }
        try table.tunggu("l.mode = 'AccessExclusiveLock'")
        let stopped = try kinerja("show", p.url("dinsos") + "&lock_timeout=0&statement_timeout=1s", "1.06.06.2.01.03")
        #expect(stopped.keluar == 1 && stopped.stderr.contains("perintah dihentikan setelah 1s (statement_timeout)"), "\(stopped.stderr)")
        table.lepas()

        // Set on every connection, 5 s and 60 s unless the URL says otherwise; a wrong one is refused plainly.
        let g = GudangPG(try AlamatPG(p.peran("dinsos")))
        let limits = try GudangPG.tunggu { () async throws(GalatGudang) in
            try await g.dengan { conn in
                var out = ""
                for try await (a, b) in try await conn.query("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')", logger: GudangPG.logger)
                    .decode((String, String).self) { out = a + " " + b }
                return out
            }
        }
        #expect(limits == "5s 1min")
        let wrong = try kinerja("show", p.url("dinsos") + "&lock_timeout=lama", "1.06.06.2.01.03")
        #expect(wrong.keluar == 1 && wrong.stderr.contains("lock_timeout 'lama' bukan lama waktu"))
    }

    // MARK: 5. set and import on a URL, value by value

    @Test func tenWritersOfSetOnDifferentCellsLoseNothingAndNoneFails() throws {
        let p = try siapkan()
        let d = try p.baca()
        // Ten sub kegiatan of open quarters, one writer each, 30 sets each of its own cell (TW IV realisation, 10 values over three quarters).
        let subs = d.simpul.filter { $0.tingkat == .subKegiatan && !$0.indikator.isEmpty }.prefix(10).map(\.kode)
        #expect(subs.count == 10)
        let runs = Hasil()
        DispatchQueue.concurrentPerform(iterations: subs.count) { w in
            for i in 0..<30 {
                let r = try? Proses.jalankan(["set", p.url("dinsos"), subs[w], "--indikator", "1", "--tw", "\(2 + i % 3)", "--realisasi", "\(w * 1000 + i + 1)"])
                runs.tambah(subs[w], "\(w * 1000 + i + 1)", r)
            }
        }
        let failures = runs.semua.filter { $0.2?.keluar != 0 }
        #expect(runs.semua.count == 300)
        #expect(failures.isEmpty, "\(failures.count) of 300 failed: \(failures.prefix(2).map { $0.2?.stderr ?? "no process" })")
        let after = try p.baca()
        for (w, code) in subs.enumerated() {
            for tw in 2...4 {
                let last = (0..<30).last { 2 + $0 % 3 == tw }!
                #expect(after.nilai(.indikator(simpul: code, indeks: 0, .realisasi(tw: tw))) == .some("\(w * 1000 + last + 1)"), "\(code) TW \(tw)")
            }
        }
        #expect(try p.jurnal().filter { $0.sumber == "set" }.count == 300, "every write journalled")
    }

    @Test func writersOfTheSameCellsEitherLandOrAreToldTheConflict() throws {
        let p = try siapkan()
        let cells = ["1.06.06.2.01.03", "1.06.06.2.01.01"]
        let runs = Hasil()
        DispatchQueue.concurrentPerform(iterations: 10) { w in
            for i in 0..<30 {
                let code = cells[i % 2], value = "\(w * 100 + i + 1)"
                runs.tambah(code, value, try? Proses.jalankan(["set", p.url("dinsos"), code, "--tw", "4", "--realisasi", value]))
            }
        }
        var landed: [String: Set<String>] = [:], conflicts = 0, other: [String] = []
        for (code, value, r) in runs.semua {
            guard let r else { other.append("no process"); continue }
            if r.keluar == 0 { landed[code, default: []].insert(value) } else if r.stderr.contains("diubah orang lain sementara itu") && r.stderr.contains("dasar ")
                && r.stderr.contains("milik Anda \(value)") && r.stderr.contains("mereka ") { conflicts += 1 } else { other.append(r.stderr) }
        }
        #expect(other.isEmpty, "\(other.prefix(2))")
        #expect(landed.values.map(\.count).reduce(0, +) + conflicts == 300)
        // Every write that landed is in the journal; the last one of each cell is its value.
        let journal = try p.jurnal().filter { $0.sumber == "set" }
        #expect(journal.count == landed.values.map(\.count).reduce(0, +))
        let d = try p.baca()
        for code in cells {
            let last = journal.last { $0.kode == code }?.baru
            #expect(last != nil && d.nilai(.indikator(simpul: code, indeks: 0, .realisasi(tw: 4))) == .some(last))
            #expect(Set(journal.filter { $0.kode == code }.compactMap(\.baru)) == landed[code] ?? [])
        }
    }

    @Test func importTakesAURLAndWritesValueByValue() throws {
        let p = try siapkan()
        let sheet = folder.appendingPathComponent("tw4.csv").path
        try "Kode,Realisasi TW IV\n1.06.06.2.01.03,14.300.000\n1.06.06.2.01.01,12.000.000\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        let dry = try kinerja("import", p.url("dinsos"), sheet)
        #expect(dry.keluar == 0 && dry.stdout.contains("uji coba: tidak ada yang ditulis"), "\(dry.stdout) \(dry.stderr)")
        let apply = try kinerja("import", p.url("dinsos"), sheet, "--apply")
        #expect(apply.keluar == 0, "\(apply.stderr)")
        let d = try p.baca()
        #expect(d.nilai(.anggaran(simpul: "1.06.06.2.01.03", .realisasi(tw: 4))) == .some("14300000"))
        #expect(d.nilai(.anggaran(simpul: "1.06.06.2.01.01", .realisasi(tw: 4))) == .some("12000000"))
        #expect(try p.jurnal().filter { $0.sumber == "import" }.map(\.pengguna) == ["dinsos", "dinsos"])
        // BAPPEDA's import of figures is refused by the database, nothing written.
        try "Kode,Realisasi TW IV\n1.06.06.2.01.03,1\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        let reviewer = try kinerja("import", p.url("bappeda"), sheet, "--apply")
        #expect(reviewer.keluar == 1 && reviewer.stderr.contains("ditolak database: bappeda tidak berhak"), "\(reviewer.stderr)")
        #expect(!reviewer.stderr.contains("db grant"), "no advice that widens a reviewer")
    }

    // MARK: 6. notifications are hints

    @Test func anotherOfficeCannotNameTheChannelAndAPayloadIsNeverTrusted() throws {
        let p = try siapkan()
        let refused = try ServerUji.psql(p.peran("dinkes"), "SELECT kinerja.saluran('1.06', 2023)")
        #expect(refused.keluar != 0 && refused.stderr.contains("dinkes tidak berhak atas OPD 1.06"))
        #expect(try ServerUji.psql(p.peran("dinkes"), "SELECT kinerja.saluran_rahasia('1.06', 2023)").stderr.contains("permission denied"))
        let channel = try ServerUji.psql(p.peran("dinsos"), "SELECT kinerja.saluran('1.06', 2023)").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(channel.hasPrefix("kinerja_") && channel != "kinerja_" + Self.md5("1.06/2023"), "not worked out from the code")
        #expect(try ServerUji.psql(p.peran("bappeda"), "SELECT kinerja.saluran('1.06', 2023)").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == channel)

        // A listener hears a real write; a notification with any payload makes it read again, and nothing more.
        let g = GudangPG(try AlamatPG(p.peran("dinsos")))
        let m = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: "1.06", tahun: 2023) }
        let heard = Kotak()
        let task = Task.detached(executorPreference: GudangPG.pelaksana) {
            await g.dengar(opd: "1.06", tahun: 2023, revisi: m.revisi, kabar: { heard.tambah($0) }, putus: { _ in })
        }
        defer { task.cancel() }
        usleep(500_000)
        for payload in ["ulang", "kunci", "99999999999", "'; DROP TABLE x; --"] {
            #expect(try ServerUji.psql(p.peran("dinkes"), "SELECT pg_notify('\(channel)', '\(payload.replacingOccurrences(of: "'", with: "''"))')").keluar == 0)
        }
        usleep(500_000)
        #expect(heard.semua.isEmpty, "a notification without a write is not news: \(heard.semua)")
        #expect(try kinerja("set", p.url("dinsos"), "1.06.06.2.01.03", "--tw", "4", "--realisasi", "5").keluar == 0)
        for _ in 0..<50 where heard.semua.isEmpty { usleep(50_000) }
        #expect(heard.semua.count == 1 && heard.semua.first?.ulang == false)
        #expect(heard.semua.first?.nilai.map(\.baru) == ["5"])
    }

    @Test func aTextPostgreSQLCannotHoldIsRefusedByItsPlace() throws {
        let url = try ServerUji.database()
        var b = try Penyimpan.muat(data).berkas()
        b.program[1].kegiatan![0].nama = "Perlindungan\u{0}Sosial"
        let path = folder.appendingPathComponent("nul.json").path
        try BerkasJSON.json(b).write(to: URL(fileURLWithPath: path))
        let push = try kinerja("db", "push", url, path)
        #expect(push.keluar == 1 && push.stderr.contains("program[1].kegiatan[0].nama memuat karakter NUL (\\u0000), yang tidak dapat disimpan PostgreSQL"), "\(push.stderr)")
        #expect(try ServerUji.psql(url, "SELECT count(*) FROM kinerja.dokumen").stdout == "0\n")
    }

    static func md5(_ text: String) -> String {
        let r = try? Proses.jalankan(["-c", "printf %s '\(text)' | md5sum"], env: ["PATH": "/usr/bin:/bin"], program: "/bin/sh")
        return String(r?.stdout.prefix(32) ?? "")
    }
}

/// What writers running side by side reported: the cell, the value, the command's outcome.
final class Hasil: @unchecked Sendable {
    private let lock = NSLock()
    private var isi: [(String, String, Proses?)] = []
    func tambah(_ cell: String, _ value: String, _ r: Proses?) { lock.lock(); isi.append((cell, value, r)); lock.unlock() }
    var semua: [(String, String, Proses?)] { lock.lock(); defer { lock.unlock() }; return isi }
}

/// What a listener heard, from its thread.
final class Kotak: @unchecked Sendable {
    private let lock = NSLock()
    private var isi: [KabarPG] = []
    func tambah(_ k: KabarPG) { lock.lock(); isi.append(k); lock.unlock() }
    var semua: [KabarPG] { lock.lock(); defer { lock.unlock() }; return isi }
}

extension ServerUji {
    /// The sample as the second OPD of `pemda` (2.01), as kinerja reads a file.
    static func opdLainDokumen(_ data: String) throws -> Dokumen {
        var b = try Penyimpan.muat(data).berkas()
        b.opd.kode = "2.01"
        b.opd.nama = "Dinas Kesehatan"
        return try Dokumen(berkas: b)
    }
}

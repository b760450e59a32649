import Foundation
@testable import Model
import LembarKerja
@testable import GudangPostgres
import Testing
import UjiBersama
import GudangBerkas
@testable import Antarmuka
@testable import Perintah

/// The shared store against a real PostgreSQL server: round trip, rights enforced by the
/// database (psql as each role), closed quarters and the journal refused by the database
/// itself, conflicts, the consolidated report, and each failure's message.
@Suite(.serialized, .tags(.pg), .lajur(.pg)) struct GudangPGTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-gudang") }

    func opdLain(_ kode: String, _ nama: String) throws -> String { try ServerUji.opdLain(sampel: data, folder: folder, kode: kode, nama: nama) }

    func kinerja(_ args: String...) throws -> Proses { try Proses.jalankan(args) }

    @Test func aFilePushedAndPulledIsByteIdentical() throws {
        let url = try ServerUji.database()
        // Closed quarter, a reviewer's note and its answer, an office note: every part the store splits.
        #expect(try kinerja("lock", data, "--tw", "1").keluar == 0)
        #expect(try kinerja("review", data, "1.06.06.2.01.03", "--tw", "2", "--note", "Bukti foto?").keluar == 0)
        #expect(try kinerja("set", data, "1.06.06.2.01.03", "--tw", "4", "--realisasi", "2,5").keluar == 0)
        let push = try kinerja("db", "push", url, data)
        #expect(push.keluar == 0, "\(push.stderr)")
        let back = folder.appendingPathComponent("back.json").path
        let pull = try kinerja("db", "pull", url, "--opd", "1.06", "--tahun", "2023", "-o", back)
        #expect(pull.keluar == 0, "\(pull.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: data)))
        // Exact and blank-is-NULL in the database itself.
        let kinds = try ServerUji.psql(url, "SELECT pg_typeof(angka), pg_typeof(rupiah) FROM kinerja.nilai LIMIT 1").stdout
        #expect(kinds.contains("numeric|bigint"))
        #expect(try ServerUji.psql(url, "SELECT angka FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "2.5\n")
        // A value emptied through the store is NULL, not 0, and comes back blank.
        let dataURL = url + "&opd=1.06&tahun=2023"
        #expect(try kinerja("set", dataURL, "1.06.06.2.01.03", "--tw", "4", "--kosong").keluar == 0)
        #expect(try ServerUji.psql(url, "SELECT coalesce(angka::text, 'NULL') FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "NULL\n")
        #expect(try GudangPG.tunggu { () async throws(GalatGudang) in try await GudangPG(try AlamatPG(dataURL)).tarik(opd: "1.06", tahun: 2023) }
            .dokumen.isi.nilai(.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))) == .some(nil))
        // A second push is refused unless it replaces; the schema is re-runnable.
        let again = try kinerja("db", "push", url, data)
        #expect(again.keluar == 1 && again.stderr.contains("sudah ada di database; --replace"))
        let initAgain = try kinerja("db", "init", url)
        #expect(initAgain.stdout.contains("skema sudah versi \(SkemaPG.versiTerbaru)"))
    }

    @Test func theDatabaseReadsEveryAddressAsKinerjaDoes() throws {
        let url = try ServerUji.database()
        let d = try Penyimpan.muat(data)
        // Every address of the sample, blank or not: kind, node, quarter and words as kinerja has them.
        let keys = d.semuaAlamat.map { BarisNilai.kunci($0) }
        let g = GudangPG(try AlamatPG(url))
        let rows = try GudangPG.tunggu { () async throws(GalatGudang) in
            try await g.dengan { conn in
                var out: [[String]] = []
                for try await (a, kind, node, tw, words) in try await conn.query("""
                    SELECT a, (kinerja.arti(a)).jenis, coalesce((kinerja.arti(a)).simpul, ''), coalesce((kinerja.arti(a)).tw::text, ''), (kinerja.arti(a)).uraian
                    FROM unnest(\(keys)::text[]) a
                    """, logger: GudangPG.logger).decode((String, String, String, String, String).self) { out.append([a, kind, node, tw, words]) }
                return out
            }
        }
        var seen = 0
        for f in rows {
            guard let a = BarisNilai.alamat(f[0]) else { Issue.record("\(f)"); continue }
            let mine = BarisNilai(a, nil)
            #expect(Array(f[1...]) == [mine.jenis, a.kodeSimpul ?? "", a.triwulan.map(String.init) ?? "", a.teks(.id)], "\(f)")
            seen += 1
        }
        #expect(seen == keys.count && seen > 1000)
    }

    @Test func aDatabaseOfTheFirstSchemaIsBroughtUpToDateWithItsData() throws {
        // A database as the first kinerja with the shared store left it: schema 1, rows whose kind the client chose.
        let base = try ServerUji.database()
        let db = "lama_\(UUID().uuidString.prefix(8).lowercased())"
        try ServerUji.psql(base, "CREATE DATABASE \(db)")
        let url = base.replacingOccurrences(of: try AlamatPG(base).database, with: db)
        for statement in SkemaPG.pernyataan(SkemaPG.dasar + SkemaPG.satu + "; INSERT INTO kinerja.versi (versi) VALUES (1)") {
            let r = try ServerUji.psql(url, statement)
            #expect(r.keluar == 0, "\(r.stderr)")
        }
        let (shape, values) = try GudangPG.pisah(try Penyimpan.muat(data))
        try ServerUji.psql(url, "INSERT INTO kinerja.dokumen (opd, tahun, nama, struktur) VALUES ('1.06', 2023, 'Dinas Sosial', $$\(shape)$$)")
        let rows = values.map { r, _, _ in
            "('1.06', 2023, '\(r.kunci)', '\(r.jenis == "indikator" ? "catatan" : r.jenis)', NULL, NULL, 'x', \(r.angka ?? "NULL"), \(r.rupiah.map(String.init) ?? "NULL"), \(r.teks.map { "$$" + $0 + "$$" } ?? "NULL"))"
        }
        let insert = try ServerUji.psql(url, "SET kinerja.dorong = '1'; INSERT INTO kinerja.nilai (opd, tahun, alamat, jenis, simpul, tw, uraian, angka, rupiah, teks) VALUES " + rows.joined(separator: ","))
        #expect(insert.keluar == 0, "\(insert.stderr.prefix(300))")
        let upgrade = try kinerja("db", "init", url)
        #expect(upgrade.keluar == 0 && upgrade.stdout.contains("versi 1 → \(SkemaPG.versiTerbaru)"), "\(upgrade.stderr)")
        // Each row's meaning is the database's own now, and the year reads as the file does.
        #expect(try ServerUji.psql(url, "SELECT count(*) FROM kinerja.nilai WHERE (jenis, simpul, tw, uraian) IS DISTINCT FROM ((kinerja.arti(alamat)).jenis, (kinerja.arti(alamat)).simpul, (kinerja.arti(alamat)).tw, (kinerja.arti(alamat)).uraian)").stdout == "0\n")
        #expect(try ServerUji.psql(url, "SELECT count(*) FROM kinerja.simpul").stdout == "101\n")
        let back = try GudangPG.tunggu { () async throws(GalatGudang) in try await GudangPG(try AlamatPG(url)).tarik(opd: "1.06", tahun: 2023) }.dokumen.isi
        #expect(SeranganPGTests.isi(back) == SeranganPGTests.isi(try Penyimpan.muat(data)))
    }

    @Test func eachOPDSeesAndWritesOnlyItsOwnAndBappedaChangesNoFigure() throws {
        let url = try ServerUji.database()
        let other = try opdLain("2.01", "Dinas Kesehatan")
        #expect(try kinerja("db", "push", url, data).keluar == 0)
        #expect(try kinerja("db", "push", url, other).keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "dinsos", "--opd", "1.06").keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "dinkes", "--opd", "2.01").keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "bappeda", "--bappeda").keluar == 0)
        let dinsos = ServerUji.sebagai("dinsos", url), bappeda = ServerUji.sebagai("bappeda", url)

        // psql as dinsos: the other OPD's rows are invisible and unwritable.
        #expect(try ServerUji.psql(dinsos, "SELECT DISTINCT opd FROM kinerja.nilai").stdout == "1.06\n")
        #expect(try ServerUji.psql(dinsos, "SELECT count(*) FROM kinerja.dokumen WHERE opd = '2.01'").stdout == "0\n")
        #expect(try ServerUji.psql(dinsos, "UPDATE kinerja.nilai SET rupiah = 1 WHERE opd = '2.01' AND jenis = 'anggaran'").stdout == "")
        let note = #"{"catatan":{"_2":"pendorong","simpul":"1.06.06.2.01.03","tw":4}}"#
        let insert = try ServerUji.psql(dinsos, "INSERT INTO kinerja.nilai (opd, tahun, alamat, teks) VALUES ('2.01', 2023, '\(note)', 'x')")
        #expect(insert.keluar != 0 && insert.stderr.contains("row-level security"))
        #expect(try ServerUji.psql(url, "SELECT count(*) FROM kinerja.nilai WHERE opd = '2.01' AND rupiah = 1").stdout == "0\n")
        // ... and through kinerja: the other OPD is named, with what to do.
        let show = try kinerja("show", dinsos, "--opd", "2.01", "--tahun", "2023", "1.06.06")
        #expect(show.keluar == 1 && show.stderr.contains("dinsos tidak berhak atas OPD 2.01; minta admin: kinerja db grant URL --user dinsos --opd 2.01") && show.stderr.contains("kinerja db grant"))
        #expect(try kinerja("set", dinsos, "--opd", "1.06", "--tahun", "2023", "1.06.06.2.01.03", "--tw", "4", "--realisasi", "4").keluar == 0)

        // BAPPEDA reads both, cannot change a figure, writes a reviewer's note.
        #expect(try ServerUji.psql(bappeda, "SELECT string_agg(DISTINCT opd, ',') FROM kinerja.nilai").stdout == "1.06,2.01\n")
        #expect(try ServerUji.psql(bappeda, "UPDATE kinerja.nilai SET rupiah = 1 WHERE jenis = 'anggaran' RETURNING 1").stdout == "")
        let figure = try kinerja("set", bappeda, "--opd", "1.06", "--tahun", "2023", "1.06.06.2.01.03", "--tw", "4", "--realisasi", "5")
        #expect(figure.keluar == 1 && figure.stderr.contains("row-level security"))
        let review = try kinerja("review", bappeda, "--opd", "1.06", "--tahun", "2023", "1.06.06.2.01.03", "--tw", "4", "--note", "Lampirkan SK")
        #expect(review.keluar == 0, "\(review.stderr)")
        #expect(try ServerUji.psql(url, "SELECT teks || ' ' || oleh FROM kinerja.nilai WHERE jenis = 'verifikasi'").stdout == "Lampirkan SK bappeda\n")
        // The journal names the role, through kinerja or psql alike.
        #expect(try ServerUji.psql(url, "SELECT oleh || ' ' || baru FROM kinerja.jurnal WHERE alamat IS NOT NULL ORDER BY id").stdout
                == "dinsos 4\nbappeda Lampirkan SK\n")
        let history = try kinerja("history", dinsos, "--opd", "1.06", "--tahun", "2023", "1.06.06.2.01.03")
        #expect(history.keluar == 0)
        #expect(history.stdout.contains("dinsos@localhost  [set]  1.06.06.2.01.03 indikator 1 realisasi TW IV: - -> 4"))
        #expect(history.stdout.contains("bappeda@localhost  [review]  1.06.06.2.01.03 catatan verifikasi TW IV: - -> Lampirkan SK"))
    }

    @Test func aClosedQuarterAndTheJournalAreEnforcedByTheDatabase() throws {
        let url = try ServerUji.database()
        #expect(try kinerja("db", "push", url, data).keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "dinsos", "--opd", "1.06").keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "bappeda", "--bappeda").keluar == 0)
        let dinsos = ServerUji.sebagai("dinsos", url), bappeda = ServerUji.sebagai("bappeda", url)
        // Only BAPPEDA closes a quarter.
        let byOffice = try kinerja("lock", dinsos, "--opd", "1.06", "--tahun", "2023", "--tw", "1")
        #expect(byOffice.keluar == 1 && byOffice.stderr.contains("hanya BAPPEDA yang menutup triwulan (dinsos)"))
        #expect(try kinerja("lock", bappeda, "--opd", "1.06", "--tahun", "2023", "--tw", "1").keluar == 0)
        // The trigger refuses the office's write, from psql as from kinerja (whose own check is bypassed here by psql).
        let sql = try ServerUji.psql(dinsos, "UPDATE kinerja.nilai SET angka = 7 WHERE tw = 1 AND jenis = 'indikator'")
        #expect(sql.keluar != 0 && sql.stderr.contains("TW I 1.06 2023 ditutup oleh bappeda"))
        let admin = try ServerUji.psql(url, "DELETE FROM kinerja.nilai WHERE tw = 1")
        #expect(admin.keluar != 0 && admin.stderr.contains("ditutup"), "not even the owner")
        // The journal: the roles may not change it, and a trigger stops even the owner.
        let asOffice = try ServerUji.psql(dinsos, "DELETE FROM kinerja.jurnal")
        #expect(asOffice.keluar != 0 && asOffice.stderr.contains("permission denied"))
        for statement in ["DELETE FROM kinerja.jurnal", "UPDATE kinerja.jurnal SET oleh = 'x'", "TRUNCATE kinerja.jurnal"] {
            let r = try ServerUji.psql(url, statement)
            #expect(r.keluar != 0 && r.stderr.contains("jurnal hanya dapat ditambah"), "\(statement)")
        }
        #expect(try ServerUji.psql(url, "SELECT uraian || ' ' || oleh FROM kinerja.jurnal WHERE uraian LIKE 'tutup%' ORDER BY id").stdout
                == "tutup TW I bappeda\n", "one line, the database's own")
        // Reopening keeps its reason; a change of shape is journalled in words.
        #expect(try kinerja("unlock", bappeda, "--opd", "1.06", "--tahun", "2023", "--tw", "1", "--reason", "salah ketik").keluar == 0)
        #expect(try kinerja("rename", dinsos, "--opd", "1.06", "--tahun", "2023", "1.06.06.2.01.03", "--nama", "Tenda").keluar == 0)
        #expect(try ServerUji.psql(url, "SELECT uraian || ' | ' || oleh FROM kinerja.jurnal WHERE uraian LIKE 'buka%' OR uraian LIKE 'nama%' ORDER BY id").stdout
                == "buka TW I: salah ketik | bappeda\n" + "nama 1.06.06.2.01.03 → Tenda | dinsos\n")
    }

    @Test func aValueChangedMeanwhileIsAConflictAndDifferentValuesAreNot() throws {
        let url = try ServerUji.database()
        #expect(try kinerja("db", "push", url, data).keluar == 0)
        let g = GudangPG(try AlamatPG(url))
        let a = AlamatNilai.indikator(simpul: "1.06.06.2.01.03", indeks: 0, .realisasi(tw: 4))
        let b = AlamatNilai.anggaran(simpul: "1.06.06.2.01.03", .realisasi(tw: 4))
        let first = try GudangPG.tunggu { () async throws(GalatGudang) in
            try await g.tulis(opd: "1.06", tahun: 2023, [Perubahan(alamat: a, lama: nil, baru: "2")], sumber: "uji")
        }
        #expect(first.konflik.isEmpty && first.revisi > 0)
        // Someone else saw the blank too and typed 3: base / mine / theirs.
        let second = try GudangPG.tunggu { () async throws(GalatGudang) in
            try await g.tulis(opd: "1.06", tahun: 2023, [Perubahan(alamat: a, lama: nil, baru: "3"),
                                                         Perubahan(alamat: b, lama: "14299733", baru: "14300000")], sumber: "uji")
        }
        #expect(second.konflik.map(\.perubahan) == [Perubahan(alamat: a, lama: nil, baru: "3")])
        #expect(second.konflik.first?.mereka == .some("2"))
        let d = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: "1.06", tahun: 2023) }.dokumen.isi
        #expect(d.nilai(a) == .some("2"), "theirs kept")
        // A number written another way in psql (2.00) is still the 2 a user saw: no conflict.
        try ServerUji.psql(url, "UPDATE kinerja.nilai SET angka = 2.00 WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'")
        let third = try GudangPG.tunggu { () async throws(GalatGudang) in
            try await g.tulis(opd: "1.06", tahun: 2023, [Perubahan(alamat: a, lama: "2", baru: "6")], sumber: "uji")
        }
        #expect(third.konflik.isEmpty)
        #expect(d.nilai(b) == .some("14300000"), "the other value went in")
    }

    @Test func rekapHasOneRowPerOPD() throws {
        let url = try ServerUji.database()
        let other = try opdLain("2.01", "Dinas Kesehatan")
        #expect(try kinerja("db", "push", url, data).keluar == 0)
        #expect(try kinerja("db", "push", url, other).keluar == 0)
        #expect(try kinerja("db", "grant", url, "--user", "bappeda", "--bappeda").keluar == 0)
        #expect(try kinerja("lock", ServerUji.sebagai("bappeda", url), "--opd", "2.01", "--tahun", "2023", "--tw", "4").keluar == 0)
        let r = try kinerja("report", ServerUji.sebagai("bappeda", url), "rekap", "--tahun", "2023", "--format", "csv")
        #expect(r.keluar == 0, "\(r.stderr)")
        let lines = r.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "kode,opd,pagu,realisasi,serapan,capaian,kategori,kosong,ditutup")
        #expect(lines.count == 4)
        // The sample's own figures: the tree's OPD row (Rp 35.272.253.286, 88,98%) and its one blank entry of TW IV.
        let spent = try #require(Penyimpan.muat(data).anggaran(0).realisasiSd(4))
        #expect(lines[1] == "1.06,Dinas Sosial Kota Semarang,35272253286,\(spent),88.98,100,Baik,1,tidak")
        #expect(lines[2] == "2.01,Dinas Kesehatan,35272253286,\(spent),88.98,100,Baik,1,ya")
        #expect(lines[3] == ",Jumlah (2 OPD),70544506572,\(2 * spent),88.98,,,2,1 ditutup")
        // The same as a workbook sheet.
        let book = folder.appendingPathComponent("rekap.xlsx").path
        #expect(try kinerja("report", ServerUji.sebagai("bappeda", url), "rekap", "--tahun", "2023", "--format", "xlsx", "-o", book).keluar == 0)
        let sheet = try Lembar.baca(book, lembar: "Rekap")
        #expect(sheet.contains { $0.first == "2.01" && $0.contains("Dinas Kesehatan") })
        // An OPD's role sees its own row only.
        #expect(try kinerja("db", "grant", url, "--user", "dinsos", "--opd", "1.06").keluar == 0)
        let own = try kinerja("report", ServerUji.sebagai("dinsos", url), "rekap", "--tahun", "2023", "--format", "csv")
        #expect(own.stdout.split(whereSeparator: \.isNewline).count == 3)
    }

    @Test func eachFailureHasOneClearMessage() throws {
        let url = try ServerUji.database()
        let port = try AlamatPG(url).port
        // Nothing listens there.
        let closed = try kinerja("show", "postgresql://postgres@127.0.0.1:1/x?opd=1.06&tahun=2023", "1.06.06")
        #expect(closed.keluar == 1 && closed.stderr.contains("postgres@127.0.0.1:1/x: server tidak dapat dihubungi"))
        // The password never on the command line, and never printed.
        let secret = try kinerja("show", "postgresql://postgres:rahasia@127.0.0.1:\(port)/x", "1.06.06")
        #expect(secret.keluar == 1 && secret.stderr.contains("sandi tidak boleh ditulis di baris perintah") && !secret.stderr.contains("rahasia"))
        // A wrong password from the password file; the right one works over TCP (scram).
        let tcp = "postgresql://postgres@127.0.0.1:\(port)/\(try AlamatPG(url).database)?opd=1.06&tahun=2023&sslmode=disable"
        let wrong = folder.appendingPathComponent("pgpass").path
        try "127.0.0.1:\(port):*:postgres:salah\n".write(toFile: wrong, atomically: false, encoding: .utf8)
        chmod(wrong, 0o600)
        let refused = try Proses.jalankan(["show", tcp, "1.06.06"], env: ["LANG": "C", "PGPASSFILE": wrong])
        #expect(refused.keluar == 1 && refused.stderr.contains("login ditolak untuk postgres") && !refused.stderr.contains("salah"))
        let none = try Proses.jalankan(["show", tcp, "1.06.06"], env: ["LANG": "C", "HOME": folder.path])
        #expect(none.keluar == 1 && none.stderr.contains("server meminta sandi untuk postgres, tetapi tidak ada di ~/.pgpass"))
        // TLS as the URL asks: this server offers none.
        let tls = try Proses.jalankan(["show", tcp.replacingOccurrences(of: "sslmode=disable", with: "sslmode=require"), "1.06.06"],
                                      env: ["LANG": "C", "PGPASSFILE": try ServerUji.folder + "/pgpass"])
        #expect(tls.keluar == 1 && tls.stderr.contains("server tidak menawarkan TLS, padahal sslmode=require"))
        #expect(try kinerja("db", "push", url, data).keluar == 0)
        let right = try Proses.jalankan(["show", tcp, "1.06.06"], env: ["LANG": "C", "PGPASSFILE": try ServerUji.folder + "/pgpass"])
        #expect(right.keluar == 0 && right.stdout.contains("Program 1.06.06 Penanganan Bencana"), "\(right.stderr)")
        // No schema; a newer schema; no such OPD-year; the OPD and year missing.
        let bare = url.replacingOccurrences(of: try AlamatPG(url).database, with: "postgres")
        let noSchema = try kinerja("show", bare, "--opd", "1.06", "--tahun", "2023", "1.06.06")
        #expect(noSchema.keluar == 1 && noSchema.stderr.contains("belum berisi skema kinerja; admin menjalankan: kinerja db init URL"))
        let missing = try kinerja("show", url, "--opd", "9.99", "--tahun", "2023", "1.06.06")
        #expect(missing.keluar == 1 && missing.stderr.contains("OPD 9.99 tahun 2023 belum ada di database"))
        let unnamed = try kinerja("show", url, "1.06.06")
        #expect(unnamed.keluar == 2 && unnamed.stderr.contains("--opd KODE --tahun TAHUN"))
        try ServerUji.psql(url, "INSERT INTO kinerja.versi (versi) VALUES (99)")
        let newer = try kinerja("show", url, "--opd", "1.06", "--tahun", "2023", "1.06.06")
        #expect(newer.keluar == 1 && newer.stderr.contains("skema database versi 99 lebih baru"))
        // In English too.
        let english = try Proses.jalankan(["show", url, "--opd", "1.06", "--tahun", "2023", "1.06.06", "--lang", "en"])
        #expect(english.stderr.contains("the database's schema is version 99, newer than this kinerja knows"))
    }
}

/// The load test: 20 writers side by side on one OPD-year, 500 edits each, as the
/// interface writes them; nothing lost, no error shown to any of them.
@Suite(.tags(.pg, .beban), .lajur(.pg), .lajur(.beban)) struct BebanPGTests {
    @Test func twentyWritersFiveHundredEditsEachLoseNothing() throws {
        let url = try ServerUji.database("beban")
        #expect(try Proses.jalankan(["db", "push", url, Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path]).keluar == 0)
        let g = GudangPG(try AlamatPG(url))
        let r = try TolokPG.beban(g, opd: "1.06", tahun: 2023, penulis: 20, suntingan: 500, batas: 300)
        #expect(r.galat.isEmpty, "\(r.galat.prefix(3))")
        #expect(r.ditulis == 10_000)
        #expect(r.hilang == 0)
        #expect(try TolokPG.hitungJurnal(g, opd: "1.06", tahun: 2023) == 10_000, "one journal line per edit")
    }
}

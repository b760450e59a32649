import Foundation
import Model
import PostgresNIO

/// Every failure of the shared store as one message for the user: the server (never the
/// password), the OPD where it applies, what to do; and whether asking again could help.
extension GudangPG {
    /// One message for the user: the server (never the password), the OPD where it applies, what to do.
    func galat(_ error: any Error, opd: String? = nil) -> GalatGudang {
        if let g = error as? GalatGudang { return g }
        if let t = error as? PostgresTransactionError, let inner = t.closureError ?? t.beginError ?? t.commitError {
            return galat(inner, opd: opd)
        }
        // A stored shape that no longer reads (changed by hand): said as a file's problem would be.
        if let b = error as? GalatBerkas { return GalatGudang(server: alamat.tampil, pesan: Pesan(id: b.teks(.id), en: b.teks(.en))) }
        if let d = error as? GalatData {
            return GalatGudang(server: alamat.tampil, pesan: Pesan(id: "OPD \(opd ?? ""): \(d.tempat): " + d.pesan.id, en: "OPD \(opd ?? ""): \(d.tempat): " + d.pesan.en))
        }
        let server = alamat.tampil
        let who = alamat.pengguna
        if let p = error as? PSQLError {
            let state = p.serverInfo?[.sqlState] ?? ""
            let message = p.serverInfo?[.message] ?? ""
            switch (p.code, state) {
            case (.server, "28P01"), (.server, "28000"):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "login ditolak untuk \(who): periksa sandi di ~/.pgpass (atau PGPASSWORD), atau minta admin membuat peran ini (kinerja db grant)",
                    en: "login refused for \(who): check the password in ~/.pgpass (or PGPASSWORD), or ask the administrator to create this role (kinerja db grant)"))
            case (.server, "3D000"):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "database \(alamat.database) tidak ada; admin membuatnya (createdb \(alamat.database)) lalu menjalankan kinerja db init URL",
                    en: "database \(alamat.database) does not exist; an administrator creates it (createdb \(alamat.database)) and runs kinerja db init URL"))
            case (.server, "42P01"), (.server, "3F000"):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "database ini belum berisi skema kinerja; admin menjalankan: kinerja db init URL",
                    en: "this database has no kinerja schema yet; an administrator runs: kinerja db init URL"))
            case (.server, "42501"):
                // Who may write what is the database's rule: said as such, never advising a wider right.
                let what = opd.map { "OPD \($0)" } ?? "ini"
                return GalatGudang(server: server, pesan: Pesan(
                    id: "ditolak database: \(who) tidak berhak melakukan ini atas \(what) (\(message)); angka dan catatan OPD ditulis OPD itu sendiri, catatan verifikasi dan penutupan triwulan oleh BAPPEDA",
                    en: "refused by the database: \(who) may not do this to \(opd.map { "OPD \($0)" } ?? "this") (\(message)); an office writes its own figures and notes, BAPPEDA reviewer's notes and closings"),
                    ditolak: true)
            case (.server, "KN001"):
                return GalatGudang(server: server, pesan: Pesan(id: message + "; buka dulu dengan kinerja unlock (BAPPEDA)",
                                                               en: message.replacingOccurrences(of: "ditutup oleh", with: "closed by") + "; reopen it first with kinerja unlock (BAPPEDA)"),
                                   ditolak: true)
            case (.server, "55P03"):
                let place = GudangPG.tempatKunci(p.serverInfo?[.locationContext] ?? message)
                return GalatGudang(server: server, pesan: Pesan(
                    id: "menunggu kunci \(place.id) lebih dari \(alamat.batasKunci): transaksi lain memegangnya (mis. sesi psql yang belum COMMIT); tidak ada yang ditulis, coba lagi (batasnya: ?lock_timeout= di URL)",
                    en: "waited more than \(alamat.batasKunci) for the lock on \(place.en): another transaction holds it (a psql session not yet committed, say); nothing was written, try again (the limit: ?lock_timeout= in the URL)"))
            case (.server, "57014"):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "perintah dihentikan setelah \(alamat.batasPerintah) (statement_timeout); tidak ada yang ditulis; server sibuk atau ada yang menahan tabelnya (batasnya: ?statement_timeout= di URL)",
                    en: "the statement was stopped after \(alamat.batasPerintah) (statement_timeout); nothing was written; the server is busy or something holds the table (the limit: ?statement_timeout= in the URL)"))
            case (.server, "40001"), (.server, "40P01"):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "transaksi bertabrakan dengan penulis lain; tidak ada yang ditulis, coba lagi",
                    en: "the transaction collided with another writer; nothing was written, try again"))
            case (.server, let s) where s.hasPrefix("KN") || s.hasPrefix("23") || s.hasPrefix("22"):
                return GalatGudang(server: server, pesan: Pesan(id: "ditolak database: \(message)", en: "refused by the database: \(message)"), ditolak: true)
            case (.server, _):
                return GalatGudang(server: server, pesan: Pesan(id: "server menolak: \(message) (\(state))", en: "the server refused: \(message) (\(state))"))
            case (.serverClosedConnection, _), (.clientClosedConnection, _), (.uncleanShutdown, _):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "koneksi ke server terputus; tidak ada yang setengah tertulis, coba lagi",
                    en: "the connection to the server was lost; nothing is half-written, try again"))
            case (.sslUnsupported, _):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "server tidak menawarkan TLS, padahal sslmode=\(alamat.sslmode)", en: "the server offers no TLS, but sslmode=\(alamat.sslmode)"))
            case (.authMechanismRequiresPassword, _):
                return GalatGudang(server: server, pesan: Pesan(
                    id: "server meminta sandi untuk \(who), tetapi tidak ada di ~/.pgpass (atau PGPASSFILE) maupun PGPASSWORD",
                    en: "the server asks a password for \(who), but there is none in ~/.pgpass (or PGPASSFILE) nor PGPASSWORD"))
            default:
                return GalatGudang(server: server, pesan: Pesan(
                    id: "server tidak dapat dihubungi; periksa bahwa PostgreSQL berjalan dan host/port benar",
                    en: "the server cannot be reached; check that PostgreSQL is running and the host and port are right"))
            }
        }
        return GalatGudang(server: server, pesan: Pesan(
            id: "server tidak dapat dihubungi (\(error)); periksa bahwa PostgreSQL berjalan dan host/port benar",
            en: "the server cannot be reached (\(error)); check that PostgreSQL is running and the host and port are right"))
    }

    /// What a lock wait was for, from the server's context line (`while locking tuple (0,1) in relation "dokumen"`).
    static func tempatKunci(_ context: String) -> (id: String, en: String) {
        guard let r = context.range(of: #"relation "[a-z_]+""#, options: .regularExpression) else { return ("baris atau tabel", "a row or a table") }
        let table = context[r].dropFirst(10).dropLast()
        if table == "dokumen" { return ("OPD-tahun ini (kinerja.dokumen)", "this agency-year (kinerja.dokumen)") }
        return ("tabel kinerja.\(table)", "the table kinerja.\(table)")
    }

}

import Foundation
import Model
import GudangBerkas
import GudangPostgres

/// A real PostgreSQL server for the tests: the one `.ci/run` started (`KINERJA_PG_URL`,
/// its superuser's URL on the unix socket), else one started here once per test run with
/// `tools/pg/server` in a temporary folder and stopped when the run ends. Each test gets
/// a database of its own.
enum ServerUji {
    nonisolated(unsafe) static var berhenti = "true"
    private static let mulai: Result<(url: String, folder: String), Error> = {
        if let url = ProcessInfo.processInfo.environment["KINERJA_PG_URL"], let a = try? AlamatPG(url) {
            return .success((url, a.host))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-pg-\(getpid())").path
        // Started through the shell, not Foundation's Process: the server's processes outlive
        // the script, and Process does not see that script end from a static initialiser.
        let script = "'\(Proses.root.path)/tools/pg/server'"
        guard system("\(script) start '\(folder)' > '\(folder).url' 2> '\(folder).log'") == 0 else {
            let why = (try? String(contentsOfFile: folder + ".log", encoding: .utf8)) ?? ""
            return .failure(Pesan(id: "PostgreSQL tidak dapat dijalankan: " + why, en: "PostgreSQL cannot be started: " + why))
        }
        berhenti = "\(script) stop '\(folder)'; rm -rf '\(folder)' '\(folder).url' '\(folder).log'"
        atexit { _ = system(ServerUji.berhenti) }
        let url = (try? String(contentsOfFile: folder + ".url", encoding: .utf8)) ?? ""
        return .success((url.trimmingCharacters(in: .whitespacesAndNewlines), folder))
    }()

    /// The server's socket folder (its pgpass file is there too, for the TCP login).
    static var folder: String { get throws { try mulai.get().folder } }

    /// A fresh database with kinerja's schema; returns the superuser's URL to it.
    static func database(_ name: String = "t") throws -> String {
        let base = try mulai.get().url
        let db = "\(name)_\(UUID().uuidString.prefix(8).lowercased())"
        try psql(base, "CREATE DATABASE \(db)")
        let url = base.replacingOccurrences(of: "/kinerja?", with: "/\(db)?")
        let r = try Proses.jalankan(["db", "init", url])
        guard r.keluar == 0 else { throw Pesan(id: r.stderr, en: r.stderr) }
        return url
    }

    /// The URL for another role on the same database (trust on the socket: no password).
    static func sebagai(_ role: String, _ url: String) -> String {
        url.replacingOccurrences(of: "postgresql://postgres@", with: "postgresql://\(role)@")
    }

    /// psql as the URL's role: the output (unaligned, tuples only), or the error.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> Proses {
        try Proses.jalankan(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], env: ["PATH": "/usr/bin:/bin", "LANG": "C"],
                            program: "/usr/bin/psql")
    }

    /// The sample as another OPD (code and name changed), written beside it.
    static func opdLain(sampel data: String, folder: URL, kode: String = "2.01", nama: String = "Dinas Kesehatan") throws -> String {
        var b = try Penyimpan.muat(data).berkas()
        b.opd.kode = kode
        b.opd.nama = nama
        let path = folder.appendingPathComponent("\(kode).json").path
        try BerkasJSON.json(b).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A Pemda of two OPDs on a fresh database: the sample (1.06) and the same as 2.01 Dinas
    /// Kesehatan, with the roles dinsos (1.06), dinkes (2.01) and bappeda; the superuser's URL.
    static func pemda(sampel data: String, folder: URL, nama: String = "t") throws -> String {
        let url = try database(nama)
        let other = try opdLain(sampel: data, folder: folder)
        for args in [["db", "push", url, data], ["db", "push", url, other], ["db", "grant", url, "--user", "dinsos", "--opd", "1.06"],
                     ["db", "grant", url, "--user", "dinkes", "--opd", "2.01"], ["db", "grant", url, "--user", "bappeda", "--bappeda"]] {
            let r = try Proses.jalankan(args)
            guard r.keluar == 0 else { throw Pesan(id: "\(args): \(r.stderr)", en: "\(args): \(r.stderr)") }
        }
        return url
    }
}

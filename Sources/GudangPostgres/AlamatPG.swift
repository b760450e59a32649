import Foundation
import Model

/// Where a shared store is: a PostgreSQL URL (`postgresql://user@host:port/db?...`) read
/// the way libpq reads it, with the libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE,
/// PGSSLMODE, PGPASSWORD, PGPASSFILE) filling what the URL leaves out, and the password
/// from `PGPASSWORD` or the password file (`~/.pgpass`), never from the command line.
/// `opd` and `tahun` may come as query parameters.
public struct AlamatPG: Sendable, Equatable {
    /// A host name or address, or the folder of a unix socket (starts with `/`).
    public var host: String
    public var port: Int
    public var pengguna: String
    public var database: String
    /// disable, allow, prefer, require, verify-ca or verify-full.
    public var sslmode: String
    public var opd: String?
    public var tahun: Int?
    /// Not part of `tampil`; never printed.
    public var sandi: String?
    /// How long a statement waits for a lock, and runs at most, on every connection
    /// (PostgreSQL's `lock_timeout` and `statement_timeout`; `0` turns one off).
    public var batasKunci: String
    public var batasPerintah: String

    public static let batasKunciBawaan = "5s"
    public static let batasPerintahBawaan = "60s"

    public static func adalahURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public var soket: Bool { host.hasPrefix("/") }

    /// The server as messages name it: user, host, port and database, never the password.
    public var tampil: String {
        "\(pengguna)@\(host):\(port)/\(database)"
    }

    /// Reads a URL; `lingkungan` is the process environment (given, for tests).
    public init(_ url: String, lingkungan env: [String: String] = ProcessInfo.processInfo.environment) throws(GalatGudang) {
        guard AlamatPG.adalahURL(url), let parts = URLComponents(string: url) else {
            throw GalatGudang(server: url, pesan: Pesan(
                id: "bukan URL PostgreSQL; bentuknya postgresql://pengguna@host:port/database",
                en: "not a PostgreSQL URL; it reads postgresql://user@host:port/database"))
        }
        if parts.password != nil {
            throw GalatGudang(server: url.replacingOccurrences(of: ":" + (parts.percentEncodedPassword ?? "") + "@", with: ":***@"), pesan: Pesan(
                id: "sandi tidak boleh ditulis di baris perintah (terlihat oleh pengguna lain di ps dan riwayat shell); simpan di ~/.pgpass atau PGPASSWORD",
                en: "the password must not be on the command line (others see it in ps and the shell history); put it in ~/.pgpass or PGPASSWORD"))
        }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let user = query["user"] ?? parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? env["PGUSER"] ?? AlamatPG.namaOS()
        host = query["host"] ?? parts.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? env["PGHOST"] ?? "/var/run/postgresql"
        let portText = query["port"] ?? parts.port.map(String.init) ?? env["PGPORT"] ?? "5432"
        guard let p = Int(portText), (1...65535).contains(p) else {
            throw GalatGudang(server: url, pesan: Pesan(id: "port '\(portText)' bukan nomor port", en: "port '\(portText)' is not a port number"))
        }
        port = p
        pengguna = user
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = query["dbname"] ?? (path.isEmpty ? nil : path.removingPercentEncoding) ?? env["PGDATABASE"] ?? user
        sslmode = query["sslmode"] ?? env["PGSSLMODE"] ?? "prefer"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslmode) else {
            throw GalatGudang(server: "\(user)@\(host)", pesan: Pesan(
                id: "sslmode '\(sslmode)' tidak dikenal; pakai disable, prefer, require, verify-ca atau verify-full",
                en: "unknown sslmode '\(sslmode)'; use disable, prefer, require, verify-ca or verify-full"))
        }
        opd = query["opd"]
        if let y = query["tahun"] ?? query["year"] {
            guard let year = Int(y) else {
                throw GalatGudang(server: url, pesan: Pesan(id: "tahun '\(y)' bukan angka tahun", en: "year '\(y)' is not a year"))
            }
            tahun = year
        }
        batasKunci = try AlamatPG.lama(query["lock_timeout"] ?? env["KINERJA_PG_LOCK_TIMEOUT"] ?? AlamatPG.batasKunciBawaan, "lock_timeout", url)
        batasPerintah = try AlamatPG.lama(query["statement_timeout"] ?? env["KINERJA_PG_STATEMENT_TIMEOUT"] ?? AlamatPG.batasPerintahBawaan, "statement_timeout", url)
        sandi = env["PGPASSWORD"] ?? AlamatPG.cariSandi(host: host, port: port, database: database, pengguna: user,
                                                        berkas: query["passfile"] ?? env["PGPASSFILE"] ?? env["HOME"].map { $0 + "/.pgpass" })
    }

    /// A duration as PostgreSQL reads it: a whole number and ms, s, min or h (`0` is none).
    static func lama(_ text: String, _ name: String, _ url: String) throws(GalatGudang) -> String {
        guard text.range(of: "^[0-9]{1,7}(ms|s|min|h)?$", options: .regularExpression) != nil else {
            throw GalatGudang(server: url, pesan: Pesan(
                id: "\(name) '\(text)' bukan lama waktu; tulis mis. 5s, 500ms, 2min atau 0 (tanpa batas)",
                en: "\(name) '\(text)' is not a duration; write e.g. 5s, 500ms, 2min or 0 (no limit)"))
        }
        return text
    }

    /// The password file's entry for this connection (`host:port:db:user:password`, `*`
    /// matching anything, `\:` and `\\` escaped). As libpq does, a file others can read is ignored.
    static func cariSandi(host: String, port: Int, database: String, pengguna: String, berkas: String?) -> String? {
        guard let berkas, let text = try? String(contentsOfFile: berkas, encoding: .utf8) else { return nil }
        var info = stat()
        if stat(berkas, &info) == 0, info.st_mode & 0o077 != 0 { return nil }
        let hostNames = host.hasPrefix("/") ? [host, "localhost"] : [host]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = pisahPgpass(String(line))
            guard fields.count == 5 else { continue }
            func cocok(_ f: String, _ values: [String]) -> Bool { f == "*" || values.contains(f) }
            if cocok(fields[0], hostNames), cocok(fields[1], [String(port)]), cocok(fields[2], [database]), cocok(fields[3], [pengguna]) {
                return fields[4]
            }
        }
        return nil
    }

    private static func pisahPgpass(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for c in line {
            if escaped { current.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == ":" && fields.count < 4 {
                fields.append(current); current = ""
            } else { current.append(c) }
        }
        fields.append(current)
        return fields
    }

    private static func namaOS() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    }
}

/// A shared store that cannot be used: names the server (never the password) and, where
/// it applies, the OPD, and says what to do.
public struct GalatGudang: Error, Equatable, Sendable, CustomStringConvertible {
    public let server: String
    public let pesan: Pesan
    /// The database refused what was asked (a right, a rule): asking again changes nothing.
    /// Otherwise the server could not be reached or the wait was too long: worth another try.
    public let ditolak: Bool

    public init(server: String, pesan: Pesan, ditolak: Bool = false) {
        self.server = server
        self.pesan = pesan
        self.ditolak = ditolak
    }

    public func teks(_ bahasa: Bahasa) -> String { "\(server): \(pesan.teks(bahasa))" }
    public var description: String { teks(.id) }
}

import Foundation
import Model
import PostgresNIO

/// The shared store: every OPD's years in one PostgreSQL database (schema in `SkemaPG`).
/// A peer of the data file: the same `Dokumen` comes out of `tarik` as out of a file,
/// and goes in with `dorong`; values are written one by one with `tulis`, each only if
/// it is still what its writer saw. Each call connects, works and disconnects; the
/// interface keeps one more connection for `dengar`.
public struct GudangPG: Sendable {
    public let alamat: AlamatPG

    public init(_ alamat: AlamatPG) { self.alamat = alamat }

    static let logger = Logger(label: "kinerja.pg")

    /// Where the store's tasks run (see `PelaksanaPG`).
    public static var pelaksana: any TaskExecutor { PelaksanaPG.bersama }

    // MARK: connecting

    func konfigurasi() throws(GalatGudang) -> PostgresConnection.Configuration {
        if alamat.soket {
            var c = PostgresConnection.Configuration(unixSocketPath: alamat.host + "/.s.PGSQL.\(alamat.port)", username: alamat.pengguna,
                                                     password: alamat.sandi, database: alamat.database)
            c.options.connectTimeout = .seconds(5)
            c.options.additionalStartupParameters = parameterAwal
            return c
        }
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch alamat.sslmode {
            case "disable", "allow": tls = .disable
            default:
                var t = TLSConfiguration.makeClientConfiguration()
                switch alamat.sslmode {
                case "verify-full": t.certificateVerification = .fullVerification
                case "verify-ca": t.certificateVerification = .noHostnameVerification
                default: t.certificateVerification = .none
                }
                let context = try NIOSSLContext(configuration: t)
                tls = alamat.sslmode == "prefer" ? .prefer(context) : .require(context)
            }
        } catch {
            throw GalatGudang(server: alamat.tampil, pesan: Pesan(id: "TLS tidak dapat disiapkan: \(error)", en: "TLS cannot be set up: \(error)"))
        }
        var c = PostgresConnection.Configuration(host: alamat.host, port: alamat.port, username: alamat.pengguna,
                                                 password: alamat.sandi, database: alamat.database, tls: tls)
        c.options.connectTimeout = .seconds(5)
        c.options.additionalStartupParameters = parameterAwal
        return c
    }

    /// Set on every connection: nothing kinerja runs waits on a lock, or runs, without end.
    var parameterAwal: [(String, String)] {
        [("application_name", "kinerja"), ("lock_timeout", alamat.batasKunci), ("statement_timeout", alamat.batasPerintah)]
    }

    /// A connection with the schema checked: present and not newer than this program knows.
    public func sambung(periksaSkema: Bool = true) async throws -> PostgresConnection {
        let config = try konfigurasi()
        let conn: PostgresConnection
        do {
            conn = try await PostgresConnection.connect(configuration: config, id: 1, logger: GudangPG.logger)
        } catch {
            throw galat(error)
        }
        if periksaSkema {
            do {
                try await periksaVersi(conn)
            } catch {
                try? await conn.close()
                throw error
            }
        }
        return conn
    }

    /// Connects, runs `body`, disconnects; any failure as one clear message.
    public func dengan<T: Sendable>(opd: String? = nil, periksaSkema: Bool = true, _ body: (PostgresConnection) async throws -> T) async throws(GalatGudang) -> T {
        do {
            let conn = try await sambung(periksaSkema: periksaSkema)
            do {
                let result = try await body(conn)
                try? await conn.close()
                return result
            } catch {
                try? await conn.close()
                throw error
            }
        } catch {
            throw galat(error, opd: opd)
        }
    }

    func periksaVersi(_ conn: PostgresConnection) async throws {
        let rows = try await conn.query("SELECT coalesce(max(versi), 0) FROM kinerja.versi", logger: GudangPG.logger)
        var version = 0
        for try await v in rows.decode(Int.self) { version = v }
        if version > SkemaPG.versiTerbaru { throw lebihBaru(version) }
        if version < SkemaPG.versiTerbaru {
            throw GalatGudang(server: alamat.tampil, pesan: Pesan(
                id: "skema database versi \(version), perlu \(SkemaPG.versiTerbaru); admin menjalankan: kinerja db init URL",
                en: "the database's schema is version \(version), \(SkemaPG.versiTerbaru) is needed; an administrator runs: kinerja db init URL"))
        }
    }

    // MARK: the schema

    /// A database set up by a newer kinerja: this one does not touch it.
    func lebihBaru(_ version: Int) -> GalatGudang {
        GalatGudang(server: alamat.tampil, pesan: Pesan(
            id: "skema database versi \(version) lebih baru dari yang dikenal kinerja ini (\(SkemaPG.versiTerbaru)); perbarui kinerja",
            en: "the database's schema is version \(version), newer than this kinerja knows (\(SkemaPG.versiTerbaru)); update kinerja"))
    }

    /// Applies the migrations not yet applied, in one transaction; returns the versions before and after.
    public func pasangSkema() async throws(GalatGudang) -> (dari: Int, ke: Int) {
        try await dengan(periksaSkema: false) { conn in
            func jalankan(_ script: String) async throws {
                for statement in SkemaPG.pernyataan(script) {
                    try await conn.jalankan(PostgresQuery(unsafeSQL: statement))
                }
            }
            try await jalankan("BEGIN; SELECT pg_advisory_xact_lock(7406211);" + SkemaPG.dasar)
            do {
                var from = 0
                for try await v in try await conn.query("SELECT coalesce(max(versi), 0) FROM kinerja.versi", logger: GudangPG.logger).decode(Int.self) { from = v }
                if from > SkemaPG.versiTerbaru { throw lebihBaru(from) }
                for n in from..<SkemaPG.versiTerbaru {
                    try await jalankan(SkemaPG.migrasi[n] + "\nINSERT INTO kinerja.versi (versi) VALUES (\(n + 1));")
                }
                try await jalankan("COMMIT")
                return (from, SkemaPG.versiTerbaru)
            } catch {
                try? await jalankan("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: from async to the synchronous callers

    /// Runs `op` to the end from synchronous code (the commands, the interface's worker threads).
    public static func tunggu<T: Sendable>(_ op: @escaping @Sendable () async throws(GalatGudang) -> T) throws(GalatGudang) -> T {
        let done = DispatchSemaphore(value: 0)
        let box = Hasil<T>()
        // On threads of its own: the caller may itself be one of Swift's few cooperative threads.
        Task.detached(executorPreference: PelaksanaPG.bersama) {
            do throws(GalatGudang) { box.isi = .success(try await op()) } catch { box.isi = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.isi!.get()
    }
}

extension PostgresConnection {
    /// Runs a statement to its end, its rows read and dropped: an error the server raises
    /// while producing them (a function's refusal) is thrown here, not lost with the rows.
    func jalankan(_ query: PostgresQuery) async throws {
        for try await _ in try await self.query(query, logger: GudangPG.logger) {}
    }
}

/// The result of a task handed from its thread to the one waiting on the semaphore.
private final class Hasil<T>: @unchecked Sendable {
    var isi: Result<T, GalatGudang>?
}

/// Runs the store's tasks on Dispatch's threads rather than Swift's cooperative pool (one
/// thread per processor), so that code waiting for a result on a thread of that pool (a
/// synchronous caller run from a task) can never leave the work without a thread to run on.
final class PelaksanaPG: TaskExecutor, @unchecked Sendable {
    static let bersama = PelaksanaPG()
    private let antrian = DispatchQueue(label: "kinerja.pg", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        antrian.async { unowned.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

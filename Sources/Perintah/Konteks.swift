import Foundation
import Model

/// What one run of a command takes from outside the command: its language, the
/// OPD-year a PostgreSQL URL means (`--opd`, `--tahun`), the environment, and where
/// its output goes. Set once per run by `Kinerja.jalankan` from the parsed command;
/// a test runs commands in process, each under a context of its own.
struct Konteks: Sendable {
    var bahasa: Bahasa
    var opd: String?
    var tahun: Int?
    var lingkungan: [String: String]
    /// Output held for a run in process; nil: standard output and standard error.
    var tangkapan: Tangkapan?

    init(lingkungan: [String: String], bahasa: Bahasa? = nil, tangkapan: Tangkapan? = nil) {
        self.lingkungan = lingkungan
        self.bahasa = bahasa ?? Bahasa.pilih(flag: nil, environment: lingkungan)
        self.tangkapan = tangkapan
    }

    @TaskLocal static var sekarang = Konteks(lingkungan: ProcessInfo.processInfo.environment)
}

/// The language of this run.
var bahasaCLI: Bahasa { Konteks.sekarang.bahasa }

/// A run's standard output and standard error, held in memory.
final class Tangkapan: @unchecked Sendable {
    private let kunci = NSLock()
    private var keluar = Data()
    private var galat = Data()

    init() {}

    func tulis(_ data: Data, galat keGalat: Bool) {
        kunci.lock()
        defer { kunci.unlock() }
        if keGalat { galat.append(data) } else { keluar.append(data) }
    }

    var stdout: String { kunci.lock(); defer { kunci.unlock() }; return String(decoding: keluar, as: UTF8.self) }
    var stderr: String { kunci.lock(); defer { kunci.unlock() }; return String(decoding: galat, as: UTF8.self) }
}

/// A command that works on the shared store too: its `--opd` and `--tahun` are the run's.
protocol MemakaiSumber {
    var sumber: OpsiSumber { get }
}

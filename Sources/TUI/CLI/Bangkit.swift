import ArgumentParser
import Foundation
import Model

struct Bangkit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "gen", abstract: T(
            "Membuat data sintetis yang deterministik untuk uji dan tolok ukur.",
            "Makes a deterministic synthetic dataset for tests and benchmarks."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Option(name: .customLong("sub-kegiatan"), help: ArgumentHelp(T("Jumlah sub kegiatan.", "Number of sub-activities."))) var subKegiatan: Int
    @Option(help: ArgumentHelp(T("Benih acak (bawaan 1).", "Random seed (default 1)."))) var seed: UInt64 = 1
    @Option(name: .short, help: ArgumentHelp(T("Berkas keluaran.", "Output file."))) var o: String

    func validate() throws {
        guard subKegiatan >= 1 else { throw ValidationError(T("--sub-kegiatan harus 1 atau lebih", "--sub-kegiatan must be 1 or more")) }
    }

    func run() throws {
        let data = Penyimpan.json(Generator.buat(subKegiatan: subKegiatan, seed: seed))
        do { try Penyimpan.tulisAtomik(data, ke: o, cadangan: true) } catch { throw GagalCLI(error) }
        cetak(T("\(o): \(subKegiatan) sub kegiatan (seed \(seed)), \(data.count) bita", "\(o): \(subKegiatan) sub-activities (seed \(seed)), \(data.count) bytes"))
    }
}

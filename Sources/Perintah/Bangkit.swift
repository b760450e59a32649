import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka

struct Bangkit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "gen", abstract: bahasaCLI.t(
            "Membuat data sintetis yang deterministik untuk uji dan tolok ukur.",
            "Makes a deterministic synthetic dataset for tests and benchmarks."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Option(name: .customLong("sub-kegiatan"), help: ArgumentHelp(bahasaCLI.t("Jumlah sub kegiatan.", "Number of sub-activities."))) var subKegiatan: Int
    @Option(help: ArgumentHelp(bahasaCLI.t("Benih acak (bawaan 1).", "Random seed (default 1)."))) var seed: UInt64 = 1
    @Option(name: .short, help: ArgumentHelp(bahasaCLI.t("Berkas keluaran.", "Output file."))) var o: String

    func validate() throws {
        guard subKegiatan >= 1 else { throw ValidationError(bahasaCLI.t("--sub-kegiatan harus 1 atau lebih", "--sub-kegiatan must be 1 or more")) }
    }

    func run() throws {
        let data = BerkasJSON.json(Generator.buat(subKegiatan: subKegiatan, seed: seed))
        do { try Penyimpan.tulisAtomik(data, ke: o, cadangan: true) } catch { throw GagalCLI(error) }
        cetak(bahasaCLI.t("\(o): \(subKegiatan) sub kegiatan (seed \(seed)), \(data.count) bita", "\(o): \(subKegiatan) sub-activities (seed \(seed)), \(data.count) bytes"))
    }
}

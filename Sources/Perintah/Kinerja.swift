import ArgumentParser
import Foundation
import Model
import Antarmuka

struct Kinerja: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "kinerja",
            abstract: bahasaCLI.t("Pencatatan dan evaluasi kinerja triwulanan OPD (Renja, LKjIP).",
                        "Quarterly performance records and review for a regional agency (Renja, LKjIP)."),
            discussion: bahasaCLI.t("Tanpa subperintah, `kinerja BERKAS` membuka antarmuka layar penuh.",
                          "Without a subcommand, `kinerja FILE` opens the full-screen interface."),
            version: "kinerja " + Versi.teks,
            subcommands: [Baru.self, Periksa.self, Tampil.self, Atur.self, Tambah.self, GantiNama.self, GantiKode.self, Pindah.self, Hapus.self, Tautkan.self, LepasTautan.self, IndikatorCLI.self, RenstraCLI.self, Riwayat.self, TutupTW.self, BukaTW.self, VerifikasiCLI.self, Rapikan.self, TertulisCLI.self, Todo.self, Impor.self, Gulir.self, Lapor.self, Ekspor.self, Bangkit.self, Tolok.self, DbCLI.self])
    }

    @OptionGroup var opsi: OpsiUmum

    mutating func run() throws {
        cetak(PesanParser.teks(Kinerja.helpMessage()))
    }

    /// `kinerja FILE [--lang L] [--opd O --tahun T]`: the interface, when the one word given is no subcommand.
    static func bukaan(_ args: [String]) -> BukaAntarmuka? {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
        guard let open = try? BukaAntarmuka.parse(args), !names.contains(open.berkas) else { return nil }
        return open
    }
}

/// The form `kinerja FILE`: the full-screen interface on a data file or an OPD-year of the shared store.
struct BukaAntarmuka: ParsableCommand, MemakaiSumber {
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument var berkas: String

    func run() throws { try bukaAntarmuka(berkas) }
}

extension Kinerja {
    /// Parses `args` (the command line without the program's name) and runs the command
    /// under a context of its own: the exit code. 0 success (and warnings), 1 errors in data
    /// or values, 2 usage errors.
    static func jalankan(_ args: [String], lingkungan: [String: String], tangkapan: Tangkapan? = nil) -> Int32 {
        let first = Konteks(lingkungan: lingkungan, bahasa: Bahasa.pilih(flag: OpsiUmum.bahasa(dari: args), environment: lingkungan),
                            tangkapan: tangkapan)
        return Konteks.$sekarang.withValue(first) {
            do {
                var command: ParsableCommand = try bukaan(args) ?? parseAsRoot(args)
                var konteks = Konteks.sekarang
                if let withStore = command as? MemakaiSumber {
                    konteks.opd = withStore.sumber.opd
                    konteks.tahun = withStore.sumber.tahun
                }
                try Konteks.$sekarang.withValue(konteks) { try command.run() }
                return 0
            } catch let failure as GagalCLI {
                tulisGalat("kinerja: " + failure.pesan)
                return failure.kode
            } catch {
                let code = exitCode(for: error)
                let message = PesanParser.teks(fullMessage(for: error))
                if code == .success {
                    cetak(message)
                    return 0
                }
                if !message.isEmpty { tulisGalat(message) }
                return code == .validationFailure ? 2 : code.rawValue
            }
        }
    }
}

import ArgumentParser
import Foundation
import Model

struct Kinerja: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "kinerja",
            abstract: T("Pencatatan dan evaluasi kinerja triwulanan OPD (Renja, LKjIP).",
                        "Quarterly performance records and review for a regional agency (Renja, LKjIP)."),
            discussion: T("Tanpa subperintah, `kinerja BERKAS` membuka antarmuka layar penuh.",
                          "Without a subcommand, `kinerja FILE` opens the full-screen interface."),
            version: "kinerja " + Versi.teks,
            subcommands: [Baru.self, Periksa.self, Tampil.self, Atur.self, Tambah.self, GantiNama.self, GantiKode.self, Pindah.self, Hapus.self, Tautkan.self, LepasTautan.self, IndikatorCLI.self, RenstraCLI.self, Riwayat.self, TutupTW.self, BukaTW.self, VerifikasiCLI.self, Rapikan.self, TertulisCLI.self, Todo.self, Impor.self, Gulir.self, Lapor.self, Ekspor.self, Bangkit.self, Tolok.self, DbCLI.self])
    }

    @OptionGroup var opsi: OpsiUmum

    mutating func run() throws {
        cetak(PesanParser.teks(Kinerja.helpMessage()))
    }

    /// `kinerja FILE [--lang L]`: the file to open when the first word is not a subcommand.
    static func berkasUntukDibuka(_ args: [String]) -> String? {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
        var words: [String] = []
        var skip = false
        for arg in args {
            if skip { skip = false; continue }
            if ["--lang", "--opd", "--tahun"].contains(arg) { skip = true; continue }
            if ["--lang=", "--opd=", "--tahun="].contains(where: { arg.hasPrefix($0) }) { continue }
            if arg.hasPrefix("-") { return nil }
            words.append(arg)
        }
        guard words.count == 1, let word = words.first, !names.contains(word) else { return nil }
        return word
    }
}

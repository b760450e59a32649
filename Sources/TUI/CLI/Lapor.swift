import ArgumentParser
import Model

extension Laporan: ExpressibleByArgument {}

struct Lapor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: T(
            "Mencetak tabel laporan: capaian (Tabel 3.1 + Lampiran 1), anggaran (Tabel 3.12), triwulan (evaluasi triwulan).",
            "Prints a report table: capaian (Table 3.1 + Annex 1), anggaran (Table 3.12), triwulan (quarterly form)."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Argument(help: ArgumentHelp(T("Berkas data JSON.", "The JSON data file."))) var berkas: String
    @Argument(help: ArgumentHelp(T("Tabel: capaian, anggaran, triwulan.", "Table: capaian, anggaran, triwulan."))) var tabel: Laporan
    @Option(help: ArgumentHelp(T("text (untuk dibaca), csv atau json (untuk mesin).", "text (for people), csv or json (for machines)."))) var format: FormatKeluaran = .text
    @OptionGroup var triwulan: OpsiTW
    @Flag(name: .customLong("excel-id"), help: ArgumentHelp(T("CSV dengan pemisah ; dan desimal , untuk Excel berbahasa Indonesia.",
                                                              "CSV with ; separators and , decimals for Excel in an Indonesian locale."))) var excelID = false
    @Option(name: .short, help: ArgumentHelp(T("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."))) var o: String?

    func run() throws {
        let dokumen = try muat(berkas)
        let table = tabel.tabel(dokumen, tw: triwulan.triwulan(dokumen))
        let text: String = switch format {
        case .text: table.teks(bahasaCLI)
        case .csv: table.csv(excel: excelID)
        case .json: table.json().render() + "\n"
        }
        try tulisKeluaran(text, ke: o)
    }
}

import ArgumentParser
import Model
import Pelaporan
import Antarmuka

struct Tampil: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: bahasaCLI.t(
            "Menampilkan satu simpul (kode anggaran, nomor tujuan/sasaran, atau nomor indikator Renstra seperti 2.1.4).",
            "Shows one node (budget code, goal/target number, or Renstra indicator number such as 2.1.4)."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode atau nomor yang dicari.", "The code or number to look up."))) var kode: String
    @OptionGroup var triwulan: OpsiTW
    @Option(help: ArgumentHelp(bahasaCLI.t("text atau json.", "text or json."))) var format: FormatKeluaran = .text

    func run() throws {
        let dokumen = try muat(berkas)
        guard let target = TargetRincian.cari(kode, di: dokumen) else {
            throw GagalCLI(bahasaCLI.t("\(berkas): kode '\(kode)' tidak ditemukan; lihat daftar kode dengan `kinerja report \(berkas) anggaran`",
                             "\(berkas): code '\(kode)' not found; list the codes with `kinerja report \(berkas) anggaran`"))
        }
        let quarter = triwulan.triwulan(dokumen)
        switch format {
        case .json: cetak(Rincian.json(dokumen, target, tw: quarter).render(), mesin: true)
        case .text: cetak(Rincian.teks(dokumen, target, tw: quarter, bahasa: bahasaCLI), terminator: "")
        }
    }
}

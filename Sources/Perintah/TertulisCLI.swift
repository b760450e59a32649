import ArgumentParser
import Foundation
import Model
import Antarmuka

/// `kinerja stated FILE KODE --update | --drop`: a node's stated totals (as a source
/// document gave them, checked by `check`) brought up to date with its parts, or dropped.
struct TertulisCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stated", abstract: bahasaCLI.t(
            "Total tertulis satu simpul: diperbarui dari jumlah rinciannya (--update) atau dihapus (--drop).",
            "A node's stated totals: updated from the sum of its parts (--update) or dropped (--drop)."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Flag(name: .customLong("update"), help: ArgumentHelp(bahasaCLI.t("Samakan dengan jumlah rinciannya.", "Make them the sum of the parts."))) var perbarui = false
    @Flag(name: .customLong("drop"), help: ArgumentHelp(bahasaCLI.t("Hapus total tertulis.", "Drop the stated totals."))) var buang = false

    func validate() throws {
        guard perbarui != buang else { throw ValidationError(bahasaCLI.t("pilih salah satu: --update atau --drop", "choose one: --update or --drop")) }
    }

    func run() throws {
        let d = try muat(simpul.berkas)
        guard let change = d.perbaruiTertulis(simpul.kode, buang: buang) else {
            throw GagalCLI(bahasaCLI.t("\(simpul.berkas): \(simpul.kode) tidak punya total tertulis", "\(simpul.berkas): \(simpul.kode) has no stated totals"))
        }
        try ubahStruktur(simpul.berkas, change)
        cetak(change.teks(bahasaCLI))
    }
}

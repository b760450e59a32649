import ArgumentParser
import Foundation
import Model
import Antarmuka

/// `kinerja fmt FILE`: rewrites a data file in kinerja's layout (the layout of `jq` and
/// Python's json.dumps(indent=2, sort_keys=True)), changing no value.
struct Rapikan: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fmt", abstract: bahasaCLI.t(
            "Menulis ulang berkas data dalam tata letak kinerja (seperti jq dan Python): tidak ada nilai yang berubah.",
            "Rewrites a data file in kinerja's layout (as jq and Python write JSON): no value changes."))
    }
    @OptionGroup var opsi: OpsiUmum
    @Argument(help: ArgumentHelp(bahasaCLI.t("Berkas data JSON.", "The JSON data file.")), completion: .file(extensions: ["json"])) var berkas: String

    func run() throws {
        let before = try? Data(contentsOf: URL(fileURLWithPath: berkas))
        let d = try muat(berkas)
        if before == BerkasJSON.json(d.berkas()) {
            cetak(bahasaCLI.t("\(berkas): sudah dalam tata letak kinerja", "\(berkas): already in kinerja's layout"))
            return
        }
        try ubahBerkas(berkas, sumber: "fmt") { d in (d, Jejak()) }
        cetak(bahasaCLI.t("\(berkas): ditulis ulang; salinan sebelumnya di \(berkas).bak", "\(berkas): rewritten; the previous version is in \(berkas).bak"))
    }
}

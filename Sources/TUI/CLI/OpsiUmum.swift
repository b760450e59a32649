import ArgumentParser
import Model

struct OpsiUmum: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(T("Bahasa pesan: id atau en (bawaan: dari LANG, lalu id).",
                                              "Message language: id or en (default: from LANG, else id).")))
    var lang: String?
}

/// What `show` and `todo` print: for people or for machines.
enum FormatKeluaran: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The quarter a command computes as at.
struct OpsiTW: ParsableArguments {
    @Option(help: ArgumentHelp(T("Keadaan pada akhir triwulan ini (1-4; bawaan: triwulan terakhir yang terisi).",
                                 "As at the end of this quarter (1-4; default: the last quarter with data).")))
    var tw: Int?

    func validate() throws {
        if let tw, !(1...4).contains(tw) {
            throw ValidationError(T("--tw harus 1 sampai 4 (diberikan \(tw))", "--tw must be 1 to 4 (given \(tw))"))
        }
    }

    func triwulan(_ dokumen: Dokumen) -> Int { tw ?? dokumen.triwulanTerakhirTerisi }
}

import ArgumentParser
import Model
import Antarmuka

struct OpsiUmum: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(bahasaCLI.t("Bahasa pesan: id atau en (bawaan: dari LANG, lalu id).",
                                              "Message language: id or en (default: from LANG, else id).")))
    var lang: String?

    /// `--lang` among `args`, before they are parsed: the help and the parser's own
    /// messages are written in the run's language, so it is known first.
    static func bahasa(dari args: [String]) -> String? {
        var flag: String?
        for (i, arg) in args.enumerated() {
            if arg == "--", i > 0 { break }
            if arg == "--lang", i + 1 < args.count { flag = args[i + 1] }
            if arg.hasPrefix("--lang=") { flag = String(arg.dropFirst(7)) }
        }
        return flag
    }
}

/// What `show` and `todo` print: for people or for machines.
enum FormatKeluaran: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The quarter a command computes as at.
struct OpsiTW: ParsableArguments {
    @Option(help: ArgumentHelp(bahasaCLI.t("Keadaan pada akhir triwulan ini (1-4; bawaan: triwulan terakhir yang terisi).",
                                 "As at the end of this quarter (1-4; default: the last quarter with data).")))
    var tw: TW?

    func triwulan(_ dokumen: Dokumen) -> Int { tw?.nomor ?? dokumen.triwulanTerakhirTerisi }
}

/// `--tw 1` to `--tw 4` (also `I` to `IV`), checked once by the parser.
extension TW: ExpressibleByArgument {
    public init?(argument: String) { self.init(teks: argument) }
    public static var defaultCompletionKind: CompletionKind { .list(["1", "2", "3", "4"]) }
}

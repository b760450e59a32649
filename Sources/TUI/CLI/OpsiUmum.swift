import ArgumentParser
import Model

struct OpsiUmum: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(T("Bahasa pesan: id atau en (bawaan: dari LANG, lalu id).",
                                              "Message language: id or en (default: from LANG, else id).")))
    var lang: String?
}

enum FormatKeluaran: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

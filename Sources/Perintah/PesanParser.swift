import Foundation
import Model
import Antarmuka

/// The argument parser's own sentences (a missing argument, an unknown option, the
/// help's headings) in the language of this run. The parser writes them in English;
/// their fixed parts are read back here and said as `T` says every other message,
/// with what the user typed (inside the quotes) kept as it was.
enum PesanParser {
    /// (pattern, Indonesian template with $1.. for the parts kept).
    private static let aturan: [(String, String)] = [
        (#"(?m)^Error: "#, "Galat: "),
        (#"Missing expected argument '([^']*)'"#, "Argumen '$1' belum diberikan"),
        (#"Missing one of: '([^']*)'"#, "Perlu salah satu dari: '$1'"),
        (#"Missing value for '([^']*)'"#, "Nilai untuk '$1' belum diberikan"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Opsi '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown option '([^']*)'"#, "Opsi '$1' tidak dikenal"),
        (#"Unexpected argument '([^']*)'"#, "Argumen '$1' tidak diharapkan"),
        (#"(\d+) unexpected arguments: "#, "$1 argumen tidak diharapkan: "),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Nilai '$1' tidak sah untuk '$2'"),
        (#"The value '([^']*)' is invalid\."#, "Nilai '$1' tidak sah."),
        (#"\. Please provide one of the following:"#, ". Pilih salah satu:"),
        (#"\. Please provide one of "#, ". Pilih salah satu dari "),
        (#"Missing required subcommand\."#, "Subperintah belum diberikan."),
        (#"Invalid option: "#, "Opsi tidak sah: "),
        (#"(?m)^Usage: "#, "Pemakaian: "),
        (#"(?m)^Help:  "#, "Bantuan:  "),
        (#"See '([^']*)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
        (#"See '([^']*)' for detailed help\."#, "Lihat '$1' untuk bantuan terperinci."),
        (#"(?m)^OVERVIEW: "#, "RINGKASAN: "),
        (#"(?m)^USAGE: "#, "PEMAKAIAN: "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMEN:"),
        (#"(?m)^OPTIONS:$"#, "OPSI:"),
        (#"(?m)^SUBCOMMANDS:$"#, "SUBPERINTAH:"),
        (#"Show help information\."#, "Tampilkan bantuan."),
        (#"\(default as flag: "#, "(bawaan sebagai tanda: "),
        (#"\(default: "#, "(bawaan: "),
        (#"\(default\)"#, "(bawaan)"),
        (#"<options>"#, "<opsi>"),
        (#"\(values: "#, "(pilihan: "),
        (#"; default: "#, "; bawaan: "),
        (#"' and '"#, "' dan '"),
        (#"Show the version\."#, "Tampilkan versi."),
        (#"<subcommand>"#, "<subperintah>"),
    ]

    private static let pola: [(NSRegularExpression, String)] = aturan.compactMap { rule in
        (try? NSRegularExpression(pattern: rule.0)).map { ($0, rule.1) }
    }

    /// The parser's text in this run's language.
    static func teks(_ message: String) -> String {
        guard bahasaCLI == .id else { return message }
        var out = message
        for (regex, template) in pola {
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out
    }
}

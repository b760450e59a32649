import Foundation

/// How to speak to a terminal whose locale is not UTF-8: with `LANG=C`, or a locale the
/// server does not have, ncurses would print `~V` for every box and marker. Where nothing
/// says the terminal is not UTF-8 (C, POSIX, no locale, an unknown one), C.UTF-8 is used;
/// where a locale names another charset (ISO-8859-1, ...), the screen is drawn in ASCII.
public enum Lokal: Equatable, Sendable {
    /// The locale in force is UTF-8 already.
    case utf8
    /// Switch the character type to C.UTF-8.
    case cUTF8
    /// Draw markers, bars and frames in ASCII.
    case ascii

    /// `codeset` is what the environment's locale gave (nil when it could not be set).
    public static func putuskan(_ env: [String: String], codeset: String?) -> Lokal {
        if let codeset, codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" { return .utf8 }
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { env[$0].flatMap { $0.isEmpty ? nil : $0 } }.first ?? ""
        // A charset named in the locale (`id_ID.ISO-8859-1`) that is not UTF-8: the terminal was set up for it.
        if let dot = name.firstIndex(of: ".") {
            let charset = name[name.index(after: dot)...].split(separator: "@").first.map(String.init) ?? ""
            if !charset.lowercased().replacingOccurrences(of: "-", with: "").hasPrefix("utf8") { return .ascii }
        }
        return .cUTF8
    }

    /// A cell's text in ASCII: the program's own glyphs by their look, letters without
    /// their marks, anything else as `?`.
    public static func ascii(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(\.isASCII) { return text }
        if let known = glyph[text] { return known }
        let folded = text.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        return folded.unicodeScalars.allSatisfy(\.isASCII) && !folded.isEmpty ? folded : "?"
    }

    public static let glyph: [String: String] = [
        "▸": ">", "▾": "v", "▼": "v", "▲": "^", "│": "|", "─": "-", "┼": "+", "█": "#", "▌": "#", "▏": "|", "░": ".",
        "…": "~", "→": ">", "←": "<", "↑": "^", "↓": "v", "↛": "x", "⏎": "/", "·": "-", "✗": "x", "●": "*", "‹": "<", "›": ">",
        "—": "-", "–": "-", "²": "2", "↔": "=", "≥": ">",
    ]
}

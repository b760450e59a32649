import Foundation

/// Reads a CSV as offices save it: UTF-8 with or without a BOM, `,` or `;`
/// (whichever the first lines use more, outside quotes), quoted fields per
/// RFC 4180 (doubled quotes, separators and line breaks inside quotes), CRLF or LF.
public enum BacaCSV {
    public static func baca(_ data: Data) -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let separator = pemisah(text)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case separator: row.append(field); field = ""
            case "\r":
                if chars.first == "\n" { chars.removeFirst() }
                row.append(field); rows.append(row); row = []; field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// `;` when the first 50 lines hold more of them than commas (outside quotes), else `,`:
    /// a title line above the table may hold neither.
    static func pemisah(_ text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false, lines = 0
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" { lines += 1; if lines == 50 { break } }
            if c == "," { commas += 1 } else if c == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}

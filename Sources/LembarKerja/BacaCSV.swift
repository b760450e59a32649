import Foundation
import Model

/// Reads a CSV as offices save it: UTF-8 with or without a BOM, `,` or `;`
/// (whichever the first lines use more, outside quotes), quoted fields per
/// RFC 4180 (doubled quotes, separators and line breaks inside quotes), CRLF or LF.
/// A quote left open, bytes that are not UTF-8, or more than a sheet may hold refuse it
/// whole, with the line.
public enum BacaCSV {
    public static func baca(_ data: Data) throws(LembarDitolak) -> [[String]] {
        try BatasLembar.periksaUkuran(data.count, nama: "")
        guard var text = String(data: data, encoding: .utf8) else { throw bukanUTF8(data) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let separator = pemisah(text)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        var line = 1, quoteLine = 0, cells = 0
        func endRow() throws(LembarDitolak) {
            rows.append(row)
            cells += row.count
            row = []
            guard rows.count <= BatasLembar.baris, cells <= BatasLembar.sel else {
                throw BatasLembar.tolak("lebih dari \(BatasLembar.baris) baris atau \(BatasLembar.sel) sel sampai baris \(line); bagi lembarnya",
                                        "more than \(BatasLembar.baris) rows or \(BatasLembar.sel) cells by line \(line); split the sheet")
            }
        }
        while let c = chars.popFirst() {
            if c == "\n" { line += 1 }
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true; quoteLine = line
            case separator: row.append(field); field = ""
            case "\r":
                if chars.first == "\n" { chars.removeFirst(); line += 1 }
                row.append(field); field = ""; try endRow()
            case "\n": row.append(field); field = ""; try endRow()
            default: field.unicodeScalars.append(c)
            }
        }
        if quoted {
            throw BatasLembar.tolak("tanda kutip yang dibuka di baris \(quoteLine) tidak ditutup; sisa lembar tertelan olehnya. Tutup kutipnya lalu impor lagi",
                                    "the quote opened on line \(quoteLine) is never closed; the rest of the sheet would vanish into it. Close it and import again")
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); try endRow() }
        return rows
    }

    /// Where the bytes stop being UTF-8: the line and the byte.
    static func bukanUTF8(_ data: Data) -> LembarDitolak {
        var line = 1, i = 0
        let bytes = [UInt8](data)
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let whole = length > 0 && i + length <= bytes.count && bytes[(i + 1)..<(i + length)].allSatisfy { $0 >> 6 == 0b10 }
            if !whole || String(bytes: bytes[i..<(i + length)], encoding: .utf8) == nil {
                return BatasLembar.tolak("baris \(line): byte 0x\(String(b, radix: 16, uppercase: true)) bukan UTF-8; simpan ulang sebagai \"CSV UTF-8\" dari Excel atau LibreOffice",
                                         "line \(line): byte 0x\(String(b, radix: 16, uppercase: true)) is not UTF-8; save it again as \"CSV UTF-8\" from Excel or LibreOffice")
            }
            if b == 0x0A { line += 1 }
            i += length
        }
        return BatasLembar.tolak("bukan UTF-8", "not UTF-8")
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

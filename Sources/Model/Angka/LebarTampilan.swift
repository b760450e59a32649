import Foundation

/// Display width in terminal columns: combining marks take none, East Asian
/// wide and fullwidth characters take two. Columns are measured with this,
/// never with `String.count`.
public enum LebarTampilan {
    public static func lebar(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return 0 }
        // Shown as `?` (TeksAman), so one column.
        if TeksAman.berbahaya(scalar) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) && v != 0x303F
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    public static func lebar(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + lebar($1) }
    }

    /// Lines of at most `width` columns: each line of `text` broken at the last space that
    /// fits (a word longer than the line, at the edge).
    public static func bungkus(_ text: String, _ width: Int) -> [String] {
        var out: [String] = []
        for logical in text.components(separatedBy: "\n") {
            var rest = Substring(logical)
            if rest.isEmpty { out.append(""); continue }
            while !rest.isEmpty {
                if lebar(String(rest)) <= width { out.append(String(rest)); break }
                var cut = rest.startIndex
                var used = 0
                while cut < rest.endIndex, used + lebar(String(rest[cut])) <= width {
                    used += lebar(String(rest[cut]))
                    cut = rest.index(after: cut)
                }
                // Back to the last space, when there is one on the line.
                if let space = rest[rest.startIndex..<cut].lastIndex(of: " "), space > rest.startIndex { cut = rest.index(after: space) }
                // Not even one character fits: take it anyway, or this would never end.
                if cut == rest.startIndex { cut = rest.index(after: cut) }
                out.append(String(rest[rest.startIndex..<cut]))
                rest = rest[cut...]
            }
        }
        return out
    }

    /// Cuts to at most `width` columns, ending in `…` when cut.
    public static func potong(_ text: String, _ width: Int) -> String {
        if width <= 0 { return "" }
        if lebar(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = lebar(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Pads with spaces to exactly `width` columns (cutting when longer).
    public static func isi(_ text: String, _ width: Int, kanan: Bool = false) -> String {
        let cut = potong(text, width)
        let pad = String(repeating: " ", count: max(0, width - lebar(cut)))
        return kanan ? pad + cut : cut + pad
    }
}

/// A key, decoded in one place from the terminal's codes.
public enum Tombol: Equatable, Sendable {
    case huruf(Character)
    case enter, esc, tab, backtab, backspace, hapus
    case atas, bawah, kiri, kanan, halamanAtas, halamanBawah, awal, akhir
    case f(Int)
    case ctrl(Character)
    case ubahUkuran
    /// A click of the first mouse button at a cell; the wheel, up (negative) or down.
    case klik(x: Int, y: Int)
    case roda(Int, x: Int, y: Int)

    /// A one-line text field's edit by this key (a letter appended, Backspace); nil for any other key.
    public func ubah(_ text: String) -> String? {
        switch self {
        case .backspace: String(text.dropLast())
        case .huruf(let c): text + String(c)
        default: nil
        }
    }

    /// Keys from a readable script, for tests and replays: "j", "<Enter>", "<F2>", "<C-s>".
    public static func skrip(_ text: String) -> [Tombol] {
        var out: [Tombol] = []
        var rest = Substring(text)
        while let c = rest.first {
            if c == "<", let end = rest.firstIndex(of: ">"), end > rest.index(after: rest.startIndex) {
                let name = String(rest[rest.index(after: rest.startIndex)..<end])
                if let key = bernama(name) {
                    out.append(key)
                    rest = rest[rest.index(after: end)...]
                    continue
                }
            }
            out.append(.huruf(c))
            rest = rest.dropFirst()
        }
        return out
    }

    public static func bernama(_ name: String) -> Tombol? {
        switch name {
        case "Enter": return .enter
        case "Esc": return .esc
        case "Tab": return .tab
        case "S-Tab": return .backtab
        case "BS": return .backspace
        case "Del": return .hapus
        case "Up": return .atas
        case "Down": return .bawah
        case "Left": return .kiri
        case "Right": return .kanan
        case "PgUp": return .halamanAtas
        case "PgDn": return .halamanBawah
        case "Home": return .awal
        case "End": return .akhir
        default:
            if name.hasPrefix("F"), let n = Int(name.dropFirst()) { return .f(n) }
            if name.hasPrefix("C-"), name.count == 3 { return .ctrl(name.last!) }
            return nil
        }
    }
}

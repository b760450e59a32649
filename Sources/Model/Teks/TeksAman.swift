/// Text from a data file on its way to a terminal: control characters (which
/// could set the window title, clear the screen or move the cursor) and bidi
/// overrides (which reorder what is shown) become a visible `?`, one column wide.
public enum TeksAman {
    /// Whether a scalar is neutralised: C0 and C1 controls, DEL, and the bidi controls.
    public static func berbahaya(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The text with every dangerous scalar as `?`; line breaks and tabs are kept
    /// where `barisBaru` (whole reports), and also become `?` otherwise (one cell of a screen).
    public static func aman(_ text: String, barisBaru: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { berbahaya($0) && !(barisBaru && ($0 == "\n" || $0 == "\t")) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if berbahaya(scalar) && !(barisBaru && (scalar == "\n" || scalar == "\t")) {
                out.append("?")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

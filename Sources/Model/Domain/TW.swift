/// A quarter of the year (triwulan), I to IV: checked once where it comes in (a
/// command's `--tw`, a key, a sheet's column), a plain number inside the tree.
public struct TW: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1 to 4.
    public let nomor: Int

    /// A quarter from its number; nil outside 1 to 4.
    public init?(_ nomor: Int) {
        guard (1...4).contains(nomor) else { return nil }
        self.nomor = nomor
    }

    /// A quarter as people write it: `1`, `I`, `TW I`, `Q1` (case and spaces ignored).
    public init?(teks: String) {
        var s = teks.uppercased().filter { !$0.isWhitespace }
        for prefix in ["TRIWULAN", "TW", "Q"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count); break }
        if let n = Int(s) { self.init(n); return }
        guard let i = TW.romawi.firstIndex(of: s) else { return nil }
        self.init(i + 1)
    }

    /// The four quarters in order.
    public static let semua: [TW] = (1...4).map { TW($0)! }
    static let romawi = ["I", "II", "III", "IV"]

    /// Where the quarter sits in a year's four values: 0 to 3.
    public var indeks: Int { nomor - 1 }

    /// The quarter's name in reports and messages: `I` to `IV`.
    public var nama: String { TW.romawi[indeks] }

    /// The name of quarter number `nomor` (1 to 4), for values the tree holds as numbers.
    public static func nama(_ nomor: Int) -> String { romawi[nomor - 1] }

    public static func < (a: TW, b: TW) -> Bool { a.nomor < b.nomor }
    public var description: String { nama }
}

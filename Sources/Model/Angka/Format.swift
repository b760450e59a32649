import Foundation

/// Number formats: Indonesian display (`35.272.253.286`, `135,47`) and machine text.
public enum Format {
    /// Indonesian display with exactly `decimals` decimals (rounded half-up).
    public static func id(_ value: Decimal, decimals: Int) -> String {
        let text = value.rounded(scale: decimals).plainText
        return indonesian(text, minDecimals: decimals)
    }

    /// Indonesian display with as many decimals as the value has, when that is at most
    /// `maxDecimals` (a value as typed: 0,125); a value with more (a mean, 26,666…) rounded
    /// half-up to 2 decimals, as figures are shown to people.
    public static func id(_ value: Decimal, maxDecimals: Int = 4) -> String {
        let exact = value.rounded(scale: maxDecimals) == value
        return indonesian((exact ? value : value.rounded2).plainText, minDecimals: 0)
    }

    /// A value for its edit field: every digit it has, so that taking it again changes nothing.
    public static func isian(_ value: Decimal) -> String {
        indonesian(value.plainText, minDecimals: 0)
    }

    /// Whole rupiah with grouping: `35.272.253.286`.
    public static func rupiah(_ value: Int) -> String {
        group(String(value.magnitude), negative: value < 0)
    }

    /// A percentage or capaian: 2 decimals, Indonesian: `88,98`.
    public static func persen(_ value: Decimal) -> String { id(value, decimals: 2) }

    /// Machine text of a value rounded to 2 decimals (`100.19`, `100`): for CSV and JSON.
    public static func machine2(_ value: Decimal) -> String { value.rounded2.plainText }

    private static func indonesian(_ plain: String, minDecimals: Int) -> String {
        var digits = plain
        var negative = false
        if digits.hasPrefix("-") { negative = true; digits.removeFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1).map(String.init)
        var fraction = parts.count > 1 ? parts[1] : ""
        while fraction.count < minDecimals { fraction += "0" }
        let whole = group(parts[0], negative: negative)
        return fraction.isEmpty ? whole : whole + "," + fraction
    }

    private static func group(_ digits: String, negative: Bool) -> String {
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return (negative ? "-" : "") + String(out.reversed())
    }
}

import Foundation

extension Decimal {
    /// Rounds half away from zero ("half-up" as offices count it) to `scale` decimals.
    public func rounded(scale: Int) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, .plain)
        return output
    }

    /// The value rounded to 2 decimals: what is shown and what a band is decided on.
    public var rounded2: Decimal { rounded(scale: 2) }

    /// True when the value has no fractional part.
    public var isWhole: Bool { self == rounded(scale: 0) }

    /// Plain machine text: `.` decimals, no grouping, no exponent.
    public var plainText: String {
        if let text = denganTeks({ String(decoding: $0, as: UTF8.self) }) { return text }
        let text = description
        return text == "-0" ? "0" : text
    }
}

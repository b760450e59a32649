import Foundation

/// An exact decimal as text, fast: written from the digits of its mantissa where the
/// value's layout is the one checked at start (swift-foundation's), else nil and the
/// caller takes `description`. Files and workbooks of many thousand values are written
/// through this; the result is always what `description` gives.
extension Decimal {
    /// Hands the text (as `description` writes it) to `body`; nil where it cannot be built here.
    func denganTeks<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard Decimal.tataDikenal, let (negative, mantissa, exponent) = bagian else { return nil }
        return Decimal.teks(negative, mantissa, exponent, body)
    }

    /// swift-foundation's Decimal: exponent, length (high nibble) and sign (bit 3) in two
    /// bytes, then eight 16-bit words of mantissa.
    private struct Cermin {
        var exponent: Int8
        var lengthAndFlags: UInt8
        var reserved: UInt16
        var mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16)
    }

    /// Sign, mantissa (when it fits 64 bits) and exponent of a finite decimal.
    private var bagian: (Bool, UInt64, Int)? {
        guard MemoryLayout<Decimal>.size == MemoryLayout<Cermin>.size else { return nil }
        let c = unsafeBitCast(self, to: Cermin.self)
        let length = c.lengthAndFlags >> 4
        let negative = c.lengthAndFlags & 0b1000 != 0
        guard length <= 4, !(length == 0 && negative), c.mantissa.4 == 0, c.mantissa.5 == 0, c.mantissa.6 == 0, c.mantissa.7 == 0 else { return nil }
        let m = UInt64(c.mantissa.0) | UInt64(c.mantissa.1) << 16 | UInt64(c.mantissa.2) << 32 | UInt64(c.mantissa.3) << 48
        return (negative, m, Int(c.exponent))
    }

    private static func teks<R>(_ negative: Bool, _ mantissa: UInt64, _ exponent: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 176) { out in
            var n = 0
            func put(_ c: UInt8) { out[n] = c; n += 1 }
            if mantissa == 0 {
                put(UInt8(ascii: "0"))
                return body(UnsafeBufferPointer(rebasing: out[..<n]))
            }
            if negative { put(UInt8(ascii: "-")) }
            // The digits at the end of the buffer, then placed around the point (the text
            // before them never reaches that far: at most 3 + 128 + 20 bytes).
            var m = mantissa, p = 176
            while m > 0 { p -= 1; out[p] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 }
            let count = 176 - p
            if exponent >= 0 {
                for k in p..<176 { put(out[k]) }
                for _ in 0..<exponent { put(UInt8(ascii: "0")) }
            } else if count > -exponent {
                for k in p..<176 {
                    if k - p == count + exponent { put(UInt8(ascii: ".")) }
                    put(out[k])
                }
            } else {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(-exponent - count) { put(UInt8(ascii: "0")) }
                for k in p..<176 { put(out[k]) }
            }
            return body(UnsafeBufferPointer(rebasing: out[..<n]))
        }
    }

    /// The layout above, checked once against `description` on values of every shape.
    static let tataDikenal: Bool = {
        let samples = ["0", "1", "-1", "1.5", "-123.45", "100", "0.0015", "65536", "4294967296", "18446744073709551615",
                       "123456789012345678", "999999999999999.99", "0.1", "-0.000001", "1000000000000000", "1e100", "1e-100"]
        return samples.allSatisfy { text in
            guard let value = Decimal(string: text), let (negative, mantissa, exponent) = value.bagian else { return false }
            return teks(negative, mantissa, exponent) { String(decoding: $0, as: UTF8.self) } == value.description
        }
    }()
}

extension Decimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A value from its exact text (`1234.5`, as the data file, the journal and the
    /// edit pipeline write it); nil when there is none or it is not a number.
    public static func tepat(_ text: String?) -> Decimal? {
        text.flatMap { Decimal(string: $0, locale: posix) }
    }
}

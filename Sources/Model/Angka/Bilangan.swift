import Foundation

/// Reads numbers as Indonesian staff type them (domain.md section 7):
/// `1.500` is fifteen hundred, `99,81` and `99.81` are decimals,
/// `35.272.253.286` is grouped, `Rp` in front and `%` behind are allowed.
public enum Bilangan {
    public enum Galat: Error, Equatable {
        case kosong
        case tidakSah(String)
        /// `1.5000`: a point followed by four or more digits could be a decimal or a slip in grouping.
        case meragukan(String)

        /// Why the text was refused, and what to type instead.
        public var pesan: Pesan {
            switch self {
            case .kosong: Pesan(id: "kosong", en: "empty")
            case .tidakSah: Pesan(id: "bukan angka (contoh: 1.500 atau 99,81)", en: "not a number (e.g. 1.500 or 99,81)")
            case .meragukan: Pesan(id: "meragukan: desimal pakai koma (1,5), ribuan berkelompok tiga (15.000)",
                                   en: "ambiguous: decimals with a comma (1,5), thousands in groups of three (15.000)")
            }
        }
    }

    public static func parse(_ input: String) -> Result<Decimal, Galat> {
        var text = input.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(.kosong) }
        let lower = text.lowercased()
        if lower.hasPrefix("rp.") { text = String(text.dropFirst(3)) }
        else if lower.hasPrefix("rp") { text = String(text.dropFirst(2)) }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              text.first!.isNumber
        else { return .failure(.tidakSah(input)) }

        let canonical: String?
        let commas = text.filter { $0 == "," }.count
        if commas > 1 {
            canonical = nil
        } else if commas == 1 {
            let halves = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let whole = ungroup(halves[0]), !halves[1].isEmpty, halves[1].allSatisfy(\.isNumber)
            else { return .failure(.tidakSah(input)) }
            canonical = whole + "." + halves[1]
        } else if text.contains(".") {
            if let whole = ungroup(text), text.split(separator: ".").first != "0" {
                canonical = whole
            } else {
                let parts = text.split(separator: ".", omittingEmptySubsequences: false)
                if parts.count == 2, parts[0] != "0", parts[1].count >= 4 { return .failure(.meragukan(input)) }
                canonical = parts.count == 2 && !parts[1].isEmpty ? text : nil
            }
        } else {
            canonical = text
        }
        guard let canonical, let value = Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
        else { return .failure(.tidakSah(input)) }
        if value.magnitude > Batas.nilaiMaksimum { return .failure(.tidakSah(input)) }
        return .success(negative ? -value : value)
    }

    /// `35.272.253` -> `35272253` when every group after the first has exactly 3 digits.
    private static func ungroup(_ text: String) -> String? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return groups.joined()
    }
}

/// Limits of the model: values outside are refused on entry and on load.
public enum Batas {
    /// 10^15: a thousand trillion, far above any regional budget or indicator.
    public static let nilaiMaksimum = Decimal(string: "1000000000000000")!
    public static let rupiahMaksimum = 1_000_000_000_000_000
}

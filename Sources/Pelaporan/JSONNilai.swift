import Foundation
import Model

/// A JSON value with keys in a fixed order and numbers kept as exact text,
/// for the machine outputs (`--format json`).
public indirect enum JSONNilai: Equatable, Sendable {
    case objek([(String, JSONNilai)])
    case daftar([JSONNilai])
    case teks(String)
    case angka(String)
    case kosong

    public static func == (a: JSONNilai, b: JSONNilai) -> Bool { a.render() == b.render() }

    public static func angka(_ value: Decimal?) -> JSONNilai { value.map { .angka($0.plainText) } ?? .kosong }
    public static func bulat(_ value: Int?) -> JSONNilai { value.map { .angka(String($0)) } ?? .kosong }
    /// A capaian or percentage: rounded half-up to 2 decimals.
    public static func persen(_ value: Decimal?) -> JSONNilai { value.map { .angka($0.rounded2.plainText) } ?? .kosong }
    public static func teks(_ value: String?) -> JSONNilai { value.map { .teks($0) } ?? .kosong }

    public func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .kosong: return "null"
        case .angka(let text): return text
        case .teks(let text): return JSONNilai.kutip(text)
        case .daftar(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .objek(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + JSONNilai.kutip($0.0) + ": " + $0.1.render(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    static func kutip(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

import Foundation
import Model

/// A report table: typed columns and rows of cells, rendered as text for
/// people or CSV/JSON/Markdown for machines from the same values.
public struct Tabel {
    public enum Jenis: Sendable { case teks, angka, rupiah, persen, bulat }

    public struct Kolom: Sendable {
        public let kunci: String
        public let judul: Pesan
        public let jenis: Jenis
        /// At most this many columns wide in text output (longer text is cut).
        public let lebarMaks: Int

        public init(_ kunci: String, _ judul: Pesan, _ jenis: Jenis, lebarMaks: Int = 60) {
            self.kunci = kunci
            self.judul = judul
            self.jenis = jenis
            self.lebarMaks = lebarMaks
        }
    }

    public enum Sel: Sendable, Equatable {
        case teks(String?)
        case angka(Decimal?)
        case rupiah(Int?)
        case bulat(Int?)
    }

    public let judul: Pesan
    public var kolom: [Kolom]
    public var catatan: [Pesan] = []
    /// Produces the rows one by one, so that a large table can be written without holding it.
    private let sumber: (([Sel]) -> Void) -> Void

    public init(judul: Pesan, kolom: [Kolom], baris: [[Sel]]) {
        self.judul = judul
        self.kolom = kolom
        sumber = { emit in baris.forEach(emit) }
    }

    public init(judul: Pesan, kolom: [Kolom], hasilkan: @escaping (([Sel]) -> Void) -> Void) {
        self.judul = judul
        self.kolom = kolom
        sumber = hasilkan
    }

    public func setiapBaris(_ body: ([Sel]) -> Void) {
        withoutActuallyEscaping(body) { sumber($0) }
    }

    public var baris: [[Sel]] {
        var out: [[Sel]] = []
        setiapBaris { out.append($0) }
        return out
    }

    // MARK: - Cell text

    public func teksOrang(_ sel: Sel, _ jenis: Jenis) -> String { Tabel.teksOrang(sel, jenis) }

    /// A cell for people: Indonesian number formats, `-` for a blank number.
    public static func teksOrang(_ sel: Sel, _ jenis: Jenis) -> String {
        switch sel {
        case .teks(let text): return text ?? ""
        case .angka(let value):
            guard let value else { return "-" }
            return jenis == .persen ? Format.persen(value) : Format.id(value)
        case .rupiah(let value), .bulat(let value):
            return value.map(Format.rupiah) ?? "-"
        }
    }

    func teksMesin(_ sel: Sel, _ jenis: Jenis) -> String {
        switch sel {
        case .teks(let text): return text ?? ""
        case .angka(let value):
            guard let value else { return "" }
            return jenis == .persen ? value.rounded2.plainText : value.plainText
        case .rupiah(let value), .bulat(let value): return value.map(String.init) ?? ""
        }
    }

    // MARK: - Renderers

    /// Aligned columns with Indonesian number formats.
    public func teks(_ bahasa: Bahasa) -> String {
        let headers = kolom.map { $0.judul.teks(bahasa) }
        let cells = baris.map { row in row.enumerated().map { teksOrang($0.element, kolom[$0.offset].jenis) } }
        var widths = headers.map(LebarTampilan.lebar)
        for row in cells {
            for (i, text) in row.enumerated() { widths[i] = max(widths[i], min(kolom[i].lebarMaks, LebarTampilan.lebar(text))) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, text in
                LebarTampilan.isi(text, widths[i], kanan: kolom[i].jenis != .teks)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [judul.teks(bahasa), line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += cells.map(line)
        out += catatan.map { $0.teks(bahasa) }
        return out.joined(separator: "\n") + "\n"
    }

    /// CSV: `.` decimals and `,` separators, or with `excel` the `;` and `,` decimals
    /// that Excel expects in an Indonesian locale.
    /// Markdown: a pipe table with Indonesian number formats, for people.
    public func md(_ bahasa: Bahasa) -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["**" + escape(judul.teks(bahasa)) + "**", "",
                     "| " + kolom.map { escape($0.judul.teks(bahasa)) }.joined(separator: " | ") + " |",
                     "|" + kolom.map { $0.jenis == .teks ? "---|" : "---:|" }.joined()]
        setiapBaris { row in
            lines.append("| " + row.enumerated().map { escape(teksOrang($0.element, kolom[$0.offset].jenis)) }.joined(separator: " | ") + " |")
        }
        lines += catatan.map { "" + $0.teks(bahasa) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
    /// tab or CR first) gets a leading `'`, so it is shown as text (the OWASP rule).
    static func bukanRumus(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// `bom`: a UTF-8 byte-order mark first, so that Excel on Windows reads `–`, `²`, `é` right
    /// (for a file; not for a pipe, where it would be a stray character).
    public func csv(excel: Bool = false, bom: Bool = false) -> String {
        let separator = excel ? ";" : ","
        func field(_ text: String) -> String {
            if text.contains(separator) || text.contains("\"") || text.contains("\n") {
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return text
        }
        var lines = [kolom.map { field($0.kunci) }.joined(separator: separator)]
        setiapBaris { row in
            lines.append(row.enumerated().map { i, sel in
                var text = teksMesin(sel, kolom[i].jenis)
                if excel, kolom[i].jenis != .teks { text = text.replacingOccurrences(of: ".", with: ",") }
                // Text from files reaches a terminal or a sheet only neutralised, as in every other output.
                if kolom[i].jenis == .teks { text = Tabel.bukanRumus(TeksAman.aman(text)) }
                return field(text)
            }.joined(separator: separator))
        }
        return (bom ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// An array of objects keyed by the columns' snake_case keys.
    public func json() -> JSONNilai {
        .daftar(baris.map { row in
            .objek(row.enumerated().map { i, sel in (kolom[i].kunci, nilaiJSON(sel, kolom[i].jenis)) })
        })
    }

    public func nilaiJSON(_ sel: Sel, _ jenis: Jenis) -> JSONNilai {
        switch sel {
        case .teks(let text): .teks(text)
        case .angka(let v): jenis == .persen ? .persen(v) : .angka(v)
        case .rupiah(let v), .bulat(let v): .bulat(v)
        }
    }
}

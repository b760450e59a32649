import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads one sheet of an xlsx workbook into rows of cell texts, as `BacaCSV` does:
/// shared and inline strings, numbers, booleans, cells stored as text, formulas by
/// their cached value. Row n of the sheet is element n-1, empty rows included, so
/// that messages name rows as the spreadsheet shows them. Numbers come back in the
/// Indonesian form `set` reads (`35.272.253,5`), so that a decimal point is never
/// taken for a thousands separator.
public enum BacaXlsx {
    /// The named sheet; without a name, the first sheet for which `cocok` holds (else the first).
    public static func baca(_ path: String, lembar wanted: String? = nil,
                            cocok: ([[String]]) -> Bool = { _ in true }) throws(GalatBerkas) -> [[String]] {
        func fail(_ id: String, _ en: String) -> GalatBerkas { GalatBerkas(berkas: path, pesan: Pesan(id: id, en: en)) }
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw fail("bukan buku kerja xlsx yang dapat dibaca (\(error)); simpan ulang sebagai .xlsx atau .csv",
                       "not a readable xlsx workbook (\(error)); save it again as .xlsx or .csv")
        }
        func part(_ name: String) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
            return data
        }
        guard let workbook = part("xl/workbook.xml"), let rels = part("xl/_rels/workbook.xml.rels") else {
            throw fail("buku kerja tanpa xl/workbook.xml; bukan berkas xlsx", "a workbook without xl/workbook.xml; not an xlsx file")
        }
        let sheets = XmlElemen.semua(workbook, "sheet")
        let targets = Dictionary(XmlElemen.semua(rels, "Relationship").compactMap { r in r["Id"].flatMap { id in r["Target"].map { (id, $0) } } },
                                 uniquingKeysWith: { a, _ in a })
        let chosen = wanted.map { name in sheets.filter { $0["name"] == name } } ?? sheets
        guard !chosen.isEmpty else {
            throw fail("lembar '\(wanted ?? "")' tidak ada; lembar yang ada: \(sheets.compactMap { $0["name"] }.joined(separator: ", "))",
                       "no sheet '\(wanted ?? "")'; the sheets are: \(sheets.compactMap { $0["name"] }.joined(separator: ", "))")
        }
        let shared = part("xl/sharedStrings.xml").map(PembacaTeksBersama.baca) ?? []
        var first: [[String]]?
        for sheet in chosen {
            guard let rid = sheet["r:id"], var target = targets[rid] else { throw fail("lembar tanpa isi", "a sheet without content") }
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = part(target) else { throw fail("isi lembar \(target) tidak ada", "the sheet part \(target) is missing") }
            let rows = PembacaLembar.baca(xml, teksBersama: shared)
            if cocok(rows) { return rows }
            first = first ?? rows
        }
        return first ?? []
    }
}

/// Attributes of every element with a given name (workbook.xml, rels).
enum XmlElemen {
    static func semua(_ data: Data, _ name: String) -> [[String: String]] {
        final class Kumpul: NSObject, XMLParserDelegate {
            let name: String
            var found: [[String: String]] = []
            init(_ name: String) { self.name = name }
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
                if e == name || e.hasSuffix(":" + name) { found.append(a) }
            }
        }
        return uraiXML(data, Kumpul(name)).found
    }
}

/// The shared strings: each `<si>`'s text, runs joined.
enum PembacaTeksBersama {
    static func baca(_ data: Data) -> [String] {
        final class Kumpul: NSObject, XMLParserDelegate {
            var strings: [String] = []
            var current = ""
            var inText = false
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
                if e == "si" { current = "" }
                if e == "t" { inText = true }
            }
            func parser(_ p: XMLParser, foundCharacters s: String) { if inText { current += s } }
            func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName q: String?) {
                if e == "t" { inText = false }
                if e == "si" { strings.append(current) }
            }
        }
        return uraiXML(data, Kumpul()).strings
    }
}

/// A worksheet's cells into rows.
enum PembacaLembar {
    static func baca(_ data: Data, teksBersama: [String]) -> [[String]] {
        final class Kumpul: NSObject, XMLParserDelegate {
            let shared: [String]
            var rows: [[String]] = []
            var row = 0, column = 0, type = ""
            var value = "", inline = "", formula = ""
            var inValue = false, inInline = false, inFormula = false
            init(_ shared: [String]) { self.shared = shared }

            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
                switch e {
                case "row":
                    row = a["r"].flatMap(Int.init) ?? (row + 1)
                    column = 0
                case "c":
                    let ref = a["r"] ?? ""
                    column = ref.isEmpty ? column + 1 : BacaXlsxKolom.indeks(ref) + 1
                    type = a["t"] ?? "n"
                    value = ""
                    inline = ""
                    formula = ""
                case "v": inValue = true
                case "f": inFormula = true
                case "t": inInline = true
                default: break
                }
            }
            func parser(_ p: XMLParser, foundCharacters s: String) {
                if inValue { value += s } else if inInline { inline += s } else if inFormula { formula += s }
            }
            func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName q: String?) {
                switch e {
                case "v": inValue = false
                case "t": inInline = false
                case "f": inFormula = false
                case "c": simpan()
                default: break
                }
            }
            private func simpan() {
                let text: String
                switch type {
                // A formula whose value was never stored (a file written by a program, not saved by
                // Excel or LibreOffice): its text, so that the import names the cell instead of taking a blank.
                case _ where !formula.isEmpty && value.isEmpty: text = "=" + formula
                case "s": text = Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                case "inlineStr": text = inline
                case "str", "e": text = value
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default:
                    // A number, in the form `set` reads, so that 35272.253 is not taken for 35.272.253.
                    if let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")), !value.isEmpty {
                        text = Format.id(number, maxDecimals: 15)
                    } else {
                        text = value
                    }
                }
                guard row > 0, column > 0, !text.isEmpty else { return }
                while rows.count < row { rows.append([]) }
                while rows[row - 1].count < column { rows[row - 1].append("") }
                rows[row - 1][column - 1] = text
            }
        }
        return uraiXML(data, Kumpul(teksBersama)).rows
    }
}

/// `AB12` -> 27 (0-based column).
enum BacaXlsxKolom {
    static func indeks(_ ref: String) -> Int {
        var n = 0
        for c in ref.unicodeScalars {
            guard c.value >= 65 && c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
        }
        return max(0, n - 1)
    }
}

/// Runs an XML document through a delegate and hands the delegate back with what it collected
/// (a document cut short leaves what was read before the fault).
func uraiXML<D: NSObject & XMLParserDelegate>(_ data: Data, _ delegate: D) -> D {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    _ = parser.parse()
    return delegate
}

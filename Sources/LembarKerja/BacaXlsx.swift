import Foundation
import Model
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
        var info = stat()
        if stat(path, &info) == 0 {
            do throws(LembarDitolak) { try BatasLembar.periksaUkuran(Int(info.st_size), nama: path) } catch { throw GalatBerkas(berkas: path, pesan: error.pesan) }
        }
        // Each part inflated up to a limit, counted as it comes (a part may say it is smaller than it is).
        func part(_ name: String) throws(GalatBerkas) -> Data? {
            guard let entry = archive[name] else { return nil }
            if entry.uncompressedSize > UInt64(BatasLembar.ukuranBagian) { throw terlaluBesar(name) }
            var data = Data()
            var over = false
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    if data.count + chunk.count > BatasLembar.ukuranBagian { over = true; throw LembarDitolak(pesan: Pesan(id: "", en: "")) }
                    data.append(chunk)
                }
            } catch {
                if over { throw terlaluBesar(name) }
                throw fail("bagian \(name) rusak (\(error)); buka di Excel atau LibreOffice lalu simpan ulang",
                           "the part \(name) is damaged (\(error)); open it in Excel or LibreOffice and save it again")
            }
            return data
        }
        func terlaluBesar(_ name: String) -> GalatBerkas {
            fail("bagian \(name) lebih dari \(BatasLembar.ukuranBagian >> 20) MB bila dibuka; bukan lembar kerja kantor yang dapat dibaca",
                 "the part \(name) is more than \(BatasLembar.ukuranBagian >> 20) MB once inflated; not an office sheet kinerja can read")
        }
        func xml<T>(_ name: String, _ read: (Data) throws(LembarDitolak) -> T) throws(GalatBerkas) -> T? {
            guard let data = try part(name) else { return nil }
            do throws(LembarDitolak) { return try read(data) } catch {
                throw GalatBerkas(berkas: path, pesan: Pesan(id: name + ": " + error.pesan.id, en: name + ": " + error.pesan.en))
            }
        }
        guard let workbook = try part("xl/workbook.xml"), let rels = try part("xl/_rels/workbook.xml.rels") else {
            throw fail("buku kerja tanpa xl/workbook.xml; bukan berkas xlsx", "a workbook without xl/workbook.xml; not an xlsx file")
        }
        let sheets = try xml("xl/workbook.xml") { (_: Data) throws(LembarDitolak) in try XmlElemen.semua(workbook, "sheet") } ?? []
        let relations = try xml("xl/_rels/workbook.xml.rels") { (_: Data) throws(LembarDitolak) in try XmlElemen.semua(rels, "Relationship") } ?? []
        let targets = Dictionary(relations.compactMap { r in r["Id"].flatMap { id in r["Target"].map { (id, $0) } } },
                                 uniquingKeysWith: { a, _ in a })
        let chosen = wanted.map { name in sheets.filter { $0["name"] == name } } ?? sheets
        guard !chosen.isEmpty else {
            throw fail("lembar '\(wanted ?? "")' tidak ada; lembar yang ada: \(sheets.compactMap { $0["name"] }.joined(separator: ", "))",
                       "no sheet '\(wanted ?? "")'; the sheets are: \(sheets.compactMap { $0["name"] }.joined(separator: ", "))")
        }
        let shared = try xml("xl/sharedStrings.xml") { (d: Data) throws(LembarDitolak) in try PembacaTeksBersama.baca(d) } ?? []
        var first: [[String]]?
        for sheet in chosen {
            guard let rid = sheet["r:id"], var target = targets[rid] else { throw fail("lembar tanpa isi", "a sheet without content") }
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let rows = try xml(target, { (d: Data) throws(LembarDitolak) in try PembacaLembar.baca(d, teksBersama: shared) }) else {
                throw fail("isi lembar \(target) tidak ada", "the sheet part \(target) is missing")
            }
            if cocok(rows) { return rows }
            first = first ?? rows
        }
        return first ?? []
    }
}

/// Attributes of every element with a given name (workbook.xml, rels).
enum XmlElemen {
    static func semua(_ data: Data, _ name: String) throws(LembarDitolak) -> [[String: String]] {
        final class Kumpul: NSObject, XMLParserDelegate {
            let name: String
            var found: [[String: String]] = []
            init(_ name: String) { self.name = name }
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
                if e == name || e.hasSuffix(":" + name) { found.append(a) }
            }
        }
        return try uraiXML(data, Kumpul(name)).found
    }
}

/// The shared strings: each `<si>`'s text, runs joined.
enum PembacaTeksBersama {
    static func baca(_ data: Data) throws(LembarDitolak) -> [String] {
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
        return try uraiXML(data, Kumpul()).strings
    }
}

/// A worksheet's cells into rows.
enum PembacaLembar {
    static func baca(_ data: Data, teksBersama: [String]) throws(LembarDitolak) -> [[String]] {
        final class Kumpul: NSObject, XMLParserDelegate, PenolakLembar {
            let shared: [String]
            var rows: [[String]] = []
            var ditolak: LembarDitolak?
            var cells = 0
            var row = 0, column = 0, type = ""
            var value = "", inline = "", formula = ""
            var inValue = false, inInline = false, inFormula = false
            init(_ shared: [String]) { self.shared = shared }

            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
                switch e {
                case "row":
                    row = a["r"].flatMap(Int.init) ?? (row + 1)
                    column = 0
                    if row < 1 || row > BatasLembar.baris {
                        tolak(p, "baris \(a["r"] ?? "\(row)") di luar 1..\(BatasLembar.baris) (batas Excel)", "row \(a["r"] ?? "\(row)") outside 1..\(BatasLembar.baris) (Excel's limit)")
                    }
                case "c":
                    let ref = a["r"] ?? ""
                    guard let index = ref.isEmpty ? column : BacaXlsxKolom.indeks(ref) else {
                        tolak(p, "sel \(ref.prefix(30)) bukan alamat sel (paling jauh kolom XFD, baris \(BatasLembar.baris))",
                              "cell \(ref.prefix(30)) is not a cell reference (at most column XFD, row \(BatasLembar.baris))")
                        return
                    }
                    column = index + 1
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
                guard row > 0, column > 0, !text.isEmpty, ditolak == nil else { return }
                let grow = max(0, row - rows.count) + max(0, column - (rows.indices.contains(row - 1) ? rows[row - 1].count : 0))
                cells += grow
                guard cells <= BatasLembar.sel else {
                    ditolak = BatasLembar.tolak("lebih dari \(BatasLembar.sel) sel sampai baris \(row); bukan lembar kerja kantor yang dapat dibaca",
                                                "more than \(BatasLembar.sel) cells by row \(row); not an office sheet kinerja can read")
                    return
                }
                while rows.count < row { rows.append([]) }
                while rows[row - 1].count < column { rows[row - 1].append("") }
                rows[row - 1][column - 1] = text
            }
        }
        return try uraiXML(data, Kumpul(teksBersama)).rows
    }
}

/// `AB12` -> 27 (0-based column); nil for what is not a reference within Excel's sheet
/// (more than three letters, a column past XFD, a row past 1.048.576).
enum BacaXlsxKolom {
    static func indeks(_ ref: String) -> Int? {
        var n = 0, letters = 0
        var rest = Substring(ref)
        while let c = rest.unicodeScalars.first, c.value >= 65 && c.value <= 90 {
            letters += 1
            guard letters <= 3 else { return nil }
            n = n * 26 + Int(c.value - 64)
            rest = rest.dropFirst()
        }
        guard letters > 0, n <= BatasLembar.kolom else { return nil }
        if !rest.isEmpty {
            guard rest.count <= 7, let row = Int(rest), (1...BatasLembar.baris).contains(row) else { return nil }
        }
        return n - 1
    }
}

/// Passes a parse on to the delegate, counting elements open: a document whose root never
/// closes was cut short.
final class PenjagaXML<D: NSObject & XMLParserDelegate>: NSObject, XMLParserDelegate {
    let inner: D
    private var open = 0
    private var closedRoot = false
    init(_ inner: D) { self.inner = inner }
    var utuh: Bool { closedRoot && open == 0 }

    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName q: String?, attributes a: [String: String]) {
        open += 1
        inner.parser(p, didStartElement: e, namespaceURI: namespaceURI, qualifiedName: q, attributes: a)
    }
    func parser(_ p: XMLParser, foundCharacters s: String) { inner.parser(p, foundCharacters: s) }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName q: String?) {
        open -= 1
        if open == 0 { closedRoot = true }
        inner.parser(p, didEndElement: e, namespaceURI: namespaceURI, qualifiedName: q)
    }
}

/// A delegate that may refuse what it reads, with why.
protocol PenolakLembar: AnyObject {
    var ditolak: LembarDitolak? { get set }
}

extension PenolakLembar {
    /// Stops the parse: the sheet is refused.
    func tolak(_ p: XMLParser, _ id: String, _ en: String) {
        if ditolak == nil { ditolak = BatasLembar.tolak(id, en) }
        p.abortParsing()
    }
}

/// Runs an XML document through a delegate and hands the delegate back with what it
/// collected; a document that is not whole (cut mid-row, damaged) is refused with its line.
func uraiXML<D: NSObject & XMLParserDelegate>(_ data: Data, _ delegate: D) throws(LembarDitolak) -> D {
    let parser = XMLParser(data: data)
    let guarded = PenjagaXML(delegate)
    parser.delegate = guarded
    parser.shouldResolveExternalEntities = false
    // The parser here may take a document cut short for a whole one: its elements must close.
    let parsed = parser.parse()
    if let refused = (delegate as? PenolakLembar)?.ditolak { throw refused }
    guard parsed && guarded.utuh else {
        let code = (parser.parserError as NSError?)?.code
        let why = parsed ? ("terpotong, berakhir di tengah", "cut short, it ends in the middle") : ("galat XML \(code ?? 0)", "XML error \(code ?? 0)")
        throw BatasLembar.tolak("rusak di baris \(parser.lineNumber), kolom \(parser.columnNumber) (\(why.0)); buka di Excel atau LibreOffice lalu simpan ulang",
                                "damaged at line \(parser.lineNumber), column \(parser.columnNumber) (\(why.1)); open it in Excel or LibreOffice and save it again")
    }
    return delegate
}

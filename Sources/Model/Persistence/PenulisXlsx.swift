import Foundation
import ZIPFoundation

/// Writes report tables as one xlsx workbook: a cover sheet and a sheet per
/// table, numbers stored as numbers with display formats (Excel shows them
/// with the reader's locale: `35.272.253.286` in Indonesian), bold frozen
/// headers and sensible widths. Rows are streamed to disk, so memory stays
/// bounded at any size; the workbook replaces its target atomically.
public enum PenulisXlsx {
    public struct Lembar {
        public let nama: String
        public let tabel: Tabel
        public init(nama: String, tabel: Tabel) { self.nama = nama; self.tabel = tabel }
    }

    /// Progress: sheet number (1-based), sheet count, rows written in this sheet.
    public typealias Kemajuan = (_ lembar: Int, _ dari: Int, _ baris: Int) -> Void

    /// `keterangan` follows each table's title in its merged first row (the OPD, final or draft).
    public static func tulis(sampul: [(String, String)], lembar: [Lembar], bahasa: Bahasa, ke path: String, seperti: String? = nil,
                             keterangan: String? = nil, kemajuan: Kemajuan = { _, _, _ in }) throws(GalatBerkas) {
        let target = URL(fileURLWithPath: Sistem.jalurAsli(path))
        // The parts and the archive are built in a private folder beside the target
        // (mkdtemp: exclusive, 0700), then the archive is renamed into place.
        let template = target.deletingLastPathComponent().path + "/" + Penyimpan.awalanSementara(target.lastPathComponent) + "\(getpid())-XXXXXX"
        var buffer = Array(template.utf8CString)
        guard mkdtemp(&buffer) != nil else { throw Penyimpan.galatTulis(path, errno) }
        let work = URL(fileURLWithPath: String(cString: buffer))
        let partial = work.appendingPathComponent("buku.xlsx")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            var sheets: [(String, URL)] = []
            let cover = Tabel(judul: Pesan(id: "Laporan Kinerja", en: "Performance Report"),
                              kolom: [Tabel.Kolom("keterangan", Pesan(id: "Keterangan", en: "Item"), .teks, lebarMaks: 24),
                                      Tabel.Kolom("isi", Pesan(id: "Isi", en: "Value"), .teks, lebarMaks: 70)],
                              baris: sampul.map { [.teks($0.0), .teks($0.1)] })
            let all = [Lembar(nama: bahasa == .id ? "Sampul" : "Cover", tabel: cover)] + lembar
            for (n, sheet) in all.enumerated() {
                let url = work.appendingPathComponent("sheet\(n + 1).xml")
                try tulisLembar(sheet.tabel, bahasa: bahasa, keterangan: n == 0 ? nil : keterangan, ke: url) { kemajuan(n + 1, all.count, $0) }
                sheets.append((namaLembar(sheet.nama, dipakai: sheets.map(\.0)), url))
            }
            let archive = try Archive(url: partial, accessMode: .create)
            func add(_ name: String, _ text: String) throws {
                let data = Data(text.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            try add("[Content_Types].xml", tipeIsi(sheets.count))
            try add("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
            try add("xl/workbook.xml", bukuKerja(sheets.map(\.0)))
            try add("xl/_rels/workbook.xml.rels", relasi(sheets.count))
            try add("xl/styles.xml", gaya)
            for (n, sheet) in sheets.enumerated() {
                try archive.addEntry(with: "xl/worksheets/sheet\(n + 1).xml", fileURL: sheet.1, compressionMethod: .deflate)
            }
        } catch let error as GalatBerkas {
            throw error
        } catch {
            throw GalatBerkas(berkas: path, pesan: Pesan(id: "gagal menulis xlsx (\(error)); periksa ruang disk dan hak tulis",
                                                        en: "could not write the xlsx (\(error)); check disk space and write access"))
        }
        var info = stat()
        let mode = stat(target.path, &info) == 0 ? info.st_mode & 0o7777 : Sistem.modeBaru(seperti: seperti)
        guard chmod(partial.path, mode) == 0, rename(partial.path, target.path) == 0 else { throw Penyimpan.galatTulis(path, errno) }
    }

    static func namaLembar(_ name: String, dipakai: [String]) -> String {
        var clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        var n = 2
        while dipakai.contains(clean) { clean = String(clean.prefix(28)) + " \(n)"; n += 1 }
        return clean
    }

    /// Style indices of `styles.xml`.
    enum Gaya: Int { case biasa = 0, kepala = 1, rupiah = 2, persen = 3, judul = 4, bulat = 5, angka = 6 }

    /// One sheet, ready to print: a merged title row, the header repeated on every page, A4
    /// landscape fitted to one page wide, page numbers in the footer, widths from the content,
    /// levels in words, and each program's, kegiatan's and the OPD's money as a SUMIFS formula
    /// over its sub kegiatan with the figure kinerja computed as its cached value. The rows are
    /// streamed to a side file while the widths are measured, then put behind the header.
    static func tulisLembar(_ tabel: Tabel, bahasa: Bahasa, keterangan: String? = nil, ke url: URL, kemajuan: (Int) -> Void) throws {
        let rowsURL = url.appendingPathExtension("baris")
        FileManager.default.createFile(atPath: rowsURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: rowsURL) }
        let rowsHandle = try FileHandle(forWritingTo: rowsURL)
        var buffer = ""
        func flush(_ force: Bool = false) throws {
            if force || buffer.utf8.count > 1 << 20 { try rowsHandle.write(contentsOf: Data(buffer.utf8)); buffer = "" }
        }
        let keys = tabel.kolom.map(\.kunci)
        let kodeColumn = keys.firstIndex(of: "kode"), levelColumn = keys.firstIndex(of: "tingkat")
        var widths = tabel.kolom.map { kolom -> Int in
            let words = kolom.judul.teks(bahasa).split(separator: " ").map { LebarTampilan.lebar(String($0)) }.max() ?? 8
            return switch kolom.jenis {
            case .teks: max(8, words + 2)
            case .rupiah: max(18, words + 2)
            case .persen: max(10, words + 2)
            case .angka, .bulat: max(12, words + 2)
            }
        }
        var r = 2
        var failure: Error?
        tabel.setiapBaris { row in
            guard failure == nil else { return }
            r += 1
            buffer += "<row r=\"\(r)\">"
            let level = levelColumn.flatMap { c -> Tingkat? in if case .teks(let t?) = row[c] { return Tingkat(rawValue: t) }; return nil }
            let kode = kodeColumn.flatMap { c -> String? in if case .teks(let t?) = row[c] { return t }; return nil }
            for (i, sel) in row.enumerated() {
                let cell = ref(i, r)
                switch tabel.nilaiJSON(sel, tabel.kolom[i].jenis) {
                case .teks(let text) where !text.isEmpty:
                    let shown = i == levelColumn ? (Tingkat(rawValue: text)?.nama(bahasa) ?? text) : text
                    if r < 2003 { widths[i] = max(widths[i], min(tabel.kolom[i].lebarMaks, LebarTampilan.lebar(shown) + 2)) }
                    buffer += teks(cell, shown, .biasa)
                case .angka(let number):
                    let style: Gaya = switch tabel.kolom[i].jenis {
                    case .rupiah: .rupiah
                    case .persen: .persen
                    case .bulat: .bulat
                    default: number.contains(".") ? .angka : .bulat
                    }
                    if tabel.kolom[i].jenis == .rupiah, let level, level != .subKegiatan, let kodeColumn, let levelColumn {
                        buffer += "<c r=\"\(cell)\" s=\"\(style.rawValue)\"><f>\(xml(rumusJumlah(kolom: i, kodeKolom: kodeColumn, tingkatKolom: levelColumn, kode: level == .opd ? nil : kode, bahasa: bahasa)))</f><v>\(number)</v></c>"
                    } else {
                        buffer += "<c r=\"\(cell)\" s=\"\(style.rawValue)\"><v>\(number)</v></c>"
                    }
                default: break
                }
            }
            buffer += "</row>"
            if r % 5000 == 0 { kemajuan(r - 2) }
            do { try flush() } catch { failure = error }
        }
        if let failure { throw failure }
        try flush(true)
        try rowsHandle.close()
        kemajuan(r - 2)

        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let last = ref(max(0, tabel.kolom.count - 1), 1)
        var head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        head += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        head += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        head += "<cols>" + widths.enumerated().map { #"<col min="\#($0.offset + 1)" max="\#($0.offset + 1)" width="\#($0.element)" customWidth="1"/>"# }.joined() + "</cols>"
        let title = tabel.judul.teks(bahasa) + (keterangan.map { " · " + $0 } ?? "")
        head += "<sheetData><row r=\"1\" ht=\"20\" customHeight=\"1\">" + teks("A1", title, .judul) + "</row>"
        head += "<row r=\"2\">" + tabel.kolom.enumerated().map { teks(ref($0.offset, 2), $0.element.judul.teks(bahasa), .kepala) }.joined() + "</row>"
        try handle.write(contentsOf: Data(head.utf8))
        if let rows = FileHandle(forReadingAtPath: rowsURL.path) {
            defer { try? rows.close() }
            while let chunk = try rows.read(upToCount: 1 << 20), !chunk.isEmpty { try handle.write(contentsOf: chunk) }
        }
        let page = bahasa == .id ? "Halaman" : "Page", of = bahasa == .id ? "dari" : "of"
        var tail = "</sheetData>"
        if tabel.kolom.count > 1 { tail += #"<mergeCells count="1"><mergeCell ref="A1:\#(last)"/></mergeCells>"# }
        tail += #"<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        tail += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        tail += "<headerFooter><oddFooter>\(xml("&L&A&R\(page) &P \(of) &N"))</oddFooter></headerFooter></worksheet>"
        try handle.write(contentsOf: Data(tail.utf8))
    }

    /// A total over the sub kegiatan below a code (all of them for the OPD), by the code's
    /// prefix and the level in words, so that Excel and LibreOffice recompute it.
    static func rumusJumlah(kolom: Int, kodeKolom: Int, tingkatKolom: Int, kode: String?, bahasa: Bahasa) -> String {
        func column(_ c: Int) -> String { String(ref(c, 1).dropLast()) }
        let value = column(kolom), level = column(tingkatKolom), code = column(kodeKolom)
        var formula = "SUMIFS(\(value):\(value),\(level):\(level),\"\(Tingkat.subKegiatan.nama(bahasa))\""
        if let kode { formula += ",\(code):\(code),\"\(kode).*\"" }
        return formula + ")"
    }

    static func teks(_ ref: String, _ text: String, _ style: Gaya) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\" s=\"\(style.rawValue)\"><is><t xml:space=\"preserve\">\(xml(text))</t></is></c>"
    }

    static func ref(_ column: Int, _ row: Int) -> String {
        var n = column + 1
        var letters = ""
        while n > 0 {
            let rem = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rem))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func tipeIsi(_ count: Int) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (1...count).map { #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined()
            + "</Types>"
    }

    static func bukuKerja(_ names: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + names.enumerated().map { #"<sheet name="\#(xml($0.element))" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"# }.joined()
            + "</sheets><definedNames>"
            // The title and header rows repeat on every printed page.
            + names.enumerated().map { #"<definedName name="_xlnm.Print_Titles" localSheetId="\#($0.offset)">'\#(xml($0.element.replacingOccurrences(of: "'", with: "''")))'!$1:$2</definedName>"# }.joined()
            + "</definedNames></workbook>"
    }

    static func relasi(_ count: Int) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + (1...count).map { #"<Relationship Id="rId\#($0)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0).xml"/>"# }.joined()
            + #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    }

    static let gaya = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Rp &quot;#,##0"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """#
}

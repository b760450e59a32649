import Foundation
import Model
import GudangBerkas
import Pelaporan
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
            let cover = Tabel(judul: Pesan(id: "Laporan Kinerja", en: "Performance Report"),
                              kolom: [Tabel.Kolom("keterangan", Pesan(id: "Keterangan", en: "Item"), .teks, lebarMaks: 24),
                                      Tabel.Kolom("isi", Pesan(id: "Isi", en: "Value"), .teks, lebarMaks: 70)],
                              baris: sampul.map { [.teks($0.0), .teks($0.1)] })
            let all = [Lembar(nama: bahasa == .id ? "Sampul" : "Cover", tabel: cover)] + lembar
            var sheets: [(String, URL)] = []
            for (n, sheet) in all.enumerated() {
                sheets.append((namaLembar(sheet.nama, dipakai: sheets.map(\.0)), work.appendingPathComponent("sheet\(n + 1).xml")))
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
            // Each sheet goes into the archive (compressed) as soon as it is written, while the others are still being written.
            try tulisSemuaLembar(all, ke: sheets.map(\.1), bahasa: bahasa, keterangan: keterangan, kemajuan: kemajuan) { n in
                try archive.addEntry(with: "xl/worksheets/sheet\(n + 1).xml", fileURL: sheets[n].1, compressionMethod: .deflate)
                try? FileManager.default.removeItem(at: sheets[n].1)
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

    /// The sheets written side by side, one per processor; progress is reported on the
    /// calling thread (an interface draws it), ten times a second. Tables that read one
    /// dataset must each have their own copy of it (`Dokumen.salinan`): a table fills the
    /// dataset's rollup caches as it goes.
    private static func tulisSemuaLembar(_ all: [Lembar], ke urls: [URL], bahasa: Bahasa, keterangan: String?,
                                         kemajuan: Kemajuan, selesai: (Int) throws -> Void) throws {
        final class Bersama: @unchecked Sendable {
            let lock = NSLock()
            var rows: [Int]
            var done: [Int] = []
            var errors: [Error] = []
            init(_ n: Int) { rows = Array(repeating: -1, count: n) }
        }
        let shared = Bersama(all.count)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "kinerja.xlsx", attributes: .concurrent)
        let workers = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
        for (n, sheet) in all.enumerated() {
            let url = urls[n]
            let job = Diserahkan(sheet.tabel)
            queue.async(group: group) {
                workers.wait()
                defer { workers.signal() }
                do {
                    try tulisLembar(job.isi, bahasa: bahasa, keterangan: n == 0 ? nil : keterangan, ke: url) { rows in
                        shared.lock.lock(); shared.rows[n] = rows; shared.lock.unlock()
                    }
                    shared.lock.lock(); shared.done.append(n); shared.lock.unlock()
                } catch {
                    shared.lock.lock(); shared.errors.append(error); shared.lock.unlock()
                }
            }
        }
        var reported: [Int] = Array(repeating: -1, count: all.count)
        var taken = 0
        func report() throws {
            shared.lock.lock(); let now = shared.rows, done = shared.done, failed = !shared.errors.isEmpty; shared.lock.unlock()
            for n in now.indices where now[n] != reported[n] { kemajuan(n + 1, all.count, now[n]); reported[n] = now[n] }
            guard !failed else { return }
            while taken < done.count { try selesai(done[taken]); taken += 1 }
        }
        var failure: Error?
        while group.wait(timeout: .now() + 0.1) == .timedOut {
            if failure == nil { do { try report() } catch { failure = error } }
        }
        if failure == nil { do { try report() } catch { failure = error } }
        if let first = shared.errors.first ?? failure { throw first }
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
        // The rows as bytes: a sheet of a quarter of a million rows is mostly this loop.
        var buffer = Penyangga(kapasitas: 2 << 20)
        func flush(_ force: Bool = false) throws {
            guard force || buffer.jumlah > 1 << 20 else { return }
            var code: Int32 = 0
            buffer.denganAwal(buffer.jumlah) { code = Deskriptor.tulisSemua(rowsHandle.fileDescriptor, $0) }
            buffer.buangAwal(buffer.jumlah)
            if code != 0 { throw Penyimpan.galatTulis(rowsURL.path, code) }
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
        let letters = tabel.kolom.indices.map(huruf)
        tabel.setiapBaris { row in
            guard failure == nil else { return }
            r += 1
            let rowText = String(r)
            buffer.tambah("<row r=\""); buffer.tambah(teks: rowText); buffer.tambah("\">")
            let level = levelColumn.flatMap { c -> Tingkat? in if case .teks(let t?) = row[c] { return Tingkat(rawValue: t) }; return nil }
            let kode = kodeColumn.flatMap { c -> String? in if case .teks(let t?) = row[c] { return t }; return nil }
            // A cell says where it is only after a blank one: in order, its place is implied.
            var next = 0
            func awalSel(_ i: Int) {
                buffer.tambah("<c")
                if i != next { buffer.tambah(" r=\""); buffer.tambah(teks: letters[i]); buffer.tambah(teks: rowText); buffer.tambah("\"") }
                next = i + 1
            }
            for (i, sel) in row.enumerated() {
                switch tabel.nilaiJSON(sel, tabel.kolom[i].jenis) {
                case .teks(let text) where !text.isEmpty:
                    let shown = i == levelColumn ? (Tingkat(rawValue: text)?.nama(bahasa) ?? text) : text
                    if r < 2003 { widths[i] = max(widths[i], min(tabel.kolom[i].lebarMaks, LebarTampilan.lebar(shown) + 2)) }
                    awalSel(i)
                    buffer.tambah(" t=\"inlineStr\"><is><t")
                    if spasiPenting(shown) { buffer.tambah(" xml:space=\"preserve\"") }
                    buffer.tambah(">"); buffer.tambah(teks: xml(shown)); buffer.tambah("</t></is></c>")
                case .angka(let number):
                    let style: Gaya = switch tabel.kolom[i].jenis {
                    case .rupiah: .rupiah
                    case .persen: .persen
                    case .bulat: .bulat
                    default: number.utf8.contains(UInt8(ascii: ".")) ? .angka : .bulat
                    }
                    awalSel(i)
                    buffer.tambah(" s=\""); buffer.append(UInt8(ascii: "0") + UInt8(style.rawValue)); buffer.tambah("\">")
                    if tabel.kolom[i].jenis == .rupiah, let level, level != .subKegiatan, let kodeColumn, let levelColumn {
                        buffer.tambah("<f>")
                        buffer.tambah(teks: xml(rumusJumlah(kolom: i, kodeKolom: kodeColumn, tingkatKolom: levelColumn, kode: level == .opd ? nil : kode, bahasa: bahasa)))
                        buffer.tambah("</f>")
                    }
                    buffer.tambah("<v>"); buffer.tambah(teks: number); buffer.tambah("</v></c>")
                default: break
                }
            }
            buffer.tambah("</row>")
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
        // The default style and plain spacing are left unsaid: a sheet of many rows is a third smaller.
        let styled = style == .biasa ? "" : " s=\"\(style.rawValue)\""
        return "<c r=\"\(ref)\" t=\"inlineStr\"\(styled)><is><t\(spasiPenting(text) ? " xml:space=\"preserve\"" : "")>\(xml(text))</t></is></c>"
    }

    /// Text whose spacing a spreadsheet would fold (leading, trailing, doubled, line breaks) unless told to keep it.
    static func spasiPenting(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.first.map(kosong) == true || bytes.last.map(kosong) == true
            || zip(bytes, bytes.dropFirst()).contains { kosong($0) && kosong($1) } || bytes.contains(0x0A)
    }

    static func ref(_ column: Int, _ row: Int) -> String {
        huruf(column) + String(row)
    }

    /// Spacing a spreadsheet would fold unless told to keep it.
    private static func kosong(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A column's letters: A..Z, AA..
    static func huruf(_ column: Int) -> String {
        var n = column + 1
        var letters = ""
        while n > 0 {
            let rem = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rem))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    static func xml(_ text: String) -> String {
        // Most text needs nothing escaped or dropped: given back as it is.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) {
            return text
        }
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

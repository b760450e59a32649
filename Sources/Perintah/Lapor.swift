import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Pelaporan
import Antarmuka
import LembarKerja

extension Laporan: ExpressibleByArgument {}

enum FormatLaporan: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, md, xlsx
}

struct Lapor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: bahasaCLI.t(
            "Mencetak tabel laporan: capaian, tren, rpjmd, efisiensi, program, output, anggaran, pengukuran, triwulan.",
            "Prints a report table: capaian, tren, rpjmd, efisiensi, program, output, anggaran, pengukuran, triwulan."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Tabel: capaian (3.1 + Lampiran 1), tren (3.2), rpjmd (3.3), efisiensi (3.6), program (3.7), output (3.8-3.10), anggaran (3.12 / Lampiran 2), pengukuran (Lampiran 3), triwulan (evaluasi triwulan); rekap: semua OPD di database PostgreSQL.",
                                   "Table: capaian (3.1 + Annex 1), tren (3.2), rpjmd (3.3), efisiensi (3.6), program (3.7), output (3.8-3.10), anggaran (3.12 / Annex 2), pengukuran (Annex 3), triwulan (quarterly form); rekap: every agency in a PostgreSQL database."))) var tabel: PilihanLaporan
    @Option(help: ArgumentHelp(bahasaCLI.t("text atau md (untuk dibaca), csv, json atau xlsx (untuk mesin dan Excel; xlsx perlu -o).",
                                 "text or md (for people), csv, json or xlsx (for machines and Excel; xlsx needs -o)."))) var format: FormatLaporan = .text
    @OptionGroup var triwulan: OpsiTW
    @Flag(name: .customLong("excel-id"), help: ArgumentHelp(bahasaCLI.t("CSV dengan pemisah ; dan desimal , untuk Excel berbahasa Indonesia.",
                                                              "CSV with ; separators and , decimals for Excel in an Indonesian locale."))) var excelID = false
    @Option(name: .short, help: ArgumentHelp(bahasaCLI.t("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."))) var o: String?

    func validate() throws {
        if format == .xlsx && o == nil { throw ValidationError(bahasaCLI.t("--format xlsx perlu -o BERKAS.xlsx", "--format xlsx needs -o FILE.xlsx")) }
    }

    func run() throws {
        try periksaKeluaran(o, data: berkas)
        guard case .satu(let tabel) = tabel else {
            return try laporRekap(berkas, format: format, tw: triwulan.tw?.nomor, excelID: excelID, o: o)
        }
        let dokumen = try muat(berkas)
        let tw = triwulan.triwulan(dokumen)
        let table = tabel.tabel(dokumen, tw: tw)
        let text: String
        switch format {
        case .text: text = "Status: " + Laporan.status(dokumen, tw: tw).teks(bahasaCLI) + "\n" + table.teks(bahasaCLI)
        case .md: text = "*Status: " + Laporan.status(dokumen, tw: tw).teks(bahasaCLI) + "*\n\n" + table.md(bahasaCLI)
        // The mark Excel reads UTF-8 by goes into a file, not into a stream.
        case .csv: text = table.csv(excel: excelID, bom: o.map { Keluaran.deskriptor($0) == nil && !Keluaran.aliran($0) } ?? false)
        case .json: text = table.json().render() + "\n"
        case .xlsx:
            try Ekspor.tulis(dokumen, [tabel], tw: tw, ke: o!, data: berkas)
            return
        }
        try tulisKeluaran(text, ke: o, data: berkas, mesin: format == .csv || format == .json)
    }
}

/// `kinerja export`: every table in one workbook.
struct Ekspor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: bahasaCLI.t(
            "Satu buku kerja xlsx: sampul dan satu lembar per tabel laporan.",
            "One xlsx workbook: a cover and one sheet per report table."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Option(name: .short, help: ArgumentHelp(bahasaCLI.t("Berkas .xlsx yang ditulis.", "The .xlsx file to write."))) var o: String
    @OptionGroup var triwulan: OpsiTW

    func run() throws {
        try periksaKeluaran(o, data: berkas)
        let dokumen = try muat(berkas)
        try Ekspor.tulis(dokumen, Laporan.allCases, tw: triwulan.triwulan(dokumen), ke: o, data: berkas)
    }

    /// Writes the workbook, showing progress on standard error.
    static func tulis(_ dokumen: Dokumen, _ tables: [Laporan], tw: Int, ke target: String, data: String) throws {
        // `-o -`: the workbook's bytes on standard output (written whole first, then copied).
        let toStdout = Keluaran.deskriptor(target) != nil || Keluaran.aliran(target)
        let path = toStdout ? FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-\(getpid())-\(Sistem.acak()).xlsx").path : target
        defer { if toStdout { unlink(path) } }
        let sheets = tables.map { PenulisXlsx.Lembar(nama: $0.judulPendek.teks(bahasaCLI), tabel: $0.tabel(dokumen.salinan(), tw: tw)) }
        let interactive = isatty(STDERR_FILENO) != 0
        do {
            try PenulisXlsx.tulis(sampul: Laporan.sampul(dokumen, tw: tw, bahasa: bahasaCLI, tanggal: Date()), lembar: sheets, bahasa: bahasaCLI, ke: path, seperti: data,
                                  keterangan: dokumen.opd.nama + " · " + Laporan.status(dokumen, tw: tw).teks(bahasaCLI)) { sheet, count, rows in
                let line = bahasaCLI.t("lembar \(sheet)/\(count): \(rows) baris", "sheet \(sheet)/\(count): \(rows) rows")
                _ = Deskriptor.tulisSemua(STDERR_FILENO, Data(((interactive ? "\r" : "") + line + (interactive ? "   " : "\n")).utf8))
            }
        } catch {
            throw GagalCLI(error)
        }
        if interactive { _ = Deskriptor.tulisSemua(STDERR_FILENO, Data("\n".utf8)) }
        if toStdout {
            do { try Keluaran.salin(dari: path, ke: target) } catch { throw GagalCLI(error) }
            return
        }
        cetak(bahasaCLI.t("\(path): \(sheets.count + 1) lembar (sampul dan \(sheets.count) tabel), s.d. TW \(TW.nama(tw))",
                "\(path): \(sheets.count + 1) sheets (cover and \(sheets.count) tables), to Q\(tw)"))
    }
}

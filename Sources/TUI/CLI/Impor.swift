import ArgumentParser
import Foundation
import Model

/// `kinerja import`: an office's spreadsheet into the file; a dry run unless --apply.
struct Impor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: T(
            "Membaca lembar kerja kantor (.csv atau .xlsx): menambah simpul baru dan mengisi nilai; tanpa --apply hanya uji coba.",
            "Reads an office's spreadsheet (.csv or .xlsx): adds new nodes and fills values; without --apply a dry run."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Argument(help: ArgumentHelp(T("Berkas data JSON.", "The JSON data file."))) var berkas: String
    @Argument(help: ArgumentHelp(T("Lembar kerja .csv atau .xlsx.", "The .csv or .xlsx spreadsheet."))) var lembar: String
    @Option(help: ArgumentHelp(T("Nama lembar dalam .xlsx (bawaan: yang pertama).", "The sheet of an .xlsx (default: the first)."))) var sheet: String?
    @Flag(help: ArgumentHelp(T("Tulis perubahan (atomik, semua atau tidak sama sekali).", "Write the changes (atomically, all or nothing)."))) var apply = false

    func run() throws {
        let kind = URL(fileURLWithPath: lembar).pathExtension.lowercased()
        guard kind == "csv" || kind == "xlsx" else {
            throw GagalCLI(T("\(lembar): kinerja membaca .csv dan .xlsx; simpan lembar itu dalam salah satunya dari Excel atau LibreOffice",
                             "\(lembar): kinerja reads .csv and .xlsx; save the sheet as one of them from Excel or LibreOffice"), kode: 2)
        }
        let rows: [[String]]
        do {
            rows = kind == "xlsx" ? try BacaXlsx.baca(lembar, lembar: sheet) { Model.Impor.barisJudul($0) != nil }
                                  : BacaCSV.baca(try Penyimpan.baca(lembar))
        } catch { throw GagalCLI(error) }
        do {
            if apply { try Penyimpan.periksaBolehTulis(berkas) }
            let kunci = apply ? try Kunci.ambil(berkas) : nil
            defer { kunci?.lepas() }
            let (d, sidik) = try Penyimpan.muatDenganSidik(berkas)
            let plan = Model.Impor.rencana(d, baris: rows)
            cetak(laporan(plan, rows.count))
            guard plan.masalah.isEmpty, let result = plan.hasil else {
                throw GagalCLI(T("\(plan.masalah.count) masalah; tidak ada yang ditulis", "\(plan.masalah.count) problems; nothing written"))
            }
            guard apply else {
                cetak(T("uji coba: tidak ada yang ditulis; jalankan lagi dengan --apply untuk menulisnya",
                        "dry run: nothing written; run again with --apply to write it"))
                return
            }
            let after = try Penyimpan.dokumen(result, path: berkas)
            try Penyimpan.simpan(after, ke: berkas, dasar: sidik)
            cetak(T("\(berkas): tersimpan", "\(berkas): saved"))
        } catch let error as GalatBerkas {
            throw GagalCLI(error)
        }
    }

    private func laporan(_ plan: RencanaImpor, _ count: Int) -> String {
        var out = [T("\(lembar): \(count) baris; kolom dikenal: ", "\(lembar): \(count) rows; columns used: ") + plan.kolomDikenal.map(\.0).joined(separator: ", ")]
        if !plan.kolomDiabaikan.isEmpty { out.append(T("kolom diabaikan: ", "columns ignored: ") + plan.kolomDiabaikan.joined(separator: ", ")) }
        for m in plan.masalah {
            out.append("\(lembar) " + T("baris", "row") + " \(m.baris)" + (m.kolom.map { T(" kolom ", " column ") + $0 } ?? "") + ": " + m.pesan.teks(bahasaCLI))
        }
        guard plan.masalah.isEmpty else { return out.joined(separator: "\n") }
        out.append(T("simpul ditambah: \(plan.ditambah.count)", "nodes added: \(plan.ditambah.count)"))
        out += plan.ditambah.map { "  + " + $0 }
        let overwritten = plan.perubahan.filter { $0.lama != nil }.count
        out.append(T("nilai diisi: \(plan.perubahan.count) (\(overwritten) menimpa nilai lama)", "values set: \(plan.perubahan.count) (\(overwritten) over an old value)"))
        func shown(_ v: String?) -> String { v.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }.map { Format.id($0) } ?? v ?? "-" }
        out += plan.perubahan.map { "  " + $0.alamat.teks(bahasaCLI) + ": " + shown($0.lama) + " -> " + shown($0.baru) }
        out += plan.tertulis.map { "  \($0.0) " + T("pagu tertulis", "stated pagu") + ": " + ($0.1.map(Format.rupiah) ?? "-") + " -> " + Format.rupiah($0.2) }
        if !plan.barisDilewati.isEmpty {
            out.append(T("baris jumlah atau tanpa kode dilewati: ", "total rows and rows without a code skipped: ") + plan.barisDilewati.map { "\($0.0) (\($0.1))" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}

import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka
import LembarKerja
import GudangPostgres

/// `kinerja import`: an office's spreadsheet into the file; a dry run unless --apply.
struct Impor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: bahasaCLI.t(
            "Membaca lembar kerja kantor (.csv atau .xlsx): menambah simpul baru dan mengisi nilai; tanpa --apply hanya uji coba.",
            "Reads an office's spreadsheet (.csv or .xlsx): adds new nodes and fills values; without --apply a dry run."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Lembar kerja .csv atau .xlsx.", "The .csv or .xlsx spreadsheet."))) var lembar: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama lembar dalam .xlsx (bawaan: yang pertama).", "The sheet of an .xlsx (default: the first)."))) var sheet: String?
    @Flag(help: ArgumentHelp(bahasaCLI.t("Tulis perubahan (atomik, semua atau tidak sama sekali).", "Write the changes (atomically, all or nothing)."))) var apply = false

    func run() throws {
        let kind = URL(fileURLWithPath: lembar).pathExtension.lowercased()
        let rows: [[String]]
        do { rows = try Lembar.baca(lembar, lembar: sheet) } catch { throw GagalCLI(error.teks(bahasaCLI), kode: kind == "csv" || kind == "xlsx" ? 1 : 2) }
        if AlamatPG.adalahURL(berkas) { return try imporGudang(rows) }
        do {
            if apply { try Penyimpan.periksaBolehTulis(berkas) }
            let kunci = apply ? try Kunci.ambil(berkas) : nil
            defer { kunci?.lepas() }
            let (d, sidik) = try Penyimpan.muatDenganSidik(berkas)
            let plan = Model.Impor.rencana(d, baris: rows)
            cetak(plan.laporan(nama: lembar, jumlahBaris: rows.count, bahasa: bahasaCLI).joined(separator: "\n"))
            guard plan.masalah.isEmpty, let result = plan.hasil else {
                throw GagalCLI(bahasaCLI.t("\(plan.masalah.count) masalah; tidak ada yang ditulis", "\(plan.masalah.count) problems; nothing written"))
            }
            guard apply else {
                cetak(bahasaCLI.t("uji coba: tidak ada yang ditulis; jalankan lagi dengan --apply untuk menulisnya",
                        "dry run: nothing written; run again with --apply to write it"))
                return
            }
            let after = try BerkasJSON.dokumen(result, path: berkas)
            try Penyimpan.simpan(after, ke: berkas, dasar: sidik, jurnal: Jurnal.entri(jejak(plan), sumber: "import", oleh: Identitas.sekarang(Konteks.sekarang.lingkungan), pada: Date()))
            cetak(bahasaCLI.t("\(berkas): tersimpan", "\(berkas): saved"))
        } catch let error as GalatBerkas {
            throw GagalCLI(error)
        }
    }

    /// What an import changes, for the journal.
    private func jejak(_ plan: RencanaImpor) -> Jejak {
        Jejak(nilai: plan.perubahan, lain: plan.ditambah.map { "simpul baru " + $0 + " (" + lembar + ")" }
              + plan.tertulis.map { "\($0.0) pagu tertulis " + ($0.1.map(String.init) ?? "-") + " -> \($0.2)" })
    }

    /// On the shared store: the same plan over the OPD-year as read; values written one by
    /// one over their base (as `set` writes them), new nodes as a change of shape.
    private func imporGudang(_ rows: [[String]]) throws {
        var report: [String] = []
        let write = apply
        func terapkan(_ d: Dokumen) throws -> (Dokumen, Jejak) {
            let plan = Model.Impor.rencana(d, baris: rows)
            report = plan.laporan(nama: lembar, jumlahBaris: rows.count, bahasa: bahasaCLI)
            guard plan.masalah.isEmpty, let result = plan.hasil else {
                cetak(report.joined(separator: "\n"))
                throw GagalCLI(bahasaCLI.t("\(plan.masalah.count) masalah; tidak ada yang ditulis", "\(plan.masalah.count) problems; nothing written"))
            }
            guard write else { return (d, Jejak()) }
            do { return (try BerkasJSON.dokumen(result, path: berkas), jejak(plan)) } catch { throw GagalCLI(error) }
        }
        if !write {
            _ = try terapkan(try muatPG(berkas).0)
            cetak(report.joined(separator: "\n"))
            cetak(bahasaCLI.t("uji coba: tidak ada yang ditulis; jalankan lagi dengan --apply untuk menulisnya",
                    "dry run: nothing written; run again with --apply to write it"))
            return
        }
        _ = try ubahPG(berkas, sumber: "import", terapkan)
        cetak(report.joined(separator: "\n"))
        cetak(bahasaCLI.t("\(berkas): tersimpan", "\(berkas): saved"))
    }
}

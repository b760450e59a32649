import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka

/// `kinerja new`: an empty dataset for an office and a year.
struct Baru: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "new", abstract: bahasaCLI.t(
            "Membuat berkas data kosong untuk satu OPD dan satu tahun; tidak menimpa berkas yang ada.",
            "Creates an empty data file for one agency and one year; never overwrites a file."),
            discussion: bahasaCLI.t("""
            Contoh:
              kinerja new dinkes-2025.json --opd "Dinas Kesehatan" --kode 1.02 --pemda "Kota Semarang" --tahun 2025 --renstra 2021-2026
            Tanpa --renstra, Renstra dimulai pada --tahun dan berlangsung 5 tahun.
            """, """
            Example:
              kinerja new dinkes-2025.json --opd "Dinas Kesehatan" --kode 1.02 --pemda "Kota Semarang" --tahun 2025 --renstra 2021-2026
            Without --renstra, the Renstra starts in --tahun and runs 5 years.
            """))
    }

    @OptionGroup var opsi: OpsiUmum
    @Argument(help: ArgumentHelp(bahasaCLI.t("Berkas data JSON yang dibuat.", "The JSON data file to create."))) var berkas: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama OPD.", "The agency's name."))) var opd: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Kode OPD (urusan.bidang, mis. 1.06).", "The agency's code (urusan.bidang, e.g. 1.06)."))) var kode: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama pemerintah daerah.", "The regional government's name."))) var pemda: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Tahun anggaran.", "The budget year."))) var tahun: Int
    @Option(help: ArgumentHelp(bahasaCLI.t("Tahun Renstra, mis. 2021-2026.", "The Renstra years, e.g. 2021-2026."))) var renstra: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Skala kategori: lkjip atau renja.", "Category scale: lkjip or renja."))) var skala: String = Skala.lkjip.kode

    func run() throws {
        var years: ClosedRange<Int>?
        if let renstra {
            let parts = renstra.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, parts[0] <= parts[1] else {
                throw GagalCLI(bahasaCLI.t("--renstra '\(renstra)' tidak dapat dibaca; tulis tahun awal-akhir, mis. 2021-2026",
                                 "--renstra '\(renstra)' cannot be read; write first-last year, e.g. 2021-2026"), kode: 2)
            }
            years = parts[0]...parts[1]
        }
        let data: Berkas
        do {
            data = try Berkas.baru(opd: opd, kode: kode, pemda: pemda, tahun: tahun, renstra: years, skala: skala)
        } catch {
            throw GagalCLI("\(berkas): \(error.tempat): " + error.pesan.teks(bahasaCLI))
        }
        do { try Penyimpan.tulisBaru(BerkasJSON.json(data), ke: berkas) } catch { throw GagalCLI(error) }
        cetak(bahasaCLI.t("\(berkas): berkas baru untuk \(data.opd.nama) tahun \(data.tahun) (Renstra \(data.renstra.tahunAwal)-\(data.renstra.tahunAkhir), skala \(data.skala)); buka dengan `kinerja \(berkas)`",
                "\(berkas): new file for \(data.opd.nama), year \(data.tahun) (Renstra \(data.renstra.tahunAwal)-\(data.renstra.tahunAkhir), scale \(data.skala)); open it with `kinerja \(berkas)`"))
    }
}

import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka

/// `kinerja rollover`: next year's file from this one.
struct Gulir: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rollover", abstract: bahasaCLI.t(
            "Membuat berkas tahun berikutnya dari berkas ini (pohon, indikator, tautan, Renstra); tidak menimpa berkas yang ada.",
            "Makes next year's file from this one (tree, indicators, links, Renstra); never overwrites a file."))
    }

    @OptionGroup var opsi: OpsiUmum
    @Argument(help: ArgumentHelp(bahasaCLI.t("Berkas data JSON tahun ini.", "This year's JSON data file."))) var berkas: String
    @Option(name: .short, help: ArgumentHelp(bahasaCLI.t("Berkas tahun berikutnya.", "Next year's file."))) var o: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Tahun baru (bawaan: tahun berkas + 1).", "The new year (default: the file's year + 1)."))) var tahun: Int?

    func run() throws {
        try periksaKeluaran(o, data: berkas)
        let d = try muat(berkas)
        let next: Berkas
        do { next = try Berkas.tahunBerikut(dari: d, tahun: tahun) } catch {
            throw GagalCLI("\(berkas): \(error.tempat): " + error.pesan.teks(bahasaCLI))
        }
        do { try Penyimpan.tulisBaru(BerkasJSON.json(next), ke: o) } catch { throw GagalCLI(error) }
        let subs = next.program.flatMap { $0.kegiatan ?? [] }.flatMap { $0.subKegiatan ?? [] }
        let provisional = subs.filter { $0.anggaran?.paguSementara == true }.count
        cetak(bahasaCLI.t("\(o): tahun \(next.tahun) dari \(d.tahun): \(next.program.count) program, \(subs.count) sub kegiatan; realisasi \(d.tahun) masuk riwayat Renstra; \(provisional) pagu dibawa sebagai sementara (konfirmasi dengan set --pagu atau di antarmuka)",
                "\(o): year \(next.tahun) from \(d.tahun): \(next.program.count) programs, \(subs.count) sub-activities; \(d.tahun) realisations moved to the Renstra history; \(provisional) pagu carried as provisional (confirm with set --pagu or in the interface)"))
    }
}

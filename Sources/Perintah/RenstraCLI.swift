import ArgumentParser
import Foundation
import Model
import Antarmuka

/// `kinerja renstra ...`: the Renstra's tujuan, sasaran and years from scripts.
/// Their indicators are `kinerja indicator ... FILE 2.1`; their values `kinerja set`.
struct RenstraCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "renstra", abstract: bahasaCLI.t(
            "Menambah, mengubah atau menghapus tujuan dan sasaran Renstra, dan mengatur tahunnya.",
            "Adds, edits or removes the Renstra's tujuan and sasaran, and sets its years."),
            discussion: bahasaCLI.t("""
            Indikatornya: kinerja indicator add BERKAS 2.1 --uraian ... --satuan ...
            Kondisi awal dan tahun lain: kinerja set BERKAS 2.1.4 --kondisi-awal 71,42 / --tahun-renstra 2024 --target 80
            """, """
            Their indicators: kinerja indicator add FILE 2.1 --uraian ... --satuan ...
            Baseline and other years: kinerja set FILE 2.1.4 --kondisi-awal 71,42 / --tahun-renstra 2024 --target 80
            """),
            subcommands: [TambahTujuan.self, TambahSasaran.self, Uraian.self, Hapus.self, Tahun.self])
    }

    /// Applies one change and says what it did.
    static func jalankan(_ berkas: String, _ u: UbahStruktur, _ said: (Berkas) -> String) throws {
        cetak(said(try ubahStruktur(berkas, u).berkas()))
    }

    struct TambahTujuan: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add-tujuan", abstract: bahasaCLI.t("Menambah tujuan di akhir Renstra.", "Adds a tujuan at the end of the Renstra."))
        }
        @OptionGroup var opsi: OpsiUmum
        @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
        @Option(help: ArgumentHelp(bahasaCLI.t("Uraian tujuan.", "The tujuan's description."))) var uraian: String

        func run() throws {
            try RenstraCLI.jalankan(berkas, .tambahTujuan(uraian: uraian)) { bahasaCLI.t("tujuan ", "tujuan ") + ($0.renstra.tujuan.last?.nomor ?? "") + ": " + uraian }
        }
    }

    struct TambahSasaran: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add-sasaran", abstract: bahasaCLI.t("Menambah sasaran di akhir satu tujuan.", "Adds a sasaran at the end of a tujuan."))
        }
        @OptionGroup var opsi: OpsiUmum
        @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
        @Argument(help: ArgumentHelp(bahasaCLI.t("Nomor tujuan, mis. 2.", "The tujuan's number, e.g. 2."))) var tujuan: String
        @Option(help: ArgumentHelp(bahasaCLI.t("Uraian sasaran.", "The sasaran's description."))) var uraian: String

        func run() throws {
            try RenstraCLI.jalankan(berkas, .tambahSasaran(tujuan: tujuan, uraian: uraian)) { file in
                "sasaran " + (file.renstra.tujuan.first { $0.nomor == tujuan }?.sasaran.last?.nomor ?? "") + ": " + uraian
            }
        }
    }

    struct Uraian: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "edit", abstract: bahasaCLI.t("Mengubah uraian tujuan atau sasaran.", "Changes a tujuan's or sasaran's description."))
        }
        @OptionGroup var opsi: OpsiUmum
        @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
        @Argument(help: ArgumentHelp(bahasaCLI.t("Nomor tujuan atau sasaran, mis. 2 atau 2.1.", "The tujuan's or sasaran's number, e.g. 2 or 2.1."))) var nomor: String
        @Option(help: ArgumentHelp(bahasaCLI.t("Uraian baru.", "The new description."))) var uraian: String

        func run() throws {
            try RenstraCLI.jalankan(berkas, .ubahUraian(nomor: nomor, uraian: uraian)) { _ in "\(nomor): \(uraian)" }
        }
    }

    struct Hapus: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: bahasaCLI.t(
                "Menghapus tujuan atau sasaran beserta indikatornya dan tautan simpul ke indikator itu; perlu --ya.",
                "Removes a tujuan or sasaran with its indicators and the nodes' links to them; needs --yes."))
        }
        @OptionGroup var opsi: OpsiUmum
        @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
        @Argument(help: ArgumentHelp(bahasaCLI.t("Nomor tujuan atau sasaran.", "The tujuan's or sasaran's number."))) var nomor: String
        @Flag(name: [.customLong("ya"), .customLong("yes")], help: ArgumentHelp(bahasaCLI.t("Benar-benar hapus.", "Really remove."))) var ya = false

        func run() throws {
            var file = try muat(berkas).berkas()
            let gone: (indikator: Int, tautan: Int)
            do throws(GalatData) { gone = try file.hapusRenstra(nomor: nomor) } catch {
                throw GagalCLI("\(berkas): \(error.tempat): " + error.pesan.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
            }
            guard ya else {
                throw GagalCLI(bahasaCLI.t("\(nomor) akan dihapus bersama \(gone.indikator) indikator dan \(gone.tautan) tautan simpul; ulangi dengan --ya bila yakin",
                                 "\(nomor) would go with \(gone.indikator) indicators and \(gone.tautan) node links; repeat with --yes if sure"), kode: 2)
            }
            try RenstraCLI.jalankan(berkas, .hapusRenstra(nomor: nomor)) { _ in
                bahasaCLI.t("\(nomor) dihapus (\(gone.indikator) indikator, \(gone.tautan) tautan)", "\(nomor) removed (\(gone.indikator) indicators, \(gone.tautan) links)")
            }
        }
    }

    struct Tahun: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "years", abstract: bahasaCLI.t("Mengatur tahun awal dan akhir Renstra.", "Sets the Renstra's first and last year."))
        }
        @OptionGroup var opsi: OpsiUmum
        @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
        @Option(help: ArgumentHelp(bahasaCLI.t("Tahun awal.", "The first year."))) var awal: Int
        @Option(help: ArgumentHelp(bahasaCLI.t("Tahun akhir.", "The last year."))) var akhir: Int

        func run() throws {
            try RenstraCLI.jalankan(berkas, .tahunRenstra(awal: awal, akhir: akhir)) { _ in "Renstra \(awal)-\(akhir)" }
        }
    }
}

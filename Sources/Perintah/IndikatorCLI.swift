import ArgumentParser
import Foundation
import Model
import Antarmuka

extension Polaritas: ExpressibleByArgument {}
extension Agregasi: ExpressibleByArgument {}

/// The data file and whose indicators: a node's code or a Renstra tujuan/sasaran number.
struct BerkasDanTempat: ParsableArguments {
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode simpul, atau nomor tujuan/sasaran Renstra (mis. 2.1).", "A node's code, or a Renstra tujuan/sasaran number (e.g. 2.1)."))) var kode: String

    var tempat: TempatIndikator { TempatIndikator(kode) }
}

/// A command on the indicators of one place.
protocol PerintahIndikator {
    var simpul: BerkasDanTempat { get }
}

extension PerintahIndikator {
    var berkas: String { simpul.berkas }
    var kode: String { simpul.kode }

    /// Applies the change and returns the place's indicators after it.
    func terapkan(_ u: UbahStruktur) throws -> [Indikator] {
        let d = try ubahStruktur(berkas, u)
        return (try? d.berkas().indikator(di: simpul.tempat)) ?? []
    }
}

/// `kinerja indicator add|edit|move|remove`: indicators of a node or of the Renstra from scripts.
struct IndikatorCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "indicator", abstract: bahasaCLI.t(
            "Menambah, mengubah, mengurutkan atau menghapus indikator program, kegiatan, sub kegiatan, tujuan atau sasaran.",
            "Adds, edits, reorders or removes an indicator of a program, kegiatan, sub kegiatan, tujuan or sasaran."),
            subcommands: [Tambah.self, Ubah.self, Geser.self, Hapus.self])
    }

    struct Tambah: ParsableCommand, PerintahIndikator {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: bahasaCLI.t("Menambah indikator di akhir daftar simpul.", "Adds an indicator at the end of the node's list."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanTempat
        @Option(help: ArgumentHelp(bahasaCLI.t("Uraian indikator.", "The indicator's description."))) var uraian: String
        @Option(help: ArgumentHelp(bahasaCLI.t("Satuan, mis. orang, %, dokumen.", "The unit, e.g. orang, %, dokumen."))) var satuan: String
        @Option(help: ArgumentHelp(bahasaCLI.t("positif (lebih tinggi lebih baik) atau negatif.", "positif (higher is better) or negatif."))) var polaritas: Polaritas = .positif
        @Option(help: ArgumentHelp(bahasaCLI.t("jumlah, akhir atau rata-rata (bawaan: akhir untuk %, jumlah lainnya).", "jumlah, akhir or rata-rata (default: akhir for %, else jumlah)."))) var agregasi: Agregasi?
        @Option(parsing: .unconditional, help: ArgumentHelp(bahasaCLI.t("Target tahunan.", "The yearly target."))) var target: String?

        func run() throws {
            let value = try target.flatMap { try nilaiIsian(Isian.nilai($0), $0) }
            let rule = agregasi ?? (satuan.contains("%") ? .akhir : .jumlah)
            let ind = Indikator(uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: rule, target: value)
            let list = try terapkan(.tambahIndikator(simpul.tempat, ind))
            let n = list.count
            cetak("\(kode) " + bahasaCLI.t("indikator", "indicator") + " \(list[n - 1].nomor ?? String(n)): \(uraian) (\(satuan) · \(polaritas.rawValue) · \(rule.rawValue)"
                  + (value.map { " · target " + Format.id($0) } ?? "") + ")")
        }
    }

    struct Ubah: ParsableCommand, PerintahIndikator {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "edit", abstract: bahasaCLI.t("Mengubah uraian, satuan, polaritas atau agregasi satu indikator.", "Changes an indicator's description, unit, polarity or aggregation."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanTempat
        @Option(help: ArgumentHelp(bahasaCLI.t("Urutan indikator (mulai 1).", "The indicator's position (from 1)."))) var indikator: Int
        @Option(help: ArgumentHelp(bahasaCLI.t("Uraian baru.", "The new description."))) var uraian: String?
        @Option(help: ArgumentHelp(bahasaCLI.t("Satuan baru.", "The new unit."))) var satuan: String?
        @Option(help: ArgumentHelp(bahasaCLI.t("positif atau negatif.", "positif or negatif."))) var polaritas: Polaritas?
        @Option(help: ArgumentHelp(bahasaCLI.t("jumlah, akhir atau rata-rata.", "jumlah, akhir or rata-rata."))) var agregasi: Agregasi?

        func validate() throws {
            guard uraian != nil || satuan != nil || polaritas != nil || agregasi != nil else {
                throw ValidationError(bahasaCLI.t("sebutkan paling sedikit satu dari --uraian, --satuan, --polaritas, --agregasi",
                                        "give at least one of --uraian, --satuan, --polaritas, --agregasi"))
            }
        }

        func run() throws {
            let ind = try terapkan(.ubahIndikator(simpul.tempat, nomor: indikator, uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: agregasi))[indikator - 1]
            cetak("\(kode) " + bahasaCLI.t("indikator", "indicator") + " \(indikator): \(ind.uraian) (\(ind.satuan) · \(ind.polaritas.rawValue) · \(ind.agregasi.rawValue))")
        }
    }

    struct Geser: ParsableCommand, PerintahIndikator {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "move", abstract: bahasaCLI.t("Memindahkan satu indikator ke urutan lain; nilai dan catatannya ikut.", "Moves one indicator to another position; its values and notes go with it."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanTempat
        @Option(help: ArgumentHelp(bahasaCLI.t("Urutan indikator sekarang (mulai 1).", "The indicator's position now (from 1)."))) var indikator: Int
        @Option(help: ArgumentHelp(bahasaCLI.t("Urutan barunya.", "Its new position."))) var ke: Int

        func run() throws {
            let list = try terapkan(.geserIndikator(simpul.tempat, nomor: indikator, ke: ke))
            cetak("\(kode): " + list.enumerated().map { "\($0.offset + 1). \($0.element.uraian)" }.joined(separator: "\n   "))
        }
    }

    struct Hapus: ParsableCommand, PerintahIndikator {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: bahasaCLI.t("Menghapus satu indikator beserta nilai dan catatannya; perlu --ya.", "Removes one indicator with its values and notes; needs --yes."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanTempat
        @Option(help: ArgumentHelp(bahasaCLI.t("Urutan indikator (mulai 1).", "The indicator's position (from 1)."))) var indikator: Int
        @Flag(name: [.customLong("ya"), .customLong("yes")], help: ArgumentHelp(bahasaCLI.t("Benar-benar hapus.", "Really remove."))) var ya = false

        func run() throws {
            guard ya else {
                throw GagalCLI(bahasaCLI.t("indikator \(indikator) dari \(kode) akan dihapus bersama nilai dan catatannya; ulangi dengan --ya bila yakin",
                                 "indicator \(indikator) of \(kode) would go with its values and notes; repeat with --yes if sure"), kode: 2)
            }
            var removed = ""
            try ubahStruktur(berkas, .hapusIndikator(simpul.tempat, nomor: indikator)) { file in
                removed = (try? file.indikator(di: simpul.tempat))?.dropFirst(indikator - 1).first?.uraian ?? ""
            }
            cetak(bahasaCLI.t("\(kode): indikator \(indikator) dihapus (\(removed))", "\(kode): indicator \(indikator) removed (\(removed))"))
        }
    }
}

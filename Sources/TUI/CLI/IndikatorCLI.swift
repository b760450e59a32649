import ArgumentParser
import Foundation
import Model

extension Polaritas: ExpressibleByArgument {}
extension Agregasi: ExpressibleByArgument {}

/// `kinerja indicator add|remove`: a node's indicators from scripts.
struct IndikatorCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "indicator", abstract: T(
            "Menambah atau menghapus indikator program, kegiatan atau sub kegiatan.",
            "Adds or removes an indicator of a program, kegiatan or sub kegiatan."),
            subcommands: [Tambah.self, Ubah.self, Hapus.self])
    }

    struct Tambah: ParsableCommand, PerintahSimpul {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: T("Menambah indikator di akhir daftar simpul.", "Adds an indicator at the end of the node's list."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanKode
        @Option(help: ArgumentHelp(T("Uraian indikator.", "The indicator's description."))) var uraian: String
        @Option(help: ArgumentHelp(T("Satuan, mis. orang, %, dokumen.", "The unit, e.g. orang, %, dokumen."))) var satuan: String
        @Option(help: ArgumentHelp(T("positif (lebih tinggi lebih baik) atau negatif.", "positif (higher is better) or negatif."))) var polaritas: Polaritas = .positif
        @Option(help: ArgumentHelp(T("jumlah, akhir atau rata-rata (bawaan: akhir untuk %, jumlah lainnya).", "jumlah, akhir or rata-rata (default: akhir for %, else jumlah)."))) var agregasi: Agregasi?
        @Option(parsing: .unconditional, help: ArgumentHelp(T("Target tahunan.", "The yearly target."))) var target: String?

        func run() throws {
            let value = try target.flatMap { try nilaiIsian(Isian.nilai($0), $0) }
            let rule = agregasi ?? (satuan.contains("%") ? .akhir : .jumlah)
            let ind = Indikator(uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: rule, target: value)
            let d = try ubahStruktur(berkas) { (file: inout Berkas) throws(GalatData) in try file.tambahIndikator(kode: kode, ind) }
            let n = d.simpul[d.indeks(kode: kode)!].indikator.count
            cetak("\(kode) " + T("indikator", "indicator") + " \(n): \(uraian) (\(satuan) · \(polaritas.rawValue) · \(rule.rawValue)"
                  + (value.map { " · target " + Format.id($0) } ?? "") + ")")
        }
    }

    struct Ubah: ParsableCommand, PerintahSimpul {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "edit", abstract: T("Mengubah uraian, satuan, polaritas atau agregasi satu indikator.", "Changes an indicator's description, unit, polarity or aggregation."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanKode
        @Option(help: ArgumentHelp(T("Urutan indikator (mulai 1).", "The indicator's position (from 1)."))) var indikator: Int
        @Option(help: ArgumentHelp(T("Uraian baru.", "The new description."))) var uraian: String?
        @Option(help: ArgumentHelp(T("Satuan baru.", "The new unit."))) var satuan: String?
        @Option(help: ArgumentHelp(T("positif atau negatif.", "positif or negatif."))) var polaritas: Polaritas?
        @Option(help: ArgumentHelp(T("jumlah, akhir atau rata-rata.", "jumlah, akhir or rata-rata."))) var agregasi: Agregasi?

        func validate() throws {
            guard uraian != nil || satuan != nil || polaritas != nil || agregasi != nil else {
                throw ValidationError(T("sebutkan paling sedikit satu dari --uraian, --satuan, --polaritas, --agregasi",
                                        "give at least one of --uraian, --satuan, --polaritas, --agregasi"))
            }
        }

        func run() throws {
            let d = try ubahStruktur(berkas) { (file: inout Berkas) throws(GalatData) in
                try file.ubahIndikator(kode: kode, nomor: indikator, uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: agregasi)
            }
            let ind = d.simpul[d.indeks(kode: kode)!].indikator[indikator - 1]
            cetak("\(kode) " + T("indikator", "indicator") + " \(indikator): \(ind.uraian) (\(ind.satuan) · \(ind.polaritas.rawValue) · \(ind.agregasi.rawValue))")
        }
    }

    struct Hapus: ParsableCommand, PerintahSimpul {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: T("Menghapus satu indikator beserta nilai dan catatannya; perlu --ya.", "Removes one indicator with its values and notes; needs --yes."))
        }
        @OptionGroup var opsi: OpsiUmum
        @OptionGroup var simpul: BerkasDanKode
        @Option(help: ArgumentHelp(T("Urutan indikator (mulai 1).", "The indicator's position (from 1)."))) var indikator: Int
        @Flag(name: [.customLong("ya"), .customLong("yes")], help: ArgumentHelp(T("Benar-benar hapus.", "Really remove."))) var ya = false

        func run() throws {
            guard ya else {
                throw GagalCLI(T("indikator \(indikator) dari \(kode) akan dihapus bersama nilai dan catatannya; ulangi dengan --ya bila yakin",
                                 "indicator \(indikator) of \(kode) would go with its values and notes; repeat with --yes if sure"), kode: 2)
            }
            var removed = ""
            _ = try ubahStruktur(berkas) { (file: inout Berkas) throws(GalatData) in removed = try file.hapusIndikator(kode: kode, nomor: indikator) }
            cetak(T("\(kode): indikator \(indikator) dihapus (\(removed))", "\(kode): indicator \(indikator) removed (\(removed))"))
        }
    }
}

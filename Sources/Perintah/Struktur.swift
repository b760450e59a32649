import ArgumentParser
import Foundation
import Model
import Antarmuka

/// `kinerja add`, `rename`, `remove`, `link`, `unlink`: the shape of the budget tree
/// and its links to the Renstra, from scripts, with the rules the interface keeps.
/// The data file and a node's code, the first two words of every structure command.
struct BerkasDanKode: ParsableArguments {
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode simpul.", "The node's code."))) var kode: String
}

/// A command on one node of one file.
protocol PerintahSimpul {
    var simpul: BerkasDanKode { get }
}

extension PerintahSimpul {
    var berkas: String { simpul.berkas }
    var kode: String { simpul.kode }
}

struct Tambah: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: bahasaCLI.t(
            "Menambah program, kegiatan atau sub kegiatan (tingkatnya dari bentuk kode) di bawah induknya.",
            "Adds a program, kegiatan or sub kegiatan (its level from the code's form) under its parent."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode baru, mis. 1.06.04.2.01.0003.", "The new code, e.g. 1.06.04.2.01.0003."))) var kode: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama.", "The name."))) var nama: String

    func run() throws {
        let d = try ubahStruktur(berkas, .tambahSimpul(kode: kode, nama: nama))
        let node = d.simpul[d.indeks(kode: kode)!]
        cetak(bahasaCLI.t("\(kode) ditambahkan: \(node.tingkat.nama(.id)) \(node.nama)", "\(kode) added: \(node.tingkat.nama(.en)) \(node.nama)")
              + (node.induk.flatMap { $0 == 0 ? nil : d.simpul[$0].kode }.map { bahasaCLI.t(" di bawah ", " under ") + $0 } ?? ""))
    }
}

struct GantiNama: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rename", abstract: bahasaCLI.t("Mengganti nama satu simpul.", "Renames one node."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama baru.", "The new name."))) var nama: String

    func run() throws {
        var old = ""
        try ubahStruktur(berkas, .gantiNama(kode: kode, nama: nama)) { old = $0.simpul(kode: kode)?.nama ?? "" }
        cetak("\(kode): \(old) -> \(nama)")
    }
}

struct Hapus: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: bahasaCLI.t(
            "Menghapus satu simpul beserta semua di bawahnya (nilai dan catatannya); perlu --ya.",
            "Removes one node with everything below it (its values and notes); needs --yes."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Flag(name: [.customLong("ya"), .customLong("yes")], help: ArgumentHelp(bahasaCLI.t("Benar-benar hapus.", "Really remove."))) var ya = false

    func run() throws {
        guard ya else {
            let d = try muat(berkas)
            guard let i = d.indeks(kode: kode) else { throw GagalCLI(bahasaCLI.t("\(berkas): kode \(kode) tidak ada", "\(berkas): there is no code \(kode)")) }
            let below = d.keturunan(i).count
            throw GagalCLI(bahasaCLI.t("\(kode) \(d.simpul[i].nama) akan dihapus bersama \(below) simpul di bawahnya, semua nilai dan catatannya; ulangi dengan --ya bila yakin",
                             "\(kode) \(d.simpul[i].nama) would go with \(below) nodes below it and all their values and notes; repeat with --yes if sure"), kode: 2)
        }
        var count = 0
        try ubahStruktur(berkas, .hapus(kode: kode)) { count = $0.simpul(kode: kode).map(Berkas.jumlahSimpul) ?? 0 }
        cetak(bahasaCLI.t("\(kode) dihapus (\(count) simpul); salinan sebelumnya ada di \(berkas).bak", "\(kode) removed (\(count) nodes); the previous version is in \(berkas).bak"))
    }
}

struct Tautkan: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "link", abstract: bahasaCLI.t(
            "Menautkan simpul ke indikator Renstra yang didukungnya (dasar Tabel 3.6 dan 3.7).",
            "Links a node to a Renstra indicator it supports (the basis of Tabel 3.6 and 3.7)."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Argument(help: ArgumentHelp(bahasaCLI.t("Nomor indikator Renstra, mis. 2.1.4.", "The Renstra indicator's number, e.g. 2.1.4."))) var nomor: String

    func run() throws {
        try ubahStruktur(berkas, .tautkan(kode: kode, nomor: nomor))
        cetak(bahasaCLI.t("\(kode) mendukung \(nomor)", "\(kode) supports \(nomor)"))
    }
}

struct LepasTautan: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "unlink", abstract: bahasaCLI.t("Melepas tautan simpul ke indikator Renstra.", "Unlinks a node from a Renstra indicator."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Argument(help: ArgumentHelp(bahasaCLI.t("Nomor indikator Renstra.", "The Renstra indicator's number."))) var nomor: String

    func run() throws {
        try ubahStruktur(berkas, .lepas(kode: kode, nomor: nomor))
        cetak(bahasaCLI.t("\(kode) tidak lagi mendukung \(nomor)", "\(kode) no longer supports \(nomor)"))
    }
}

struct GantiKode: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "recode", abstract: bahasaCLI.t(
            "Mengganti kode satu simpul; kode anak-anaknya ikut berubah.",
            "Changes a node's code; its children's codes follow."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode baru (tingkat dan induk yang sama).", "The new code (same level and parent)."))) var baru: String

    func run() throws {
        try ubahStruktur(berkas, .gantiKode(kode: kode, baru: baru))
        cetak(bahasaCLI.t("\(kode) -> \(baru) (anak-anaknya ikut)", "\(kode) -> \(baru) (its children follow)"))
    }
}

struct Pindah: ParsableCommand, PerintahSimpul {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: bahasaCLI.t(
            "Memindahkan kegiatan ke program lain, atau sub kegiatan ke kegiatan lain; kodenya mengikuti induk baru.",
            "Moves a kegiatan to another program, or a sub kegiatan to another kegiatan; codes follow the new parent."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Option(help: ArgumentHelp(bahasaCLI.t("Kode induk baru.", "The new parent's code."))) var ke: String
    @Option(name: .customLong("kode-baru"), help: ArgumentHelp(bahasaCLI.t("Kode baru (bawaan: kode induk + bagian akhir kode lama).", "The new code (default: the parent's code + the old code's last part)."))) var kodeBaru: String?

    func run() throws {
        let target = kodeBaru ?? Berkas.kodePindah(kode, ke: ke)
        let d = try ubahStruktur(berkas, .pindah(kode: kode, induk: ke, baru: kodeBaru))
        let node = d.indeks(kode: target).map { d.simpul[$0] }
        cetak(bahasaCLI.t("\(kode) dipindah ke bawah \(ke) sebagai \(target)", "\(kode) moved under \(ke) as \(target)") + (node.map { " (\($0.nama))" } ?? ""))
    }
}

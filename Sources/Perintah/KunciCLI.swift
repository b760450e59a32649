import ArgumentParser
import Foundation
import Model
import Antarmuka

/// `kinerja lock FILE --tw N`: closes a quarter; its values refuse edits from every door.
struct TutupTW: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lock", abstract: bahasaCLI.t(
            "Menutup satu triwulan: nilainya tidak dapat diubah (antarmuka, set, import) sampai dibuka lagi.",
            "Closes a quarter: its values cannot be changed (interface, set, import) until it is reopened."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Option(name: .customLong("tw"), help: ArgumentHelp(bahasaCLI.t("Triwulan 1-4.", "Quarter 1-4."))) var triwulan: TW

    func run() throws {
        let me = Identitas.sekarang(Konteks.sekarang.lingkungan)
        try ubahStruktur(berkas, .tutupTW(tw: triwulan.nomor, oleh: me.nama ?? me.pengguna, waktu: Jurnal.waktu(Date())))
        cetak(bahasaCLI.t("TW \(triwulan.nama) ditutup", "Q\(triwulan.nomor) closed"))
    }
}

/// `kinerja unlock FILE --tw N --reason "..."`: reopens a quarter; the journal keeps why.
struct BukaTW: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "unlock", abstract: bahasaCLI.t(
            "Membuka lagi triwulan yang ditutup; alasannya disimpan di jurnal.",
            "Reopens a closed quarter; the reason goes into the journal."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Option(name: .customLong("tw"), help: ArgumentHelp(bahasaCLI.t("Triwulan 1-4.", "Quarter 1-4."))) var triwulan: TW
    @Option(help: ArgumentHelp(bahasaCLI.t("Mengapa dibuka (wajib).", "Why it is reopened (required)."))) var reason: String

    func run() throws {
        try ubahStruktur(berkas, .bukaTW(tw: triwulan.nomor, alasan: reason))
        cetak(bahasaCLI.t("TW \(triwulan.nama) dibuka lagi: \(reason)", "Q\(triwulan.nomor) reopened: \(reason)"))
    }
}

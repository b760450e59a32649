import ArgumentParser
import Foundation
import Model

/// `kinerja lock FILE --tw N`: closes a quarter; its values refuse edits from every door.
struct TutupTW: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lock", abstract: T(
            "Menutup satu triwulan: nilainya tidak dapat diubah (antarmuka, set, import) sampai dibuka lagi.",
            "Closes a quarter: its values cannot be changed (interface, set, import) until it is reopened."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Option(help: ArgumentHelp(T("Triwulan 1-4.", "Quarter 1-4."))) var tw: Int

    func run() throws {
        let me = Identitas.sekarang()
        try ubahStruktur(berkas, .tutupTW(tw: tw, oleh: me.nama ?? me.pengguna, waktu: Jurnal.waktu(Date())))
        cetak(T("TW \(Laporan.namaTW(max(1, min(4, tw)))) ditutup", "Q\(tw) closed"))
    }
}

/// `kinerja unlock FILE --tw N --reason "..."`: reopens a quarter; the journal keeps why.
struct BukaTW: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "unlock", abstract: T(
            "Membuka lagi triwulan yang ditutup; alasannya disimpan di jurnal.",
            "Reopens a closed quarter; the reason goes into the journal."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Option(help: ArgumentHelp(T("Triwulan 1-4.", "Quarter 1-4."))) var tw: Int
    @Option(help: ArgumentHelp(T("Mengapa dibuka (wajib).", "Why it is reopened (required)."))) var reason: String

    func run() throws {
        try ubahStruktur(berkas, .bukaTW(tw: tw, alasan: reason))
        cetak(T("TW \(Laporan.namaTW(max(1, min(4, tw)))) dibuka lagi: \(reason)", "Q\(tw) reopened: \(reason)"))
    }
}

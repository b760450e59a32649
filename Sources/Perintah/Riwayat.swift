import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka
import GudangPostgres

/// `kinerja history`: the journal of a data file, whole or for one code, from a date.
struct Riwayat: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history", abstract: bahasaCLI.t(
            "Riwayat perubahan dari jurnal berkas: siapa mengubah apa, dari berapa ke berapa, kapan.",
            "The file's journal of changes: who changed what, from what to what, and when."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode simpul (dan yang di bawahnya) atau nomor Renstra.", "A node's code (and those below it) or a Renstra number."))) var kode: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Sejak tanggal ini (YYYY-MM-DD).", "From this date on (YYYY-MM-DD)."))) var since: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("text atau json.", "text or json."))) var format: FormatRiwayat = .text

    enum FormatRiwayat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if let since, since.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError(bahasaCLI.t("--since ditulis YYYY-MM-DD, mis. 2026-01-31", "--since is written YYYY-MM-DD, e.g. 2026-01-31"))
        }
    }

    func run() throws {
        let all: [EntriJurnal]
        if AlamatPG.adalahURL(berkas) {
            let (g, opd, tahun) = try gudang(berkas)
            all = try diGudang { () async throws(GalatGudang) in try await g.jurnal(opd: opd, tahun: tahun) }
        } else {
            guard FileManager.default.fileExists(atPath: berkas) else { _ = try muat(berkas); return }
            all = Jurnal.baca(berkas)
        }
        let entries = all.filter { entry in
            if let since, entry.waktu.prefix(10) < since { return false }
            guard let kode else { return true }
            return entry.kode.map { $0 == kode || $0.hasPrefix(kode + ".") } ?? false
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            cetak(String(decoding: try encoder.encode(entries), as: UTF8.self), mesin: true)
            return
        }
        guard !entries.isEmpty else {
            cetak(bahasaCLI.t("Belum ada perubahan tercatat", "No changes recorded yet") + (kode.map { bahasaCLI.t(" untuk ", " for ") + $0 } ?? ""))
            return
        }
        for e in entries {
            let who = e.nama.map { "\($0) (\(e.pengguna)@\(e.host))" } ?? "\(e.pengguna)@\(e.host)"
            var line = "\(e.waktu)  \(who)  [\(e.sumber)]  \(e.teks)"
            if e.alamat != nil { line += ": \(tampil(e.lama)) -> \(tampil(e.baru))" }
            if let why = e.alasan { line += bahasaCLI.t("  alasan: ", "  reason: ") + why }
            cetak(line)
        }
    }

    /// A value as people read it: numbers in the Indonesian form, blank as `-`.
    private func tampil(_ v: String?) -> String {
        guard let v else { return "-" }
        return Decimal(string: v, locale: Locale(identifier: "en_US_POSIX")).map { Format.id($0) } ?? v
    }
}

import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka

struct Periksa: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: bahasaCLI.t(
            "Memeriksa berkas: keluar 0 dengan peringatan, 1 bila ada galat, 2 untuk salah pakai.",
            "Validates a file: exit 0 with warnings, 1 on errors, 2 on usage errors."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: ArgumentHelp(bahasaCLI.t("Berkas data JSON (- untuk masukan standar).", "The JSON data file (- for standard input).")), completion: .file(extensions: ["json"])) var berkas: String

    func run() throws {
        // `check -` reads the file from standard input.
        let fromStdin = berkas == "-"
        let dokumen: Dokumen
        if fromStdin {
            do { dokumen = try BerkasJSON.dokumen(FileHandle.standardInput.readDataToEndOfFile(), path: bahasaCLI.t("(masukan standar)", "(standard input)")) } catch { throw GagalCLI(error) }
        } else {
            dokumen = try muat(berkas)
        }
        var warnings = Pemeriksa.periksa(dokumen)
        // Every journalled value must be what the file holds: a change made outside kinerja shows here.
        for (entry, now) in fromStdin ? [] : Jurnal.selisih(dokumen, Jurnal.baca(berkas)) {
            warnings.append(Peringatan(tempat: entry.teks, pesan: Pesan(
                id: "jurnal mencatat \(entry.baru ?? "kosong") (\(entry.pengguna)@\(entry.host), \(entry.waktu)) tetapi berkas berisi \(now ?? "kosong"); diubah di luar kinerja?",
                en: "the journal has \(entry.baru ?? "blank") (\(entry.pengguna)@\(entry.host), \(entry.waktu)) but the file holds \(now ?? "blank"); changed outside kinerja?")))
        }
        // A value journalled while its quarter was closed: written by a session that did not know.
        for (entry, lock) in fromStdin ? [] : Jurnal.sesudahDitutup(Jurnal.baca(berkas)) {
            let by = lock.nama ?? lock.pengguna
            warnings.append(Peringatan(tempat: entry.teks, pesan: Pesan(
                id: "ditulis \(entry.baru ?? "kosong") oleh \(entry.nama ?? entry.pengguna)@\(entry.host) pada \(entry.waktu), sesudah TW \(TW.nama(lock.triwulanKunci ?? 1)) ditutup oleh \(by) pada \(lock.waktu); periksa dengan BAPPEDA",
                en: "written \(entry.baru ?? "blank") by \(entry.nama ?? entry.pengguna)@\(entry.host) at \(entry.waktu), after Q\(lock.triwulanKunci ?? 1) was closed by \(by) at \(lock.waktu); check with BAPPEDA")))
        }
        let counts = Dictionary(grouping: dokumen.simpul, by: \.tingkat).mapValues(\.count)
        let nama = fromStdin ? bahasaCLI.t("(masukan standar)", "(standard input)") : berkas
        cetak(bahasaCLI.t("\(nama): terbaca: \(counts[.program] ?? 0) program, \(counts[.kegiatan] ?? 0) kegiatan, \(counts[.subKegiatan] ?? 0) sub kegiatan, \(dokumen.semuaIndikatorRenstra.count) indikator Renstra",
                "\(nama): read: \(counts[.program] ?? 0) programs, \(counts[.kegiatan] ?? 0) activities, \(counts[.subKegiatan] ?? 0) sub-activities, \(dokumen.semuaIndikatorRenstra.count) Renstra indicators"))
        for warning in warnings {
            cetak(bahasaCLI.t("peringatan", "warning") + ": \(warning.tempat): \(warning.pesan.teks(bahasaCLI))")
        }
        cetak(bahasaCLI.t("\(warnings.count) peringatan, 0 galat", "\(warnings.count) warnings, 0 errors"))
    }
}

import ArgumentParser
import Foundation
import Model
import Antarmuka
import GudangPostgres

/// `kinerja review FILE KODE --tw N --note "..." | --answer "..."`: a reviewer's note on a
/// node's quarter (with who and when), or the office's answer to it.
struct VerifikasiCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "review", abstract: bahasaCLI.t(
            "Catatan verifikasi pemeriksa pada satu simpul dan triwulan, atau tanggapan OPD atasnya.",
            "A reviewer's note on one node and quarter, or the office's answer to it."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Option(name: .customLong("tw"), help: ArgumentHelp(bahasaCLI.t("Triwulan 1-4.", "Quarter 1-4."))) var triwulan: TW
    var tw: Int { triwulan.nomor }
    @Option(help: ArgumentHelp(bahasaCLI.t("Catatan verifikasi (\"\" menghapusnya).", "The reviewer's note (\"\" removes it)."))) var note: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Tanggapan OPD atas catatan itu.", "The office's answer to it."))) var answer: String?

    func validate() throws {
        guard note != nil || answer != nil else { throw ValidationError(bahasaCLI.t("sebutkan --note atau --answer", "give --note or --answer")) }
    }

    func run() throws {
        let me = Identitas.sekarang(Konteks.sekarang.lingkungan)
        try ubahBerkas(simpul.berkas, sumber: "review") { d in
            guard let node = d.indeks(kode: simpul.kode), node > 0 else {
                throw GagalCLI(bahasaCLI.t("\(simpul.berkas): kode \(simpul.kode) tidak ada; berkas tidak diubah", "\(simpul.berkas): there is no code \(simpul.kode); the file is unchanged"))
            }
            var changes: [Perubahan] = []
            for (jenis, text) in [(JenisCatatan.verifikasi, note), (.tanggapan, answer)] {
                guard let text else { continue }
                let a = AlamatNilai.catatan(simpul: simpul.kode, tw: tw, jenis)
                if let why = Isian.periksaKunci(d, a) {
                    throw GagalCLI("\(simpul.berkas): \(a.teks(bahasaCLI)): " + why.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
                }
                let value = text.isEmpty ? nil : text
                let old = d.simpul[node].catatan[tw - 1][jenis]
                if jenis == .verifikasi, old != value, !AlamatPG.adalahURL(simpul.berkas), let why = Isian.periksaPenulis(d.simpul[node].catatan[tw - 1], oleh: me.nama ?? me.pengguna) {
                    throw GagalCLI("\(simpul.berkas): \(a.teks(bahasaCLI)): " + why.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
                }
                if jenis == .verifikasi {
                    d.tulisVerifikasi(simpul: node, tw: tw, value, oleh: me.nama ?? me.pengguna, waktu: Jurnal.waktu(Date()))
                } else {
                    d.ubahCatatan(simpul: node, tw: tw, jenis, value)
                }
                changes.append(Perubahan(alamat: a, lama: old, baru: value))
            }
            return (d, Jejak(nilai: changes))
        }
        cetak(bahasaCLI.t("\(simpul.kode) TW \(TW.nama(tw)): ", "\(simpul.kode) Q\(tw): ")
              + [note.map { bahasaCLI.t("catatan verifikasi ", "reviewer's note ") + ($0.isEmpty ? bahasaCLI.t("dihapus", "removed") : bahasaCLI.t("ditulis", "written")) },
                 answer.map { _ in bahasaCLI.t("tanggapan ditulis", "answer written") }].compactMap { $0 }.joined(separator: ", "))
    }
}

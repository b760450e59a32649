import ArgumentParser
import Foundation
import Model
import GudangPostgres

/// `kinerja review FILE KODE --tw N --note "..." | --answer "..."`: a reviewer's note on a
/// node's quarter (with who and when), or the office's answer to it.
struct VerifikasiCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "review", abstract: T(
            "Catatan verifikasi pemeriksa pada satu simpul dan triwulan, atau tanggapan OPD atasnya.",
            "A reviewer's note on one node and quarter, or the office's answer to it."))
    }
    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @OptionGroup var simpul: BerkasDanKode
    @Option(help: ArgumentHelp(T("Triwulan 1-4.", "Quarter 1-4."))) var tw: Int
    @Option(help: ArgumentHelp(T("Catatan verifikasi (\"\" menghapusnya).", "The reviewer's note (\"\" removes it)."))) var note: String?
    @Option(help: ArgumentHelp(T("Tanggapan OPD atas catatan itu.", "The office's answer to it."))) var answer: String?

    func validate() throws {
        guard (1...4).contains(tw) else { throw ValidationError(T("--tw harus 1 sampai 4", "--tw must be 1 to 4")) }
        guard note != nil || answer != nil else { throw ValidationError(T("sebutkan --note atau --answer", "give --note or --answer")) }
    }

    func run() throws {
        let me = Identitas.sekarang()
        try ubahBerkas(simpul.berkas, sumber: "review") { d in
            guard let node = d.indeks(kode: simpul.kode), node > 0 else {
                throw GagalCLI(T("\(simpul.berkas): kode \(simpul.kode) tidak ada; berkas tidak diubah", "\(simpul.berkas): there is no code \(simpul.kode); the file is unchanged"))
            }
            var changes: [Perubahan] = []
            for (jenis, text) in [(JenisCatatan.verifikasi, note), (.tanggapan, answer)] {
                guard let text else { continue }
                let a = AlamatNilai.catatan(simpul: simpul.kode, tw: tw, jenis)
                if let why = Isian.periksaKunci(d, a) {
                    throw GagalCLI("\(simpul.berkas): \(a.teks(bahasaCLI)): " + why.teks(bahasaCLI) + T("; berkas tidak diubah", "; the file is unchanged"))
                }
                let value = text.isEmpty ? nil : text
                let old = d.simpul[node].catatan[tw - 1][jenis]
                if jenis == .verifikasi, old != value, !AlamatPG.adalahURL(simpul.berkas), let why = Isian.periksaPenulis(d.simpul[node].catatan[tw - 1], oleh: me.nama ?? me.pengguna) {
                    throw GagalCLI("\(simpul.berkas): \(a.teks(bahasaCLI)): " + why.teks(bahasaCLI) + T("; berkas tidak diubah", "; the file is unchanged"))
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
        cetak(T("\(simpul.kode) TW \(Laporan.namaTW(tw)): ", "\(simpul.kode) Q\(tw): ")
              + [note.map { T("catatan verifikasi ", "reviewer's note ") + ($0.isEmpty ? T("dihapus", "removed") : T("ditulis", "written")) },
                 answer.map { _ in T("tanggapan ditulis", "answer written") }].compactMap { $0 }.joined(separator: ", "))
    }
}

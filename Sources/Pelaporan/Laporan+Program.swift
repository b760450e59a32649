import Foundation
import Model

extension Laporan {
    /// Tabel 3.7: under each tujuan/sasaran indicator, the programs and kegiatan that support it.
    public static func program(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Tabel 3.7 Program/Kegiatan yang Menunjang Kinerja", "Table 3.7 Supporting Programs and Activities", d, tw), kolom: [
            k("nomor", "No.", "No.", .teks), k("indikator_sasaran", "Indikator Tujuan/Sasaran", "Goal/Target Indicator", .teks, lebar: 40),
            k("capaian_sasaran", "Capaian (%)", "Achievement (%)", .persen), k("kode", "Kode", "Code", .teks),
            k("program_kegiatan", "Program/Kegiatan", "Program/Activity", .teks, lebar: 40), k("tingkat", "Tingkat", "Level", .teks),
            k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 40), k("capaian", "Capaian (%)", "Achievement (%)", .persen),
            k("menunjang", "Menunjang/Tidak", "Supports", .teks),
        ]) { emit in
            let supporters = d.simpul.indices.filter { d.simpul[$0].tingkat == .program || d.simpul[$0].tingkat == .kegiatan }
            for item in indikatorRenstra(d) {
                let ind = item.3
                emit([.teks(item.nomor), .teks(ind.uraian), .angka(ind.capaian(sd: tw).nilai), .teks(""), .teks(""), .teks(""), .teks(""), .angka(nil), .teks("")])
                for i in supporters where d.simpul[i].mendukung.contains(item.nomor) {
                    let node = d.simpul[i]
                    let mean = d.capaianSendiri(i, sd: tw).nilai
                    let verdict: String = node.tingkat != .program ? "" : mean.map { $0.rounded2 >= 100 ? "Menunjang" : "Tidak menunjang" } ?? "-"
                    let inds = node.indikator.isEmpty ? [nil] : node.indikator.map { Optional($0) }
                    for (n, nodeInd) in inds.enumerated() {
                        emit([.teks(""), .teks(""), .angka(nil), .teks(n == 0 ? node.kode : ""), .teks(n == 0 ? node.nama : ""),
                              .teks(node.tingkat.rawValue), .teks(nodeInd?.uraian ?? ""), .angka(nodeInd?.capaian(sd: tw).nilai),
                              .teks(n == 0 ? verdict : "")])
                    }
                }
            }
        }
    }

    /// Tabel 3.8 to 3.10: every sub kegiatan output indicator.
    public static func output(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Tabel 3.8-3.10 Realisasi Indikator Keluaran Sub Kegiatan", "Table 3.8-3.10 Sub-activity Outputs", d, tw), kolom: [
            k("program", "Program", "Program", .teks), k("kode", "Kode", "Code", .teks),
            k("sub_kegiatan", "Sub Kegiatan", "Sub-activity", .teks, lebar: 35), k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 45),
            k("satuan", "Satuan", "Unit", .teks), k("target", "Target", "Target", .angka), k("realisasi", "Realisasi", "Actual", .angka),
            k("capaian", "%", "%", .persen), k("kategori", "Kategori", "Category", .teks),
        ]) { emit in
            for i in d.simpul.indices where d.simpul[i].tingkat == .subKegiatan {
                let node = d.simpul[i]
                let program = d.leluhur(i).dropLast().last.map { d.simpul[$0].kode } ?? ""
                for ind in node.indikator {
                    let c = ind.capaian(sd: tw).nilai
                    emit([.teks(program), .teks(node.kode), .teks(node.nama), .teks(ind.uraian), .teks(ind.satuan),
                          .angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)), .angka(c), .teks(kategori(d, c))])
                }
            }
        }
    }

    /// Lampiran 3: every sub kegiatan with the sasaran indicator it supports and its budget.
    public static func pengukuran(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Lampiran 3 Pengukuran Kinerja", "Annex 3 Performance Measurement", d, tw), kolom: [
            k("sasaran", "Sasaran Strategis", "Strategic Target", .teks, lebar: 30), k("nomor", "No.", "No.", .teks),
            k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 35), k("target", "Target", "Target", .angka),
            k("realisasi", "Realisasi", "Actual", .angka), k("capaian", "%", "%", .persen), k("kode", "Kode", "Code", .teks),
            k("sub_kegiatan", "Program/Kegiatan/Sub Kegiatan", "Sub-activity", .teks, lebar: 35),
            k("pagu", "Pagu (Rp)", "Budget (Rp)", .rupiah), k("realisasi_anggaran", "Realisasi (Rp)", "Spent (Rp)", .rupiah),
            k("persen", "%", "%", .persen),
        ]) { emit in
            for i in d.simpul.indices where d.simpul[i].tingkat == .subKegiatan {
                let node = d.simpul[i]
                let budget = d.anggaran(i)
                let links = node.mendukung.compactMap { nomor in d.posisi(nomor: nomor).map { (nomor, $0) } }
                let money: [Tabel.Sel] = [.rupiah(budget.paguAda), .rupiah(budget.realisasiSd(tw)), .angka(budget.serapan(sd: tw))]
                if links.isEmpty {
                    emit([.teks(""), .teks(""), .teks(""), .angka(nil), .angka(nil), .angka(nil), .teks(node.kode), .teks(node.nama)] + money)
                }
                for (nomor, p) in links {
                    let ind = d.indikator(.renstra(p))
                    let sasaran = p.sasaran.map { d.renstra.tujuan[p.tujuan].sasaran[$0].uraian } ?? d.renstra.tujuan[p.tujuan].uraian
                    emit([.teks(sasaran), .teks(nomor), .teks(ind.uraian), .angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)),
                          .angka(ind.capaian(sd: tw).nilai), .teks(node.kode), .teks(node.nama)] + money)
                }
            }
        }
    }
}

import Foundation
import Model

extension Laporan {
    /// Tabel 3.12 / Lampiran 2: the budget tree with pagu, realisasi, selisih and % at every level.
    public static func anggaran(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Tabel 3.12 Rincian Realisasi Anggaran", "Table 3.12 Budget Realisation", d, tw), kolom: [
            k("kode", "Kode", "Code", .teks), k("nama", "Program/Kegiatan/Sub Kegiatan", "Program/Activity/Sub-activity", .teks),
            k("tingkat", "Tingkat", "Level", .teks), k("pagu", "Anggaran (Rp)", "Budget (Rp)", .rupiah),
            k("realisasi", "Realisasi (Rp)", "Spent (Rp)", .rupiah), k("selisih", "Selisih (Rp)", "Remaining (Rp)", .rupiah),
            k("persen", "%", "%", .persen),
        ]) { emit in
            func row(_ i: Int) -> [Tabel.Sel] {
                let node = d.simpul[i]
                let sum = d.anggaran(i)
                return [.teks(node.kode), .teks(node.nama), .teks(node.tingkat.rawValue),
                        .rupiah(sum.paguAda), .rupiah(sum.realisasiSd(tw)),
                        .rupiah(sum.selisih(sd: tw)), .angka(sum.serapan(sd: tw))]
            }
            for i in d.simpul.indices.dropFirst() { emit(row(i)) }
            var total = row(0)
            total[1] = .teks("Jumlah " + d.opd.nama)
            emit(total)
        }
    }

    /// The quarterly evaluation form: per node and indicator, kinerja and rupiah side by side,
    /// TW I..IV, s.d. TW and year, capaian, kategori and the quarter's notes.
    public static func triwulan(_ d: Dokumen, tw: Int) -> Tabel {
        var columns = [k("kode", "Kode/No.", "Code/No.", .teks), k("tingkat", "Tingkat", "Level", .teks),
                       k("nama", "Nama", "Name", .teks, lebar: 30), k("indikator", "Indikator", "Indicator", .teks, lebar: 40),
                       k("satuan", "Satuan", "Unit", .teks), k("agregasi", "Agregasi", "Rule", .teks)]
        for q in 1...4 {
            columns += [k("target_tw\(q)", "T TW \(TW.nama(q))", "T Q\(q)", .angka), k("realisasi_tw\(q)", "R TW \(TW.nama(q))", "A Q\(q)", .angka)]
        }
        columns += [
            k("target_sd", "T \(sd(tw).id)", "T \(sd(tw).en)", .angka), k("realisasi_sd", "R \(sd(tw).id)", "A \(sd(tw).en)", .angka),
            k("capaian_sd", "Capaian \(sd(tw).id)", "Ach. \(sd(tw).en)", .persen), k("kategori_sd", "Kategori", "Category", .teks),
            k("target_tahun", "T Tahun", "T Year", .angka), k("realisasi_tahun", "R Tahun", "A Year", .angka),
            k("capaian_tahun", "Capaian Tahun", "Ach. Year", .persen), k("kategori_tahun", "Kategori Tahun", "Category Year", .teks),
            k("pendorong", "Faktor Pendorong TW \(TW.nama(tw))", "Drivers Q\(tw)", .teks, lebar: 30),
            k("penghambat", "Faktor Penghambat TW \(TW.nama(tw))", "Obstacles Q\(tw)", .teks, lebar: 30),
            k("tindak_lanjut", "Tindak Lanjut TW \(TW.nama(tw))", "Follow-up Q\(tw)", .teks, lebar: 30),
            k("catatan_verifikasi", "Catatan Verifikasi TW \(TW.nama(tw))", "Reviewer's Note Q\(tw)", .teks, lebar: 30),
            k("tanggapan", "Tanggapan TW \(TW.nama(tw))", "Answer Q\(tw)", .teks, lebar: 30),
        ]
        return Tabel(judul: judul("Evaluasi Triwulan", "Quarterly Evaluation", d, tw), kolom: columns) { emit in
            func notes(_ c: Catatan?) -> [Tabel.Sel] {
                let review = c?.verifikasi.map { note in note + (c?.verifikasiOleh.map { " (\($0), \(c?.verifikasiWaktu?.prefix(10) ?? ""))" } ?? "") }
                return [.teks(c?.pendorong), .teks(c?.penghambat), .teks(c?.tindakLanjut), .teks(review), .teks(c?.tanggapan)]
            }
            func row(_ kode: String, _ tingkat: String, _ nama: String, _ ind: Indikator) {
                var cells: [Tabel.Sel] = [.teks(kode), .teks(tingkat), .teks(nama), .teks(ind.uraian), .teks(ind.satuan), .teks(ind.agregasi.rawValue)]
                for q in 1...4 { cells += [.angka(ind.triwulan[q - 1].target), .angka(ind.triwulan[q - 1].realisasi)] }
                let c = ind.capaian(sd: tw).nilai
                let y = ind.capaianTahun.nilai
                cells += [.angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)), .angka(c), .teks(kategori(d, c)),
                          .angka(ind.target), .angka(ind.realisasiTahun), .angka(y), .teks(kategori(d, y))]
                emit(cells + notes(ind.triwulan[tw - 1].catatan))
            }
            func budgetRow(_ i: Int) {
                let node = d.simpul[i]
                let sum = d.anggaran(i)
                let pagu: Decimal? = sum.paguAda.map { Decimal($0) }
                var cells: [Tabel.Sel] = [.teks(node.kode), .teks(node.tingkat.rawValue), .teks(node.nama), .teks("Anggaran (Rp)"), .teks("Rp"), .teks("jumlah")]
                for q in 1...4 {
                    let spent: Decimal? = sum.realisasiTW(q).map { Decimal($0) }
                    cells += [.angka(nil), .angka(spent)]
                }
                cells += [.angka(pagu), .angka(sum.realisasiSd(tw).map { Decimal($0) }), .angka(sum.serapan(sd: tw)), .teks(""),
                          .angka(pagu), .angka(sum.realisasiSd(4).map { Decimal($0) }), .angka(sum.serapan(sd: 4)), .teks("")]
                emit(cells + notes(node.catatan[tw - 1]))
            }
            for tujuan in d.renstra.tujuan {
                for ind in tujuan.indikator { row(tujuan.nomor, "tujuan", tujuan.uraian, ind) }
                for sasaran in tujuan.sasaran {
                    for ind in sasaran.indikator { row(ind.nomor ?? sasaran.nomor, "sasaran", sasaran.uraian, ind) }
                }
            }
            for i in d.simpul.indices {
                budgetRow(i)
                for ind in d.simpul[i].indikator { row(d.simpul[i].kode, d.simpul[i].tingkat.rawValue, d.simpul[i].nama, ind) }
            }
        }
    }
}

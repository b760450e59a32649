import Foundation
import Model

extension Laporan {
    /// Tabel 3.1 with the means of Lampiran 1.
    public static func capaian(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran", "Table 3.1 Goal and Target Achievement", d, tw), kolom: [
            k("nomor", "No.", "No.", .teks), k("tujuan_sasaran", "Tujuan/Sasaran", "Goal/Target", .teks, lebar: 40),
            k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 50), k("satuan", "Satuan", "Unit", .teks),
            k("polaritas", "Polaritas", "Polarity", .teks), k("target", "Target", "Target", .angka),
            k("realisasi", "Realisasi", "Actual", .angka), k("capaian", "Capaian (%)", "Achievement (%)", .persen),
            k("kategori", "Kategori", "Category", .teks),
        ]) { emit in
            func row(_ nomor: String, _ owner: String, _ ind: Indikator) {
                let c = ind.capaian(sd: tw).nilai
                emit([.teks(nomor), .teks(owner), .teks(ind.uraian), .teks(ind.satuan), .teks(ind.polaritas.rawValue),
                      .angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)), .angka(c), .teks(kategori(d, c))])
            }
            func mean(_ label: String, _ m: Rerata) {
                emit([.teks(""), .teks(""), .teks(label + " (\(m.terhitung))"), .teks("%"), .teks(""), .angka(nil), .angka(nil),
                      .angka(m.nilai), .teks(kategori(d, m.nilai))])
            }
            for (t, tujuan) in d.renstra.tujuan.enumerated() {
                for ind in tujuan.indikator { row(tujuan.nomor, tujuan.uraian, ind) }
                for (s, sasaran) in tujuan.sasaran.enumerated() {
                    for (i, ind) in sasaran.indikator.enumerated() { row(ind.nomor ?? "\(sasaran.nomor).\(i + 1)", i == 0 ? sasaran.uraian : "", ind) }
                    mean("Rata-rata capaian sasaran \(sasaran.nomor)", d.capaianSasaran(tujuan: t, sasaran: s, sd: tw))
                }
            }
            mean("Rata-rata capaian indikator sasaran", d.rerataIndikatorSasaran(sd: tw))
            mean("Rata-rata capaian indikator tujuan", d.rerataIndikatorTujuan(sd: tw))
        }
    }

    static func tahunLalu(_ d: Dokumen) -> [Int] {
        d.renstra.tahun.filter { $0 <= max(d.tahun, d.renstra.tahunAwal) }
    }

    /// Tabel 3.2: each sasaran indicator's target, realisasi and capaian for every Renstra year so far.
    public static func tren(_ d: Dokumen, tw: Int) -> Tabel {
        var columns = [k("nomor", "No.", "No.", .teks), k("sasaran", "Sasaran", "Target", .teks, lebar: 30),
                       k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 40)]
        for year in tahunLalu(d) {
            columns += [k("target_\(year)", "T \(year)", "T \(year)", .angka), k("realisasi_\(year)", "R \(year)", "A \(year)", .angka),
                        k("satuan_\(year)", "Sat. \(year)", "Unit \(year)", .teks), k("capaian_\(year)", "C \(year) (%)", "Ach. \(year) (%)", .persen)]
        }
        return Tabel(judul: judul("Tabel 3.2 Capaian Kinerja Tahun ke Tahun", "Table 3.2 Achievement Year on Year", d, tw), kolom: columns) { emit in
            for item in indikatorRenstra(d) where item.jenis == "sasaran" {
                let ind = item.3
                var row: [Tabel.Sel] = [.teks(item.nomor), .teks(item.pemilik), .teks(ind.uraian)]
                for year in tahunLalu(d) {
                    let v: NilaiTahun? = year == d.tahun ? NilaiTahun(target: ind.targetSd(tw), realisasi: ind.realisasiSd(tw))
                                                         : ind.nilai(tahun: year, tahunBerjalan: d.tahun)
                    let c = Capaian.hitung(target: v?.target, realisasi: v?.realisasi, polaritas: ind.polaritas).nilai
                    row += [.angka(v?.target), .angka(v?.realisasi), .teks(v?.satuan ?? ind.satuan), .angka(c)]
                }
                emit(row)
            }
        }
    }

    /// Tabel 3.3: this year's realisation against the target at the end of the Renstra.
    public static func rpjmd(_ d: Dokumen, tw: Int) -> Tabel {
        let last = d.renstra.tahunAkhir
        return Tabel(judul: judul("Tabel 3.3 Realisasi terhadap Target Akhir RPJMD", "Table 3.3 Actual against the RPJMD End Target", d, tw), kolom: [
            k("nomor", "No.", "No.", .teks), k("indikator", "Indikator Kinerja", "Indicator", .teks, lebar: 50),
            k("realisasi", "Realisasi \(d.tahun)", "Actual \(d.tahun)", .angka), k("capaian", "Capaian \(d.tahun) (%)", "Achievement \(d.tahun) (%)", .persen),
            k("target_akhir", "Target Akhir \(last)", "End Target \(last)", .angka), k("capaian_akhir", "Capaian (%)", "Achievement (%)", .persen),
            k("tingkat_kemajuan", "Tingkat Kemajuan", "Progress", .teks),
        ]) { emit in
            for item in indikatorRenstra(d) {
                let ind = item.3
                let end = ind.nilai(tahun: last, tahunBerjalan: d.tahun)?.target
                let c = Capaian.hitung(target: end, realisasi: ind.realisasiSd(tw), polaritas: ind.polaritas).nilai
                emit([.teks(item.nomor), .teks(ind.uraian), .angka(ind.realisasiSd(tw)), .angka(ind.capaian(sd: tw).nilai),
                      .angka(end), .angka(c), .teks(c.map(kemajuan))])
            }
        }
    }

    /// "Tercapai" from 100 on (rounded as shown); close below, "Akan Tercapai"; else "Belum Tercapai".
    public static func kemajuan(_ capaian: Decimal) -> String {
        let shown = capaian.rounded2
        if shown >= 100 { return "Tercapai" }
        return shown >= 75 ? "Akan Tercapai" : "Belum Tercapai"
    }

    /// Tabel 3.6: per tujuan, indicator capaian against budget serapan, and efisiensi = 100 - serapan.
    public static func efisiensi(_ d: Dokumen, tw: Int) -> Tabel {
        Tabel(judul: judul("Tabel 3.6 Efisiensi Penggunaan Sumber Daya", "Table 3.6 Efficiency of Resources", d, tw), kolom: [
            k("nomor", "No.", "No.", .teks), k("tujuan_sasaran", "Tujuan/Sasaran", "Goal/Target", .teks, lebar: 45),
            k("target", "Target", "Target", .angka), k("realisasi", "Realisasi", "Actual", .angka), k("capaian", "Capaian (%)", "Achievement (%)", .persen),
            k("anggaran", "Anggaran (Rp)", "Budget (Rp)", .rupiah), k("realisasi_anggaran", "Realisasi (Rp)", "Spent (Rp)", .rupiah),
            k("serapan", "Serapan (%)", "Absorbed (%)", .persen), k("efisiensi", "Efisiensi (%)", "Efficiency (%)", .persen),
        ]) { emit in
            for (t, tujuan) in d.renstra.tujuan.enumerated() {
                let ind = tujuan.indikator.first
                let budget = d.anggaranTujuan(t)
                let serapan = budget.serapan(sd: tw)
                emit([.teks(tujuan.nomor), .teks(tujuan.uraian), .angka(ind?.targetSd(tw)), .angka(ind?.realisasiSd(tw)),
                      .angka(ind?.capaian(sd: tw).nilai), .rupiah(budget.pagu), .rupiah(budget.realisasiSd(tw)),
                      .angka(serapan), .angka(serapan.map { 100 - $0 })])
                for sasaran in tujuan.sasaran {
                    let first = sasaran.indikator.first
                    emit([.teks(sasaran.nomor), .teks(sasaran.uraian), .angka(first?.targetSd(tw)), .angka(first?.realisasiSd(tw)),
                          .angka(first?.capaian(sd: tw).nilai), .rupiah(nil), .rupiah(nil), .angka(nil), .angka(nil)])
                }
            }
        }
    }
}

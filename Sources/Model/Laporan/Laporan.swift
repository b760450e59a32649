import Foundation

/// The report tables, computed from a dataset as at the end of a quarter.
public enum Laporan: String, CaseIterable, Sendable {
    case capaian, anggaran, triwulan

    public func tabel(_ dokumen: Dokumen, tw: Int) -> Tabel {
        switch self {
        case .capaian: Laporan.capaian(dokumen, tw: tw)
        case .anggaran: Laporan.anggaran(dokumen, tw: tw)
        case .triwulan: Laporan.triwulan(dokumen, tw: tw)
        }
    }

    public static func namaTW(_ tw: Int) -> String { ["I", "II", "III", "IV"][tw - 1] }

    static func kategori(_ dokumen: Dokumen, _ nilai: Decimal?) -> String? {
        nilai.map { dokumen.skala.kategori($0).nama }
    }

    static func sd(_ tw: Int) -> Pesan { Pesan(id: "s.d. TW \(namaTW(tw))", en: "to Q\(tw)") }
}

extension Laporan {
    /// Tabel 3.1 with the means of Lampiran 1.
    public static func capaian(_ dokumen: Dokumen, tw: Int) -> Tabel {
        var table = Tabel(judul: Pesan(
            id: "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran \(dokumen.tahun) (\(sd(tw).id))",
            en: "Table 3.1 Goal and Target Achievement \(dokumen.tahun) (\(sd(tw).en))"), kolom: [
            .init("nomor", Pesan(id: "No.", en: "No."), .teks),
            .init("tujuan_sasaran", Pesan(id: "Tujuan/Sasaran", en: "Goal/Target"), .teks, lebarMaks: 40),
            .init("indikator", Pesan(id: "Indikator Kinerja", en: "Indicator"), .teks, lebarMaks: 50),
            .init("satuan", Pesan(id: "Satuan", en: "Unit"), .teks),
            .init("polaritas", Pesan(id: "Polaritas", en: "Polarity"), .teks),
            .init("target", Pesan(id: "Target", en: "Target"), .angka),
            .init("realisasi", Pesan(id: "Realisasi", en: "Actual"), .angka),
            .init("capaian", Pesan(id: "Capaian (%)", en: "Achievement (%)"), .persen),
            .init("kategori", Pesan(id: "Kategori", en: "Category"), .teks),
        ])
        func row(_ nomor: String, _ owner: String, _ ind: Indikator) -> [Tabel.Sel] {
            let c = ind.capaian(sd: tw).nilai
            return [.teks(nomor), .teks(owner), .teks(ind.uraian), .teks(ind.satuan), .teks(ind.polaritas.rawValue),
                    .angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)), .angka(c), .teks(kategori(dokumen, c))]
        }
        func meanRow(_ label: String, _ mean: Rerata) -> [Tabel.Sel] {
            [.teks(""), .teks(""), .teks(label + " (\(mean.terhitung))"), .teks("%"), .teks(""), .angka(nil), .angka(nil),
             .angka(mean.nilai), .teks(kategori(dokumen, mean.nilai))]
        }
        for (t, tujuan) in dokumen.renstra.tujuan.enumerated() {
            for ind in tujuan.indikator { table.baris.append(row(tujuan.nomor, tujuan.uraian, ind)) }
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                for (i, ind) in sasaran.indikator.enumerated() {
                    table.baris.append(row(ind.nomor ?? "\(sasaran.nomor).\(i + 1)", i == 0 ? sasaran.uraian : "", ind))
                }
                table.baris.append(meanRow("Rata-rata capaian sasaran \(sasaran.nomor)",
                                           dokumen.capaianSasaran(tujuan: t, sasaran: s, sd: tw)))
            }
        }
        table.baris.append(meanRow("Rata-rata capaian indikator sasaran", dokumen.rerataIndikatorSasaran(sd: tw)))
        table.baris.append(meanRow("Rata-rata capaian indikator tujuan", dokumen.rerataIndikatorTujuan(sd: tw)))
        return table
    }

    /// Tabel 3.12 / Lampiran 2: the budget tree with pagu, realisasi, selisih and % at every level.
    public static func anggaran(_ dokumen: Dokumen, tw: Int) -> Tabel {
        var table = Tabel(judul: Pesan(
            id: "Tabel 3.12 Rincian Realisasi Anggaran \(dokumen.tahun) (\(sd(tw).id))",
            en: "Table 3.12 Budget Realisation \(dokumen.tahun) (\(sd(tw).en))"), kolom: [
            .init("kode", Pesan(id: "Kode", en: "Code"), .teks),
            .init("nama", Pesan(id: "Program/Kegiatan/Sub Kegiatan", en: "Program/Activity/Sub-activity"), .teks, lebarMaks: 60),
            .init("tingkat", Pesan(id: "Tingkat", en: "Level"), .teks),
            .init("pagu", Pesan(id: "Anggaran (Rp)", en: "Budget (Rp)"), .rupiah),
            .init("realisasi", Pesan(id: "Realisasi (Rp)", en: "Spent (Rp)"), .rupiah),
            .init("selisih", Pesan(id: "Selisih (Rp)", en: "Remaining (Rp)"), .rupiah),
            .init("persen", Pesan(id: "%", en: "%"), .persen),
        ])
        func row(_ i: Int) -> [Tabel.Sel] {
            let node = dokumen.simpul[i]
            let sum = dokumen.anggaran(i)
            let hasPagu = sum.denganPagu > 0
            return [.teks(node.kode), .teks(node.nama), .teks(node.tingkat.rawValue),
                    .rupiah(hasPagu ? sum.pagu : nil), .rupiah(hasPagu || sum.realisasiSd(tw) > 0 ? sum.realisasiSd(tw) : nil),
                    .rupiah(hasPagu ? sum.selisih(sd: tw) : nil), .angka(sum.serapan(sd: tw))]
        }
        for i in dokumen.simpul.indices.dropFirst() { table.baris.append(row(i)) }
        var total = row(0)
        total[1] = .teks("Jumlah " + dokumen.opd.nama)
        table.baris.append(total)
        return table
    }

    /// The quarterly evaluation form: per node and indicator, TW I..IV, s.d. TW and year.
    public static func triwulan(_ dokumen: Dokumen, tw: Int) -> Tabel {
        var columns: [Tabel.Kolom] = [
            .init("kode", Pesan(id: "Kode/No.", en: "Code/No."), .teks),
            .init("tingkat", Pesan(id: "Tingkat", en: "Level"), .teks),
            .init("nama", Pesan(id: "Nama", en: "Name"), .teks, lebarMaks: 30),
            .init("indikator", Pesan(id: "Indikator", en: "Indicator"), .teks, lebarMaks: 40),
            .init("satuan", Pesan(id: "Satuan", en: "Unit"), .teks),
            .init("agregasi", Pesan(id: "Agregasi", en: "Rule"), .teks),
        ]
        for q in 1...4 {
            columns.append(.init("target_tw\(q)", Pesan(id: "T TW \(namaTW(q))", en: "T Q\(q)"), .angka))
            columns.append(.init("realisasi_tw\(q)", Pesan(id: "R TW \(namaTW(q))", en: "A Q\(q)"), .angka))
        }
        columns += [
            .init("target_sd", Pesan(id: "T \(sd(tw).id)", en: "T \(sd(tw).en)"), .angka),
            .init("realisasi_sd", Pesan(id: "R \(sd(tw).id)", en: "A \(sd(tw).en)"), .angka),
            .init("capaian_sd", Pesan(id: "Capaian \(sd(tw).id)", en: "Ach. \(sd(tw).en)"), .persen),
            .init("kategori_sd", Pesan(id: "Kategori", en: "Category"), .teks),
            .init("target_tahun", Pesan(id: "T Tahun", en: "T Year"), .angka),
            .init("realisasi_tahun", Pesan(id: "R Tahun", en: "A Year"), .angka),
            .init("capaian_tahun", Pesan(id: "Capaian Tahun", en: "Ach. Year"), .persen),
            .init("kategori_tahun", Pesan(id: "Kategori Tahun", en: "Category Year"), .teks),
        ]
        var table = Tabel(judul: Pesan(
            id: "Evaluasi Triwulan \(dokumen.tahun) (\(sd(tw).id))",
            en: "Quarterly Evaluation \(dokumen.tahun) (\(sd(tw).en))"), kolom: columns)

        func row(_ kode: String, _ tingkat: String, _ nama: String, _ ind: Indikator) -> [Tabel.Sel] {
            var cells: [Tabel.Sel] = [.teks(kode), .teks(tingkat), .teks(nama), .teks(ind.uraian), .teks(ind.satuan), .teks(ind.agregasi.rawValue)]
            for q in 1...4 { cells += [.angka(ind.triwulan[q - 1].target), .angka(ind.triwulan[q - 1].realisasi)] }
            let c = ind.capaian(sd: tw).nilai
            let y = ind.capaian(sd: 4).nilai
            cells += [.angka(ind.targetSd(tw)), .angka(ind.realisasiSd(tw)), .angka(c), .teks(kategori(dokumen, c)),
                      .angka(ind.target), .angka(ind.realisasiTahun), .angka(y), .teks(kategori(dokumen, y))]
            return cells
        }
        func budgetRow(_ i: Int) -> [Tabel.Sel] {
            let node = dokumen.simpul[i]
            let sum = dokumen.anggaran(i)
            let pagu: Decimal? = sum.denganPagu > 0 ? Decimal(sum.pagu) : nil
            var cells: [Tabel.Sel] = [.teks(node.kode), .teks(node.tingkat.rawValue), .teks(node.nama), .teks("Anggaran (Rp)"), .teks("Rp"), .teks("jumlah")]
            for q in 1...4 {
                let spent: Decimal? = node.anggaran.map { $0.realisasi[q - 1].map { Decimal($0) } } ?? Decimal(sum.realisasi[q - 1])
                cells += [.angka(nil), .angka(spent)]
            }
            let serapanSd = sum.serapan(sd: tw)
            let serapanYear = sum.serapan(sd: 4)
            cells += [.angka(pagu), .angka(Decimal(sum.realisasiSd(tw))), .angka(serapanSd), .teks(""),
                      .angka(pagu), .angka(Decimal(sum.realisasiSd(4))), .angka(serapanYear), .teks("")]
            return cells
        }
        for tujuan in dokumen.renstra.tujuan {
            for ind in tujuan.indikator { table.baris.append(row(tujuan.nomor, "tujuan", tujuan.uraian, ind)) }
            for sasaran in tujuan.sasaran {
                for ind in sasaran.indikator { table.baris.append(row(ind.nomor ?? sasaran.nomor, "sasaran", sasaran.uraian, ind)) }
            }
        }
        for i in dokumen.simpul.indices {
            let node = dokumen.simpul[i]
            table.baris.append(budgetRow(i))
            for ind in node.indikator { table.baris.append(row(node.kode, node.tingkat.rawValue, node.nama, ind)) }
        }
        return table
    }
}

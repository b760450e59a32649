import Foundation
import Model

/// One OPD's line in the consolidated report of a Pemda.
public struct BarisRekap: Sendable {
    public let kode: String
    public let nama: String
    public let pagu: Int?
    public let realisasi: Int?
    public let serapan: Decimal?
    public let capaian: Rerata
    public let kategori: String?
    public let kosong: Int
    public let ditutup: Bool

    public init(_ d: Dokumen, tw: Int, bahasa: Bahasa) {
        kode = d.opd.kode ?? ""
        nama = d.opd.nama
        let budget = d.anggaran(0)
        pagu = budget.paguAda
        realisasi = budget.realisasiSd(tw)
        serapan = budget.serapan(sd: tw)
        // The figure the tree's OPD row shows: its programs' mean, or the first level below that has one.
        capaian = d.capaianBaris(0, sd: tw)
        kategori = capaian.nilai.map { d.skala.kategori($0).nama(bahasa) }
        kosong = BelumDiisi.jumlah(d, tw: tw)
        ditutup = d.kunci[tw] != nil
    }
}

/// The Pemda's total under the OPDs' rows.
public struct JumlahRekap: Sendable {
    public let opd: Int
    public let pagu: Int?
    public let realisasi: Int?
    public let serapan: Decimal?
    public let kosong: Int
    public let ditutup: Int

    public init(_ rows: [BarisRekap]) {
        opd = rows.count
        let budgets = rows.compactMap(\.pagu), spent = rows.compactMap(\.realisasi)
        pagu = budgets.isEmpty ? nil : budgets.reduce(0, +)
        realisasi = spent.isEmpty ? nil : spent.reduce(0, +)
        serapan = Anggaran.serapan(pagu: pagu, realisasi: realisasi)
        kosong = rows.reduce(0) { $0 + $1.kosong }
        ditutup = rows.filter(\.ditutup).count
    }
}

extension BarisRekap {
    /// The rows of many OPDs, worked out side by side.
    public static func semua(_ docs: [Dokumen], tw: Int, bahasa: Bahasa) -> [BarisRekap] {
        var rows = [BarisRekap?](repeating: nil, count: docs.count)
        let all = Diserahkan(docs)
        rows.withUnsafeMutableBufferPointer { buffer in
            let out = Diserahkan(buffer)
            DispatchQueue.concurrentPerform(iterations: docs.count) { n in out.isi[n] = BarisRekap(all.isi[n], tw: tw, bahasa: bahasa) }
        }
        return rows.compactMap { $0 }
    }
}

extension Laporan {
    /// `report URL rekap`: one row per OPD of the year — pagu, realisation to the quarter,
    /// absorption, the mean achievement of its programs and its category, the entries still
    /// blank for the quarter, and whether the quarter is closed — then the Pemda's total.
    public static func rekap(_ rows: [BarisRekap], tahun: Int, tw: Int, bahasa b: Bahasa) -> Tabel {
        let label = sd(tw)
        return Tabel(judul: Pesan(id: "Rekapitulasi Kinerja OPD \(tahun) (\(label.id))", en: "Agencies' Performance Summary \(tahun) (\(label.en))"), kolom: [
            k("kode", "Kode", "Code", .teks), k("opd", "OPD", "Agency", .teks, lebar: 40),
            k("pagu", "Pagu (Rp)", "Budget (Rp)", .rupiah), k("realisasi", "Realisasi (Rp)", "Spent (Rp)", .rupiah),
            k("serapan", "Serapan (%)", "Absorbed (%)", .persen), k("capaian", "Capaian Program (%)", "Programs' Achievement (%)", .persen),
            k("kategori", "Kategori", "Category", .teks), k("kosong", "Belum Diisi", "Still Blank", .bulat),
            k("ditutup", "TW Ditutup", "Quarter Closed", .teks),
        ]) { emit in
            for r in rows {
                emit([.teks(r.kode), .teks(r.nama), .rupiah(r.pagu), .rupiah(r.realisasi), .angka(r.serapan), .angka(r.capaian.nilai),
                      .teks(r.kategori ?? "-"), .bulat(r.kosong), .teks(r.ditutup ? b.t("ya", "yes") : b.t("tidak", "no"))])
            }
            let sum = JumlahRekap(rows)
            emit([.teks(""), .teks(b.t("Jumlah", "Total") + " (\(sum.opd) OPD)"), .rupiah(sum.pagu), .rupiah(sum.realisasi), .angka(sum.serapan), .angka(nil),
                  .teks(""), .bulat(sum.kosong), .teks("\(sum.ditutup) " + b.t("ditutup", "closed"))])
        }
    }
}

import Foundation
import Model

/// The report tables of the annual report (domain.md section 8), computed from
/// a dataset as at the end of a quarter.
public enum Laporan: String, CaseIterable, Sendable {
    case capaian, tren, rpjmd, efisiensi, program, output, anggaran, pengukuran, triwulan

    public func tabel(_ dokumen: Dokumen, tw: Int) -> Tabel {
        switch self {
        case .capaian: Laporan.capaian(dokumen, tw: tw)
        case .tren: Laporan.tren(dokumen, tw: tw)
        case .rpjmd: Laporan.rpjmd(dokumen, tw: tw)
        case .efisiensi: Laporan.efisiensi(dokumen, tw: tw)
        case .program: Laporan.program(dokumen, tw: tw)
        case .output: Laporan.output(dokumen, tw: tw)
        case .anggaran: Laporan.anggaran(dokumen, tw: tw)
        case .pengukuran: Laporan.pengukuran(dokumen, tw: tw)
        case .triwulan: Laporan.triwulan(dokumen, tw: tw)
        }
    }

    /// A short name for a sheet or a menu.
    public var judulPendek: Pesan {
        switch self {
        case .capaian: Pesan(id: "3.1 Capaian", en: "3.1 Achievement")
        case .tren: Pesan(id: "3.2 Tren", en: "3.2 Trend")
        case .rpjmd: Pesan(id: "3.3 RPJMD", en: "3.3 RPJMD")
        case .efisiensi: Pesan(id: "3.6 Efisiensi", en: "3.6 Efficiency")
        case .program: Pesan(id: "3.7 Program", en: "3.7 Programs")
        case .output: Pesan(id: "3.8-3.10 Output", en: "3.8-3.10 Outputs")
        case .anggaran: Pesan(id: "3.12 Anggaran", en: "3.12 Budget")
        case .pengukuran: Pesan(id: "Lampiran 3", en: "Annex 3")
        case .triwulan: Pesan(id: "Evaluasi TW", en: "Quarterly")
        }
    }

    /// The cover sheet of a workbook: OPD, region, year, quarter, scale, date.
    public static func sampul(_ d: Dokumen, tw: Int, bahasa: Bahasa, tanggal: Date) -> [(String, String)] {
        let id = bahasa == .id
        let date = ISO8601DateFormatter.string(from: tanggal, timeZone: .current, formatOptions: [.withFullDate])
        return [
            ("OPD", d.opd.nama), (id ? "Pemerintah daerah" : "Region", d.opd.pemda ?? ""), (id ? "Tahun" : "Year", String(d.tahun)),
            (id ? "Triwulan" : "Quarter", id ? "s.d. TW \(TW.nama(tw))" : "to Q\(tw)"),
            (id ? "Skala kategori" : "Category scale", d.skala.nama), (id ? "Tanggal" : "Date", date),
            ("Status", status(d, tw: tw).teks(bahasa)),
        ]
    }

    /// Whether the quarters a report covers are final (closed) or a draft.
    public static func status(_ d: Dokumen, tw: Int) -> Pesan {
        let quarters = Array(1...tw)
        let closed = quarters.compactMap { d.kunci[$0] }
        // Quarters after the report's that are closed are said too: never "none closed" when one is.
        let later = d.kunci.keys.filter { $0 > tw }.sorted().map { d.kunci[$0]! }
        let laterID = later.isEmpty ? "" : " · " + later.map { "TW \(TW.nama($0.tw)) ditutup (\($0.oleh), \($0.waktu.prefix(10)))" }.joined(separator: " · ")
        let laterEN = later.isEmpty ? "" : " · " + later.map { "Q\($0.tw) closed (\($0.oleh), \($0.waktu.prefix(10)))" }.joined(separator: " · ")
        if closed.isEmpty {
            if !later.isEmpty {
                return Pesan(id: "draf s.d. TW \(TW.nama(tw))" + laterID, en: "draft to Q\(tw)" + laterEN)
            }
            return Pesan(id: "draf (belum ada triwulan yang ditutup)", en: "draft (no quarter closed yet)")
        }
        func each(_ final: String, _ draft: String, _ tw: (Int) -> String) -> String {
            quarters.map { q in "TW " + tw(q) + " " + (d.kunci[q].map { "\(final) (\($0.oleh), \($0.waktu.prefix(10)))" } ?? draft) }.joined(separator: " · ")
        }
        if closed.count == quarters.count {
            return Pesan(id: "final: " + each("ditutup", "draf", TW.nama) + laterID, en: "final: " + each("closed", "draft") { "\($0)" } + laterEN)
        }
        return Pesan(id: each("final", "draf", TW.nama) + laterID, en: each("final", "draft") { "\($0)" } + laterEN)
    }

    static func kategori(_ dokumen: Dokumen, _ nilai: Decimal?) -> String? {
        nilai.map { dokumen.skala.kategori($0).nama }
    }

    public static func sd(_ tw: Int) -> Pesan { Pesan(id: "s.d. TW \(TW.nama(tw))", en: "to Q\(tw)") }

    static func judul(_ id: String, _ en: String, _ d: Dokumen, _ tw: Int) -> Pesan {
        Pesan(id: "\(id) \(d.tahun) (\(sd(tw).id))", en: "\(en) \(d.tahun) (\(sd(tw).en))")
    }

    static func k(_ kunci: String, _ id: String, _ en: String, _ jenis: Tabel.Jenis, lebar: Int = 60) -> Tabel.Kolom {
        Tabel.Kolom(kunci, Pesan(id: id, en: en), jenis, lebarMaks: lebar)
    }

    /// Tujuan indicators then each sasaran's, with their number and owner.
    static func indikatorRenstra(_ d: Dokumen) -> [(nomor: String, pemilik: String, jenis: String, Indikator)] {
        var out: [(String, String, String, Indikator)] = []
        for tujuan in d.renstra.tujuan {
            for ind in tujuan.indikator { out.append((tujuan.nomor, tujuan.uraian, "tujuan", ind)) }
            for sasaran in tujuan.sasaran {
                for (i, ind) in sasaran.indikator.enumerated() {
                    out.append((ind.nomor ?? "\(sasaran.nomor).\(i + 1)", sasaran.uraian, "sasaran", ind))
                }
            }
        }
        return out
    }
}

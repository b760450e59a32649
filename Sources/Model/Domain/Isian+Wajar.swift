import Foundation

/// Plausibility at entry: a value that is allowed but probably a slip gets a warning
/// before it is taken (the interface asks, `set` says it on standard error).
extension Isian {
    /// Batas: a capaian at or above this (in %) is far above what offices report.
    public static let capaianJanggal: Decimal = 300

    /// Warnings for setting the value at `a` to `text` (exact decimal text; nil is blank).
    public static func peringatan(_ d: Dokumen, _ a: AlamatNilai, _ text: String?) -> [Pesan] {
        guard let text, let value = Decimal.tepat(text) else { return [] }
        var out: [Pesan] = []
        switch a {
        case .anggaran(let kode, .realisasi(let q)):
            guard let node = d.indeks(kode: kode), let budget = d.simpul[node].anggaran, let pagu = budget.pagu, pagu > 0 else { break }
            var spent = budget.realisasi
            spent[q - 1] = NSDecimalNumber(decimal: value).intValue
            let total = spent.compactMap { $0 }.reduce(0, +)
            if total > pagu {
                let times = Format.id(Decimal(total) / Decimal(pagu), decimals: 2)
                out.append(Pesan(id: "realisasi s.d. TW IV menjadi Rp \(Format.rupiah(total)), \(times)× pagu Rp \(Format.rupiah(pagu))",
                                 en: "the year's spending would be Rp \(Format.rupiah(total)), \(times)× the pagu Rp \(Format.rupiah(pagu))"))
            }
        case .indikator(let kode, let i, let kolom):
            guard let node = d.indeks(kode: kode), d.simpul[node].indikator.indices.contains(i) else { break }
            if value < 0 {
                out.append(Pesan(id: "nilai negatif untuk \(d.simpul[node].indikator[i].satuan)", en: "a negative value for \(d.simpul[node].indikator[i].satuan)"))
            }
            var ind = d.simpul[node].indikator[i]
            ind[kolom] = value
            let capaian: Capaian = kolom.tw.map { ind.capaian(triwulan: $0) } ?? ind.capaianTahun
            if let c = capaian.nilai, c >= capaianJanggal {
                out.append(Pesan(id: "capaian menjadi \(Format.persen(c))%, jauh di atas yang biasa; periksa satuan dan angkanya",
                                 en: "the achievement would be \(Format.persen(c))%, far above the usual; check the unit and the figure"))
            }
        default: break
        }
        return out
    }
}

extension KolomIndikator {
    /// The quarter of a quarterly column; nil for the yearly one.
    public var tw: Int? {
        switch self {
        case .target(let q), .realisasi(let q): q
        }
    }
}

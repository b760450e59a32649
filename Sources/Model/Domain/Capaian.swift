import Foundation

/// An achievement in percent, or why there is none (domain.md section 4).
public enum Capaian: Equatable, Sendable {
    case nilai(Decimal)
    case tidakAda(Alasan)

    public enum Alasan: String, Sendable {
        case targetKosong, targetNol, realisasiKosong

        public var pesan: Pesan {
            switch self {
            case .targetKosong: Pesan(id: "target belum diisi", en: "no target entered")
            case .targetNol: Pesan(id: "target 0", en: "target is 0")
            case .realisasiKosong: Pesan(id: "realisasi belum diisi", en: "no realisation entered")
            }
        }
    }

    public var nilai: Decimal? {
        if case .nilai(let value) = self { return value }
        return nil
    }

    /// Positive: R / T x 100. Negative: (2T - R) / T x 100, not clamped.
    public static func hitung(target: Decimal?, realisasi: Decimal?, polaritas: Polaritas) -> Capaian {
        guard let target else { return .tidakAda(.targetKosong) }
        if target == 0 { return .tidakAda(.targetNol) }
        guard let realisasi else { return .tidakAda(.realisasiKosong) }
        let hundred = Decimal(100)
        switch polaritas {
        case .positif: return .nilai(realisasi * hundred / target)
        case .negatif: return .nilai((target + target - realisasi) * hundred / target)
        }
    }

    /// Display: `135,47`, or `-` when there is none.
    public var teks: String {
        if let nilai { return Format.persen(nilai) }
        return "-"
    }
}

extension Agregasi {
    /// Combines the entered values (blanks are skipped); nil when none was entered.
    public func gabung(_ values: [Decimal?]) -> Decimal? {
        let entered = values.compactMap { $0 }
        guard let last = entered.last else { return nil }
        switch self {
        case .jumlah: return entered.reduce(0, +)
        case .akhir: return last
        case .rataRata: return entered.reduce(0, +) / Decimal(entered.count)
        }
    }
}

extension Indikator {
    /// Realisation up to and including quarter `tw` (1...4) under the aggregation rule.
    /// At TW IV with no quarter filled, a yearly realisation entered directly is used.
    public func realisasiSd(_ tw: Int) -> Decimal? {
        let quarters = triwulan.prefix(tw).map(\.realisasi)
        if let value = agregasi.gabung(Array(quarters)) { return value }
        return tw >= 4 && triwulan.allSatisfy({ $0.realisasi == nil }) ? realisasi : nil
    }

    /// Target up to and including quarter `tw` (domain.md section 4): the quarterly
    /// targets of TW I..tw under the aggregation rule, at TW IV too. Without
    /// quarterly targets, the yearly target stands for `akhir` and `rata-rata`
    /// at every quarter and for `jumlah` at TW IV.
    public func targetSd(_ tw: Int) -> Decimal? {
        if let value = agregasi.gabung(triwulan.prefix(tw).map(\.target)) { return value }
        return agregasi == .jumlah && tw < 4 ? nil : target
    }

    /// The quarterly targets aggregated over the year, where any is set.
    public var targetTriwulanan: Decimal? { agregasi.gabung(triwulan.map(\.target)) }

    /// Capaian up to and including quarter `tw`; `tw` 4 is the year.
    public func capaian(sd tw: Int) -> Capaian {
        Capaian.hitung(target: targetSd(tw), realisasi: realisasiSd(tw), polaritas: polaritas)
    }

    /// Capaian of the year: the year's realisation against the yearly target.
    public var capaianTahun: Capaian {
        Capaian.hitung(target: target, realisasi: realisasiTahun, polaritas: polaritas)
    }

    /// Capaian of one quarter alone.
    public func capaian(triwulan tw: Int) -> Capaian {
        let quarter = triwulan[tw - 1]
        return Capaian.hitung(target: quarter.target, realisasi: quarter.realisasi, polaritas: polaritas)
    }

    /// The realisation that counts for the year.
    public var realisasiTahun: Decimal? { realisasiSd(4) }

    /// A Renstra year's values: the dataset year's from the quarters, others from `tahunan`.
    public func nilai(tahun: Int, tahunBerjalan: Int) -> NilaiTahun? {
        if tahun == tahunBerjalan { return NilaiTahun(target: target, realisasi: realisasiTahun) }
        return tahunan?[String(tahun)]
    }
}

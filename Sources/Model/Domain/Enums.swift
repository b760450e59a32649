import Foundation

/// Higher is better (positif) or lower is better (negatif, e.g. a poverty rate).
public enum Polaritas: String, Codable, Sendable, CaseIterable {
    case positif, negatif
}

/// How four quarters make a year (domain.md section 4, Quarters).
public enum Agregasi: String, Codable, Sendable, CaseIterable {
    case jumlah
    case akhir
    case rataRata = "rata-rata"
}

/// The level of a node in the budget tree.
public enum Tingkat: String, Codable, Sendable, CaseIterable {
    case opd, program, kegiatan
    case subKegiatan = "sub_kegiatan"

    public func nama(_ bahasa: Bahasa) -> String {
        switch (self, bahasa) {
        case (.opd, _): return "OPD"
        case (.program, _): return "Program"
        case (.kegiatan, .id): return "Kegiatan"
        case (.kegiatan, .en): return "Activity"
        case (.subKegiatan, .id): return "Sub Kegiatan"
        case (.subKegiatan, .en): return "Sub-activity"
        }
    }
}

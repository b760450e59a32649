import Foundation

/// A band of a capaian. `peringkat` 0 is the best band; the UI colors by it.
public struct Kategori: Equatable, Sendable {
    public let nama: String
    public let namaEn: String
    public let singkatan: String
    public let peringkat: Int
    public let jumlahPeringkat: Int

    public func nama(_ bahasa: Bahasa) -> String { bahasa == .id ? nama : namaEn }
}

/// A category scale: bands from the best down, each with its lower bound.
public struct Skala: Equatable, Sendable {
    public struct Pita: Equatable, Sendable {
        public let nama: String
        public let namaEn: String
        public let singkatan: String
        /// Lower bound; nil for the lowest band.
        public let batas: Decimal?
        /// Whether the bound itself belongs to the band (`>=`) or not (`>`).
        public let termasukBatas: Bool
    }

    public let kode: String
    public let nama: String
    public let pita: [Pita]

    /// The band of a value, decided on the value rounded to 2 decimals.
    public func kategori(_ nilai: Decimal) -> Kategori {
        let shown = nilai.rounded2
        for (index, band) in pita.enumerated() {
            let reaches: Bool
            if let bound = band.batas {
                reaches = band.termasukBatas ? shown >= bound : shown > bound
            } else {
                reaches = true
            }
            if reaches {
                return Kategori(nama: band.nama, namaEn: band.namaEn, singkatan: band.singkatan,
                                peringkat: index, jumlahPeringkat: pita.count)
            }
        }
        let last = pita[pita.count - 1]
        return Kategori(nama: last.nama, namaEn: last.namaEn, singkatan: last.singkatan,
                        peringkat: pita.count - 1, jumlahPeringkat: pita.count)
    }

    public func kategori(_ capaian: Capaian) -> Kategori? {
        capaian.nilai.map(kategori)
    }

    /// Whether the capaian of these values falls in band `k` or lower (rank ≥ k), decided as
    /// `kategori` decides it (on the value rounded half-up to 2 decimals) but by multiplying
    /// instead of dividing: a worklist over 100.000 nodes asks this of every indicator.
    /// False when there is no capaian (no target, target 0, no realisation).
    public func peringkatPalingRendah(_ k: Int, target: Decimal?, realisasi: Decimal?, polaritas: Polaritas) -> Bool {
        guard let target, let realisasi, target != 0 else { return false }
        let bands = pita.prefix(k)
        guard target > 0, bands.allSatisfy({ ($0.batas ?? 1) > 0 }) else {
            return kategori(Capaian.hitung(target: target, realisasi: realisasi, polaritas: polaritas)).map { $0.peringkat >= k } ?? false
        }
        // c = n x 100 / target; rounded2(c) >= b  <=>  c >= b - 0.005;  rounded2(c) > b  <=>  c >= b + 0.005.
        let scaled = (polaritas == .positif ? realisasi : target + target - realisasi) * 100
        let half = Decimal(sign: .plus, exponent: -3, significand: 5)
        for band in bands {
            guard let bound = band.batas else { return false }
            if scaled >= (band.termasukBatas ? bound - half : bound + half) * target { return false }
        }
        return true
    }

    /// The LKjIP scale of the seed: Sangat Baik > 100, Baik >= 76, Cukup >= 56, Kurang.
    public static let lkjip = Skala(kode: "lkjip", nama: "LKjIP (4 kategori)", pita: [
        Pita(nama: "Sangat Baik", namaEn: "Very Good", singkatan: "A", batas: 100, termasukBatas: false),
        Pita(nama: "Baik", namaEn: "Good", singkatan: "B", batas: 76, termasukBatas: true),
        Pita(nama: "Cukup", namaEn: "Fair", singkatan: "C", batas: 56, termasukBatas: true),
        Pita(nama: "Kurang", namaEn: "Poor", singkatan: "K", batas: nil, termasukBatas: true),
    ])

    /// The quarterly Renja evaluation scale (5 bands).
    public static let renja = Skala(kode: "renja", nama: "Evaluasi Renja (5 kategori)", pita: [
        Pita(nama: "Sangat Tinggi", namaEn: "Very High", singkatan: "ST", batas: 91, termasukBatas: true),
        Pita(nama: "Tinggi", namaEn: "High", singkatan: "T", batas: 76, termasukBatas: true),
        Pita(nama: "Sedang", namaEn: "Medium", singkatan: "S", batas: 66, termasukBatas: true),
        Pita(nama: "Rendah", namaEn: "Low", singkatan: "R", batas: 51, termasukBatas: true),
        Pita(nama: "Sangat Rendah", namaEn: "Very Low", singkatan: "SR", batas: nil, termasukBatas: true),
    ])

    public static let semua: [Skala] = [.lkjip, .renja]

    public static func dengan(kode: String) -> Skala? { semua.first { $0.kode == kode } }
}

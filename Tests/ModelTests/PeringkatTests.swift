import Foundation
import Model
import Testing

/// The worklist's band test without division agrees with the band of the capaian itself,
/// at the band edges (where rounding decides) and on random values.
struct PeringkatTests {
    func exact(_ s: Skala, _ k: Int, _ t: Decimal?, _ r: Decimal?, _ p: Polaritas) -> Bool {
        s.kategori(Capaian.hitung(target: t, realisasi: r, polaritas: p)).map { $0.peringkat >= k } ?? false
    }

    @Test(arguments: [Skala.lkjip, Skala.renja])
    func agreesAtTheEdgesAndOnRandomValues(scale: Skala) {
        var cases: [(Decimal?, Decimal?, Polaritas)] = [(nil, 5, .positif), (5, nil, .positif), (0, 5, .positif), (-4, 3, .positif), (7, -1, .negatif)]
        // Around 76 and 100 (the edges of Baik and Sangat Baik) with target 100 and 3: 75.995 rounds up, 75.99499 does not.
        for edge in ["75.995", "75.99499", "75.9949999", "76", "100", "100.005", "100.00499", "55.995", "90.995", "0"] {
            let c = Decimal(string: edge)!
            cases.append((100, c, .positif))
            cases.append((3, c * 3 / 100, .positif))
            cases.append((100, 200 - c, .negatif))
        }
        var seed: UInt64 = 42
        func next() -> UInt64 { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return seed >> 33 }
        for _ in 0..<20_000 {
            let t = Decimal(Int(next() % 5_000) + 1) / Decimal(Int(next() % 3) == 0 ? 100 : 1)
            let r = Decimal(Int(next() % 12_000)) / Decimal([1, 10, 100, 1000][Int(next() % 4)])
            cases.append((t, r, next() % 2 == 0 ? .positif : .negatif))
        }
        for k in 1...3 {
            for (t, r, p) in cases {
                #expect(scale.peringkatPalingRendah(k, target: t, realisasi: r, polaritas: p) == exact(scale, k, t, r, p), "\(String(describing: t)) \(String(describing: r)) \(p) k=\(k)")
            }
        }
    }
}

import Foundation

/// Deterministic synthetic datasets for tests and benchmarks: the same
/// size and seed always give the same file.
public enum Generator {
    struct Acak {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    }

    public static let subPerKegiatan = 25
    public static let kegiatanPerProgram = 40

    public static func buat(subKegiatan n: Int, seed: UInt64 = 1) -> Berkas {
        var rng = Acak(state: seed)
        let renstra = buatRenstra(&rng)
        let links = renstra.tujuan.flatMap { $0.sasaran.flatMap { $0.indikator.compactMap(\.nomor) } }
        var programs: [SimpulBerkas] = []
        var made = 0
        var p = 0
        while made < n {
            let bidang = String(format: "1.%02d", 1 + p / 99)
            let programCode = bidang + String(format: ".%02d", p % 99 + 1)
            var program = SimpulBerkas(kode: programCode, nama: "Program Sintetis \(p + 1)",
                                       indikator: [indikator(&rng, nama: "Capaian program \(p + 1)", persen: true)],
                                       mendukung: [links[p % links.count]], kegiatan: [])
            for k in 0..<kegiatanPerProgram where made < n {
                let kegiatanCode = programCode + String(format: ".2.%02d", k + 1)
                var kegiatan = SimpulBerkas(kode: kegiatanCode, nama: "Kegiatan Sintetis \(p + 1).\(k + 1)",
                                            indikator: [indikator(&rng, nama: "Capaian kegiatan \(k + 1)", persen: true)],
                                            subKegiatan: [])
                for s in 0..<subPerKegiatan where made < n {
                    let code = kegiatanCode + String(format: ".%04d", s + 1)
                    let count = rng.chance(40) ? 2 : 1
                    let inds = (0..<count).map { indikator(&rng, nama: "Output \(s + 1)-\($0 + 1)", persen: rng.chance(30)) }
                    kegiatan.subKegiatan!.append(SimpulBerkas(
                        kode: code, nama: "Sub Kegiatan Sintetis \(made + 1)", indikator: inds,
                        mendukung: [links[rng.int(0...links.count - 1)]], anggaran: anggaran(&rng)))
                    made += 1
                }
                program.kegiatan!.append(kegiatan)
            }
            programs.append(program)
            p += 1
        }
        return Berkas(opd: InfoOPD(nama: "OPD Sintetis (\(n) sub kegiatan, seed \(seed))", kode: "1.01", pemda: "Kota Contoh"),
                      tahun: 2025, renstra: renstra, program: programs)
    }

    static func buatRenstra(_ rng: inout Acak) -> Renstra {
        let tujuan = (1...3).map { t in
            Tujuan(nomor: "\(t)", uraian: "Tujuan Sintetis \(t)",
                   indikator: [indikator(&rng, nama: "Indikator tujuan \(t)", persen: true)],
                   sasaran: (1...2).map { s in
                       Sasaran(nomor: "\(t).\(s)", uraian: "Sasaran Sintetis \(t).\(s)", indikator: (1...3).map { i in
                           var ind = indikator(&rng, nama: "Indikator sasaran \(t).\(s).\(i)", persen: true)
                           ind.nomor = "\(t).\(s).\(i)"
                           ind.tahunan = ["2026": NilaiTahun(target: ind.target)]
                           return ind
                       })
                   })
        }
        return Renstra(tahunAwal: 2021, tahunAkhir: 2026, tujuan: tujuan)
    }

    static func indikator(_ rng: inout Acak, nama: String, persen: Bool) -> Indikator {
        let rule: Agregasi = persen ? (rng.chance(80) ? .akhir : .rataRata) : .jumlah
        let polarity: Polaritas = rng.chance(10) ? .negatif : .positif
        let filled = rng.int(0...4)
        var quarters: [Triwulan] = []
        let target: Decimal
        if persen {
            target = Decimal(rng.int(5000...10000)) / 100
            for q in 0..<4 {
                let actual = Decimal(rng.int(4000...11000)) / 100
                quarters.append(Triwulan(target: target, realisasi: q < filled ? actual : nil))
            }
        } else {
            var sum = 0
            for q in 0..<4 {
                let t = rng.int(1...50)
                sum += t
                quarters.append(Triwulan(target: Decimal(t), realisasi: q < filled ? Decimal(rng.int(0...60)) : nil))
            }
            target = Decimal(sum)
        }
        return Indikator(uraian: nama, satuan: persen ? "%" : "orang", polaritas: polarity, agregasi: rule,
                         target: target, triwulan: quarters)
    }

    static func anggaran(_ rng: inout Acak) -> Anggaran {
        let pagu = rng.int(10_000...1_000_000) * 1_000
        let filled = rng.int(0...4)
        let spent: [Int?] = (0..<4).map { $0 < filled ? pagu / 100 * rng.int(5...30) : nil }
        return Anggaran(paguMurni: pagu, paguPerubahan: rng.chance(10) ? pagu + 5_000_000 : nil, realisasi: spent)
    }
}

import Foundation

/// A budget rolled up over a subtree, in whole rupiah.
public struct RingkasAnggaran: Equatable, Sendable {
    public var pagu: Int = 0
    /// How many sub kegiatan below have a pagu at all.
    public var denganPagu: Int = 0
    /// Sums of the entered realisations per quarter (blanks add nothing).
    var realisasi = SIMD4<Int>(repeating: 0)
    /// How many sub kegiatan below have a realisation entered, per quarter.
    var terisi = SIMD4<Int>(repeating: 0)
    public var jumlahSub: Int = 0

    public init() {}

    /// The realisation of quarter `tw`, or nil when none below was entered (blank, not 0).
    public func realisasiTW(_ tw: Int) -> Int? { terisi[tw - 1] > 0 ? realisasi[tw - 1] : nil }

    /// The realisation up to and including quarter `tw`, or nil when none was entered.
    public func realisasiSd(_ tw: Int) -> Int? {
        (0..<tw).contains { terisi[$0] > 0 } ? (0..<tw).reduce(0) { $0 + realisasi[$1] } : nil
    }

    /// The pagu, or nil when no sub kegiatan below has one (blank, not 0).
    public var paguAda: Int? { denganPagu > 0 ? pagu : nil }

    /// Serapan s.d. TW `tw` in percent; nil when there is no pagu.
    public func serapan(sd tw: Int) -> Decimal? {
        Anggaran.serapan(pagu: paguAda, realisasi: realisasiSd(tw))
    }

    /// Pagu less the realisation s.d. TW `tw`; nil when either is blank.
    public func selisih(sd tw: Int) -> Int? {
        guard let pagu = paguAda, let spent = realisasiSd(tw) else { return nil }
        return pagu - spent
    }

    mutating func geser(dari before: RingkasAnggaran, ke after: RingkasAnggaran) {
        pagu += after.pagu - before.pagu
        denganPagu += after.denganPagu - before.denganPagu
        for i in 0..<4 {
            realisasi[i] += after.realisasi[i] - before.realisasi[i]
            terisi[i] += after.terisi[i] - before.terisi[i]
        }
    }

    mutating func tambah(_ other: RingkasAnggaran) {
        pagu += other.pagu
        denganPagu += other.denganPagu
        jumlahSub += other.jumlahSub
        for i in 0..<4 {
            realisasi[i] += other.realisasi[i]
            terisi[i] += other.terisi[i]
        }
    }
}

extension Anggaran {
    /// realisasi / pagu x 100; nil for a missing or zero pagu or a blank realisation.
    public static func serapan(pagu: Int?, realisasi: Int?) -> Decimal? {
        guard let pagu, pagu > 0, let realisasi else { return nil }
        return Decimal(realisasi) * 100 / Decimal(pagu)
    }
}

/// A mean of capaian: undefined ones are left out and counted.
public struct Rerata: Equatable, Sendable {
    public var jumlah: Decimal = 0
    public var terhitung: Int = 0
    public var tanpaCapaian: Int = 0

    public init() {}

    public var nilai: Decimal? { terhitung == 0 ? nil : jumlah / Decimal(terhitung) }

    public mutating func tambah(_ capaian: Capaian) {
        if let value = capaian.nilai { jumlah += value; terhitung += 1 } else { tanpaCapaian += 1 }
    }

    public mutating func kurang(_ capaian: Capaian) {
        if let value = capaian.nilai { jumlah -= value; terhitung -= 1 } else { tanpaCapaian -= 1 }
    }

    mutating func geser(dari before: Capaian, ke after: Capaian) {
        kurang(before)
        tambah(after)
    }

    public mutating func tambah(_ other: Rerata) {
        jumlah += other.jumlah
        terhitung += other.terhitung
        tanpaCapaian += other.tanpaCapaian
    }
}

/// Means of the capaian of the indicators below a node, per level.
public struct RingkasCapaian: Equatable, Sendable {
    public var program = Rerata()
    public var kegiatan = Rerata()
    public var subKegiatan = Rerata()

    public subscript(tingkat: Tingkat) -> Rerata {
        get {
            switch tingkat {
            case .program: program
            case .kegiatan: kegiatan
            case .subKegiatan, .opd: subKegiatan
            }
        }
        set {
            switch tingkat {
            case .program: program = newValue
            case .kegiatan: kegiatan = newValue
            case .subKegiatan, .opd: subKegiatan = newValue
            }
        }
    }

    mutating func tambah(_ other: RingkasCapaian) {
        program.tambah(other.program)
        kegiatan.tambah(other.kegiatan)
        subKegiatan.tambah(other.subKegiatan)
    }
}

import Foundation

/// A node of the budget tree in memory: the OPD, a program, kegiatan or sub kegiatan.
public struct Simpul: Equatable, Sendable {
    public var kode: String
    public var nama: String
    public let tingkat: Tingkat
    public let induk: Int?
    public internal(set) var anak: [Int]
    public var indikator: [Indikator]
    public var anggaran: Anggaran?
    public var mendukung: [String]
    public var tertulis: AnggaranTertulis?
    /// One note per quarter.
    public var catatan: [Catatan]
}

/// Where a Renstra indicator lives: tujuan index, sasaran index (nil for a tujuan's own), position.
public struct PosisiRenstra: Hashable, Sendable, Codable {
    public let tujuan: Int
    public let sasaran: Int?
    public let indikator: Int

    public init(tujuan: Int, sasaran: Int?, indikator: Int) {
        self.tujuan = tujuan
        self.sasaran = sasaran
        self.indikator = indikator
    }
}

/// Any indicator of a dataset.
public enum RefIndikator: Hashable, Sendable {
    case simpul(Int, Int)
    case renstra(PosisiRenstra)
}

/// An editable value of an indicator; `tw` nil is the yearly value.
public enum KolomIndikator: Hashable, Sendable, Codable {
    case target(tw: Int?)
    case realisasi(tw: Int?)
}

/// An editable value of a sub kegiatan's budget.
public enum KolomAnggaran: Hashable, Sendable, Codable {
    case paguMurni
    case paguPerubahan
    case realisasi(tw: Int)
}

/// Which of a quarter's notes: the office's three, and a reviewer's note (catatan
/// verifikasi) with the office's answer to it (tanggapan).
public enum JenisCatatan: String, CaseIterable, Sendable, Codable {
    case pendorong, penghambat, tindakLanjut, verifikasi, tanggapan

    /// The office's own notes, as the quarterly form has them.
    public static let kantor: [JenisCatatan] = [.pendorong, .penghambat, .tindakLanjut]
}

extension Catatan {
    public subscript(jenis: JenisCatatan) -> String? {
        get {
            switch jenis {
            case .pendorong: pendorong
            case .penghambat: penghambat
            case .tindakLanjut: tindakLanjut
            case .verifikasi: verifikasi
            case .tanggapan: tanggapan
            }
        }
        set {
            switch jenis {
            case .pendorong: pendorong = newValue
            case .penghambat: penghambat = newValue
            case .tindakLanjut: tindakLanjut = newValue
            case .verifikasi: verifikasi = newValue
            case .tanggapan: tanggapan = newValue
            }
        }
    }
}

extension Indikator {
    public subscript(kolom: KolomIndikator) -> Decimal? {
        get {
            switch kolom {
            case .target(nil): target
            case .realisasi(nil): realisasi
            case .target(let tw?): triwulan[tw - 1].target
            case .realisasi(let tw?): triwulan[tw - 1].realisasi
            }
        }
        set {
            switch kolom {
            case .target(nil): target = newValue
            case .realisasi(nil): realisasi = newValue
            case .target(let tw?): triwulan[tw - 1].target = newValue
            case .realisasi(let tw?): triwulan[tw - 1].realisasi = newValue
            }
        }
    }
}

extension Anggaran {
    public subscript(kolom: KolomAnggaran) -> Int? {
        get {
            switch kolom {
            case .paguMurni: paguMurni
            case .paguPerubahan: paguPerubahan
            case .realisasi(let tw): realisasi[tw - 1]
            }
        }
        set {
            switch kolom {
            // A pagu entered for this year confirms it.
            case .paguMurni: paguMurni = newValue; paguSementara = nil
            case .paguPerubahan: paguPerubahan = newValue; paguSementara = nil
            case .realisasi(let tw): realisasi[tw - 1] = newValue
            }
        }
    }

    /// Realisation of TW I..tw.
    public func realisasiSd(_ tw: Int) -> Int? {
        let entered = realisasi.prefix(tw).compactMap { $0 }
        return entered.isEmpty ? nil : entered.reduce(0, +)
    }
}

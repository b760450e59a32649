import Foundation

/// The JSON file, one per OPD and year: nested as people read it.
public struct Berkas: Codable, Equatable, Sendable {
    public static let versiSkema = 1

    public var schemaVersion: Int
    public var opd: InfoOPD
    public var tahun: Int
    public var skala: String
    public var renstra: Renstra
    public var program: [SimpulBerkas]
    /// Closed quarters: who closed each and when.
    public var kunci: [KunciTriwulan]?

    public init(opd: InfoOPD, tahun: Int, skala: String = Skala.lkjip.kode, renstra: Renstra, program: [SimpulBerkas]) {
        self.schemaVersion = Berkas.versiSkema
        self.opd = opd
        self.tahun = tahun
        self.skala = skala
        self.renstra = renstra
        self.program = program
    }
}

/// A quarter closed for edits: by whom and when (ISO 8601).
public struct KunciTriwulan: Codable, Equatable, Sendable {
    public var tw: Int
    public var oleh: String
    public var waktu: String

    public init(tw: Int, oleh: String, waktu: String) {
        self.tw = tw
        self.oleh = oleh
        self.waktu = waktu
    }
}

public struct InfoOPD: Codable, Equatable, Sendable {
    public var nama: String
    public var kode: String?
    public var pemda: String?
    public var catatan: [Catatan]?

    public init(nama: String, kode: String? = nil, pemda: String? = nil) {
        self.nama = nama
        self.kode = kode
        self.pemda = pemda
    }
}

public struct Renstra: Codable, Equatable, Sendable {
    public var tahunAwal: Int
    public var tahunAkhir: Int
    public var tujuan: [Tujuan]

    public init(tahunAwal: Int, tahunAkhir: Int, tujuan: [Tujuan]) {
        self.tahunAwal = tahunAwal
        self.tahunAkhir = tahunAkhir
        self.tujuan = tujuan
    }

    /// The Renstra years, first to last.
    public var tahun: ClosedRange<Int> { tahunAwal...max(tahunAwal, tahunAkhir) }
}

public struct Tujuan: Codable, Equatable, Sendable {
    public var nomor: String
    public var uraian: String
    public var indikator: [Indikator]
    public var sasaran: [Sasaran]

    public init(nomor: String, uraian: String, indikator: [Indikator], sasaran: [Sasaran]) {
        self.nomor = nomor
        self.uraian = uraian
        self.indikator = indikator
        self.sasaran = sasaran
    }
}

public struct Sasaran: Codable, Equatable, Sendable {
    public var nomor: String
    public var uraian: String
    public var indikator: [Indikator]

    public init(nomor: String, uraian: String, indikator: [Indikator]) {
        self.nomor = nomor
        self.uraian = uraian
        self.indikator = indikator
    }
}

/// A program, kegiatan or sub kegiatan as stored: programs hold `kegiatan`,
/// kegiatan hold `subKegiatan`, sub kegiatan hold `anggaran`.
public struct SimpulBerkas: Codable, Equatable, Sendable {
    public var kode: String
    public var nama: String
    public var indikator: [Indikator]?
    /// Renstra indicator numbers this node supports ("2.1.4").
    public var mendukung: [String]?
    /// Totals as a source document states them, checked against the sum of the children.
    public var tertulis: AnggaranTertulis?
    public var catatan: [Catatan]?
    public var kegiatan: [SimpulBerkas]?
    public var subKegiatan: [SimpulBerkas]?
    public var anggaran: Anggaran?

    public init(kode: String, nama: String, indikator: [Indikator]? = nil, mendukung: [String]? = nil,
                tertulis: AnggaranTertulis? = nil, kegiatan: [SimpulBerkas]? = nil,
                subKegiatan: [SimpulBerkas]? = nil, anggaran: Anggaran? = nil) {
        self.kode = kode
        self.nama = nama
        self.indikator = indikator
        self.mendukung = mendukung
        self.tertulis = tertulis
        self.kegiatan = kegiatan
        self.subKegiatan = subKegiatan
        self.anggaran = anggaran
    }
}

/// A sub kegiatan's budget in whole rupiah: pagu murni, pagu perubahan, realisation per quarter.
public struct Anggaran: Codable, Equatable, Sendable {
    public var paguMurni: Int?
    public var paguPerubahan: Int?
    public var realisasi: [Int?]
    /// The pagu was carried from the previous year and awaits this year's figure.
    public var paguSementara: Bool?

    public init(paguMurni: Int? = nil, paguPerubahan: Int? = nil, realisasi: [Int?] = [nil, nil, nil, nil]) {
        self.paguMurni = paguMurni
        self.paguPerubahan = paguPerubahan
        self.realisasi = realisasi
    }

    /// The pagu in force: perubahan where set, else murni.
    public var pagu: Int? { paguPerubahan ?? paguMurni }

    enum CodingKeys: String, CodingKey { case paguMurni, paguPerubahan, realisasi, paguSementara }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        paguMurni = try c.decodeRupiah(.paguMurni)
        paguPerubahan = try c.decodeRupiah(.paguPerubahan)
        paguSementara = try c.decodeIfPresent(Bool.self, forKey: .paguSementara)
        if c.contains(.realisasi) {
            var list = try c.nestedUnkeyedContainer(forKey: .realisasi)
            var values: [Int?] = []
            while !list.isAtEnd {
                if try list.decodeNil() { values.append(nil); continue }
                let path = list.codingPath + [IndexKey(list.currentIndex)]
                values.append(try rupiah(try list.decode(Decimal.self), path: path))
            }
            guard values.count == 4 else {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.realisasi],
                    debugDescription: "expected 4 quarters, found \(values.count)"))
            }
            realisasi = values
        } else {
            realisasi = [nil, nil, nil, nil]
        }
    }
}

public struct AnggaranTertulis: Codable, Equatable, Sendable {
    public var pagu: Int?
    public var realisasi: Int?
    /// The stated totals matched the parts until a part was edited: outdated, not a slip in the source.
    public var usang: Bool?

    public init(pagu: Int? = nil, realisasi: Int? = nil) {
        self.pagu = pagu
        self.realisasi = realisasi
    }

    enum CodingKeys: String, CodingKey { case pagu, realisasi, usang }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        pagu = try c.decodeRupiah(.pagu)
        realisasi = try c.decodeRupiah(.realisasi)
        usang = try c.decodeIfPresent(Bool.self, forKey: .usang)
    }
}

struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) { stringValue = "\(index)"; intValue = index }
    init?(stringValue: String) { self.stringValue = stringValue; intValue = Int(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}

private func rupiah(_ value: Decimal, path: [CodingKey]) throws -> Int {
    guard value >= 0 else {
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "negative"))
    }
    guard value.isWhole, value <= Decimal(Batas.rupiahMaksimum) else {
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "rupiah"))
    }
    return NSDecimalNumber(decimal: value).intValue
}

extension KeyedDecodingContainer {
    func decodeRupiah(_ key: Key) throws -> Int? {
        guard let value = try decodeIfPresent(Decimal.self, forKey: key) else { return nil }
        return try rupiah(value, path: codingPath + [key])
    }
}

extension Indikator {
    enum CodingKeys: String, CodingKey {
        case nomor, uraian, satuan, polaritas, agregasi, target, realisasi, triwulan, kondisiAwal, tahunan
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nomor = try c.decodeIfPresent(String.self, forKey: .nomor)
        uraian = try c.decode(String.self, forKey: .uraian)
        satuan = try c.decode(String.self, forKey: .satuan)
        polaritas = try c.decode(Polaritas.self, forKey: .polaritas)
        agregasi = try c.decode(Agregasi.self, forKey: .agregasi)
        target = try c.decodeNilai(.target)
        realisasi = try c.decodeNilai(.realisasi)
        kondisiAwal = try c.decodeNilai(.kondisiAwal)
        tahunan = try c.decodeIfPresent([String: NilaiTahun].self, forKey: .tahunan)
        let quarters = try c.decodeIfPresent([Triwulan].self, forKey: .triwulan) ?? Array(repeating: Triwulan(), count: 4)
        guard quarters.count == 4 else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.triwulan],
                debugDescription: "expected 4 quarters, found \(quarters.count)"))
        }
        triwulan = quarters
    }
}

extension Triwulan {
    enum CodingKeys: String, CodingKey { case target, realisasi, catatan }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decodeNilai(.target)
        realisasi = try c.decodeNilai(.realisasi)
        catatan = try c.decodeIfPresent(Catatan.self, forKey: .catatan)
    }
}

extension NilaiTahun {
    enum CodingKeys: String, CodingKey { case target, realisasi, satuan }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decodeNilai(.target)
        realisasi = try c.decodeNilai(.realisasi)
        satuan = try c.decodeIfPresent(String.self, forKey: .satuan)
    }
}

extension KeyedDecodingContainer {
    /// An indicator value: a finite number within the model's range, or blank.
    func decodeNilai(_ key: Key) throws -> Decimal? {
        guard let value = try decodeIfPresent(Decimal.self, forKey: key) else { return nil }
        guard !value.isNaN, value.magnitude <= Batas.nilaiMaksimum else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: "range"))
        }
        return value
    }
}

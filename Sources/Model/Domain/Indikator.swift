import Foundation

/// Free text per quarter, as the quarterly evaluation form asks. The texts are kept
/// behind one shared reference (every node has four quarters of notes, most of them
/// empty): a value type all the same, each change makes its own copy.
public struct Catatan: Codable, Equatable, Sendable {
    /// The texts themselves.
    private struct Teks: Equatable, Sendable {
        var pendorong: String?
        var penghambat: String?
        var tindakLanjut: String?
        var verifikasi: String?
        var verifikasiOleh: String?
        var verifikasiWaktu: String?
        var tanggapan: String?
    }

    private final class Kotak: Sendable {
        let teks: Teks
        init(_ teks: Teks) { self.teks = teks }
        static let kosong = Kotak(Teks())
    }

    private var kotak: Kotak

    private var teks: Teks {
        get { kotak.teks }
        set { kotak = newValue == Teks() ? Kotak.kosong : Kotak(newValue) }
    }

    public var pendorong: String? { get { kotak.teks.pendorong } set { teks.pendorong = newValue } }
    public var penghambat: String? { get { kotak.teks.penghambat } set { teks.penghambat = newValue } }
    public var tindakLanjut: String? { get { kotak.teks.tindakLanjut } set { teks.tindakLanjut = newValue } }
    /// A reviewer's note on the quarter (catatan verifikasi), who wrote it and when (ISO 8601).
    public var verifikasi: String? { get { kotak.teks.verifikasi } set { teks.verifikasi = newValue } }
    public var verifikasiOleh: String? { get { kotak.teks.verifikasiOleh } set { teks.verifikasiOleh = newValue } }
    public var verifikasiWaktu: String? { get { kotak.teks.verifikasiWaktu } set { teks.verifikasiWaktu = newValue } }
    /// The office's answer to the reviewer's note; the note is open until there is one.
    public var tanggapan: String? { get { kotak.teks.tanggapan } set { teks.tanggapan = newValue } }

    public init(pendorong: String? = nil, penghambat: String? = nil, tindakLanjut: String? = nil) {
        kotak = Kotak.kosong
        teks = Teks(pendorong: pendorong, penghambat: penghambat, tindakLanjut: tindakLanjut)
    }

    public static func == (a: Catatan, b: Catatan) -> Bool { a.kotak === b.kotak || a.kotak.teks == b.kotak.teks }

    enum CodingKeys: String, CodingKey {
        case pendorong, penghambat, tindakLanjut, verifikasi, verifikasiOleh, verifikasiWaktu, tanggapan
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kotak = Kotak.kosong
        teks = Teks(pendorong: try c.decodeIfPresent(String.self, forKey: .pendorong),
                    penghambat: try c.decodeIfPresent(String.self, forKey: .penghambat),
                    tindakLanjut: try c.decodeIfPresent(String.self, forKey: .tindakLanjut),
                    verifikasi: try c.decodeIfPresent(String.self, forKey: .verifikasi),
                    verifikasiOleh: try c.decodeIfPresent(String.self, forKey: .verifikasiOleh),
                    verifikasiWaktu: try c.decodeIfPresent(String.self, forKey: .verifikasiWaktu),
                    tanggapan: try c.decodeIfPresent(String.self, forKey: .tanggapan))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let t = kotak.teks
        try c.encodeIfPresent(t.pendorong, forKey: .pendorong)
        try c.encodeIfPresent(t.penghambat, forKey: .penghambat)
        try c.encodeIfPresent(t.tindakLanjut, forKey: .tindakLanjut)
        try c.encodeIfPresent(t.verifikasi, forKey: .verifikasi)
        try c.encodeIfPresent(t.verifikasiOleh, forKey: .verifikasiOleh)
        try c.encodeIfPresent(t.verifikasiWaktu, forKey: .verifikasiWaktu)
        try c.encodeIfPresent(t.tanggapan, forKey: .tanggapan)
    }

    public var isEmpty: Bool {
        [pendorong, penghambat, tindakLanjut, verifikasi, tanggapan].allSatisfy { ($0 ?? "").isEmpty }
    }

    /// A reviewer's note still waiting for the office's answer.
    public var verifikasiTerbuka: Bool { !(verifikasi ?? "").isEmpty && (tanggapan ?? "").isEmpty }
}

/// One quarter of an indicator: a target, a realisation (each may be blank) and a note.
public struct Triwulan: Codable, Equatable, Sendable {
    public var target: Decimal?
    public var realisasi: Decimal?
    public var catatan: Catatan?

    public init(target: Decimal? = nil, realisasi: Decimal? = nil, catatan: Catatan? = nil) {
        self.target = target
        self.realisasi = realisasi
        self.catatan = catatan
    }
}

/// A target and realisation for one Renstra year (Tabel 3.2).
public struct NilaiTahun: Codable, Equatable, Sendable {
    public var target: Decimal?
    public var realisasi: Decimal?
    /// The unit that year when it differs from the indicator's (the seed's 2021 bansos row).
    public var satuan: String?

    public init(target: Decimal? = nil, realisasi: Decimal? = nil, satuan: String? = nil) {
        self.target = target
        self.realisasi = realisasi
        self.satuan = satuan
    }
}

/// An indicator: a description, a unit, a polarity, an aggregation rule,
/// a yearly target and four quarters. Renstra indicators also carry their
/// number, baseline and the targets/realisations of the other Renstra years.
public struct Indikator: Codable, Equatable, Sendable {
    public var nomor: String?
    public var uraian: String
    public var satuan: String
    public var polaritas: Polaritas
    public var agregasi: Agregasi
    /// The yearly target.
    public var target: Decimal?
    /// A yearly realisation entered directly; used only while no quarter has one.
    public var realisasi: Decimal?
    public var triwulan: [Triwulan]
    public var kondisiAwal: Decimal?
    /// Other Renstra years, keyed by year ("2021").
    public var tahunan: [String: NilaiTahun]?

    public init(nomor: String? = nil, uraian: String, satuan: String, polaritas: Polaritas = .positif,
                agregasi: Agregasi = .akhir, target: Decimal? = nil, realisasi: Decimal? = nil,
                triwulan: [Triwulan] = Array(repeating: Triwulan(), count: 4),
                kondisiAwal: Decimal? = nil, tahunan: [String: NilaiTahun]? = nil) {
        self.nomor = nomor
        self.uraian = uraian
        self.satuan = satuan
        self.polaritas = polaritas
        self.agregasi = agregasi
        self.target = target
        self.realisasi = realisasi
        self.triwulan = triwulan
        self.kondisiAwal = kondisiAwal
        self.tahunan = tahunan
    }
}

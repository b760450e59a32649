import Foundation

/// Free text per quarter, as the quarterly evaluation form asks.
public struct Catatan: Codable, Equatable, Sendable {
    public var pendorong: String?
    public var penghambat: String?
    public var tindakLanjut: String?
    /// A reviewer's note on the quarter (catatan verifikasi), who wrote it and when (ISO 8601).
    public var verifikasi: String?
    public var verifikasiOleh: String?
    public var verifikasiWaktu: String?
    /// The office's answer to the reviewer's note; the note is open until there is one.
    public var tanggapan: String?

    public init(pendorong: String? = nil, penghambat: String? = nil, tindakLanjut: String? = nil) {
        self.pendorong = pendorong
        self.penghambat = penghambat
        self.tindakLanjut = tindakLanjut
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

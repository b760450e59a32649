import Foundation

/// A value on its way into a dataset: where it goes, from what to what, and what a
/// person should be asked before it is taken.
public struct Masukan: Sendable, Equatable {
    public let perubahan: Perubahan
    /// Allowed but probably a slip: the interface asks, `set` and `import` say it.
    public let peringatan: [Pesan]
}

/// The one sequence a value goes through, whichever door it comes in by (the
/// interface, `set`, `import`): read by the rule of its place, refused in a closed
/// quarter or where a yearly realisation would not count, warned about when it looks
/// like a slip, then applied, with the journal's record of it. Each door only says
/// the outcome in its own way.
extension Isian {
    /// For an exact value (typed and read by `Isian.nilai` or `Isian.rupiah`, or a sheet's cell) going
    /// into `d`: a closed quarter refused, a yearly realisation beside quarterly ones refused,
    /// the warnings of a likely slip (judged on `d` with the value in it). Nothing changes.
    public static func siapkan(_ d: Dokumen, _ a: AlamatNilai, nilai baru: String?) -> Result<Masukan, Pesan> {
        guard case .some(let lama) = d.nilai(a) else {
            return .failure(Pesan(id: a.teks(.id) + " tidak ada di berkas ini", en: a.teks(.en) + " does not exist in this file"))
        }
        return periksa(d, a, nilai: baru).map { Masukan(perubahan: Perubahan(alamat: a, lama: lama, baru: baru), peringatan: $0) }
    }

    /// The checks alone: the refusal, or the warnings, for `baru` at `a` of `d` (a sheet's
    /// values are judged on the dataset as the whole sheet leaves it).
    public static func periksa(_ d: Dokumen, _ a: AlamatNilai, nilai baru: String?) -> Result<[Pesan], Pesan> {
        if let why = periksaKunci(d, a) { return .failure(why) }
        if let (indikator, kolom) = indikatorDi(d, a), let why = periksaRealisasiTahunan(indikator, kolom, Decimal.tepat(baru)) {
            return .failure(why)
        }
        return .success(peringatan(d, a, baru))
    }

    /// Prepared values applied to `d`; the journal's record of what changed.
    @discardableResult
    public static func terapkan(_ d: Dokumen, _ masukan: [Masukan]) -> Jejak {
        var jejak = Jejak()
        for m in masukan where m.perubahan.lama != m.perubahan.baru {
            guard d.atur(m.perubahan.alamat, m.perubahan.baru) else { continue }
            jejak.nilai.append(m.perubahan)
        }
        return jejak
    }

    /// The indicator and column an address names, where it names one.
    static func indikatorDi(_ d: Dokumen, _ a: AlamatNilai) -> (Indikator, KolomIndikator)? {
        switch a {
        case .indikator(let kode, let i, let kolom):
            guard let node = d.indeks(kode: kode), d.simpul[node].indikator.indices.contains(i) else { return nil }
            return (d.simpul[node].indikator[i], kolom)
        case .renstra(let p, let kolom):
            guard let ref = d.refRenstra(p) else { return nil }
            return (d.indikator(ref), kolom)
        default: return nil
        }
    }
}

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
    /// Step 1: typed text read by the rule of its place (a whole rupiah amount for a
    /// budget, a number elsewhere, text for a note): the exact value, nil when blank.
    public static func baca(_ a: AlamatNilai, _ teks: String) -> Result<String?, Pesan> {
        switch a {
        case .anggaran: rupiah(teks).map { $0.map { "\($0)" } }
        case .catatan: .success(teks.isEmpty ? nil : teks)
        case .skala: .success(teks)
        default: nilai(teks).map { $0.map { "\($0)" } }
        }
    }

    /// Steps 2 to 4 for an exact value (read by step 1, or a sheet's cell already read) going
    /// into `d`: a closed quarter refused, a yearly realisation beside quarterly ones refused,
    /// the warnings of a likely slip (judged on `d` with the value in it). Nothing changes.
    public static func siapkan(_ d: Dokumen, _ a: AlamatNilai, nilai baru: String?) -> Result<Masukan, Pesan> {
        guard case .some(let lama) = d.nilai(a) else {
            return .failure(Pesan(id: a.teks(.id) + " tidak ada di berkas ini", en: a.teks(.en) + " does not exist in this file"))
        }
        return periksa(d, a, nilai: baru).map { Masukan(perubahan: Perubahan(alamat: a, lama: lama, baru: baru), peringatan: $0) }
    }

    /// Steps 2 to 4 alone: the refusal, or the warnings, for `baru` at `a` of `d` (a sheet's
    /// values are judged on the dataset as the whole sheet leaves it).
    public static func periksa(_ d: Dokumen, _ a: AlamatNilai, nilai baru: String?) -> Result<[Pesan], Pesan> {
        if let why = periksaKunci(d, a) { return .failure(why) }
        if let (indikator, kolom) = indikatorDi(d, a), let why = periksaRealisasiTahunan(indikator, kolom, desimal(baru)) {
            return .failure(why)
        }
        return .success(peringatan(d, a, baru))
    }

    /// Steps 1 to 4: what a person typed at an address.
    public static func siapkan(_ d: Dokumen, _ a: AlamatNilai, teks: String) -> Result<Masukan, Pesan> {
        baca(a, teks).flatMap { siapkan(d, a, nilai: $0) }
    }

    /// Step 5: prepared values applied to `d`; the journal's record of what changed.
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

    static func desimal(_ text: String?) -> Decimal? {
        text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }
}

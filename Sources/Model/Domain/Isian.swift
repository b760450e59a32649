import Foundation

/// The rules for a value typed by a person, in one place for the interface's
/// preview and commit and for `set`: what the text means, or why it is refused.
public enum Isian {
    /// An indicator value: blank text is blank (nil), never 0.
    public static func nilai(_ text: String) -> Result<Decimal?, Pesan> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        switch Bilangan.parse(text) {
        case .success(let value): return .success(value)
        case .failure(let why): return .failure(why.pesan)
        }
    }

    /// A rupiah amount: a whole number, 0 or more; blank is blank.
    public static func rupiah(_ text: String) -> Result<Int?, Pesan> {
        switch nilai(text) {
        case .failure(let why): return .failure(why)
        case .success(nil): return .success(nil)
        case .success(let value?):
            guard value >= 0, value.isWhole else {
                return .failure(Pesan(id: "rupiah harus bilangan bulat, 0 atau lebih", en: "rupiah must be a whole number, 0 or more"))
            }
            return .success(NSDecimalNumber(decimal: value).intValue)
        }
    }

    /// A yearly realisation does not count once a quarter has one: refused, with the fix.
    public static func periksaRealisasiTahunan(_ indikator: Indikator, _ kolom: KolomIndikator, _ nilai: Decimal?) -> Pesan? {
        guard case .realisasi(nil) = kolom, nilai != nil, indikator.triwulan.contains(where: { $0.realisasi != nil }) else { return nil }
        return Pesan(id: "indikator ini sudah punya realisasi triwulan, jadi realisasi tahunan tidak dipakai; isi per triwulan",
                     en: "this indicator already has quarterly realisations, so a yearly one would not count; enter it per quarter")
    }
}

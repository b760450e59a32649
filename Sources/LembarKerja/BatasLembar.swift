import Foundation
import Model

/// What a spreadsheet may hold for kinerja to read it in bounded memory and time (Excel's own
/// limits, and a few below them that no office's sheet reaches). Past any of them the sheet
/// is refused whole, naming the place, before it can take the machine's memory.
public enum BatasLembar {
    /// The file as stored.
    public static let ukuranBerkas = 64 << 20
    /// One part of a workbook once inflated (a sheet, the shared strings).
    public static let ukuranBagian = 256 << 20
    /// Rows and columns, as Excel has them.
    public static let baris = 1_048_576
    public static let kolom = 16_384
    /// The cells the rows take once laid out (each row up to its last cell).
    public static let sel = 4_000_000
}

/// A sheet that cannot be read as it is: where, and why.
public struct LembarDitolak: Error, Sendable {
    public let pesan: Pesan
}

extension BatasLembar {
    static func tolak(_ id: String, _ en: String) -> LembarDitolak { LembarDitolak(pesan: Pesan(id: id, en: en)) }

    static func periksaUkuran(_ bytes: Int, nama: String) throws(LembarDitolak) {
        guard bytes > ukuranBerkas else { return }
        throw tolak("\(bytes >> 20) MB: lebih dari \(ukuranBerkas >> 20) MB yang dibaca kinerja; bagi lembarnya atau simpan hanya tabelnya",
                    "\(bytes >> 20) MB: more than the \(ukuranBerkas >> 20) MB kinerja reads; split the sheet or save the table alone")
    }
}

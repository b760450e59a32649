import Foundation
import Model
import GudangBerkas

/// A spreadsheet as rows of cells, by its extension: `.csv` or `.xlsx` (its first sheet or `lembar`,
/// the header found as `Impor` finds it).
public enum Lembar {
    public static func baca(_ path: String, lembar: String? = nil) throws(GalatBerkas) -> [[String]] {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx": return try BacaXlsx.baca(path, lembar: lembar) { Impor.barisJudul($0) != nil }
        case "csv":
            let data = try Penyimpan.baca(path)
            do throws(LembarDitolak) { return try BacaCSV.baca(data) } catch {
                throw GalatBerkas(berkas: path, pesan: error.pesan)
            }
        default:
            throw GalatBerkas(berkas: path, pesan: Pesan(
                id: "kinerja membaca .csv dan .xlsx; simpan lembar itu dalam salah satunya dari Excel atau LibreOffice",
                en: "kinerja reads .csv and .xlsx; save the sheet as one of them from Excel or LibreOffice"))
        }
    }
}

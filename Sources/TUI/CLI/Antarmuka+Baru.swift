import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// `kinerja FILE` on a file that does not exist: offers to create it, asking the
/// facts `kinerja new` takes, one line each (Enter keeps the value in brackets).
/// False when the user declines or ends the input.
func tawarkanBerkasBaru(_ berkas: String) throws -> Bool {
    func tanya(_ prompt: String, bawaan: String? = nil) -> String? {
        FileHandle.standardOutput.write(Data((prompt + (bawaan.map { " [\($0)]" } ?? "") + ": ").utf8))
        guard let line = readLine() else { return nil }
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? (bawaan ?? "") : text
    }
    cetak(T("Berkas \(berkas) belum ada.", "The file \(berkas) does not exist."))
    guard let answer = tanya(T("Buat berkas data baru? (y/t)", "Create a new data file? (y/n)"), bawaan: "y"),
          ["y", "ya", "yes"].contains(answer.lowercased()) else { return false }
    let year = Calendar.current.component(.year, from: Date())
    while true {
        guard let name = tanya(T("Nama OPD", "Agency name")),
              let code = tanya(T("Kode OPD (urusan.bidang, mis. 1.06; boleh kosong)", "Agency code (urusan.bidang, e.g. 1.06; may be empty)"), bawaan: ""),
              let pemda = tanya(T("Pemerintah daerah (boleh kosong)", "Regional government (may be empty)"), bawaan: ""),
              let yearText = tanya(T("Tahun anggaran", "Budget year"), bawaan: "\(year)"),
              let renstraText = tanya("Renstra", bawaan: "\(Int(yearText) ?? year)-\((Int(yearText) ?? year) + 4)"),
              let scale = tanya(T("Skala kategori (lkjip/renja)", "Category scale (lkjip/renja)"), bawaan: Skala.lkjip.kode)
        else { return false }
        let parts = renstraText.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let chosenYear = Int(yearText), parts.count == 2, parts[0] <= parts[1] else {
            cetak(T("Tahun atau Renstra tidak dapat dibaca (mis. 2025 dan 2021-2026); ulangi.", "The year or the Renstra cannot be read (e.g. 2025 and 2021-2026); once more."))
            continue
        }
        do {
            let data = try Berkas.baru(opd: name, kode: code.isEmpty ? nil : code, pemda: pemda, tahun: chosenYear,
                                       renstra: parts[0]...parts[1], skala: scale)
            do { try Penyimpan.tulisBaru(Penyimpan.json(data), ke: berkas) } catch { throw GagalCLI(error) }
            return true
        } catch let error as GalatData {
            cetak("\(error.tempat): " + error.pesan.teks(bahasaCLI) + T("; ulangi.", "; once more."))
        }
    }
}

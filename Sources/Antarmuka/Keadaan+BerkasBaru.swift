import Foundation
import Model

/// A data file that does not exist yet: the interface opens on a form for its facts.
extension Keadaan {
    /// The state for `path`, which does not exist: a placeholder dataset under the form.
    package static func berkasBaru(path: String, bahasa: Bahasa, tahun: Int) -> Keadaan {
        // Any clock: the placeholder's year is one a dataset can have.
        let year = min(max(tahun, Dokumen.tahunSah.lowerBound), Dokumen.tahunSah.upperBound)
        let placeholder = Berkas(opd: InfoOPD(nama: "-"), tahun: year, renstra: Renstra(tahunAwal: year, tahunAkhir: year, tujuan: []), program: [])
        let dokumen: Dokumen
        do { dokumen = try Dokumen(berkas: placeholder) } catch { fatalError("an empty dataset of year \(year) is valid: \(error)") }
        var k = Keadaan(dokumen: dokumen, path: path, bahasa: bahasa)
        k.mode = .formulir(Formulir(
            judul: bahasa.t("Berkas data baru: ", "New data file: ") + path, aksi: .berkasBaru,
            bidang: [.init(label: bahasa.t("Nama OPD", "Agency name"), teks: ""),
                     .init(label: bahasa.t("Kode OPD", "Agency code"), teks: ""),
                     .init(label: bahasa.t("Pemerintah daerah", "Regional government"), teks: ""),
                     .init(label: bahasa.t("Tahun anggaran", "Budget year"), teks: "\(tahun)"),
                     .init(label: "Renstra", teks: "\(tahun - 2)-\(tahun + 2)"),
                     .init(label: bahasa.t("Skala kategori", "Category scale"), teks: Skala.lkjip.kode, pilihan: Skala.semua.map(\.kode))],
            keterangan: [bahasa.t("Berkas ini belum ada. Enter di kolom terakhir atau F2 membuatnya.", "This file does not exist yet. Enter on the last field or F2 creates it."),
                         bahasa.t("Kode OPD: urusan.bidang, mis. 1.06 (boleh kosong).", "Agency code: urusan.bidang, e.g. 1.06 (may be empty)."),
                         bahasa.t("Renstra: tahun awal-akhir, mis. 2021-2026.", "Renstra: first-last year, e.g. 2021-2026."),
                         bahasa.t("Esc keluar tanpa membuat berkas.", "Esc quits without creating the file.")]))
        return k
    }

    /// The new file's facts, checked as `kinerja new` checks them.
    package func berkasBaru(_ f: Formulir) -> Result<Berkas, GalatData> {
        let years = (f.nilai(4) ?? "").split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let year = f.nilai(3).flatMap({ Int($0) }) else {
            return .failure(GalatData(tempat: f.bidang[3].label, pesan: Pesan(id: "tulis tahunnya dengan angka, mis. 2025", en: "write the year in digits, e.g. 2025")))
        }
        guard years.count == 2, years[0] <= years[1] else {
            return .failure(GalatData(tempat: "Renstra", pesan: Pesan(id: "tulis tahun awal-akhir, mis. 2021-2026", en: "write first-last year, e.g. 2021-2026")))
        }
        do throws(GalatData) {
            return .success(try Berkas.baru(opd: f.nilai(0) ?? "", kode: f.nilai(1), pemda: f.nilai(2), tahun: year,
                                            renstra: years[0]...years[1], skala: f.nilai(5) ?? Skala.lkjip.kode))
        } catch {
            return .failure(error)
        }
    }
}

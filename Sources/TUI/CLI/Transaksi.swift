import Foundation
import Model

/// Read, change and write a data file as one step: under the file's lock (waiting
/// with a message), refusing a write-protected file, and writing only over the
/// version that was read. `ubah` returns the dataset to save.
@discardableResult
func ubahBerkas(_ path: String, _ ubah: (Dokumen) throws -> Dokumen) throws -> Dokumen {
    do {
        try Penyimpan.periksaBolehTulis(path)
        let kunci = try Kunci.ambil(path) {
            tulisGalat(T("kinerja: \(path) sedang diubah oleh proses lain; menunggu (paling lama \(Int(Kunci.batasBawaan)) detik)…",
                         "kinerja: \(path) is being changed by another process; waiting (at most \(Int(Kunci.batasBawaan)) seconds)…"))
        }
        defer { kunci?.lepas() }
        let (dokumen, sidik) = try Penyimpan.muatDenganSidik(path)
        let result = try ubah(dokumen)
        try Penyimpan.simpan(result, ke: path, dasar: sidik)
        return result
    } catch let error as GalatBerkas {
        throw GagalCLI(error)
    }
}

/// A value typed on the command line, by the rules of `Isian`: nil when blank,
/// refused with the reason (the file unchanged) when it is not a value.
func nilaiIsian<Nilai>(_ result: Result<Nilai?, Pesan>, _ text: String) throws -> Nilai? {
    switch result {
    case .success(let value): return value
    case .failure(let why): throw GagalCLI(T("nilai", "value") + " '\(text)': " + why.teks(bahasaCLI) + T("; berkas tidak diubah", "; the file is unchanged"))
    }
}

/// A change to the file's shape: the dataset as stored, changed, checked as a load checks it.
func ubahStruktur(_ path: String, _ ubah: (inout Berkas) throws(GalatData) -> Void) throws -> Dokumen {
    try ubahBerkas(path) { d in
        var file = d.berkas()
        do throws(GalatData) {
            try ubah(&file)
            return try Dokumen(berkas: file)
        } catch {
            throw GagalCLI("\(path): \(error.tempat): " + error.pesan.teks(bahasaCLI) + T("; berkas tidak diubah", "; the file is unchanged"))
        }
    }
}

import Foundation
import Model
import GudangBerkas
import Antarmuka
import GudangPostgres

/// Read, change and write a data file as one step: under the file's lock (waiting
/// with a message), refusing a write-protected file, and writing only over the
/// version that was read. `ubah` returns the dataset to save and what it changed,
/// which goes into the journal (as `sumber`) before the file is replaced.
@discardableResult
func ubahBerkas(_ path: String, sumber: String, _ ubah: (Dokumen) throws -> (Dokumen, Jejak)) throws -> Dokumen {
    if AlamatPG.adalahURL(path) { return try ubahPG(path, sumber: sumber, ubah) }
    do {
        try Penyimpan.periksaBolehTulis(path)
        let kunci = try Kunci.ambil(path) {
            tulisGalat(bahasaCLI.t("kinerja: \(path) sedang diubah oleh proses lain; menunggu (paling lama \(Int(Kunci.batasBawaan)) detik)…",
                         "kinerja: \(path) is being changed by another process; waiting (at most \(Int(Kunci.batasBawaan)) seconds)…"))
        }
        defer { kunci?.lepas() }
        let (dokumen, sidik) = try Penyimpan.muatDenganSidik(path)
        let (result, jejak) = try ubah(dokumen)
        let written = try Penyimpan.simpan(result, ke: path, dasar: sidik, jurnal: Jurnal.entri(jejak, sumber: sumber, oleh: Identitas.sekarang(Konteks.sekarang.lingkungan), pada: Date()))
        // Where the interface keeps this file's first screen, it stays current with the change.
        let kept = RingkasanAwal.folder()
        if let written, FileManager.default.fileExists(atPath: RingkasanAwal.path(untuk: path, folder: kept)) {
            RingkasanAwal.simpan(result, sidik: written, untuk: path, folder: kept)
        }
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
    case .failure(let why): throw GagalCLI(bahasaCLI.t("nilai", "value") + " '\(text)': " + why.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
    }
}

/// A change to the file's shape, by the rules of `UbahStruktur`: checked as a load checks
/// it, journalled. `sebelum` sees the file before the change (for what to tell the user).
@discardableResult
func ubahStruktur(_ path: String, _ u: UbahStruktur, sebelum: (Berkas) -> Void = { _ in }) throws -> Dokumen {
    try ubahBerkas(path, sumber: "struktur") { d in
        var file = d.berkas()
        sebelum(file)
        do throws(GalatData) {
            let done = try file.terapkan(u)
            return (try Dokumen(berkas: file), Jejak(struktur: [done]))
        } catch {
            throw GagalCLI("\(path): \(error.tempat): " + error.pesan.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
        }
    }
}

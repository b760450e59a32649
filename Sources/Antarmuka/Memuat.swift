import Foundation
import Model
import GudangBerkas
import Layar

/// Opening a file: the screen comes first, with the file's name and how far the reading
/// has come, while the dataset is read on another thread; its rollups for the first
/// screen are worked out there too, so the tree appears whole, totals and all.
package struct Memuat: Berbahasa {
    package let path: String
    package let bahasa: Bahasa
    /// The part of the file read so far, 0...1.
    package var bagian = 0.0
    package var lebar = 80
    package var tinggi = 24
    /// The file's first screen as last worked out, when the file has not changed since.
    package var awal: RingkasanAwal?
    /// The row the cursor will be on (moves typed meanwhile, run once loaded).
    package var kursor = 0


    package func gambar() -> Kanvas {
        var k = Kanvas(lebar: lebar, tinggi: tinggi)
        let file = URL(fileURLWithPath: path).lastPathComponent
        let percent = Int((bagian * 100).rounded(.down))
        k.isi(0, 0, lebar, .judul)
        guard let awal, lebar >= Tata.lebarMin, tinggi >= Tata.tinggiMin else {
            k.tulis(0, 0, LebarTampilan.potong(" kinerja │ \(file) │ " + t("memuat…", "loading…"), lebar), .judul)
            gambarKemajuan(&k, file: file, percent: percent, y: max(2, tinggi / 2 - 1))
            return k
        }
        let right = " TW \(TW.nama(awal.tw)) │ " + t("memuat \(percent)% ", "loading \(percent)% ")
        k.tulis(0, 0, LebarTampilan.potong(" \(file) │ \(awal.opd) \(awal.tahun)", lebar - LebarTampilan.lebar(right) - 1), .judul)
        k.tulis(lebar - LebarTampilan.lebar(right), 0, right, .judul)
        let y = gambarRingkasan(&k, awal)
        gambarKemajuan(&k, file: file, percent: percent, y: y + 1)
        return k
    }

    /// The OPD and its programs as the tree shows them, the cursor where the keys typed put it.
    private func gambarRingkasan(_ k: inout Kanvas, _ awal: RingkasanAwal) -> Int {
        let codeWidth = (awal.baris.map { LebarTampilan.lebar($0.kode) }.max() ?? 3) + 2
        let cols = Keadaan.KolomPohon(lebar: lebar, awalan: codeWidth)
        let x = cols.x, widths = [cols.awalan, cols.nama, cols.nilai1, cols.nilai2, cols.nilai3, cols.nilai4]
        let head = Gaya(peran: .judul, tebal: true)
        k.isi(0, 1, lebar, head)
        let heads = [t("Kode", "Code"), t("Nama", "Name"), "Pagu (Rp)", t("Serapan", "Absorb."), t("Capaian", "Achiev."), t("Kategori", "Category")]
        for n in 0..<6 { k.kolom(x[n], 1, heads[n], widths[n], head, kanan: n >= 2 && n <= 4) }
        let scale = Skala.dengan(kode: awal.skala)
        let rows = min(awal.baris.count, Tata(lebar: lebar, tinggi: tinggi, ringkas: tinggi < Keadaan.tinggiRincianPenuh).barisPohon)
        for (r, row) in awal.baris.prefix(rows).enumerated() {
            let band = row.capaian.flatMap { scale?.kategori($0) }
            let cells: [(String, Gaya)] = [
                ((r == 0 ? "▾ " : "▸ ") + row.kode, r == kursor ? .pilih : .tebal),
                (row.nama, .biasa),
                (row.pagu.map { Keadaan.rupiahRingkas($0, cols.nilai1) } ?? "-", row.pagu == nil ? .redup : .biasa),
                (row.serapan.map(Format.persen) ?? "-", .biasa),
                (row.capaian.map(Format.persen) ?? "-", band.map(Gaya.pita) ?? .redup),
                (band?.nama(bahasa) ?? "", band.map(Gaya.pita) ?? .biasa),
            ]
            for n in 0..<6 { k.kolom(x[n], 2 + r, cells[n].0, widths[n], cells[n].1, kanan: n >= 2 && n <= 4) }
        }
        return 2 + rows
    }

    private func gambarKemajuan(_ k: inout Kanvas, file: String, percent: Int, y: Int) {
        k.tulis(2, y, LebarTampilan.potong(t("Memuat \(file)… \(percent)%", "Loading \(file)… \(percent)%"), lebar - 4), .tebal)
        let width = max(10, min(60, lebar - 4))
        let filled = Int(Double(width) * bagian)
        k.tulis(2, y + 1, String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled), .redup)
        k.tulis(2, y + 3, LebarTampilan.potong(t("Esc membatalkan; tombol lain dijalankan sesudah termuat",
                                                  "Esc cancels; other keys run once loaded"), lebar - 4), .redup)
    }

    /// What the reading thread came to: the dataset with the first screen's rollups worked out, or why not.
    package typealias Hasil = Result<(Diserahkan<Dokumen>, Sidik), GalatBerkas>

    /// Reads the file on another thread: progress and the outcome come back through the boxes.
    package static func mulai(_ path: String, folderAwal: String, kemajuan: Kotak<Double>, hasil: Kotak<Hasil>) {
        Thread.detachNewThread {
            let outcome: Hasil
            do throws(GalatBerkas) {
                let (d, sidik) = try Penyimpan.muatDenganSidik(path) { kemajuan.kirim($0) }
                // The first screen shows the OPD's totals and means for the last quarter with data.
                d.hitungRingkasan(sd: d.triwulanTerakhirTerisi)
                // Kept for the next opening of this same file, unless what is kept is it already.
                if RingkasanAwal.baca(untuk: path, folder: folderAwal) == nil {
                    RingkasanAwal.simpan(d, sidik: sidik, untuk: path, folder: folderAwal, tersimpan: true)
                }
                outcome = .success((Diserahkan(d), sidik))
            } catch {
                outcome = .failure(error)
            }
            hasil.kirim(outcome)
        }
    }

    /// The loading screen's loop: draws progress until the dataset is read; keys other than
    /// a cancel are kept to run once it is. Nil when cancelled or ended by a signal.
    /// `folderAwal`: where first screens are kept (the user's cache folder).
    package static func tunggu(_ path: String, bahasa: Bahasa, terminal: Terminal, folderAwal: String = RingkasanAwal.folder()) -> (Hasil, [Tombol])? {
        let progress = Kotak<Double>(), outcome = Kotak<Hasil>()
        mulai(path, folderAwal: folderAwal, kemajuan: progress, hasil: outcome)
        var view = Memuat(path: path, bahasa: bahasa)
        view.awal = RingkasanAwal.baca(untuk: path, folder: folderAwal)
        var pending: [Tombol] = []
        while true {
            let size = terminal.ukuran
            view.lebar = size.lebar
            view.tinggi = size.tinggi
            if let last = progress.ambil().last { view.bagian = last }
            terminal.gambar(view.gambar())
            if let done = outcome.ambil().first { return (done, pending) }
            if sinyalDiterima != 0 { return nil }
            guard let key = terminal.baca(milidetik: 10) else { continue }
            switch key {
            case .esc, .huruf("q"), .f(10), .ctrl("c"): return nil
            case .ubahUkuran: break
            default:
                pending.append(key)
                if let rows = view.awal?.baris.count {
                    if [.bawah, .huruf("j")].contains(key) { view.kursor = min(rows - 1, view.kursor + 1) }
                    if [.atas, .huruf("k")].contains(key) { view.kursor = max(0, view.kursor - 1) }
                }
            }
        }
    }
}

import Foundation
import Model

/// Opening a file: the screen comes first, with the file's name and how far the reading
/// has come, while the dataset is read on another thread; its rollups for the first
/// screen are worked out there too, so the tree appears whole, totals and all.
struct Memuat {
    let path: String
    let bahasa: Bahasa
    /// The part of the file read so far, 0...1.
    var bagian = 0.0
    var lebar = 80
    var tinggi = 24

    func t(_ id: String, _ en: String) -> String { bahasa == .id ? id : en }

    func gambar() -> Kanvas {
        var k = Kanvas(lebar: lebar, tinggi: tinggi)
        let file = URL(fileURLWithPath: path).lastPathComponent
        k.isi(0, 0, lebar, .judul)
        k.tulis(0, 0, LebarTampilan.potong(" kinerja │ \(file) │ " + t("memuat…", "loading…"), lebar), .judul)
        let y = max(2, tinggi / 2 - 1)
        let percent = Int((bagian * 100).rounded(.down))
        k.tulis(2, y, LebarTampilan.potong(t("Memuat \(file)… \(percent)%", "Loading \(file)… \(percent)%"), lebar - 4), .tebal)
        let width = max(10, min(60, lebar - 4))
        let filled = Int(Double(width) * bagian)
        k.tulis(2, y + 1, String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled), .redup)
        k.tulis(2, y + 3, LebarTampilan.potong(t("Esc membatalkan; tombol lain dijalankan sesudah termuat",
                                                  "Esc cancels; other keys run once loaded"), lebar - 4), .redup)
        return k
    }

    /// What the reading thread came to: the dataset with the first screen's rollups worked out, or why not.
    typealias Hasil = Result<(Diserahkan<Dokumen>, Sidik), GalatBerkas>

    /// Reads the file on another thread: progress and the outcome come back through the boxes.
    static func mulai(_ path: String, kemajuan: Kotak<Double>, hasil: Kotak<Hasil>) {
        Thread.detachNewThread {
            let outcome: Hasil
            do throws(GalatBerkas) {
                let (d, sidik) = try Penyimpan.muatDenganSidik(path) { kemajuan.kirim($0) }
                // The first screen shows the OPD's totals and means for the last quarter with data.
                d.hitungRingkasan(sd: d.triwulanTerakhirTerisi)
                outcome = .success((Diserahkan(d), sidik))
            } catch {
                outcome = .failure(error)
            }
            hasil.kirim(outcome)
        }
    }

    /// The loading screen's loop: draws progress until the dataset is read; keys other than
    /// a cancel are kept to run once it is. Nil when cancelled or ended by a signal.
    static func tunggu(_ path: String, bahasa: Bahasa, terminal: Terminal) -> (Hasil, [Tombol])? {
        let progress = Kotak<Double>(), outcome = Kotak<Hasil>()
        mulai(path, kemajuan: progress, hasil: outcome)
        var view = Memuat(path: path, bahasa: bahasa)
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
            default: pending.append(key)
            }
        }
    }
}

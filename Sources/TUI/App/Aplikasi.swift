import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// A terminal the app draws to and reads keys from: ncurses, or a test double.
protocol Terminal: AnyObject {
    var ukuran: (lebar: Int, tinggi: Int) { get }
    func gambar(_ kanvas: Kanvas)
    /// A key, or nil when none came within `milidetik`.
    func baca(milidetik: Int) -> Tombol?
    func tutup()
}

/// Set from signal handlers; read by the loop.
nonisolated(unsafe) var sinyalDiterima: Int32 = 0

/// The shell of the app: runs the loop, the effects (all IO) and recovery.
final class Aplikasi {
    var keadaan: Keadaan
    let terminal: Terminal
    private var sidik: SidikBerkas?
    private var revisiPulih: Int
    private var suntingTerakhir = Date.distantPast
    private(set) var pulihMilikSesi = false
    var jam: () -> Date = Date.init

    var pathPulih: String { keadaan.path + ".pulih" }

    init(keadaan: Keadaan, terminal: Terminal) {
        self.keadaan = keadaan
        self.terminal = terminal
        sidik = SidikBerkas(path: keadaan.path)
        revisiPulih = keadaan.dokumen.revisi
        let size = terminal.ukuran
        self.keadaan.lebar = size.lebar
        self.keadaan.tinggi = size.tinggi
        if access(keadaan.path, W_OK) != 0 || access(URL(fileURLWithPath: keadaan.path).deletingLastPathComponent().path, W_OK) != 0 {
            self.keadaan.hanyaBaca = true
            self.keadaan.beriPesan(self.keadaan.t("Berkas tidak dapat ditulisi: dibuka hanya-baca", "The file cannot be written: opened read-only"), galat: true)
        }
        if let info = SidikBerkas(path: pathPulih) {
            self.keadaan.mode = .pulih(self.keadaan.t("Ada perubahan belum disimpan dari \(Keadaan.jam(info.waktu)).",
                                                      "Unsaved changes from \(Keadaan.jam(info.waktu)) were kept."))
        }
    }

    /// The loop: draw, read a key, update, run effects; until quit or a signal.
    func jalankan() {
        terminal.gambar(keadaan.gambar())
        while keadaan.berjalan {
            if sinyalDiterima != 0 {
                tanganiSinyal()
                return
            }
            guard let key = terminal.baca(milidetik: 250) else {
                simpanPulihBilaDiam()
                continue
            }
            proses(key)
            if keadaan.berjalan { terminal.gambar(keadaan.gambar()) }
        }
    }

    /// One key through update and its effects (also used by replays in tests).
    func proses(_ key: Tombol) {
        if key == .ubahUkuran {
            let size = terminal.ukuran
            keadaan.lebar = size.lebar
            keadaan.tinggi = size.tinggi
        }
        let before = keadaan.dokumen.revisi
        let effects = keadaan.tangani(key)
        if keadaan.dokumen.revisi != before { suntingTerakhir = jam() }
        for effect in effects { jalankan(effect) }
    }

    private func jalankan(_ effect: Efek) {
        switch effect {
        case .simpan(let timpa): _ = simpan(timpa: timpa)
        case .simpanLaluKeluar: if simpan(timpa: false) { keluar() }
        case .simpanSalinan: simpanSalinan()
        case .keluar:
            // A copy this session wrote or restored goes; one left from before stays for next time.
            tungguPulih()
            if pulihMilikSesi { unlink(pathPulih); pulihMilikSesi = false }
            keluar()
        case .pulihLaluKeluar:
            tulisPulih()
            keluar()
        case .pulihkan: pulihkan()
        case .ekspor(let laporan, let format): ekspor(laporan, format)
        case .susunLaporan(let laporan):
            keadaan.beriPesan(keadaan.t("Menyusun tabel…", "Building the table…"))
            terminal.gambar(keadaan.gambar())
            // Built from a copy of the state, so that progress can be drawn from the live one meanwhile.
            let snapshot = keadaan
            let view = snapshot.susunLaporan(laporan) { rows in
                self.keadaan.beriPesan(self.keadaan.t("Menyusun tabel… \(rows) baris", "Building the table… \(rows) rows"))
                self.terminal.gambar(self.keadaan.gambar())
            }
            keadaan.mode = .laporan(view)
            keadaan.pesan = nil
        case .buangPulih:
            tungguPulih()
            unlink(pathPulih)
            keadaan.beriPesan(keadaan.t("Salinan pemulihan dihapus", "Recovery copy discarded"))
        }
    }

    /// Writes one table beside the data file, showing progress for a workbook.
    private func ekspor(_ laporan: Laporan, _ format: FormatEkspor) {
        let base = URL(fileURLWithPath: keadaan.path).deletingPathExtension().path
        let out = "\(base)-\(laporan.rawValue)-tw\(keadaan.tw).\(format.rawValue)"
        let d = keadaan.dokumen, tw = keadaan.tw, bahasa = keadaan.bahasa
        let table = laporan.tabel(d, tw: tw)
        do {
            switch format {
            case .xlsx:
                try PenulisXlsx.tulis(sampul: Laporan.sampul(d, tw: tw, bahasa: bahasa, tanggal: jam()),
                                      lembar: [.init(nama: laporan.judulPendek.teks(bahasa), tabel: table)], bahasa: bahasa, ke: out, seperti: keadaan.path) { sheet, count, rows in
                    self.keadaan.beriPesan(self.keadaan.t("Menulis lembar \(sheet)/\(count): \(rows) baris…", "Writing sheet \(sheet)/\(count): \(rows) rows…"))
                    self.terminal.gambar(self.keadaan.gambar())
                }
            case .csv: try Penyimpan.tulisAtomik(Data(table.csv().utf8), ke: out, cadangan: false, seperti: keadaan.path)
            case .md: try Penyimpan.tulisAtomik(Data(table.md(bahasa).utf8), ke: out, cadangan: false, seperti: keadaan.path)
            }
            keadaan.beriPesan(keadaan.t("Diekspor ke ", "Exported to ") + out)
        } catch {
            keadaan.beriPesan(error.teks(bahasa), galat: true)
        }
    }

    private func keluar() {
        keadaan.berjalan = false
    }

    /// Saves unless the file changed on disk since it was read (then asks), or `timpa`.
    @discardableResult
    func simpan(timpa: Bool) -> Bool {
        if !timpa, let known = sidik, let now = SidikBerkas(path: keadaan.path), now != known {
            keadaan.mode = .konflik
            return false
        }
        guard simpanKe(keadaan.path) else { return false }
        sidik = SidikBerkas(path: keadaan.path)
        keadaan.waktuSimpan = jam()
        keadaan.beriPesan(keadaan.t("Tersimpan ", "Saved ") + Keadaan.jam(keadaan.waktuSimpan!) + " → " + keadaan.path)
        return true
    }

    private func simpanSalinan() {
        let url = URL(fileURLWithPath: keadaan.path)
        let stamp = Keadaan.jam(jam()).replacingOccurrences(of: ":", with: "")
        let copy = url.deletingPathExtension().path + "-salinan-\(stamp).json"
        if simpanKe(copy) { keadaan.beriPesan(keadaan.t("Disimpan sebagai salinan: ", "Saved as a copy: ") + copy) }
    }

    /// Saves to `target`; on success the changes count as saved and the recovery copy goes.
    private func simpanKe(_ target: String) -> Bool {
        do {
            try Penyimpan.simpan(keadaan.dokumen, ke: target)
        } catch {
            keadaan.beriPesan(error.teks(keadaan.bahasa), galat: true)
            return false
        }
        keadaan.revisiTersimpan = keadaan.dokumen.revisi
        tungguPulih()
        unlink(pathPulih)
        revisiPulih = keadaan.dokumen.revisi
        return true
    }

    /// Recovery copies are written off the main thread, one at a time, in order.
    private let antrianPulih = DispatchQueue(label: "kinerja.pulih")

    /// Waits for a recovery copy being written, before anything else touches that file.
    private func tungguPulih() { antrianPulih.sync {} }

    /// Writes the unsaved state beside the data file; the next start offers it back.
    func tulisPulih() {
        guard keadaan.belumDisimpan else { return }
        tungguPulih()
        try? Penyimpan.tulisAtomik(Penyimpan.json(keadaan.dokumen.berkas()), ke: pathPulih, cadangan: false)
        revisiPulih = keadaan.dokumen.revisi
        pulihMilikSesi = true
    }

    /// After two quiet seconds with unsaved edits, keeps a recovery copy against a crash.
    /// The snapshot is taken here; encoding and writing (seconds for a large dataset) run
    /// in the background so that the interface stays responsive.
    private func simpanPulihBilaDiam() {
        guard keadaan.belumDisimpan, keadaan.dokumen.revisi != revisiPulih,
              jam().timeIntervalSince(suntingTerakhir) > 2 else { return }
        let snapshot = keadaan.dokumen.berkas()
        let path = pathPulih
        revisiPulih = keadaan.dokumen.revisi
        pulihMilikSesi = true
        antrianPulih.async { try? Penyimpan.tulisAtomik(Penyimpan.json(snapshot), ke: path, cadangan: false) }
    }

    private func pulihkan() {
        do {
            let restored = try Penyimpan.muat(pathPulih)
            var next = Keadaan(dokumen: restored, path: keadaan.path, bahasa: keadaan.bahasa, tw: keadaan.tw)
            next.lebar = keadaan.lebar
            next.tinggi = keadaan.tinggi
            next.hanyaBaca = keadaan.hanyaBaca
            next.revisiTersimpan = -1
            keadaan = next
            pulihMilikSesi = true
            keadaan.beriPesan(keadaan.t("Perubahan dipulihkan; tekan Ctrl-S untuk menyimpannya", "Changes restored; press Ctrl-S to save them"))
        } catch {
            keadaan.beriPesan(error.teks(keadaan.bahasa), galat: true)
        }
    }

    /// A hang-up mid-edit keeps what was typed: a parsable cell value or the notes
    /// being written go into the recovery copy.
    func tanganiSinyal() {
        switch keadaan.mode {
        case .sunting(let alamat, let text): _ = keadaan.simpanSel(alamat, text)
        case .catatan: _ = keadaan.tangani(.ctrl("s"))
        default: break
        }
        tulisPulih()
        keadaan.berjalan = false
    }
}

/// What a file looked like when read: a change by someone else shows here.
struct SidikBerkas: Equatable {
    let ukuran: Int64
    let detik: Int
    let nano: Int
    var waktu: Date { Date(timeIntervalSince1970: TimeInterval(detik) + TimeInterval(nano) / 1e9) }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        ukuran = Int64(info.st_size)
        detik = info.st_mtim.tv_sec
        nano = info.st_mtim.tv_nsec
    }
}

import Foundation
import Model
import GudangBerkas
import Pelaporan
import Layar
import LembarKerja
import GudangPostgres
#if canImport(Glibc)
import Glibc
#endif


/// The shell of the app: runs the loop and the effects (all IO); each effect's
/// outcome goes back into the state as a `Peristiwa`.
package final class Aplikasi {
    package var keadaan: Keadaan
    package let terminal: Terminal
    /// What the data file held when this session last read or saved it.
    package private(set) var sidik: Sidik?
    private var revisiPulih: Int
    /// The crash copy: the revision it was prepared at, and the file's bytes it rides on.
    private var revisiDarurat = -1
    private var dasarDarurat: (String?, Data)?
    /// How many copies of values a closed quarter held back this session has written.
    private var salinanTertahan = 0
    private var suntingTerakhir = Date.distantPast
    /// The copy offered at start (another session's, ended), and the one restored from.
    package private(set) var salinanDitawarkan: String?
    private var salinanDipulihkan: String?
    /// Why the last recovery copy could not be written, for the exit message.
    package private(set) var galatPulih: String?
    package var jam: () -> Date = Date.init

    /// Outcomes of work done in the background, taken into the state by the loop.
    package let hasilLatar = KotakPeristiwa()

    /// Who this session is, for the journal.
    package var identitas = Identitas.sekarang()
    /// Where this user's preferences are kept.
    package var pathSetelan = Setelan.path()
    /// Where first screens of files are kept for a quick opening (the user's cache folder).
    package var folderAwal: String
    /// On the shared store instead of a file: the OPD-year, its base and its listener.
    package let pg: SambunganPG?

    /// Names this session's recovery copy (pid and start time of the process).
    package let sesi: String
    /// Where the copy goes when the data folder cannot take it.
    package let folderCadangan: String

    package init(keadaan: Keadaan, terminal: Terminal, sidik: Sidik? = nil, sesi: String = Pulih.sesiIni,
         folderCadangan: String = Pulih.folderCadangan(), folderAwal: String = RingkasanAwal.folder(), pg: SambunganPG? = nil) {
        self.pg = pg
        self.sesi = sesi
        self.folderCadangan = folderCadangan
        self.folderAwal = folderAwal
        self.keadaan = keadaan
        self.terminal = terminal
        self.sidik = sidik ?? (try? Penyimpan.bacaDenganSidik(keadaan.path))?.1
        revisiPulih = keadaan.dokumen.revisi
        let size = terminal.ukuran
        self.keadaan.tangani(.ukuran(lebar: size.lebar, tinggi: size.tinggi))
        Penyimpan.bersihkanSementara(keadaan.path)
        // A file not there yet is created by the form it opens on: nothing to check or offer.
        guard !keadaan.mode.formBerkasBaru else { return }
        defer { daftarHadir() }
        let folder = URL(fileURLWithPath: Sistem.jalurAsli(keadaan.path)).deletingLastPathComponent().path
        // On the shared store the database decides who may write what.
        let readOnly = pg == nil && ((try? Penyimpan.periksaBolehTulis(keadaan.path)) == nil || access(folder, W_OK) != 0)
        let copies = Pulih.cari(keadaan.path, sesi: sesi, cadangan: folderCadangan)
        let ended = copies.filter { !$0.hidup }
        salinanDitawarkan = ended.first?.path
        self.keadaan.tangani(.dibuka(hanyaBaca: readOnly, tawaran: ended.first.map { ($0.waktu, ended.count - 1) },
                                     sesiLain: copies.first(where: \.hidup)?.pid ?? nil))
    }

    /// The loop: draw, read a key, update, run effects; until quit or a signal.
    package func jalankan() {
        defer { akhiriHadir(); pg?.berhentiDengar() }
        mulaiDengar()
        terminal.gambar(keadaan.gambar())
        while keadaan.berjalan {
            if sinyalDiterima != 0 {
                tanganiSinyal()
                return
            }
            // While saving, the loop looks for the outcome often, so that "saved" shows at once.
            let key = terminal.baca(milidetik: keadaan.menyimpan == nil ? 250 : 20)
            ambilHasilLatar()
            guard let key else {
                diam()
                terminal.gambar(keadaan.gambar())
                continue
            }
            proses(key)
            if keadaan.berjalan { terminal.gambar(keadaan.gambar()) }
        }
    }

    /// One key through update and its effects (also used by replays in tests).
    package func proses(_ key: Tombol) {
        if key == .ubahUkuran {
            let size = terminal.ukuran
            keadaan.tangani(.ukuran(lebar: size.lebar, tinggi: size.tinggi))
        }
        let before = keadaan.dokumen.revisi
        let effects = keadaan.tangani(key)
        if keadaan.dokumen.revisi != before { suntingTerakhir = jam() }
        for effect in effects { jalankan(effect) }
        simpanKeGudang()
        siapkanDarurat()
    }

    /// After a change: the copy a crash would write, from this consistent state. The changes
    /// ride on the file as last read (the dataset whole only when they cannot be replayed).
    package func siapkanDarurat() {
        guard keadaan.belumDisimpan else { SalinanDarurat.kosongkan(); return }
        guard keadaan.dokumen.revisi != revisiDarurat else { return }
        revisiDarurat = keadaan.dokumen.revisi
        if dasarDarurat?.0 != sidik?.isi { dasarDarurat = (try? Penyimpan.baca(keadaan.path)).map { (sidik?.isi, $0) } }
        let whole = keadaan.strukturUtuh || dasarDarurat == nil
        let data = whole ? BerkasJSON.json(keadaan.dokumen.berkas()) : dasarDarurat!.1
        let copy = SalinanPulih(berkas: Sistem.jalurAsli(keadaan.path), dasar: sidik, waktu: jam(), perubahan: keadaan.perubahanSendiri,
                                struktur: keadaan.strukturSesi, utuh: whole, data: Berkas(opd: InfoOPD(nama: ""), tahun: keadaan.dokumen.tahun,
                                                                                         renstra: Renstra(tahunAwal: 2000, tahunAkhir: 2000, tujuan: []), program: []))
        guard let bytes = Pulih.isi(copy, dataJSON: data) else { return }
        let places = Pulih.tempatSesi(keadaan.path, sesi: sesi, cadangan: folderCadangan)
        let folder = URL(fileURLWithPath: places[0]).deletingLastPathComponent().path
        let place = access(folder, W_OK) == 0 ? places[0] : places[1]
        if place == places[1] {
            try? FileManager.default.createDirectory(atPath: (place as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        SalinanDarurat.siapkan(bytes, ke: place, revisi: keadaan.dokumen.revisi)
    }

    /// Work for quiet moments (no key for a quarter second): the idle recovery copy, and
    /// counting the worklist afresh where an edit could not move it (a new quarter, another scale).
    package func diam() {
        simpanKeGudang()
        akhiriSorotan()
        simpanPulihBilaDiam()
        periksaBerkasLain()
        keadaan.hitungKosong()
    }

    /// Progress of long work on the main thread: taken into the state and drawn at once.
    private func kemajuan(_ p: Peristiwa) {
        keadaan.tangani(p)
        terminal.gambar(keadaan.gambar())
    }

    /// Takes the outcomes of background work into the state.
    package func ambilHasilLatar() {
        for result in hasilLatar.ambil() {
            if case .kabarPG(let kabar) = result { pg?.terima(kabar) }
            let marked = keadaan.sorotan
            for effect in keadaan.tangani(result) { jalankan(effect) }
            if keadaan.sorotan != marked { sorotanSejak = jam() }
        }
        for (outcome, revisi, salinan, waktu) in hasilSimpan.ambil() { selesaiSimpan(outcome, revisi: revisi, salinan: salinan, waktu: waktu) }
    }

    /// Waits for all background work (a save, a recovery copy) and takes its outcomes:
    /// what the loop's next turn would do, for replays and tests.
    package func tungguLatar() {
        repeat { tungguSimpan() } while keadaan.menyimpan != nil
        tungguPulih()
        ambilHasilLatar()
    }

    /// Keys written as in `Tombol.skrip`, each taken as the loop takes it, its background
    /// work awaited before the next: replays and tests.
    package func putar(_ script: String) {
        for key in Tombol.skrip(script) {
            proses(key)
            tungguLatar()
        }
    }

    package func jalankan(_ effect: Efek) {
        switch effect {
        case .simpan(let timpa): if simpanSinkron { simpan(timpa: timpa) } else { mulaiSimpan(timpa: timpa) }
        case .simpanLaluKeluar: if simpan(timpa: false) { keadaan.tangani(.selesai) }
        case .simpanSalinan: simpanSalinan()
        case .keluar:
            // Quitting on purpose: this session's copy goes; copies of others stay.
            tungguSimpan()
            hapusPulihSendiri()
            keadaan.tangani(.selesai)
        case .pulihLaluKeluar:
            if tulisPulih() { keadaan.tangani(.selesai) }
        case .pulihkan: pulihkan()
        case .muatUlang: muatUlang()
        case .simpanSetelan(let setelan):
            do { try setelan.tulis(pathSetelan) } catch { keadaan.tangani(.gagal(error.teksPendek(keadaan.bahasa))) }
        case .tulisVerifikasi(let node, let q, let note, let answer):
            keadaan.tangani(.verifikasiDitulis(simpul: node, tw: q, catatan: note, tanggapan: answer,
                                               oleh: identitas.nama ?? identitas.pengguna, waktu: Jurnal.waktu(jam())))
        case .tutupTW(let tw): keadaan.tangani(.ditutup(tw: tw, oleh: identitas.nama ?? identitas.pengguna, waktu: Jurnal.waktu(jam())))
        case .simpanTertahan(let held): simpanTertahan(held)
        case .bacaRiwayat(let about):
            if pg != nil { bacaJurnalGudang(about) } else { keadaan.tangani(.riwayat(about, Jurnal.baca(keadaan.path))) }
        case .bacaRekap: bacaRekap()
        case .buatBerkas(let data):
            do {
                try Penyimpan.tulisBaru(BerkasJSON.json(data), ke: keadaan.path)
                let (d, read) = try Penyimpan.muatDenganSidik(keadaan.path)
                sidik = read
                keadaan.tangani(.berkasDibuat(d))
                daftarHadir()
            } catch {
                keadaan.tangani(.gagal(error.teks(keadaan.bahasa)))
            }
        case .bacaLembar(let path, let sheet):
            do { keadaan.tangani(.lembarDibaca(path: path, baris: try Lembar.baca(path, lembar: sheet))) } catch {
                keadaan.tangani(.gagal(error.teks(keadaan.bahasa)))
            }
        case .ekspor(let laporan, let format): ekspor(laporan, format)
        case .susunLaporan(let laporan):
            kemajuan(.menyusunTabel(baris: nil))
            // Built from a copy of the state, so that progress can be drawn from the live one meanwhile.
            let snapshot = keadaan
            let view = snapshot.susunLaporan(laporan) { rows in self.kemajuan(.menyusunTabel(baris: rows)) }
            keadaan.tangani(.laporanSiap(view))
        case .buangPulih:
            guard let offered = salinanDitawarkan else { return }
            unlink(offered)
            salinanDitawarkan = nil
            keadaan.tangani(.pulihDibuang(path: offered))
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
                                      lembar: [.init(nama: laporan.judulPendek.teks(bahasa), tabel: table)], bahasa: bahasa, ke: out, seperti: keadaan.path,
                                      keterangan: d.opd.nama + " · " + Laporan.status(d, tw: tw).teks(bahasa)) { sheet, count, rows in
                    self.kemajuan(.menulisLembar(sheet, dari: count, baris: rows))
                }
            case .csv: try Penyimpan.tulisAtomik(Data(table.csv(excel: bahasa == .id, bom: true).utf8), ke: out, cadangan: false, seperti: keadaan.path)
            case .md: try Penyimpan.tulisAtomik(Data(table.md(bahasa).utf8), ke: out, cadangan: false, seperti: keadaan.path)
            }
            keadaan.tangani(.diekspor(path: out))
        } catch {
            keadaan.tangani(.gagal(error.teksPendek(bahasa)))
        }
    }

    /// Saves under the file's lock, only over the version this session read (unless
    /// `timpa`). A file changed meanwhile is read again and merged with this session's
    /// changes (in update); the save goes on from there, or waits for conflicts to be
    /// decided. The recovery copies of this session (and the one restored from) go once
    /// the changes are in the file.
    /// This one waits for its outcome: saving before quitting, and the merged save that follows.
    @discardableResult
    package func simpan(timpa: Bool) -> Bool {
        tungguSimpan()
        for effect in keadaan.tahanNilaiTertutup() { jalankan(effect) }
        simpanSinkron = true
        defer { simpanSinkron = false }
        let d = keadaan.dokumen, time = jam()
        let outcome = penulis(timpa: timpa, waktu: time)(d) { self.kemajuan(.menungguKunci) }
        // Saved on the way out: the next opening shows the file's first screen at once.
        if case .tersimpan(let written?) = outcome {
            RingkasanAwal.simpan(d, sidik: written, untuk: keadaan.path, folder: folderAwal, tersimpan: true)
        }
        return selesaiSimpan(outcome, revisi: d.revisi, salinan: d, waktu: time)
    }

    /// When rows changed by others were marked.
    package var sorotanSejak = Date.distantPast

    /// The save itself, taken now and run on any thread: to the data file under its lock
    /// (only over the version read, unless `timpa`), or to the shared store.
    private func penulis(timpa: Bool, waktu: Date) -> @Sendable (Dokumen, @escaping () -> Void) -> HasilSimpan {
        let path = keadaan.path, base = sidik, journal = keadaan.entriJurnal(oleh: identitas, pada: waktu)
        let own = keadaan.perubahanSendiri, shape = keadaan.strukturSesi, store = pg
        return { d, menunggu in
            store.map { $0.tulis(d, perubahan: own, struktur: shape) }
                ?? HasilSimpan.tulis(d, ke: path, dasar: base, timpa: timpa, jurnal: journal, menunggu: menunggu)
        }
    }

    /// While true, a save asked for by a merge runs here and now rather than in the background.
    private var simpanSinkron = false
    /// Saves run off the main thread, one at a time.
    private let antrianSimpan = DispatchQueue(label: "kinerja.simpan")
    private let hasilSimpan = Kotak<(HasilSimpan, revisi: Int, salinan: Dokumen, waktu: Date)>()

    /// Ctrl-S: the dataset as it is now (a copy sharing its storage) is written in the
    /// background; keys go on being answered, values may be edited meanwhile. The outcome
    /// comes back through `ambilHasilLatar`.
    package func mulaiSimpan(timpa: Bool) {
        for effect in keadaan.tahanNilaiTertutup() { jalankan(effect) }
        let snapshot = Diserahkan(keadaan.dokumen.salinan(denganRingkasan: false)), time = jam()
        let path = keadaan.path, results = hasilSimpan, mailbox = hasilLatar, kept = folderAwal
        let write = penulis(timpa: timpa, waktu: time)
        keadaan.tangani(.menyimpan(revisi: snapshot.isi.revisi))
        antrianSimpan.async {
            let d = snapshot.isi
            let outcome = write(d) { mailbox.kirim(.menungguKunci) }
            results.kirim((outcome, d.revisi, d, time))
            // The next opening of the file as saved shows its first screen at once (the copy is only read here).
            if case .tersimpan(let written?) = outcome {
                RingkasanAwal.simpan(d, sidik: written, untuk: path, folder: kept)
            }
        }
    }

    /// Waits for a save running in the background and takes its outcome.
    package func tungguSimpan() {
        antrianSimpan.sync {}
        ambilHasilLatar()
    }

    /// A save's outcome into the shell (the fingerprint, the recovery copies) and the state.
    /// True when the dataset as it was at `revisi` is in the file.
    @discardableResult
    private func selesaiSimpan(_ outcome: HasilSimpan, revisi: Int, salinan: Dokumen, waktu: Date) -> Bool {
        switch outcome {
        case .tersimpan(let written):
            sidik = written
            if revisi == keadaan.dokumen.revisi {
                hapusPulihSesi()
            } else {
                // Edits made while saving: this session's copy stays, written again on its base.
                if let restored = salinanDipulihkan { unlink(restored); salinanDipulihkan = nil }
                revisiPulih = revisi
            }
            keadaan.tangani(.tersimpan(path: pg.map { $0.gudang.alamat.tampil + " " + $0.nama } ?? keadaan.path, waktu: waktu, revisi: revisi, salinan: salinan))
            return true
        case .berubah(let current, let read):
            keadaan.tangani(.simpanBerakhir)
            sidik = read
            // Merged in update; a clean merge asks to save again (checked again under the lock).
            for effect in keadaan.tangani(.berkasLain(current, simpan: true)) { jalankan(effect) }
            return !keadaan.belumDisimpan
        case .berubahDiGudang(let current):
            keadaan.tangani(.simpanBerakhir)
            // Others wrote meanwhile: merged in update, this session's changes replayed; conflicts are asked.
            for effect in keadaan.tangani(.berkasLain(current, simpan: true)) { jalankan(effect) }
            return !keadaan.belumDisimpan
        case .bentrok:
            keadaan.tangani(.simpanBerakhir)
            keadaan.tangani(.berubahDiDisk)
            return false
        case .ditolak(let error):
            keadaan.tangani(.simpanBerakhir)
            // Said once and not tried again: the session goes back to what the database holds.
            if let pg { keadaan.tangani(.ditolakGudang(pg.dasarSekarang(), error.teks(keadaan.bahasa))) }
            return false
        case .gagal(let error):
            keadaan.tangani(.simpanBerakhir)
            if let pg {
                // The server is out of reach: the changes stay here and in the recovery copy; tried again.
                keadaan.tangani(.gagal(error.teks(keadaan.bahasa) + keadaan.t("; disimpan di salinan pemulihan, dicoba lagi", "; kept in the recovery copy, trying again")))
                pg.cobaLagiPada = jam().addingTimeInterval(5)
                tulisPulih(keluar: false)
                return false
            }
            keadaan.tangani(.gagal(error.teksPendek(keadaan.bahasa)))
            return false
        }
    }

    /// Reads the file as it is now; others' changes are merged in without saving.
    private func muatUlang() {
        tungguSimpan()
        if let pg {
            do throws(GalatGudang) {
                let current = try pg.muat()
                for effect in keadaan.tangani(.berkasLain(current, simpan: false)) { jalankan(effect) }
            } catch {
                keadaan.tangani(.gagal(error.teks(keadaan.bahasa)))
            }
            return
        }
        do {
            let (current, read) = try Penyimpan.muatDenganSidik(keadaan.path)
            if let sidik, read.isi == sidik.isi {
                keadaan.tangani(.tidakBerubah)
                return
            }
            sidik = read
            for effect in keadaan.tangani(.berkasLain(current, simpan: false)) { jalankan(effect) }
        } catch {
            keadaan.tangani(.gagal(error.teksPendek(keadaan.bahasa)))
        }
    }

    /// Where this session is registered as having the file open.
    private var lokasiHadir: String?

    /// Registers this session beside the file and says who else has it open.
    private func daftarHadir() {
        let me = Hadir.Sesi(oleh: identitas, pid: getpid(), sejak: Jurnal.waktu(jam()), hanyaBaca: keadaan.hanyaBaca)
        lokasiHadir = Hadir.daftar(me, untuk: keadaan.path, sesi: sesi, cadangan: folderCadangan)
        keadaan.tangani(.hadir(Hadir.lain(keadaan.path, sesi: sesi, cadangan: folderCadangan)))
    }

    /// The session ends: its entry goes.
    package func akhiriHadir() {
        if let place = lokasiHadir { unlink(place) }
        lokasiHadir = nil
    }

    /// When the file was last looked at for changes by others, and what its status was then.
    private var periksaTerakhir = Date.distantPast
    private var statTerakhir: (Int64, Int64, UInt64)?

    /// Every 2 seconds while idle: a file changed by someone else is said at once.
    package func periksaBerkasLain() {
        // A save of this session's is replacing the file: not someone else's change.
        guard keadaan.menyimpan == nil else { return }
        let now = jam()
        guard now.timeIntervalSince(periksaTerakhir) >= 2 else { return }
        periksaTerakhir = now
        if lokasiHadir != nil {
            let others = Hadir.lain(keadaan.path, sesi: sesi, cadangan: folderCadangan)
            if others != keadaan.hadirLain { keadaan.tangani(.hadir(others)) }
        }
        guard let sidik else { return }
        var info = stat()
        guard stat(Sistem.jalurAsli(keadaan.path), &info) == 0 else { return }
        let status = (Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), Int64(info.st_size), UInt64(info.st_ino))
        // The bytes are read only when the file's status moved since the last look.
        if let last = statTerakhir, last == status { return }
        statTerakhir = status
        if !sidik.masihSama(keadaan.path) {
            if !keadaan.berubahDiLuar { keadaan.tangani(.berubahDiLuar) }
            // A quarter closed meanwhile is marked at once, before any merge.
            if let now = try? Penyimpan.muat(keadaan.path) { keadaan.tangani(.kunciBerkas(now.kunci)) }
        }
    }

    private func simpanSalinan() {
        tungguSimpan()
        let url = URL(fileURLWithPath: keadaan.path)
        let stamp = Keadaan.jam(jam()).replacingOccurrences(of: ":", with: "")
        let copy = url.deletingPathExtension().path + "-salinan-\(stamp).json"
        do {
            try Penyimpan.tulisAtomik(BerkasJSON.json(keadaan.dokumen.berkas()), ke: copy, cadangan: false, seperti: keadaan.path)
        } catch {
            keadaan.tangani(.gagal(error.teksPendek(keadaan.bahasa)))
            return
        }
        hapusPulihSesi()
        keadaan.tangani(.tersimpanSalinan(path: copy))
    }

    /// The copies whose changes are now in a file: this session's, and the one it restored from.
    private func hapusPulihSesi() {
        SalinanDarurat.kosongkan()
        hapusPulihSendiri()
        if let restored = salinanDipulihkan { unlink(restored); salinanDipulihkan = nil }
        revisiPulih = keadaan.dokumen.revisi
    }

    /// Removes this session's copy, once any copy being written in the background is done.
    private func hapusPulihSendiri() {
        tungguPulih()
        ambilHasilLatar()
        guard let own = keadaan.lokasiPulih else { return }
        unlink(own)
        keadaan.tangani(.pulihSendiriDihapus)
    }

    /// Recovery copies are written off the main thread, one at a time, in order.
    private let antrianPulih = DispatchQueue(label: "kinerja.pulih")

    /// Waits for a recovery copy being written, before anything else touches that file.
    package func tungguPulih() { antrianPulih.sync {} }

    private func salinanSekarang() -> SalinanPulih {
        salinanSekarang(data: keadaan.dokumen)()
    }

    /// What a recovery copy holds, taken now; the dataset's shape is built when the result
    /// is called (on the thread that writes, from a copy sharing the dataset's storage).
    private func salinanSekarang(data d: Dokumen) -> @Sendable () -> SalinanPulih {
        let path = Sistem.jalurAsli(keadaan.path), base = sidik, time = jam()
        let own = keadaan.perubahanSendiri, ops = keadaan.strukturSesi, whole = keadaan.strukturUtuh
        let data = Diserahkan(d)
        return { SalinanPulih(berkas: path, dasar: base, waktu: time, perubahan: own, struktur: ops, utuh: whole, data: data.isi.berkas()) }
    }

    /// Values a closed quarter held back: in a recovery copy of their own (the session's
    /// dataset with them), offered when this session has ended, as a crash's copy is.
    private func simpanTertahan(_ held: [Perubahan]) {
        let d = keadaan.dokumen.salinan(denganRingkasan: false)
        for c in held { d.atur(c.alamat, c.baru) }
        salinanTertahan += 1
        let copy = SalinanPulih(berkas: Sistem.jalurAsli(keadaan.path), dasar: sidik, waktu: jam(), perubahan: held, data: d.berkas())
        do {
            let path = try Pulih.tulis(copy, untuk: keadaan.path, sesi: sesi + "-tertahan\(salinanTertahan)", cadangan: folderCadangan)
            keadaan.tangani(.tertahanDisalin(path: path))
        } catch {
            keadaan.tangani(.gagal(error.teks(keadaan.bahasa)))
        }
    }

    /// Writes the unsaved state to this session's recovery copy, beside the data file
    /// or in the user's state folder; false (and why, in the state) when no place took it.
    @discardableResult
    package func tulisPulih(keluar: Bool = true) -> Bool {
        tungguSimpan()
        guard keadaan.belumDisimpan else { return true }
        tungguPulih()
        do {
            let path = try Pulih.tulis(salinanSekarang(), untuk: keadaan.path, sesi: sesi, cadangan: folderCadangan)
            if let old = keadaan.lokasiPulih, old != path { unlink(old) }
            revisiPulih = keadaan.dokumen.revisi
            galatPulih = nil
            keadaan.tangani(.pulihTertulis(path: path, diam: false, alasan: Pulih.tanamanDiSamping(keadaan.path, sesi: sesi)?.teks(keadaan.bahasa)))
            return true
        } catch {
            galatPulih = error.teks(keadaan.bahasa)
            keadaan.tangani(.pulihGagal(error.pesan.teks(keadaan.bahasa), keluar: keluar))
            return false
        }
    }

    /// After two quiet seconds with unsaved edits, keeps a recovery copy against a crash.
    /// The snapshot is taken here; encoding and writing (seconds for a large dataset) run
    /// in the background, and the outcome comes back as an event.
    package func simpanPulihBilaDiam() {
        guard keadaan.belumDisimpan, keadaan.dokumen.revisi != revisiPulih,
              jam().timeIntervalSince(suntingTerakhir) > 2 else { return }
        let snapshot = salinanSekarang(data: keadaan.dokumen.salinan(denganRingkasan: false))
        let path = keadaan.path, previous = keadaan.lokasiPulih, bahasa = keadaan.bahasa, mailbox = hasilLatar, sesi = sesi, cadangan = folderCadangan
        revisiPulih = keadaan.dokumen.revisi
        let revision = revisiPulih
        antrianPulih.async {
            do throws(GalatBerkas) {
                let written = try Pulih.tulis(snapshot(), untuk: path, sesi: sesi, cadangan: cadangan)
                // This state's copy holds the whole dataset: a crash need not write the smaller one over it.
                SalinanDarurat.lepas(bila: revision)
                if let previous, previous != written { unlink(previous) }
                mailbox.kirim(.pulihTertulis(path: written, diam: true, alasan: Pulih.tanamanDiSamping(path, sesi: sesi)?.teks(bahasa)))
            } catch {
                mailbox.kirim(.pulihGagal(error.pesan.teks(bahasa), keluar: false))
            }
        }
    }

    /// Reads the offered copy back onto the data file as it is now: only the copy's
    /// own changes are applied; values changed on both sides are asked about.
    private func pulihkan() {
        tungguSimpan()
        guard let offered = salinanDitawarkan else { return }
        do throws(GalatBerkas) {
            let copy = try Pulih.baca(offered)
            let current: Dokumen, currentSidik: Sidik?
            if let pg {
                do throws(GalatGudang) { current = try pg.muat() } catch { throw GalatBerkas(berkas: error.server, pesan: error.pesan) }
                currentSidik = nil
            } else {
                (current, currentSidik) = try Penyimpan.muatDenganSidik(keadaan.path)
            }
            // A copy of an earlier version holds only the dataset: its changes are what differs from the file.
            let changes = copy.dasar == nil && copy.perubahan.isEmpty
                ? current.perbedaan(ke: try BerkasJSON.dokumen(copy.data, path: offered))
                : copy.perubahan
            sidik = currentSidik
            salinanDitawarkan = nil
            salinanDipulihkan = offered
            keadaan.tangani(.dipulihkan(current, struktur: copy.struktur ?? [], perubahan: changes, salinan: copy.data, utuh: copy.utuh == true))
            // Taken whole, the copy stands on the file it was made from: a save asks about anything since.
            if keadaan.strukturUtuh { sidik = copy.dasar }
        } catch {
            keadaan.tangani(.gagal(error.teksPendek(keadaan.bahasa)))
        }
    }

    /// A signal that ends the program keeps what was typed: a parsable cell value or
    /// the notes being written go into the recovery copy.
    package func tanganiSinyal() {
        tungguSimpan()
        switch keadaan.mode {
        case .sunting(let alamat, let text): _ = keadaan.simpanSel(alamat, text)
        case .catatan: _ = keadaan.tangani(.ctrl("s"))
        default: break
        }
        tulisPulih()
        keadaan.tangani(.selesai)
    }
}

/// Outcomes posted from background work, taken by the main loop; the lock is the only shared state.
package final class Kotak<Isi>: @unchecked Sendable {
    private var isi: [Isi] = []
    private let kunci = NSLock()

    package init() {}

    package func kirim(_ p: Isi) {
        kunci.lock()
        isi.append(p)
        kunci.unlock()
    }

    package func ambil() -> [Isi] {
        kunci.lock()
        defer { isi = []; kunci.unlock() }
        return isi
    }
}

package typealias KotakPeristiwa = Kotak<Peristiwa>


/// What a save came to: written (the fingerprint of what was written), the file changed by
/// others (as it is now, to merge), changed between the check and the write, or a failure.
package enum HasilSimpan: @unchecked Sendable {
    case tersimpan(Sidik?)
    case berubah(Dokumen, Sidik)
    /// On the shared store: others wrote meanwhile; the OPD-year as it is now, to merge.
    case berubahDiGudang(Dokumen)
    case bentrok
    case gagal(GalatBerkas)
    /// On the shared store: the database's rules refuse the write; asking again changes nothing.
    case ditolak(GalatBerkas)

    /// Saves under the file's lock, only over the version read (`dasar`) unless `timpa`;
    /// a file changed meanwhile is read back for a merge instead. Runs on any thread.
    package static func tulis(_ d: Dokumen, ke path: String, dasar: Sidik?, timpa: Bool, jurnal: [EntriJurnal],
                      menunggu: @escaping () -> Void) -> HasilSimpan {
        do {
            let kunci = try Kunci.ambil(path, batas: min(10, Kunci.batasBawaan), menunggu: menunggu)
            defer { kunci?.lepas() }
            if !timpa, let dasar, !dasar.masihSama(path) {
                let (current, read) = try Penyimpan.muatDenganSidik(path)
                return .berubah(current, read)
            }
            return .tersimpan(try Penyimpan.simpan(d, ke: path, dasar: timpa ? nil : dasar, jurnal: jurnal))
        } catch where error.pesan == .berubahSejakDibaca {
            return .bentrok
        } catch {
            return .gagal(error)
        }
    }
}

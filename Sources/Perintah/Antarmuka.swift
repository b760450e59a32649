import Foundation
import Model
import GudangBerkas
import Antarmuka
import Layar
import GudangPostgres
#if canImport(Glibc)
import Glibc
#endif

/// Signals that end the program: each restores the terminal and keeps unsaved
/// edits in a recovery copy (SIGKILL and SIGSTOP cannot be caught by any program).
let sinyalAkhir: [Int32] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR, SIGIO]

/// `kinerja FILE`: the full-screen interface. The terminal is restored on every way out.
func bukaAntarmuka(_ berkas: String) throws {
    var info = stat()
    let store = AlamatPG.adalahURL(berkas)
    let missing = !store && lstat(berkas, &info) != 0 && errno == ENOENT
    let terminal = Konteks.sekarang.tangkapan == nil && isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    // A file that does not exist opens on a form for its facts (in a terminal).
    guard terminal else {
        // Said after a file that cannot be read is named: that is the problem to mend first.
        _ = try muat(berkas)
        throw GagalCLI(bahasaCLI.t("antarmuka layar penuh perlu terminal; untuk skrip pakai `kinerja report` atau `kinerja show`",
                         "the full-screen interface needs a terminal; for scripts use `kinerja report` or `kinerja show`"))
    }
    // A file that cannot be opened at all is said before the screen is taken.
    if !missing && !store { do { try Penyimpan.bukaSaja(berkas) } catch { throw GagalCLI(error) } }
    // On the shared store the OPD-year is read first (a server that cannot be reached is said plainly).
    var pg: SambunganPG?
    var fromStore: Keadaan?
    if store {
        let (g, opd, tahun) = try gudang(berkas)
        let (link, k): (SambunganPG, Keadaan)
        do { (link, k) = try SambunganPG.buka(g, opd: opd, tahun: tahun, bahasa: bahasaCLI) } catch { throw GagalCLI(error) }
        pg = link
        fromStore = k
    }
    // A parent may have left signals blocked; hang-ups and resizes must reach us.
    var mask = sigset_t()
    sigemptyset(&mask)
    for sig in sinyalAkhir + [SIGWINCH] { sigaddset(&mask, sig) }
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    for sig in sinyalAkhir {
        signal(sig) { number in sinyalDiterima = number }
    }
    signal(SIGPIPE, SIG_IGN)
    let layar = LayarNcurses()
    // A crash still gives the terminal back: restore it, then die as the signal would.
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS] {
        signal(sig) { number in
            // What was typed up to the last consistent state survives the crash.
            SalinanDarurat.tulis()
            LayarNcurses.pulihkanTerminal()
            signal(number, SIG_DFL)
            raise(number)
        }
    }
    var keadaan: Keadaan
    var sidik: Sidik?
    var typed: [Tombol] = []
    if let fromStore {
        keadaan = fromStore
    } else if missing {
        keadaan = Keadaan.berkasBaru(path: berkas, bahasa: bahasaCLI, tahun: Calendar.current.component(.year, from: Date()))
    } else {
        // The screen first, the file read meanwhile.
        guard let (outcome, keys) = Memuat.tunggu(berkas, bahasa: bahasaCLI, terminal: layar) else {
            layar.tutup()
            if sinyalDiterima != 0 { exit(128 + sinyalDiterima) }
            return
        }
        switch outcome {
        case .success(let (dokumen, read)):
            keadaan = Keadaan(dokumen: dokumen.isi, path: berkas, bahasa: bahasaCLI)
            sidik = read
            typed = keys
        case .failure(let error):
            layar.tutup()
            throw GagalCLI(error)
        }
    }
    keadaan.setelan = Setelan.baca()
    let app = Aplikasi(keadaan: keadaan, terminal: layar, sidik: sidik, pg: pg)
    for key in typed where app.keadaan.berjalan { app.proses(key) }
    app.jalankan()
    layar.tutup()
    if missing && !FileManager.default.fileExists(atPath: berkas) {
        tulisGalat(bahasaCLI.t("kinerja: \(berkas) tidak dibuat; buat dengan `kinerja new` atau sebutkan berkas yang ada",
                     "kinerja: \(berkas) not created; create it with `kinerja new` or name an existing file"))
    }
    if app.keadaan.belumDisimpan {
        if let copy = app.keadaan.lokasiPulih, FileManager.default.fileExists(atPath: copy) {
            tulisGalat(bahasaCLI.t("kinerja: perubahan yang belum disimpan ditulis ke ", "kinerja: unsaved changes written to ")
                + copy + bahasaCLI.t("; buka berkas itu lagi untuk memulihkannya", "; open the file again to restore them"))
        } else if let why = app.galatPulih {
            tulisGalat(bahasaCLI.t("kinerja: perubahan yang belum disimpan HILANG: ", "kinerja: unsaved changes LOST: ") + why)
        }
    }
    if sinyalDiterima != 0 { exit(128 + sinyalDiterima) }
}

import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// Signals that end the program: each restores the terminal and keeps unsaved
/// edits in a recovery copy (SIGKILL and SIGSTOP cannot be caught by any program).
let sinyalAkhir: [Int32] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR, SIGIO]

/// `kinerja FILE`: the full-screen interface. The terminal is restored on every way out.
func bukaAntarmuka(_ berkas: String) throws {
    var info = stat()
    let missing = lstat(berkas, &info) != 0 && errno == ENOENT
    let terminal = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    // A file that does not exist opens on a form for its facts (in a terminal).
    var keadaan: Keadaan
    var sidik: Sidik?
    if missing && terminal {
        keadaan = Keadaan.berkasBaru(path: berkas, bahasa: bahasaCLI, tahun: Calendar.current.component(.year, from: Date()))
    } else {
        do {
            let (dokumen, read) = try Penyimpan.muatDenganSidik(berkas)
            keadaan = Keadaan(dokumen: dokumen, path: berkas, bahasa: bahasaCLI)
            sidik = read
        } catch { throw GagalCLI(error) }
    }
    keadaan.setelan = Setelan.baca()
    guard terminal else {
        throw GagalCLI(T("antarmuka layar penuh perlu terminal; untuk skrip pakai `kinerja report` atau `kinerja show`",
                         "the full-screen interface needs a terminal; for scripts use `kinerja report` or `kinerja show`"))
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
            LayarNcurses.pulihkanTerminal()
            signal(number, SIG_DFL)
            raise(number)
        }
    }
    let app = Aplikasi(keadaan: keadaan, terminal: layar, sidik: sidik)
    app.jalankan()
    layar.tutup()
    if missing && !FileManager.default.fileExists(atPath: berkas) {
        tulisGalat(T("kinerja: \(berkas) tidak dibuat; buat dengan `kinerja new` atau sebutkan berkas yang ada",
                     "kinerja: \(berkas) not created; create it with `kinerja new` or name an existing file"))
    }
    if app.keadaan.belumDisimpan {
        if let copy = app.keadaan.lokasiPulih, FileManager.default.fileExists(atPath: copy) {
            tulisGalat(T("kinerja: perubahan yang belum disimpan ditulis ke ", "kinerja: unsaved changes written to ")
                + copy + T("; buka berkas itu lagi untuk memulihkannya", "; open the file again to restore them"))
        } else if let why = app.galatPulih {
            tulisGalat(T("kinerja: perubahan yang belum disimpan HILANG: ", "kinerja: unsaved changes LOST: ") + why)
        }
    }
    if sinyalDiterima != 0 { exit(128 + sinyalDiterima) }
}

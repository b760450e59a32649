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
    if lstat(berkas, &info) != 0 && errno == ENOENT && isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 {
        guard try tawarkanBerkasBaru(berkas) else {
            throw GagalCLI(T("\(berkas): tidak dibuat; buat dengan `kinerja new` atau sebutkan berkas yang ada",
                             "\(berkas): not created; create it with `kinerja new` or name an existing file"))
        }
    }
    let (dokumen, sidik): (Dokumen, Sidik)
    do { (dokumen, sidik) = try Penyimpan.muatDenganSidik(berkas) } catch { throw GagalCLI(error) }
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
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
    let app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: berkas, bahasa: bahasaCLI), terminal: layar, sidik: sidik)
    app.jalankan()
    layar.tutup()
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

import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// `kinerja FILE`: the full-screen interface. The terminal is restored on every way out.
func bukaAntarmuka(_ berkas: String) throws {
    let dokumen = try muat(berkas)
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
        throw GagalCLI(T("antarmuka layar penuh perlu terminal; untuk skrip pakai `kinerja report` atau `kinerja show`",
                         "the full-screen interface needs a terminal; for scripts use `kinerja report` or `kinerja show`"))
    }
    // A parent may have left signals blocked; hang-ups and resizes must reach us.
    var mask = sigset_t()
    sigemptyset(&mask)
    for sig in [SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGWINCH] { sigaddset(&mask, sig) }
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    for sig in [SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
        signal(sig) { number in sinyalDiterima = number }
    }
    signal(SIGPIPE, SIG_IGN)
    let layar = LayarNcurses()
    // A crash still gives the terminal back: restore it, then die as the signal would.
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
        signal(sig) { number in
            LayarNcurses.pulihkanTerminal()
            signal(number, SIG_DFL)
            raise(number)
        }
    }
    let app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: berkas, bahasa: bahasaCLI), terminal: layar)
    app.jalankan()
    layar.tutup()
    if app.pulihMilikSesi && app.keadaan.belumDisimpan && FileManager.default.fileExists(atPath: app.pathPulih) {
        FileHandle.standardError.write(Data((T("kinerja: perubahan yang belum disimpan ditulis ke ", "kinerja: unsaved changes written to ")
            + app.pathPulih + T("; buka berkas itu lagi untuk memulihkannya\n", "; open the file again to restore them\n")).utf8))
    }
    if sinyalDiterima != 0 { exit(128 + sinyalDiterima) }
}

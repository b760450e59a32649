import ArgumentParser
import Foundation
import Model

/// Parses the command line and maps every way out to an exit code:
/// 0 success (and warnings), 1 errors in data or values, 2 usage errors.
func jalankan() -> Never {
    // A file-size limit makes a write fail with EFBIG (and a message) instead of killing the program.
    signal(SIGXFSZ, SIG_IGN)
    // A reader that goes away is a write error, said as such, not a silent death.
    signal(SIGPIPE, SIG_IGN)
    do {
        if let berkas = Kinerja.berkasUntukDibuka(Array(CommandLine.arguments.dropFirst())) {
            try bukaAntarmuka(berkas)
            exit(0)
        }
        var command = try Kinerja.parseAsRoot()
        try command.run()
        exit(0)
    } catch let failure as GagalCLI {
        tulisGalat("kinerja: " + failure.pesan)
        exit(failure.kode)
    } catch {
        let code = Kinerja.exitCode(for: error)
        let message = PesanParser.teks(Kinerja.fullMessage(for: error))
        if code == .success {
            cetak(message)
            exit(0)
        }
        if !message.isEmpty { tulisGalat(message) }
        exit(code == .validationFailure ? 2 : code.rawValue)
    }
}

jalankan()

import Foundation
#if canImport(Glibc)
import Glibc
#endif

// A file-size limit makes a write fail with EFBIG (and a message) instead of killing the program.
signal(SIGXFSZ, SIG_IGN)
// A reader that goes away is a write error, said as such, not a silent death.
signal(SIGPIPE, SIG_IGN)
// The only place the command line is read.
exit(Kinerja.jalankan(Array(CommandLine.arguments.dropFirst()), lingkungan: ProcessInfo.processInfo.environment))

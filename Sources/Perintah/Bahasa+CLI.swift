import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Model
import GudangBerkas
import Antarmuka
import GudangPostgres

/// An error whose message the user reads, with the exit code to leave with.
struct GagalCLI: Error {
    let pesan: String
    let kode: Int32

    init(_ pesan: String, kode: Int32 = 1) {
        self.pesan = pesan
        self.kode = kode
    }

    init(_ galat: GalatBerkas) { self.init(galat.teks(bahasaCLI)) }
}

/// Output for people: names from a data file never reach the terminal raw
/// (control characters and bidi overrides shown as `?`). Machine formats
/// (`mesin`: csv, json) are left as they are unless they go to a terminal.
func cetak(_ text: String, terminator: String = "\n", mesin: Bool = false) {
    let terminal = Konteks.sekarang.tangkapan == nil && isatty(STDOUT_FILENO) != 0
    let safe = mesin && !terminal ? text : TeksAman.aman(text)
    keluarkan(Data((safe + terminator).utf8))
}

/// Bytes to standard output; a write that fails (a full disk, a closed pipe) ends the
/// command with a message naming standard output and exit 1.
func keluarkan(_ data: Data) {
    if let held = Konteks.sekarang.tangkapan { held.tulis(data, galat: false); return }
    do { try Keluaran.tulis(data, fd: STDOUT_FILENO, nama: Keluaran.namaStdout.teks(bahasaCLI)) } catch {
        tulisGalat("kinerja: " + error.teks(bahasaCLI))
        exit(1)
    }
}

/// A line on standard error, made safe like `cetak`.
func tulisGalat(_ line: String) {
    if let held = Konteks.sekarang.tangkapan { held.tulis(Data((TeksAman.aman(line) + "\n").utf8), galat: true); return }
    _ = Deskriptor.tulisSemua(STDERR_FILENO, Data((TeksAman.aman(line) + "\n").utf8))
}

func muat(_ path: String) throws -> Dokumen {
    if AlamatPG.adalahURL(path) { return try muatPG(path).0 }
    do { return try Penyimpan.muat(path) } catch { throw GagalCLI(error) }
}

/// Refuses an output path that is the data file, its backup or a recovery copy.
func periksaKeluaran(_ path: String?, data: String) throws {
    guard let path, Keluaran.deskriptor(path) == nil, !Keluaran.aliran(path) else { return }
    do { try Penyimpan.periksaKeluaran(path, bukan: data) } catch { throw GagalCLI(error) }
}

/// A report to standard output, or to a file that takes the data file's permissions.
func tulisKeluaran(_ text: String, ke path: String?, data: String, mesin: Bool) throws {
    guard let path, path != "-" else { cetak(text, terminator: "", mesin: mesin); return }
    do {
        try Keluaran.tulis(Data((mesin ? text : TeksAman.aman(text)).utf8), ke: path, seperti: data)
    } catch {
        throw GagalCLI(error)
    }
}

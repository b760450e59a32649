import Foundation
import Model

/// `kinerja FILE`: until the full-screen interface lands, prints the capaian report.
func bukaAntarmuka(_ berkas: String) throws {
    let dokumen = try muat(berkas)
    print(Laporan.capaian(dokumen, tw: dokumen.triwulanTerakhirTerisi).teks(bahasaCLI), terminator: "")
}

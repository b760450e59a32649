import Foundation
import Model
@testable import TUI

/// The terminal double: records what is drawn and answers with no keys.
final class TerminalUji: Terminal {
    var ukuran: (lebar: Int, tinggi: Int)
    var digambar: [Kanvas] = []

    init(lebar: Int = 80, tinggi: Int = 24) { ukuran = (lebar, tinggi) }
    func gambar(_ kanvas: Kanvas) { digambar.append(kanvas) }
    func baca(milidetik: Int) -> Tombol? { nil }
    func tutup() {}
}

/// The sample copied into a fresh temporary folder, opened in the app with a test terminal.
struct SesiUji {
    let folder: URL
    let path: String
    let app: Aplikasi

    init(lebar: Int = 80, tinggi: Int = 24, bahasa: Bahasa = .id) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("dinsos.json").path
        try FileManager.default.copyItem(atPath: Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path, toPath: path)
        let dokumen = try Penyimpan.muat(path)
        app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: path, bahasa: bahasa), terminal: TerminalUji(lebar: lebar, tinggi: tinggi))
        app.jam = { Date(timeIntervalSince1970: 1_700_000_000) }
    }

    /// Replays keys written as in `Tombol.skrip`, e.g. "g1.06.06.2.01.03<Enter>".
    func ketik(_ script: String) {
        for key in Tombol.skrip(script) { app.proses(key) }
    }

    var layar: [String] { app.keadaan.gambar().baris }

    func hapus() { try? FileManager.default.removeItem(at: folder) }
}

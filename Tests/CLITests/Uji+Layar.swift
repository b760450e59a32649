import Foundation
import UjiBersama
import Model
import GudangBerkas
import Layar
@testable import Antarmuka
@testable import Perintah

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

    /// A session named as a process that has ended (pid 99999999), so that a second
    /// session in this test process sees its recovery copy as left behind.
    static let sesiBerakhir = "99999999-1"

    init(lebar: Int = 80, tinggi: Int = 24, bahasa: Bahasa = .id, sesi: String = SesiUji.sesiBerakhir, cadangan: String? = nil) throws {
        folder = try FolderUji.baru("kinerja-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("dinsos.json").path
        try FileManager.default.copyItem(atPath: Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path, toPath: path)
        let dokumen = try Penyimpan.muat(path)
        app = Aplikasi(keadaan: Keadaan(dokumen: dokumen, path: path, bahasa: bahasa), terminal: TerminalUji(lebar: lebar, tinggi: tinggi), sesi: sesi,
                       folderCadangan: cadangan ?? folder.appendingPathComponent("keadaan").path)
        app.jam = { Date(timeIntervalSince1970: 1_700_000_000) }
        app.pathSetelan = folder.appendingPathComponent("config/kinerja/setelan.json").path
        app.folderAwal = folder.appendingPathComponent("cache").path
    }

    /// The session on a copy of `data` instead of the sample.
    func ambil(_ data: String) throws {
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: data, toPath: path)
        app.keadaan.mulaiDari(try Penyimpan.muat(path))
    }

    /// Replays keys written as in `Tombol.skrip`, e.g. "g1.06.06.2.01.03<Enter>".
    func ketik(_ script: String) {
        app.putar(script)
    }

    var layar: [String] { app.keadaan.gambar().baris }

    /// This session's recovery copy beside the data file.
    var pathPulih: String { path + ".pulih." + SesiUji.sesiBerakhir }

    /// A second session on the same file, as the next start would open it.
    func sesiBerikut(sesi: String = Pulih.sesiIni) throws -> Aplikasi {
        let (d, sidik) = try Penyimpan.muatDenganSidik(path)
        let next = Aplikasi(keadaan: Keadaan(dokumen: d, path: path, bahasa: .id), terminal: TerminalUji(), sidik: sidik, sesi: sesi,
                            folderCadangan: app.folderCadangan, folderAwal: app.folderCadangan)
        next.folderAwal = app.folderAwal
        return next
    }

    func hapus() { try? FileManager.default.removeItem(at: folder) }
}

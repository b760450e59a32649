import Foundation
import UjiBersama
import Model
import GudangBerkas

/// The sample file, loaded through the public API as a user's file would be.
enum Sampel {
    static let path: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path
    }()

    static func muat() throws -> Dokumen { try Penyimpan.muat(path) }

    /// A fresh temporary folder, removed by the caller.
    static func folder() throws -> URL {
        let url = try FolderUji.baru("kinerja-test")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Dokumen {
    /// A Renstra indicator by number, or a tujuan's first indicator by tujuan number.
    func renstra(_ nomor: String) -> Indikator {
        if let p = posisi(nomor: nomor) { return indikator(.renstra(p)) }
        let t = renstra.tujuan.firstIndex { $0.nomor == nomor }!
        return renstra.tujuan[t].indikator[0]
    }
}

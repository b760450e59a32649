import Foundation

/// Temporary folders of a test run, each removed when the run ends, so that no test
/// leaves files behind (a run killed outright leaves them, under the system's
/// temporary folder, named `kinerja-…`).
public enum FolderUji {
    private static let kunci = NSLock()
    nonisolated(unsafe) private static var daftar: [String] = []
    nonisolated(unsafe) private static var terpasang = false

    /// A new empty folder `PREFIX-UUID` under the temporary folder, removed at the end of the run.
    public static func baru(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        catat(url.path)
        return url
    }

    /// A path this run made that is removed when it ends.
    public static func catat(_ path: String) {
        kunci.lock()
        defer { kunci.unlock() }
        daftar.append(path)
        if !terpasang {
            terpasang = true
            atexit { FolderUji.hapusSemua() }
        }
    }

    /// Removes every folder recorded; files of other users inside are removed as root can.
    static func hapusSemua() {
        kunci.lock()
        let paths = daftar
        daftar = []
        kunci.unlock()
        for path in paths {
            // A test may have left a folder read-only: made writable again before it goes.
            if let walk = FileManager.default.enumerator(atPath: path) {
                for case let rel as String in walk { chmod(path + "/" + rel, 0o700) }
            }
            chmod(path, 0o700)
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}

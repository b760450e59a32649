import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// Two unprivileged users of one group and a 2775 folder of that group: the shared folder
/// of "many hands", where a colleague (or a stranger let into the group) can plant files
/// at the names kinerja writes. Made once per test run, as root (CI runs as root).
enum PenggunaUji {
    static let grup = "kinerjauji"
    static let korban = "kinerjaa"
    static let penyerang = "kinerjab"

    static let siap: Bool = {
        guard geteuid() == 0 else { return false }
        _ = try? Proses.jalankan(["-f", grup], env: ["PATH": "/usr/sbin:/usr/bin:/bin"], program: "/usr/sbin/groupadd")
        for user in [korban, penyerang] where getpwnam(user) == nil {
            _ = try? Proses.jalankan(["-M", "-N", "-g", grup, "-d", "/nonexistent", "-s", "/usr/sbin/nologin", user],
                                     env: ["PATH": "/usr/sbin:/usr/bin:/bin"], program: "/usr/sbin/useradd")
        }
        return getpwnam(korban) != nil && getpwnam(penyerang) != nil && getgrnam(grup) != nil
    }()

    static func uid(_ user: String) -> uid_t { getpwnam(user)!.pointee.pw_uid }
    static var gid: gid_t { getgrnam(grup)!.pointee.gr_gid }

    /// A command as `user`, under `umask`: the real binary (`K`) or any program.
    static func sebagai(_ user: String, _ line: String, umask: String = "022", env: [String: String] = [:]) throws -> Proses {
        var e = ["PATH": "/usr/bin:/bin", "LANG": "C", "K": Proses.biner.path, "HOME": "/tmp"]
        e.merge(env) { $1 }
        return try Proses.jalankan(["-u", user, "--", "/bin/sh", "-c", "umask \(umask); \(line)"], env: e, program: "/usr/sbin/runuser")
    }

    /// A fresh 2775 folder of the group, the sample in it as `dinsos.json` (mode 664, the victim's).
    static func folderBersama() throws -> (URL, String) {
        let folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("kinerja-bersama-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chown(folder.path, 0, gid)
        chmod(folder.path, 0o2775)
        let data = folder.appendingPathComponent("dinsos.json").path
        try FileManager.default.copyItem(atPath: Proses.root.appendingPathComponent("sample-data/dinsos-kota-semarang-2023.json").path, toPath: data)
        chown(data, uid(korban), gid)
        chmod(data, 0o664)
        return (folder, data)
    }
}

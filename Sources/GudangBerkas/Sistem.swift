import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Thin wrappers over the few POSIX calls the store needs: processes, the
/// umask, paths behind symlinks, random names.
public enum Sistem {
    /// The process's umask, read without changing it (Linux `/proc/self/status`),
    /// else set and put back once at start.
    public static let umaskProses: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return value
        }
        let old = umask(0o022)
        _ = umask(old)
        return old
    }()

    /// The mode a new file beside `contoh` gets: the example's permissions (or
    /// 0666), never more than the umask allows.
    public static func modeBaru(seperti contoh: String?) -> mode_t {
        var info = stat()
        let base: mode_t = if let contoh, stat(contoh, &info) == 0 { info.st_mode & 0o666 } else { 0o666 }
        return base & ~umaskProses
    }

    /// When a process started, in clock ticks since boot (field 22 of
    /// `/proc/PID/stat`): with the pid it names one process for good.
    public static func waktuMulai(_ pid: Int32) -> UInt64? { statProses(pid)?.mulai }

    /// State (field 3) and start time (field 22) of `/proc/PID/stat`.
    static func statProses(_ pid: Int32) -> (keadaan: Character, mulai: UInt64)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // Fields after the name start at field 3 (state); field 22 is the 20th of them.
        guard fields.count > 19, let state = fields[0].first, let start = UInt64(fields[19]) else { return nil }
        return (state, start)
    }

    public static var pid: Int32 { getpid() }
    public static let waktuMulaiSendiri: UInt64 = waktuMulai(getpid()) ?? 0

    /// Whether process `pid` still runs (a zombie has ended); with `mulai`, whether it is the same process.
    public static func hidup(_ pid: Int32, mulai: UInt64? = nil) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        guard let info = statProses(pid) else { return true }
        if info.keadaan == "Z" || info.keadaan == "X" { return false }
        if let mulai { return info.mulai == mulai }
        return true
    }

    /// The real file behind a path (symlinks followed); the path itself when
    /// it does not exist yet, with its folder resolved.
    public static func jalurAsli(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if let real = realpath(folder.isEmpty ? "." : folder, nil) {
            defer { free(real) }
            return String(cString: real) + "/" + url.lastPathComponent
        }
        return path
    }

    /// Eight random lowercase hex digits.
    public static func acak() -> String {
        String(UInt32.random(in: .min ... .max), radix: 16).leftPad(8)
    }

    public static var namaHost: String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        return String(cString: buffer)
    }

    /// A folder's entries, or none when it cannot be read.
    static func isiFolder(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    }
}

extension String {
    func leftPad(_ width: Int, _ pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension Sistem {
    /// kinerja's folder of one kind for this user, as the XDG rules place it: `$VARIABLE/kinerja`
    /// when it is an absolute path, else `~/<bawaan>/kinerja`.
    public static func folderPengguna(_ variable: String, bawaan: String, _ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = env[variable], folder.hasPrefix("/") { return folder + "/kinerja" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/" + bawaan + "/kinerja"
    }
}

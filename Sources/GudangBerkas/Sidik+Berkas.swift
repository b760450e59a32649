import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Whether the data file still holds what a fingerprint was taken of.
extension Sidik {
    /// Reads the file at `path` again and tells whether it still holds what was read:
    /// the same inode, size and times settle it at once; otherwise the bytes decide.
    public func masihSama(_ path: String) -> Bool {
        if statusSama(path) { return true }
        var info = stat()
        guard stat(Sistem.jalurAsli(path), &info) == 0, Int64(info.st_size) == ukuran,
              let (_, now) = try? Penyimpan.bacaDenganSidik(path) else { return false }
        return now.isi == isi
    }

    /// The same inode, size and times: unchanged, without reading a byte.
    public func statusSama(_ path: String) -> Bool {
        var info = stat()
        guard stat(Sistem.jalurAsli(path), &info) == 0 else { return false }
        return UInt64(info.st_dev) == perangkat && UInt64(info.st_ino) == inode && Int64(info.st_size) == ukuran
            && Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec) == ubahNs
            && Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec) == statusNs
    }
}

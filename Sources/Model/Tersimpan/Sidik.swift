import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a data file was when it was read: where it lives (device, inode), its
/// size and times, and a hash of its bytes. A change by anyone shows here,
/// even one that keeps the size and the modification time (`cp -p`, `touch -r`).
public struct Sidik: Equatable, Sendable, Codable {
    public let perangkat: UInt64
    public let inode: UInt64
    public let ukuran: Int64
    public let ubahNs: Int64
    public let statusNs: Int64
    /// A 64-bit hash of the bytes, written in hex.
    public let isi: String

    public init(_ info: stat, data: Data) {
        self.init(info, isi: Sidik.hash(data))
    }

    public init(_ info: stat, isi hash: String) {
        perangkat = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        ukuran = Int64(info.st_size)
        ubahNs = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        statusNs = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        isi = hash
    }

    /// The modification time, for messages.
    public var waktu: Date { Date(timeIntervalSince1970: TimeInterval(ubahNs) / 1e9) }

    /// FNV-1a over 64-bit words, mixed: fast, and enough to tell two versions of a file apart.
    public static func hash(_ data: Data) -> String {
        var h = Pencacah()
        data.withUnsafeBytes { h.tambah($0) }
        return h.akhir()
    }

    /// The hash over bytes that arrive in pieces; every piece but the last a multiple of 8 long.
    public struct Pencacah {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        private var count = 0
        private let prime: UInt64 = 0x0000_0100_0000_01B3

        public init() {}

        public mutating func tambah(_ raw: UnsafeRawBufferPointer) {
            let words = raw.count / 8
            for i in 0..<words {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* prime
                h ^= h >> 29
            }
            for i in (words * 8)..<raw.count { h = (h ^ UInt64(raw[i])) &* prime }
            count += raw.count
        }

        public func akhir() -> String {
            let hex = String(h ^ UInt64(count), radix: 16)
            return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        }
    }
}

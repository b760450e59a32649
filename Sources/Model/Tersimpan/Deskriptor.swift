import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes to an open file descriptor, and places in bytes read, for both stores and the sheets.
public enum Deskriptor {
    /// Writes all of `data`; the errno of a failure, else 0.
    public static func tulisSemua(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { tulisSemua(fd, $0) }
    }

    public static func tulisSemua(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 { if errno == EINTR { continue }; return errno }
            offset += n
        }
        return 0
    }

    public static func barisKolom<C: Collection>(_ data: C, offset: Int) -> (Int, Int) where C.Element == UInt8 {
        var line = 1
        var column = 1
        for (i, byte) in data.enumerated() {
            if i >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

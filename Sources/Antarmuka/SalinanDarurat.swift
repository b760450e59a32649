import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// The recovery copy a crash writes (SIGSEGV, SIGILL, SIGBUS, SIGABRT, ...), when nothing but
/// system calls may run: prepared after every change, from the last consistent state, and
/// written by the signal handler with open, write, fsync, rename and close alone. Two
/// buffers take turns, so the one the handler may read is never the one being filled.
package enum SalinanDarurat {
    private struct Siap {
        var isi: UnsafeMutableRawBufferPointer
        var panjang: Int
        var sementara: [CChar]
        var tujuan: [CChar]
    }
    nonisolated(unsafe) private static var penampung: [UnsafeMutablePointer<Siap>?] = [nil, nil]
    /// Which of the two the handler writes: -1 none (nothing unsaved).
    nonisolated(unsafe) private static var aktif: Int32 = -1
    /// The revision of the state the active copy holds; changed under `kunci` (the handler takes no lock).
    nonisolated(unsafe) private static var revisi = -1
    private static let kunci = NSLock()

    /// Makes `bytes` the copy a crash writes, at `place` (through a new temporary name beside it).
    package static func siapkan(_ bytes: Data, ke place: String, revisi r: Int) {
        kunci.lock()
        defer { kunci.unlock() }
        let next = aktif == 0 ? 1 : 0
        var slot = penampung[next]?.pointee
        if slot == nil || slot!.isi.count < bytes.count {
            if let old = penampung[next] { old.pointee.isi.deallocate(); old.deinitialize(count: 1); old.deallocate() }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count * 2, 1 << 16), alignment: 16)
            slot = Siap(isi: buffer, panjang: 0, sementara: [], tujuan: [])
            let box = UnsafeMutablePointer<Siap>.allocate(capacity: 1)
            box.initialize(to: slot!)
            penampung[next] = box
        }
        let box = penampung[next]!
        bytes.withUnsafeBytes { box.pointee.isi.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        box.pointee.panjang = bytes.count
        box.pointee.tujuan = Array(place.utf8CString)
        box.pointee.sementara = Array((place + ".darurat-\(getpid())").utf8CString)
        revisi = r
        aktif = Int32(next)
    }

    /// Nothing unsaved: a crash writes nothing.
    package static func kosongkan() {
        kunci.lock()
        aktif = -1
        kunci.unlock()
    }

    /// The idle copy of the state at `r` is written (with the whole dataset): a crash need not
    /// replace it, unless a later state was prepared meanwhile.
    package static func lepas(bila r: Int) {
        kunci.lock()
        if revisi == r { aktif = -1 }
        kunci.unlock()
    }

    /// In the signal handler: async-signal-safe calls only.
    package static func tulis() {
        let n = aktif
        guard n >= 0, let box = penampung[Int(n)] else { return }
        box.pointee.sementara.withUnsafeBufferPointer { temp in
            box.pointee.tujuan.withUnsafeBufferPointer { target in
                unlink(temp.baseAddress!)
                let fd = open(temp.baseAddress!, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard fd >= 0 else { return }
                var offset = 0
                let base = box.pointee.isi.baseAddress!
                while offset < box.pointee.panjang {
                    let written = write(fd, base + offset, box.pointee.panjang - offset)
                    if written <= 0 { break }
                    offset += written
                }
                fsync(fd)
                close(fd)
                if offset == box.pointee.panjang { rename(temp.baseAddress!, target.baseAddress!) } else { unlink(temp.baseAddress!) }
            }
        }
    }
}

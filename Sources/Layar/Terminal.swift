/// A terminal the app draws to and reads keys from: ncurses, or a test double.
public protocol Terminal: AnyObject {
    var ukuran: (lebar: Int, tinggi: Int) { get }
    func gambar(_ kanvas: Kanvas)
    /// A key, or nil when none came within `milidetik`.
    func baca(milidetik: Int) -> Tombol?
    func tutup()
}

/// Set from signal handlers; read by the loop and by a terminal waiting for a key.
nonisolated(unsafe) public var sinyalDiterima: Int32 = 0

/// A terminal that only keeps the last canvas: for the benchmark, which drives
/// the app with keys and times update plus view without a real screen.
public final class TerminalDiam: Terminal {
    public let ukuran: (lebar: Int, tinggi: Int)
    public private(set) var terakhir: Kanvas?

    public init(lebar: Int, tinggi: Int) { ukuran = (lebar, tinggi) }
    public func gambar(_ kanvas: Kanvas) { terakhir = kanvas }
    public func baca(milidetik: Int) -> Tombol? { nil }
    public func tutup() {}
}

/// A terminal that only keeps the last canvas: for the benchmark, which drives
/// the app with keys and times update plus view without a real screen.
final class TerminalDiam: Terminal {
    let ukuran: (lebar: Int, tinggi: Int)
    private(set) var terakhir: Kanvas?

    init(lebar: Int, tinggi: Int) { ukuran = (lebar, tinggi) }
    func gambar(_ kanvas: Kanvas) { terakhir = kanvas }
    func baca(milidetik: Int) -> Tombol? { nil }
    func tutup() {}
}

import Model

/// How a cell looks. `nada` is a band's rank (0 best) or a UI role; the
/// backend turns it into a color where the terminal has colors.
public struct Gaya: Equatable, Sendable {
    public enum Peran: UInt8, Sendable { case biasa, judul, pilih, pita0, pita1, pita2, pita3, pita4, redup, galat, batang }
    public var peran: Peran = .biasa
    public var tebal = false
    public var balik = false
    public var garisBawah = false

    public init(peran: Peran = .biasa, tebal: Bool = false, balik: Bool = false, garisBawah: Bool = false) {
        (self.peran, self.tebal, self.balik, self.garisBawah) = (peran, tebal, balik, garisBawah)
    }

    public static let biasa = Gaya()
    public static let tebal = Gaya(tebal: true)
    public static let judul = Gaya(peran: .judul, tebal: true, balik: true)
    public static let pilih = Gaya(peran: .pilih, balik: true)
    public static let redup = Gaya(peran: .redup)
    public static let galat = Gaya(peran: .galat, tebal: true)

    /// The color of a category band: rank 0 is the best.
    public static func pita(_ kategori: Kategori) -> Gaya {
        let five = kategori.jumlahPeringkat >= 5
        let rank = five ? kategori.peringkat : [0, 1, 2, 4][min(kategori.peringkat, 3)]
        let roles: [Peran] = [.pita0, .pita1, .pita2, .pita3, .pita4]
        return Gaya(peran: roles[min(rank, 4)], tebal: rank == 0)
    }
}

/// One terminal cell: a grapheme, its width (2 for wide characters, 0 for the
/// cell a wide character spills into) and its style.
public struct Sel: Equatable, Sendable {
    public var teks: String = " "
    public var lebar: UInt8 = 1
    public var gaya: Gaya = .biasa

    public init(teks: String = " ", lebar: UInt8 = 1, gaya: Gaya = .biasa) {
        (self.teks, self.lebar, self.gaya) = (teks, lebar, gaya)
    }
}

/// The screen in memory: widgets draw here, and a backend copies it to the
/// terminal (only the cells that changed) or prints it as lines in tests.
public struct Kanvas: Equatable, Sendable {
    public let lebar: Int
    public let tinggi: Int
    public private(set) var sel: [Sel]

    public init(lebar: Int, tinggi: Int) {
        self.lebar = max(0, lebar)
        self.tinggi = max(0, tinggi)
        sel = Array(repeating: Sel(), count: self.lebar * self.tinggi)
    }

    public subscript(x: Int, y: Int) -> Sel { sel[y * lebar + x] }

    /// Writes `text` at (x, y) clipped to `maks` columns; returns the columns used.
    @discardableResult
    public mutating func tulis(_ x: Int, _ y: Int, _ text: String, _ gaya: Gaya = .biasa, maks: Int? = nil) -> Int {
        guard y >= 0, y < tinggi, x < lebar else { return 0 }
        let limit = min(lebar, x + (maks ?? lebar))
        var col = x
        for character in TeksAman.aman(text, barisBaru: false) {
            let w = LebarTampilan.lebar(String(character))
            if w == 0 {
                if col > x, col - 1 < lebar, col - 1 >= 0 { sel[y * lebar + col - 1].teks.append(character) }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                sel[y * lebar + col] = Sel(teks: String(character), lebar: UInt8(w), gaya: gaya)
                if w == 2 { sel[y * lebar + col + 1] = Sel(teks: "", lebar: 0, gaya: gaya) }
            }
            col += w
        }
        return col - x
    }

    /// Fills a row span with spaces in a style.
    public mutating func isi(_ x: Int, _ y: Int, _ width: Int, _ gaya: Gaya) {
        guard y >= 0, y < tinggi else { return }
        for col in max(0, x)..<min(lebar, x + width) { sel[y * lebar + col] = Sel(teks: " ", lebar: 1, gaya: gaya) }
    }

    /// Text cut or padded to exactly `width` columns, right-aligned when `kanan`.
    public mutating func kolom(_ x: Int, _ y: Int, _ text: String, _ width: Int, _ gaya: Gaya = .biasa, kanan: Bool = false) {
        tulis(x, y, LebarTampilan.isi(text, width, kanan: kanan), gaya, maks: width)
    }

    /// The screen as lines of text (trailing spaces removed): what tests compare.
    public var baris: [String] {
        (0..<tinggi).map { y in
            var line = ""
            for x in 0..<lebar where self[x, y].lebar > 0 || !self[x, y].teks.isEmpty { line += self[x, y].teks }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}

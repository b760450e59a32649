import Foundation
import Model
import GudangBerkas

/// Two loops of `set` on different cells of one file, as the concurrency tests run them:
/// loop a fills budget realisations, loop b indicator targets and realisations.
struct SetBersamaan {
    let n: Int
    let anggaran: [(String, Int)]
    let indikator: [(String, Int, Int, String)]

    init(_ data: String, n: Int) throws {
        self.n = n
        let d = try Penyimpan.muat(data)
        anggaran = Array(d.indeksSubKegiatan.filter { d.simpul[$0].anggaran?.pagu != nil }.flatMap { i in (1...4).map { (d.simpul[i].kode, $0) } }.prefix(n))
        // Every quarterly target and realisation of every node's indicators.
        indikator = Array(d.simpul.dropFirst().flatMap { node in
            node.indikator.indices.flatMap { i in (1...4).flatMap { tw in ["target", "realisasi"].map { (node.kode, i + 1, tw, $0) } } }
        }.prefix(n))
    }

    /// Enough cells for `n` edits in each loop.
    var cukup: Bool { anggaran.count == n && indikator.count == n }

    /// Writes `a.sh` and `b.sh` into `folder` (the binary as $K); a failed `set` prints GAGAL.
    func tulisSkrip(_ data: String, ke folder: URL) throws {
        let a = anggaran.enumerated().map { "$K set \(data) \($0.element.0) --anggaran --tw \($0.element.1) --realisasi \(1000 + $0.offset) >/dev/null || echo GAGAL" }
        let b = indikator.enumerated().map { "$K set \(data) \($0.element.0) --indikator \($0.element.1) --tw \($0.element.2) --\($0.element.3) \(5000 + $0.offset) >/dev/null || echo GAGAL" }
        try a.joined(separator: "\n").write(toFile: folder.path + "/a.sh", atomically: false, encoding: .utf8)
        try b.joined(separator: "\n").write(toFile: folder.path + "/b.sh", atomically: false, encoding: .utf8)
    }

    /// How many of the 2n edits the file does not hold.
    func hilang(_ after: Dokumen) -> Int {
        var lost = 0
        for (i, (kode, tw)) in anggaran.enumerated() where after.simpul[after.indeks(kode: kode)!].anggaran!.realisasi[tw - 1] != 1000 + i { lost += 1 }
        for (i, (kode, ind, tw, field)) in indikator.enumerated() {
            let q = after.simpul[after.indeks(kode: kode)!].indikator[ind - 1].triwulan[tw - 1]
            if (field == "target" ? q.target : q.realisasi) != Decimal(5000 + i) { lost += 1 }
        }
        return lost
    }
}

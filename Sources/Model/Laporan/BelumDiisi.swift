import Foundation

/// One value still blank for a quarter: the quarter-end worklist.
public struct IsianKosong: Equatable, Sendable {
    public enum Jenis: Equatable, Sendable {
        /// An indicator's realisation where its quarter has a target (1-based indicator number).
        case realisasiIndikator(Int, target: Decimal)
        /// A sub kegiatan's budget realisation where it has a pagu.
        case realisasiAnggaran
        /// The notes a quarter below Baik calls for: penghambat and tindak lanjut.
        case catatan([JenisCatatan])
    }

    /// The node (index into `Dokumen.simpul`), nil for a Renstra indicator.
    public let simpul: Int?
    /// Code, or the Renstra indicator's number.
    public let kode: String
    public let nama: String
    public let jenis: Jenis
}

/// The worklist of a quarter: what staff still have to enter.
public enum BelumDiisi {
    /// Bands from this rank down call for notes (rank 0 is the best; Baik is rank 1 on both scales).
    static let peringkatPerluCatatan = 2

    /// How many entries `daftar` would list, without building them (for a status line).
    public static func jumlah(_ d: Dokumen, tw: Int) -> Int {
        var count = 0
        for node in d.simpul.dropFirst() {
            for ind in node.indikator where ind.triwulan[tw - 1].target != nil && ind.triwulan[tw - 1].realisasi == nil { count += 1 }
            if let budget = node.anggaran, budget.pagu != nil, budget.realisasi[tw - 1] == nil { count += 1 }
            let low = node.indikator.contains { d.skala.kategori($0.capaian(triwulan: tw)).map { $0.peringkat >= peringkatPerluCatatan } ?? false }
            if low && [JenisCatatan.penghambat, .tindakLanjut].contains(where: { (node.catatan[tw - 1][$0] ?? "").isEmpty }) { count += 1 }
        }
        for (_, ind) in d.semuaIndikatorRenstra where ind.triwulan[tw - 1].target != nil && ind.triwulan[tw - 1].realisasi == nil { count += 1 }
        return count
    }

    public static func daftar(_ d: Dokumen, tw: Int) -> [IsianKosong] {
        var out: [IsianKosong] = []
        for i in d.simpul.indices.dropFirst() {
            let node = d.simpul[i]
            for (n, ind) in node.indikator.enumerated() {
                if let target = ind.triwulan[tw - 1].target, ind.triwulan[tw - 1].realisasi == nil {
                    out.append(IsianKosong(simpul: i, kode: node.kode, nama: node.nama, jenis: .realisasiIndikator(n + 1, target: target)))
                }
            }
            if let budget = node.anggaran, budget.pagu != nil, budget.realisasi[tw - 1] == nil {
                out.append(IsianKosong(simpul: i, kode: node.kode, nama: node.nama, jenis: .realisasiAnggaran))
            }
            let low = node.indikator.contains { d.skala.kategori($0.capaian(triwulan: tw)).map { $0.peringkat >= peringkatPerluCatatan } ?? false }
            let missing = [JenisCatatan.penghambat, .tindakLanjut].filter { (node.catatan[tw - 1][$0] ?? "").isEmpty }
            if low && !missing.isEmpty {
                out.append(IsianKosong(simpul: i, kode: node.kode, nama: node.nama, jenis: .catatan(missing)))
            }
        }
        for (_, ind) in d.semuaIndikatorRenstra {
            if let target = ind.triwulan[tw - 1].target, ind.triwulan[tw - 1].realisasi == nil {
                out.append(IsianKosong(simpul: nil, kode: ind.nomor ?? "-", nama: ind.uraian, jenis: .realisasiIndikator(1, target: target)))
            }
        }
        return out
    }
}

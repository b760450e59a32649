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
        for i in d.simpul.indices.dropFirst() { count += jumlah(d, simpul: i, tw: tw) }
        for (_, ind) in d.semuaIndikatorRenstra where kosong(ind, tw) { count += 1 }
        return count
    }

    /// One node's entries (so that an edit recounts only the node it touched).
    public static func jumlah(_ d: Dokumen, simpul i: Int, tw: Int) -> Int {
        guard i > 0 else { return 0 }
        let node = d.simpul[i]
        var count = node.indikator.filter { kosong($0, tw) }.count
        if let budget = node.anggaran, budget.pagu != nil, budget.realisasi[tw - 1] == nil { count += 1 }
        // The notes first: cheap to look at, while a capaian is a division.
        if [JenisCatatan.penghambat, .tindakLanjut].contains(where: { (node.catatan[tw - 1][$0] ?? "").isEmpty }),
           node.indikator.contains(where: { d.skala.kategori($0.capaian(triwulan: tw)).map { $0.peringkat >= peringkatPerluCatatan } ?? false }) {
            count += 1
        }
        return count
    }

    /// One Renstra indicator's entry.
    public static func jumlah(_ d: Dokumen, renstra p: PosisiRenstra, tw: Int) -> Int {
        kosong(d.indikator(.renstra(p)), tw) ? 1 : 0
    }

    static func kosong(_ ind: Indikator, _ tw: Int) -> Bool {
        ind.triwulan[tw - 1].target != nil && ind.triwulan[tw - 1].realisasi == nil
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
            let missing = [JenisCatatan.penghambat, .tindakLanjut].filter { (node.catatan[tw - 1][$0] ?? "").isEmpty }
            if !missing.isEmpty, node.indikator.contains(where: { d.skala.kategori($0.capaian(triwulan: tw)).map { $0.peringkat >= peringkatPerluCatatan } ?? false }) {
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

import Foundation
import Model

/// One value still blank for a quarter: the quarter-end worklist.
public struct IsianKosong: Equatable, Sendable {
    public enum Jenis: Equatable, Sendable {
        /// An indicator's realisation where its quarter has a target (1-based indicator number).
        case realisasiIndikator(Int, target: Decimal)
        /// A sub kegiatan's budget realisation where it has a pagu.
        case realisasiAnggaran
        /// The notes a quarter below Baik calls for: penghambat and tindak lanjut.
        case catatan([JenisCatatan])
        /// A reviewer's note the office has not answered yet.
        case verifikasi(String)
    }

    /// The node (index into `Dokumen.simpul`), nil for a Renstra indicator.
    public let simpul: Int?
    /// Code, or the Renstra indicator's number.
    public let kode: String
    public let nama: String
    public let jenis: Jenis
}

extension IsianKosong.Jenis {
    /// What is still to be entered, for people.
    public func teks(_ b: Bahasa) -> String {
        switch self {
        case .realisasiIndikator(let n, let target):
            return b.t("realisasi indikator \(n) (target \(Format.id(target)))", "indicator \(n) realisation (target \(Format.id(target)))")
        case .realisasiAnggaran: return b.t("realisasi anggaran", "budget realisation")
        case .catatan(let notes):
            return b.t("catatan ", "notes ") + notes.map { $0 == .penghambat ? b.t("penghambat", "hindering factors") : b.t("tindak lanjut", "follow-up") }.joined(separator: ", ")
                + b.t(" (capaian di bawah Baik)", " (achievement below Baik)")
        case .verifikasi(let note): return b.t("catatan verifikasi belum ditanggapi: ", "reviewer's note not answered: ") + note
        }
    }
}

/// The worklist of a quarter: what staff still have to enter.
public enum BelumDiisi {
    /// Bands from this rank down call for notes (rank 0 is the best; Baik is rank 1 on both scales).
    static let peringkatPerluCatatan = 2

    /// How many entries `daftar` would list, without building them (for a status line).
    public static func jumlah(_ d: Dokumen, tw: Int) -> Int {
        let counts = bagian(d) { range in
            let nodes = d.simpul, scale = d.skala
            var count = 0
            for i in range { periksa(nodes, scale, i, tw) { _ in count += 1 } }
            return count
        }
        return counts.reduce(0, +) + d.semuaIndikatorRenstra.filter { kosong($0.1, tw) }.count
    }

    /// One node's entries (so that an edit recounts only the node it touched).
    public static func jumlah(_ d: Dokumen, simpul i: Int, tw: Int) -> Int {
        var count = 0
        periksa(d.simpul, d.skala, i, tw) { _ in count += 1 }
        return count
    }

    /// One Renstra indicator's entry.
    public static func jumlah(_ d: Dokumen, renstra p: PosisiRenstra, tw: Int) -> Int {
        kosong(d.indikator(.renstra(p)), tw) ? 1 : 0
    }

    static func kosong(_ ind: Indikator, _ tw: Int) -> Bool {
        ind.triwulan[tw - 1].target != nil && ind.triwulan[tw - 1].realisasi == nil
    }

    /// The rules, once: each blank entry of node `i` for the quarter, in order.
    static func periksa(_ nodes: DaftarSimpul, _ skala: Skala, _ i: Int, _ tw: Int, _ found: (IsianKosong.Jenis) -> Void) {
        guard i > 0 else { return }
        let node = nodes[i]
        for (n, ind) in node.indikator.enumerated() {
            if let target = ind.triwulan[tw - 1].target, ind.triwulan[tw - 1].realisasi == nil { found(.realisasiIndikator(n + 1, target: target)) }
        }
        if let budget = node.anggaran, budget.pagu != nil, budget.realisasi[tw - 1] == nil { found(.realisasiAnggaran) }
        let note = node.catatan[tw - 1]
        if note.verifikasiTerbuka { found(.verifikasi(note.verifikasi ?? "")) }
        // The notes first: cheap to look at, while a capaian takes arithmetic.
        let hindrance = (note.penghambat ?? "").isEmpty, followUp = (note.tindakLanjut ?? "").isEmpty
        guard hindrance || followUp else { return }
        let low = node.indikator.contains { ind in
            let q = ind.triwulan[tw - 1]
            return skala.peringkatPalingRendah(peringkatPerluCatatan, target: q.target, realisasi: q.realisasi, polaritas: ind.polaritas)
        }
        if low { found(.catatan(hindrance && followUp ? [.penghambat, .tindakLanjut] : hindrance ? [.penghambat] : [.tindakLanjut])) }
    }

    /// Work over the nodes in as many parts as there are processors, results in node order.
    /// The dataset is only read meanwhile.
    static func bagian<T>(_ d: Dokumen, _ work: (Range<Int>) -> T) -> [T] {
        let count = d.simpul.count
        let parts = count < 20_000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard parts > 1 else { return [work(1..<max(1, count))] }
        let size = (count + parts - 1) / parts
        nonisolated(unsafe) var results = [T?](repeating: nil, count: parts)
        nonisolated(unsafe) let job = work
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                out[p] = job(max(1, p * size)..<min(count, (p + 1) * size))
            }
        }
        return results.map { $0! }
    }

    public static func daftar(_ d: Dokumen, tw: Int) -> [IsianKosong] {
        var out = bagian(d) { range in
            var part: [IsianKosong] = []
            let nodes = d.simpul, scale = d.skala
            for i in range {
                periksa(nodes, scale, i, tw) { part.append(IsianKosong(simpul: i, kode: nodes[i].kode, nama: nodes[i].nama, jenis: $0)) }
            }
            return part
        }.flatMap { $0 }
        for (_, ind) in d.semuaIndikatorRenstra {
            if let target = ind.triwulan[tw - 1].target, ind.triwulan[tw - 1].realisasi == nil {
                out.append(IsianKosong(simpul: nil, kode: ind.nomor ?? "-", nama: ind.uraian, jenis: .realisasiIndikator(1, target: target)))
            }
        }
        return out
    }
}

import Foundation
import Model
import Testing

/// The rollups worked out side by side for a first screen are the ones worked out node by node.
@Suite struct RingkasanTests {
    @Test(arguments: [1, 2, 4])
    func rollupsSideBySideEqualThoseNodeByNode(tw: Int) throws {
        for shape in [try Sampel.muat().berkas(), Generator.buat(subKegiatan: 400, seed: 4)] {
            let ahead = try Dokumen(berkas: shape), lazy = try Dokumen(berkas: shape)
            ahead.hitungRingkasan(sd: tw)
            for i in lazy.simpul.indices {
                #expect(ahead.anggaran(i) == lazy.anggaran(i))
                #expect(ahead.ringkasCapaian(i, sd: tw) == lazy.ringkasCapaian(i, sd: tw))
                #expect(ahead.capaianBaris(i, sd: tw) == lazy.capaianBaris(i, sd: tw))
            }
            // An edit after it moves the rollups as before.
            let sub = lazy.indeksSubKegiatan[3]
            for d in [ahead, lazy] { d.ubah(anggaran: sub, .realisasi(tw: tw), 1_234) }
            #expect(ahead.anggaran(0) == lazy.anggaran(0))
        }
    }

    /// The top rows worked out without keeping the rollups below are the tree's rows.
    @Test(arguments: [1, 3, 4])
    func theTopRowsAloneEqualTheTreesRows(tw: Int) throws {
        for shape in [try Sampel.muat().berkas(), Generator.buat(subKegiatan: 400, seed: 6)] {
            let d = try Dokumen(berkas: shape)
            let top = d.ringkasanAtas(sd: tw)
            let nodes = [0] + d.simpul[0].anak
            #expect(top.count == nodes.count)
            for (row, i) in zip(top, nodes) {
                #expect(row.anggaran == d.anggaran(i))
                #expect(row.capaian == d.capaianBaris(i, sd: tw))
            }
        }
    }
}

import Foundation
import Model


/// What `show` looks up: a node, a tujuan, a sasaran, or one Renstra indicator.
public enum TargetRincian: Equatable, Sendable {
    case simpul(Int)
    case tujuan(Int)
    case sasaran(Int, Int)
    case indikator(PosisiRenstra)

    /// A budget code, a tujuan or sasaran number, or a Renstra indicator number.
    public static func cari(_ kode: String, di dokumen: Dokumen) -> TargetRincian? {
        if let i = dokumen.indeks(kode: kode) { return .simpul(i) }
        if let p = dokumen.posisi(nomor: kode) { return .indikator(p) }
        for (t, tujuan) in dokumen.renstra.tujuan.enumerated() {
            if tujuan.nomor == kode { return .tujuan(t) }
            if let s = tujuan.sasaran.firstIndex(where: { $0.nomor == kode }) { return .sasaran(t, s) }
        }
        return nil
    }
}

/// The detail of one node or Renstra item as JSON (for scripts) or text (for people).
public enum Rincian {
    public static func json(_ dokumen: Dokumen, _ target: TargetRincian, tw: Int) -> JSONNilai {
        switch target {
        case .simpul(let i):
            let node = dokumen.simpul[i]
            var pairs: [(String, JSONNilai)] = [
                ("kode", .teks(node.kode)), ("nama", .teks(node.nama)), ("tingkat", .teks(node.tingkat.rawValue)),
                ("triwulan_aktif", .bulat(tw)),
                ("anggaran", anggaranJSON(dokumen, i, tw: tw)),
                ("indikator", .daftar(node.indikator.map { indikatorJSON(dokumen, $0, tw: tw) })),
                ("mendukung", .daftar(node.mendukung.map { .teks($0) })),
            ]
            if !node.anak.isEmpty {
                let r = dokumen.ringkasCapaian(i, sd: tw)
                var levels: [(String, JSONNilai)] = []
                for level in [Tingkat.program, .kegiatan, .subKegiatan] where r[level].terhitung + r[level].tanpaCapaian > 0 {
                    levels.append((level.rawValue, rerataJSON(dokumen, r[level])))
                }
                pairs.append(("rerata_capaian_bawahan", .objek(levels)))
                pairs.append(("anak", .daftar(node.anak.map { c in
                    let child = dokumen.simpul[c]
                    let sum = dokumen.anggaran(c)
                    let mean = dokumen.capaianBaris(c, sd: tw)
                    return .objek([("kode", .teks(child.kode)), ("nama", .teks(child.nama)),
                                   ("pagu", .bulat(sum.paguAda)), ("realisasi", .bulat(sum.realisasiSd(tw))),
                                   ("serapan", .persen(sum.serapan(sd: tw))), ("capaian", .persen(mean.nilai))])
                })))
            }
            return .objek(pairs)
        case .tujuan(let t):
            let tujuan = dokumen.renstra.tujuan[t]
            return .objek([("nomor", .teks(tujuan.nomor)), ("nama", .teks(tujuan.uraian)), ("tingkat", .teks("tujuan")),
                           ("triwulan_aktif", .bulat(tw)),
                           ("anggaran", ringkasJSON(dokumen.anggaranTujuan(t), tw: tw)),
                           ("indikator", .daftar(tujuan.indikator.map { indikatorJSON(dokumen, $0, tw: tw) })),
                           ("sasaran", .daftar(tujuan.sasaran.indices.map { s in
                               .objek([("nomor", .teks(tujuan.sasaran[s].nomor)), ("nama", .teks(tujuan.sasaran[s].uraian)),
                                       ("capaian", rerataJSON(dokumen, dokumen.capaianSasaran(tujuan: t, sasaran: s, sd: tw)))])
                           }))])
        case .sasaran(let t, let s):
            let sasaran = dokumen.renstra.tujuan[t].sasaran[s]
            return .objek([("nomor", .teks(sasaran.nomor)), ("nama", .teks(sasaran.uraian)), ("tingkat", .teks("sasaran")),
                           ("triwulan_aktif", .bulat(tw)),
                           ("anggaran", ringkasJSON(dokumen.anggaranSasaran(tujuan: t, sasaran: s), tw: tw)),
                           ("indikator", .daftar(sasaran.indikator.map { indikatorJSON(dokumen, $0, tw: tw) })),
                           ("capaian", rerataJSON(dokumen, dokumen.capaianSasaran(tujuan: t, sasaran: s, sd: tw)))])
        case .indikator(let p):
            let ind = dokumen.indikator(.renstra(p))
            guard case .objek(var pairs) = indikatorJSON(dokumen, ind, tw: tw) else { return .kosong }
            pairs.insert(("nomor", .teks(ind.nomor)), at: 0)
            pairs.append(("kondisi_awal", .angka(ind.kondisiAwal)))
            pairs.append(("tahunan", .daftar(dokumen.renstra.tahun.map { year in
                let v = ind.nilai(tahun: year, tahunBerjalan: dokumen.tahun)
                let c = Capaian.hitung(target: v?.target, realisasi: v?.realisasi, polaritas: ind.polaritas).nilai
                return .objek([("tahun", .bulat(year)), ("target", .angka(v?.target)), ("realisasi", .angka(v?.realisasi)),
                               ("satuan", .teks(v?.satuan ?? ind.satuan)), ("capaian", .persen(c))])
            })))
            return .objek(pairs)
        }
    }


    static func anggaranJSON(_ d: Dokumen, _ i: Int, tw: Int) -> JSONNilai {
        guard case .objek(var pairs) = ringkasJSON(d.anggaran(i), tw: tw) else { return .kosong }
        if let own = d.simpul[i].anggaran {
            pairs.insert(("pagu_murni", .bulat(own.paguMurni)), at: 1)
            pairs.insert(("pagu_perubahan", .bulat(own.paguPerubahan)), at: 2)
        }
        return .objek(pairs)
    }

    static func ringkasJSON(_ sum: RingkasAnggaran, tw: Int) -> JSONNilai {
        let pagu = sum.paguAda
        return .objek([
            ("pagu", .bulat(pagu)), ("realisasi", .bulat(sum.realisasiSd(tw))), ("serapan", .persen(sum.serapan(sd: tw))),
            ("selisih", .bulat(sum.selisih(sd: tw))),
            ("triwulan", .daftar((1...4).map { q in
                .objek([("tw", .bulat(q)), ("realisasi", .bulat(sum.realisasiTW(q))),
                        ("realisasi_sd", .bulat(sum.realisasiSd(q))), ("serapan_sd", .persen(sum.serapan(sd: q)))])
            })),
        ])
    }

    static func rerataJSON(_ d: Dokumen, _ mean: Rerata) -> JSONNilai {
        .objek([("capaian", .persen(mean.nilai)), ("kategori", .teks(mean.nilai.map { d.skala.kategori($0).nama })),
                ("terhitung", .bulat(mean.terhitung)), ("tanpa_capaian", .bulat(mean.tanpaCapaian))])
    }

    public static func indikatorJSON(_ d: Dokumen, _ ind: Indikator, tw: Int) -> JSONNilai {
        func kategori(_ c: Capaian) -> JSONNilai { .teks(d.skala.kategori(c)?.nama) }
        let c = ind.capaian(sd: tw)
        var pairs: [(String, JSONNilai)] = [
            ("uraian", .teks(ind.uraian)), ("satuan", .teks(ind.satuan)), ("polaritas", .teks(ind.polaritas.rawValue)),
            ("agregasi", .teks(ind.agregasi.rawValue)),
            ("target", .angka(ind.targetSd(tw))), ("realisasi", .angka(ind.realisasiSd(tw))),
            ("capaian", .persen(c.nilai)), ("kategori", kategori(c)),
        ]
        if case .tidakAda(let why) = c { pairs.append(("alasan", .teks(why.rawValue))) }
        let year = ind.capaianTahun
        pairs.append(("tahun", .objek([("target", .angka(ind.target)), ("realisasi", .angka(ind.realisasiTahun)),
                                       ("capaian", .persen(year.nilai)), ("kategori", kategori(year))])))
        pairs.append(("triwulan", .daftar((1...4).map { q in
            let quarter = ind.triwulan[q - 1]
            let qc = ind.capaian(triwulan: q)
            return .objek([("tw", .bulat(q)), ("target", .angka(quarter.target)), ("realisasi", .angka(quarter.realisasi)),
                           ("capaian", .persen(qc.nilai)), ("kategori", kategori(qc))])
        })))
        return .objek(pairs)
    }
}

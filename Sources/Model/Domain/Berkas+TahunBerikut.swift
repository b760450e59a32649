import Foundation

extension Berkas {
    /// Next year's file from this one: the tree, indicators, links and Renstra carried;
    /// each Renstra indicator's target taken from the Renstra for the new year and this
    /// year's values moved into its history; quarters, notes, stated totals and budget
    /// realisations blank; node indicator targets blank (next year's DPA sets them); the
    /// pagu in force carried as next year's pagu murni, marked to be confirmed.
    public static func tahunBerikut(dari d: Dokumen, tahun: Int? = nil) throws(GalatData) -> Berkas {
        let next = tahun ?? d.tahun + 1
        guard next > d.tahun else {
            throw GalatData(tempat: "tahun", pesan: Pesan(id: "tahun baru \(next) harus sesudah \(d.tahun)",
                                                        en: "the new year \(next) must come after \(d.tahun)"))
        }
        guard d.renstra.tahun.contains(next) else {
            throw GalatData(tempat: "renstra", pesan: Pesan(
                id: "\(next) lewat dari Renstra \(d.renstra.tahunAwal)-\(d.renstra.tahunAkhir); Renstra baru dimulai dengan `kinerja new`",
                en: "\(next) is past the Renstra \(d.renstra.tahunAwal)-\(d.renstra.tahunAkhir); a new Renstra starts with `kinerja new`"))
        }
        var file = d.berkas()
        file.tahun = next
        file.opd.catatan = nil
        for t in file.renstra.tujuan.indices {
            file.renstra.tujuan[t].indikator = file.renstra.tujuan[t].indikator.map { renstraBerikut($0, dari: d.tahun, ke: next) }
            for s in file.renstra.tujuan[t].sasaran.indices {
                file.renstra.tujuan[t].sasaran[s].indikator = file.renstra.tujuan[t].sasaran[s].indikator.map { renstraBerikut($0, dari: d.tahun, ke: next) }
            }
        }
        file.program = file.program.map(simpulBerikut)
        _ = try Dokumen(berkas: file)
        return file
    }

    /// This year's values into the history; the new year's target out of it.
    private static func renstraBerikut(_ ind: Indikator, dari year: Int, ke next: Int) -> Indikator {
        var out = ind
        var history = ind.tahunan ?? [:]
        let kept = history[String(year)]
        history[String(year)] = NilaiTahun(target: ind.target, realisasi: ind.realisasiTahun, satuan: kept?.satuan)
        out.target = history.removeValue(forKey: String(next))?.target
        out.tahunan = history
        out.realisasi = nil
        out.triwulan = Array(repeating: Triwulan(), count: 4)
        return out
    }

    private static func simpulBerikut(_ node: SimpulBerkas) -> SimpulBerkas {
        var out = node
        out.catatan = nil
        out.tertulis = nil
        out.indikator = node.indikator?.map { ind in
            var blank = ind
            blank.target = nil
            blank.realisasi = nil
            blank.triwulan = Array(repeating: Triwulan(), count: 4)
            return blank
        }
        out.kegiatan = node.kegiatan?.map(simpulBerikut)
        out.subKegiatan = node.subKegiatan?.map(simpulBerikut)
        if let budget = node.anggaran {
            var next = Anggaran(paguMurni: budget.pagu)
            next.paguSementara = budget.pagu == nil ? nil : true
            out.anggaran = next
        }
        return out
    }
}

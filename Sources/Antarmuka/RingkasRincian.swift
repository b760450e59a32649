import Foundation
import Model
import Layar

/// A line of the detail pane's summary: a text on the left and, for a figure line,
/// four cells in the summary's columns on the right.
package struct BarisRingkas: Equatable {
    package var teks: String
    package var gaya: Gaya
    package var sel: [SelTampil] = []
}

/// The summary's right-hand columns: pagu or target, realisation, achievement (or
/// absorption), category; the rest of the line is the name.
package struct KolomRingkas {
    /// Below 80 columns the amounts are scaled sooner and a band is its letter, so the
    /// name keeps some room.
    package let lebar: [Int]
    package let x: [Int]
    package let lebarNama: Int

    package init(lebar total: Int) {
        lebar = total >= 80 ? [14, 14, 8, 12] : [11, 11, 8, 4]
        var xs: [Int] = []
        var right = total - 1
        for width in lebar.reversed() {
            right -= width
            xs.insert(right, at: 0)
            right -= 1
        }
        x = xs
        lebarNama = xs[0] - 2
    }
}

/// On a short terminal the detail pane summarises the selected row while the tree has
/// the focus: a line for the budget, a line per indicator as at the active quarter,
/// the quarter's notes. The full detail (every quarter, the cells to edit, the notes
/// in full) opens with Tab or Enter. A cursor move then rewrites a few figures, not
/// a whole grid, which is what a slow link feels.
extension Keadaan {
    package static let tinggiRincianPenuh = 32

    /// The tree has the focus on a terminal too short for the full detail beside it.
    /// A form, a menu, the notes editor and the conflict chooser take the full lower half.
    package var rincianRingkas: Bool {
        guard fokus == .pohon, tinggi < Keadaan.tinggiRincianPenuh else { return false }
        switch mode {
        case .catatan, .pilihKonflik, .menu, .formulir: return false
        default: return true
        }
    }

    /// Where things go on this screen, for this focus.
    package var tata: Tata { Tata(lebar: lebar, tinggi: tinggi, ringkas: rincianRingkas) }

    package func barisRingkas(muat: Int) -> [BarisRingkas] {
        guard let row = barisTerpilih else { return [] }
        let amount = KolomRingkas(lebar: lebar).lebar[0]
        let head = BarisRingkas(teks: labelSd, gaya: .tebal,
                                sel: [SelTampil(teks: "Pagu/Target", gaya: .tebal), SelTampil(teks: t("Realisasi", "Actual"), gaya: .tebal),
                                      SelTampil(teks: t("Capaian", "Achiev."), gaya: .tebal),
                                      SelTampil(teks: t("Kategori", "Category"), gaya: .tebal, pendek: t("Kat.", "Cat."))])
        var lines: [BarisRingkas] = []
        var refs: [(String, RefIndikator)] = []
        var notes: [BarisRingkas] = []
        switch row {
        case .simpul(let i):
            let node = dokumen.simpul[i]
            let sum = dokumen.anggaran(i)
            func rp(_ v: Int?) -> SelTampil { SelTampil(teks: v.map { Keadaan.rupiahRingkas($0, amount) } ?? "-", gaya: v == nil ? .redup : .biasa) }
            let absorbed = sum.serapan(sd: tw).map { SelTampil(teks: Format.persen($0) + "%") } ?? SelTampil(teks: "-", gaya: .redup)
            lines.append(BarisRingkas(teks: t("Anggaran Rp", "Budget Rp"), gaya: .biasa,
                                      sel: [rp(sum.paguAda), rp(sum.realisasiSd(tw)), absorbed, SelTampil(teks: "")]))
            refs = node.indikator.indices.map { ("\($0 + 1).", .simpul(i, $0)) }
            if node.indikator.isEmpty { lines.append(BarisRingkas(teks: t("(tidak ada indikator)", "(no indicators)"), gaya: .redup)) }
            notes = ringkasCatatan(node.catatan[tw - 1])
        case .tujuan(let tIndex):
            let tujuan = dokumen.renstra.tujuan[tIndex]
            refs = tujuan.indikator.indices.map { ("\($0 + 1).", .renstra(PosisiRenstra(tujuan: tIndex, sasaran: nil, indikator: $0))) }
            notes = tujuan.sasaran.indices.map {
                BarisRingkas(teks: "Sasaran \(tujuan.sasaran[$0].nomor): " + teksRerata(dokumen.capaianSasaran(tujuan: tIndex, sasaran: $0, sd: tw)), gaya: .biasa)
            }
        case .sasaran(let tIndex, let s):
            let sasaran = dokumen.renstra.tujuan[tIndex].sasaran[s]
            lines.append(BarisRingkas(teks: t("Rata-rata capaian: ", "Mean achievement: ") + teksRerata(dokumen.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw)), gaya: .biasa))
            refs = sasaran.indikator.indices.map { (sasaran.indikator[$0].nomor ?? "\($0 + 1).", .renstra(PosisiRenstra(tujuan: tIndex, sasaran: s, indikator: $0))) }
        case .indikator(let p):
            refs = [(dokumen.indikator(.renstra(p)).nomor ?? "-", .renstra(p))]
        }
        // Notes and the way to the full detail keep their lines; indicators take what is left.
        let room = max(1, muat - 1 - lines.count - notes.count)
        var shown = refs.prefix(refs.count > room ? room - 1 : room).map { barisRingkasIndikator($0.1, label: $0.0) }
        if refs.count > shown.count {
            shown.append(BarisRingkas(teks: t("… \(refs.count - shown.count) indikator lagi (Tab: rincian lengkap)",
                                            "… \(refs.count - shown.count) more indicators (Tab: full detail)"), gaya: .redup))
        }
        return [head] + lines + shown + notes
    }

    private func barisRingkasIndikator(_ ref: RefIndikator, label: String) -> BarisRingkas {
        let ind = dokumen.indikator(ref)
        let c = ind.capaian(sd: tw)
        return BarisRingkas(teks: label + " " + ind.uraian, gaya: .biasa,
                            sel: [angka(ind.targetSd(tw), nil), angka(ind.realisasiSd(tw), nil), teksCapaian(c), teksKategori(c)])
    }

    /// The quarter's notes in a line: the first one written, or that none is; a reviewer's
    /// note still unanswered gets a line of its own.
    private func ringkasCatatan(_ note: Catatan) -> [BarisRingkas] {
        let quarter = t("Catatan ", "Notes ") + namaTW[tw - 1]
        let labels = labelCatatanKantor
        var lines: [BarisRingkas]
        if let (k, jenis) = JenisCatatan.kantor.enumerated().first(where: { note[$0.element] != nil }) {
            let text = (note[jenis] ?? "").replacingOccurrences(of: "\n", with: " ⏎ ")
            lines = [BarisRingkas(teks: quarter + " · " + labels[k] + ": " + text, gaya: .biasa)]
        } else {
            lines = [BarisRingkas(teks: quarter + t(": belum ada (tekan c untuk menulis)", ": none yet (press c to write)"), gaya: .redup)]
        }
        if let review = note.verifikasi, !review.isEmpty, note.tanggapan == nil {
            lines.append(BarisRingkas(teks: t("Catatan verifikasi belum ditanggapi (tekan V): ", "Reviewer's note not answered yet (press V): ") + review, gaya: .galat))
        }
        return lines
    }
}

extension Keadaan {
    /// Draws the summary below the detail's title line; its last line says how to open the rest.
    package func gambarRingkas(_ k: inout Kanvas, _ tata: Tata) {
        let y0 = tata.atasRincian
        let cols = KolomRingkas(lebar: lebar)
        // Clipped to the pane: a tujuan with many sasaran has more lines than room.
        for (r, line) in barisRingkas(muat: tata.barisRincian - 1).prefix(tata.barisRincian - 1).enumerated() {
            let y = y0 + 1 + r
            guard line.sel.count == 4 else {
                k.tulis(1, y, LebarTampilan.potong(line.teks, lebar - 2), line.gaya)
                continue
            }
            if line.gaya == .tebal { k.isi(1, y, lebar - 2, .tebal) }
            k.kolom(1, y, line.teks, cols.lebarNama, line.gaya)
            for (n, cell) in line.sel.enumerated() {
                k.kolom(cols.x[n], y, cell.teks(muat: cols.lebar[n]), cols.lebar[n], cell.gaya, kanan: n < 3)
            }
        }
        k.tulis(1, y0 + tata.barisRincian, LebarTampilan.potong(
            t("Tab: rincian lengkap (per triwulan, ubah nilai, catatan)",
              "Tab: full detail (each quarter, edit values, notes)"), lebar - 2), .redup)
    }
}

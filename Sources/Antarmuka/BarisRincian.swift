import Foundation
import Model
import Layar

/// A cell of the detail grid: its text, style, and where an edit would go.
package struct SelTampil: Equatable {
    package var teks: String
    package var gaya: Gaya = .biasa
    package var alamat: AlamatSel?
    /// A shorter text for a column too narrow for `teks` (a band's letter for its name).
    package var pendek: String?

    /// What a column `lebar` wide shows: the shorter text when the whole one does not fit.
    package func teks(muat lebar: Int) -> String { LebarTampilan.lebar(teks) > lebar ? pendek ?? teks : teks }
}

/// A line of the detail pane: free text, a column header, or a grid row of
/// six cells (TW I..IV, s.d. TW n, year).
package enum BarisRincian: Equatable {
    case teks(String, Gaya)
    case kepala(String, [String])
    case grid(String, [SelTampil?])

    package var bisaDisunting: Bool {
        if case .grid(_, let cells) = self { return cells.contains { $0?.alamat != nil } }
        return false
    }

    package func sel(_ kolom: Int) -> SelTampil? {
        if case .grid(_, let cells) = self, cells.indices.contains(kolom) { return cells[kolom] }
        return nil
    }
}

extension Keadaan {
    package var namaTW: [String] { (1...4).map { t("TW ", "Q") + (bahasa == .id ? TW.nama($0) : "\($0)") } }
    /// The office's three notes by name, in `JenisCatatan.kantor`'s order.
    package var labelCatatanKantor: [String] { [t("Pendorong", "Drivers"), t("Penghambat", "Obstacles"), t("Tindak lanjut", "Follow-up")] }
    package var labelSd: String { t("s.d.TW ", "to Q") + (bahasa == .id ? TW.nama(tw) : "\(tw)") }

    /// A money amount that fits `width` columns: grouped, or in juta/miliar/triliun when too long.
    package static func rupiahRingkas(_ value: Int, _ width: Int) -> String {
        let full = Format.rupiah(value)
        if full.count <= width { return full }
        let units: [(Decimal, String)] = [(1_000_000_000_000, " T"), (1_000_000_000, " M"), (1_000_000, " jt")]
        for (size, suffix) in units where Decimal(value.magnitude) >= size {
            // Two decimals where they fit, fewer in a narrower column (196,85 jt, 196,8 jt, 197 jt).
            let scaled = [2, 1, 0].map { Format.id(Decimal(value) / size, decimals: $0) + suffix }
            return scaled.first { $0.count <= width } ?? scaled[2]
        }
        return full
    }

    package func teksCapaian(_ c: Capaian) -> SelTampil {
        guard let value = c.nilai else { return SelTampil(teks: "-", gaya: .redup) }
        return SelTampil(teks: Format.persen(value), gaya: Gaya.pita(dokumen.skala.kategori(value)))
    }

    package func teksKategori(_ c: Capaian) -> SelTampil {
        guard let value = c.nilai else { return SelTampil(teks: "-", gaya: .redup) }
        let band = dokumen.skala.kategori(value)
        return SelTampil(teks: band.nama(bahasa), gaya: Gaya.pita(band), pendek: band.singkatan)
    }

    package func angka(_ v: Decimal?, _ alamat: AlamatSel?) -> SelTampil {
        SelTampil(teks: v.map { Format.id($0) } ?? "-", gaya: v == nil ? .redup : .biasa, alamat: alamat)
    }

    /// The rows of one indicator: header, target, realisasi, capaian, kategori.
    package func barisIndikator(_ ref: RefIndikator, label: String) -> [BarisRincian] {
        let ind = dokumen.indikator(ref)
        var rows: [BarisRincian] = [
            .teks("\(label) \(ind.uraian)", .tebal),
            .teks("   " + t("satuan ", "unit ") + ind.satuan + " · " + t("polaritas ", "polarity ") + ind.polaritas.rawValue
                  + " · " + t("agregasi ", "rule ") + ind.agregasi.rawValue, .redup),
            .kepala("", namaTW + [labelSd, t("Tahun", "Year")]),
        ]
        var target: [SelTampil?] = (1...4).map { angka(ind.triwulan[$0 - 1].target, .indikator(ref, .target(tw: $0))) }
        target += [angka(ind.targetSd(tw), nil), angka(ind.target, .indikator(ref, .target(tw: nil)))]
        var actual: [SelTampil?] = (1...4).map { angka(ind.triwulan[$0 - 1].realisasi, .indikator(ref, .realisasi(tw: $0))) }
        actual += [angka(ind.realisasiSd(tw), nil), angka(ind.realisasiTahun, nil)]
        let quarters = (1...4).map { ind.capaian(triwulan: $0) } + [ind.capaian(sd: tw), ind.capaianTahun]
        rows.append(.grid("Target", target))
        rows.append(.grid(t("Realisasi", "Actual"), actual))
        rows.append(.grid(t("Capaian %", "Achiev. %"), quarters.map(teksCapaian)))
        rows.append(.grid(t("Kategori", "Category"), quarters.map(teksKategori)))
        let sd = quarters[4].nilai.map { dokumen.skala.kategori($0).nama(bahasa) } ?? "-"
        let year = quarters[5].nilai.map { dokumen.skala.kategori($0).nama(bahasa) } ?? "-"
        rows.append(.teks("   " + t("Kategori ", "Category ") + labelSd + ": " + sd + " · " + t("Tahun: ", "Year: ") + year,
                          quarters[4].nilai.map { Gaya.pita(dokumen.skala.kategori($0)) } ?? .redup))
        if case .tidakAda(let why) = ind.capaian(sd: tw) {
            rows.append(.teks("   " + t("Capaian s.d. TW: -, ", "Achievement to date: -, ") + why.pesan.teks(bahasa), .redup))
        }
        return rows
    }

    /// The budget rows of a node: its own editable ones for a sub kegiatan, sums otherwise.
    package func barisAnggaran(_ i: Int, lebarSel: Int) -> [BarisRincian] {
        let sum = dokumen.anggaran(i)
        func rp(_ v: Int?, _ alamat: AlamatSel? = nil) -> SelTampil {
            SelTampil(teks: v.map { Keadaan.rupiahRingkas($0, lebarSel) } ?? "-", gaya: v == nil ? .redup : .biasa, alamat: alamat)
        }
        var rows: [BarisRincian] = [.kepala(t("Anggaran Rp", "Budget Rp"), namaTW + [labelSd, t("Serapan", "Absorbed")])]
        let serapan = sum.serapan(sd: tw).map { SelTampil(teks: Format.persen($0) + "%") } ?? SelTampil(teks: "-", gaya: .redup)
        if let own = dokumen.simpul[i].anggaran {
            let provisional = own.paguSementara == true
            rows.append(.grid(provisional ? t("Pagu smtr", "Pagu prov.") : t("Pagu murni", "Pagu orig."),
                              [rp(own.paguMurni, .anggaran(i, .paguMurni)), nil, nil, nil, nil, nil]))
            rows.append(.grid(t("Perubahan", "Pagu rev."), [rp(own.paguPerubahan, .anggaran(i, .paguPerubahan)), nil, nil, nil, nil, nil]))
            rows.append(.grid(t("Realisasi", "Spent"), (1...4).map { rp(own.realisasi[$0 - 1], .anggaran(i, .realisasi(tw: $0))) }
                              + [rp(sum.realisasiSd(tw)), serapan]))
        } else {
            rows.append(.grid("Pagu", [rp(sum.paguAda), nil, nil, nil, nil, nil]))
            rows.append(.grid(t("Realisasi", "Spent"), (1...4).map { rp(sum.realisasiTW($0)) } + [rp(sum.realisasiSd(tw)), serapan]))
        }
        return rows
    }

    package func teksRerata(_ mean: Rerata) -> String {
        guard let value = mean.nilai else { return "- (\(mean.tanpaCapaian) " + t("tanpa capaian)", "without)") }
        return Format.persen(value) + "% " + dokumen.skala.kategori(value).nama(bahasa) + " (\(mean.terhitung))"
    }

    /// Everything the detail pane shows for the selected row.
    package func barisRincian(lebarSel: Int) -> [BarisRincian] {
        guard let row = barisTerpilih else { return [] }
        var rows: [BarisRincian] = []
        switch row {
        case .simpul(let i):
            let node = dokumen.simpul[i]
            rows += barisAnggaran(i, lebarSel: lebarSel)
            // A node without a budget of its own has one budget row fewer; its mean line takes
            // that place, so the indicators start on the same line at every level and stay put
            // as the cursor moves.
            if node.anggaran == nil {
                let r = dokumen.ringkasCapaian(i, sd: tw)
                let parts = [Tingkat.program, .kegiatan, .subKegiatan].filter { r[$0].terhitung + r[$0].tanpaCapaian > 0 }
                    .map { $0.nama(bahasa) + " " + teksRerata(r[$0]) }
                rows.append(.teks(t("Rata-rata capaian: ", "Mean achievement: ") + (parts.isEmpty ? "-" : parts.joined(separator: " · ")),
                                  parts.isEmpty ? .redup : .biasa))
            }
            for n in node.indikator.indices { rows += barisIndikator(.simpul(i, n), label: "\(n + 1).") }
            if node.indikator.isEmpty { rows.append(.teks(t("(tidak ada indikator)", "(no indicators)"), .redup)) }
            let note = node.catatan[tw - 1]
            let labels = labelCatatanKantor
            if JenisCatatan.kantor.allSatisfy({ note[$0] == nil }) {
                // Nothing written yet: one line says so, rather than three dashes.
                rows.append(.teks(t("Catatan ", "Notes ") + namaTW[tw - 1] + t(": belum ada (tekan c untuk menulis)", ": none yet (press c to write)"), .redup))
            } else {
                rows.append(.teks(t("Catatan ", "Notes ") + namaTW[tw - 1] + t(" (tekan c untuk menulis)", " (press c to write)"), .tebal))
                for (k, jenis) in JenisCatatan.kantor.enumerated() {
                    let text = (note[jenis] ?? "-").replacingOccurrences(of: "\n", with: " ⏎ ")
                    rows.append(.teks("   " + labels[k] + ": " + text, note[jenis] == nil ? .redup : .biasa))
                }
            }
            if let review = note.verifikasi, !review.isEmpty {
                let by = note.verifikasiOleh.map { " (\($0), \(note.verifikasiWaktu?.prefix(10) ?? ""))" } ?? ""
                rows.append(.teks(t("Catatan verifikasi", "Reviewer's note") + by + ": " + review, .tebal))
                rows.append(.teks("   " + t("Tanggapan: ", "Answer: ") + (note.tanggapan ?? t("belum ditanggapi (tekan V)", "not answered yet (press V)")),
                                  note.tanggapan == nil ? .galat : .biasa))
            }
            if !node.mendukung.isEmpty {
                rows.append(.teks(t("Mendukung: ", "Supports: ") + node.mendukung.joined(separator: ", "), .redup))
            }
        case .tujuan(let tIndex):
            let tujuan = dokumen.renstra.tujuan[tIndex]
            for n in tujuan.indikator.indices {
                rows += barisIndikator(.renstra(PosisiRenstra(tujuan: tIndex, sasaran: nil, indikator: n)), label: "\(n + 1).")
            }
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                rows.append(.teks("Sasaran \(sasaran.nomor): " + teksRerata(dokumen.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw)), .biasa))
            }
            let sum = dokumen.anggaranTujuan(tIndex)
            rows.append(.teks(t("Anggaran terkait: ", "Linked budget: ") + "Rp " + Format.rupiah(sum.pagu) + " · " + t("serapan ", "absorbed ")
                              + (sum.serapan(sd: tw).map { Format.persen($0) + "%" } ?? "-"), .biasa))
        case .sasaran(let tIndex, let s):
            let sasaran = dokumen.renstra.tujuan[tIndex].sasaran[s]
            rows.append(.teks(t("Rata-rata capaian: ", "Mean achievement: ") + teksRerata(dokumen.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw)), .tebal))
            for n in sasaran.indikator.indices {
                rows += barisIndikator(.renstra(PosisiRenstra(tujuan: tIndex, sasaran: s, indikator: n)), label: sasaran.indikator[n].nomor ?? "\(n + 1).")
            }
        case .indikator(let p):
            let ind = dokumen.indikator(.renstra(p))
            rows += barisIndikator(.renstra(p), label: ind.nomor ?? "-")
            rows.append(.kepala(t("Renstra", "Renstra"), [t("Tahun", "Year"), "Target", t("Realisasi", "Actual"), t("Capaian", "Achiev."), "", ""]))
            rows.append(.grid(t("Kond. awal", "Baseline"), [nil, angka(ind.kondisiAwal, .renstra(.kondisiAwal(p))), nil, nil, nil, nil]))
            // Other years are edited here; the plan's own year is the indicator's target above and its quarters.
            for year in dokumen.renstra.tahun {
                let v = ind.nilai(tahun: year, tahunBerjalan: dokumen.tahun)
                let c = Capaian.hitung(target: v?.target, realisasi: v?.realisasi, polaritas: ind.polaritas)
                let own = year == dokumen.tahun
                rows.append(.grid("", [SelTampil(teks: String(year), gaya: own ? .tebal : .biasa),
                                       angka(v?.target, own ? .indikator(.renstra(p), .target(tw: nil)) : .renstra(.tahunRenstra(p, tahun: year, realisasi: false))),
                                       angka(v?.realisasi, own ? nil : .renstra(.tahunRenstra(p, tahun: year, realisasi: true))), teksCapaian(c), nil, nil]))
            }
        }
        return rows
    }
}

import Foundation
import Model

/// The report view (F5 or r) and the dashboard (F7 or d).
extension Keadaan {
    /// Builds the report view of a table; `kemajuan` hears the rows built so far.
    func susunLaporan(_ laporan: Laporan, kemajuan: (Int) -> Void = { _ in }) -> TampilanLaporan {
        let table = laporan.tabel(dokumen, tw: tw)
        var view = TampilanLaporan(laporan: laporan)
        view.judul = table.judul.teks(bahasa)
        view.kepala = table.kolom.map { $0.judul.teks(bahasa) }
        view.jenis = table.kolom.map(\.jenis)
        table.setiapBaris { row in
            view.isi.append(row)
            if view.isi.count % 20_000 == 0 { kemajuan(view.isi.count) }
        }
        // Widths from the header and the first rows; later rows are cut to fit.
        view.lebar = view.kepala.enumerated().map { i, head in
            min(table.kolom[i].lebarMaks, view.isi.prefix(2000).reduce(LebarTampilan.lebar(head)) {
                max($0, LebarTampilan.lebar(Tabel.teksOrang($1[i], view.jenis[i])))
            })
        }
        return view
    }

    mutating func tanganiLaporan(_ key: Tombol, _ view: TampilanLaporan) -> [Efek] {
        var v = view
        let page = max(1, tinggi - 5)
        let all = Laporan.allCases
        switch key {
        case .esc, .huruf("q"), .f(5), .huruf("r"): mode = .normal; return []
        case .atas, .huruf("k"): v.baris -= 1
        case .bawah, .huruf("j"): v.baris += 1
        case .halamanAtas: v.baris -= page
        case .halamanBawah: v.baris += page
        case .awal: v.baris = 0; v.kolom = 0
        case .akhir: v.baris = v.isi.count
        case .kiri, .huruf("h"): v.kolom -= 1
        case .kanan, .huruf("l"): v.kolom += 1
        case .tab: return [.susunLaporan(all[(all.firstIndex(of: v.laporan)! + 1) % all.count])]
        case .backtab: return [.susunLaporan(all[(all.firstIndex(of: v.laporan)! + all.count - 1) % all.count])]
        case .huruf("["): gantiTW(tw - 1); return [.susunLaporan(v.laporan)]
        case .huruf("]"): gantiTW(tw + 1); return [.susunLaporan(v.laporan)]
        case .huruf("x"): return [.ekspor(v.laporan, .xlsx)]
        case .huruf("v"): return [.ekspor(v.laporan, .csv)]
        case .huruf("m"): return [.ekspor(v.laporan, .md)]
        default: return []
        }
        v.baris = max(0, min(v.baris, max(0, v.isi.count - page)))
        v.kolom = max(0, min(v.kolom, max(0, v.kepala.count - 1)))
        mode = .laporan(v)
        return []
    }

    func gambarLaporan(_ k: inout Kanvas, _ v: TampilanLaporan) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(v.judul + "  [\(v.baris + 1)-\(min(v.isi.count, v.baris + tinggi - 5))/\(v.isi.count)]", lebar - 2), .judul)
        func line(_ y: Int, _ cells: [String], _ style: Gaya) {
            var x = 0
            for i in v.kolom..<cells.count where x < lebar {
                k.kolom(x, y, cells[i], min(v.lebar[i], lebar - x), style, kanan: v.jenis[i] != .teks)
                x += v.lebar[i] + 2
            }
        }
        line(2, v.kepala, Gaya(peran: .judul, tebal: true))
        for r in 0..<(tinggi - 5) where v.baris + r < v.isi.count {
            line(3 + r, v.isi[v.baris + r].enumerated().map { Tabel.teksOrang($0.element, v.jenis[$0.offset]) }, .biasa)
        }
        k.isi(0, tinggi - 2, lebar, .biasa)
        k.tulis(0, tinggi - 2, LebarTampilan.potong(pesan?.teks ?? t("Tab tabel berikut · ←→ geser kolom · [ ] triwulan · x xlsx · v csv · m md · Esc kembali",
                                                                    "Tab next table · ←→ scroll columns · [ ] quarter · x xlsx · v csv · m md · Esc back"), lebar),
                pesan?.galat == true ? .galat : .redup)
    }

    /// Horizontal bars of capaian per sasaran and per program and serapan per program, by band.
    func gambarDasbor(_ k: inout Kanvas) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(t("Dasbor ", "Dashboard ") + namaTW[tw - 1] + " · " + dokumen.skala.nama
                                           + t(" · [ ] triwulan · Esc kembali", " · [ ] quarter · Esc back"), lebar - 2), .judul)
        let labelWidth = 22
        let valueWidth = 20
        let barWidth = max(10, lebar - labelWidth - valueWidth - 3)
        var y = 2
        func bar(_ label: String, _ value: Decimal?) {
            guard y < tinggi - 2 else { return }
            k.kolom(0, y, label, labelWidth)
            if let value {
                let band = dokumen.skala.kategori(value)
                let filled = Int(truncating: NSDecimalNumber(decimal: min(max(value, 0), 150) / 150 * Decimal(barWidth)))
                k.tulis(labelWidth + 1, y, String(repeating: "█", count: filled), Gaya.pita(band))
                k.tulis(labelWidth + 1 + filled, y, String(repeating: "·", count: max(0, barWidth - filled)), .redup)
                let hundred = labelWidth + 1 + barWidth * 100 / 150
                if hundred >= labelWidth + 1 + filled { k.tulis(hundred, y, "|", .redup) }
                k.kolom(labelWidth + 2 + barWidth, y, Format.persen(value) + " " + band.nama(bahasa), valueWidth, Gaya.pita(band))
            } else {
                k.tulis(labelWidth + 1, y, "-", .redup)
            }
            y += 1
        }
        func heading(_ text: String) {
            guard y < tinggi - 2 else { return }
            k.tulis(0, y, text + t(" (skala 0-150%, | = 100%)", " (scale 0-150%, | = 100%)"), .tebal)
            y += 1
        }
        heading(t("Capaian per sasaran", "Achievement per target"))
        for (tIndex, tujuan) in dokumen.renstra.tujuan.enumerated() {
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                bar(sasaran.nomor + " " + sasaran.uraian, dokumen.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw).nilai)
            }
        }
        let programs = dokumen.simpul[0].anak
        heading(t("Capaian per program", "Achievement per program"))
        for p in programs { bar(dokumen.simpul[p].kode + " " + dokumen.simpul[p].nama, dokumen.capaianBaris(p, sd: tw).nilai) }
        heading(t("Serapan anggaran per program", "Budget absorption per program"))
        for p in programs { bar(dokumen.simpul[p].kode + " " + dokumen.simpul[p].nama, dokumen.anggaran(p).serapan(sd: tw)) }
    }
}

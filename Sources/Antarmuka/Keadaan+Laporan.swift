import Foundation
import Model
import Pelaporan
import Layar

/// The report view (F5 or r) and the dashboard (F7 or d).
extension Keadaan {
    /// Builds the report view of a table; `kemajuan` hears the rows built so far.
    package func susunLaporan(_ laporan: Laporan, kemajuan: (Int) -> Void = { _ in }) -> TampilanLaporan {
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

    package mutating func tanganiLaporan(_ key: Tombol, _ view: TampilanLaporan) -> [Efek] {
        var v = view
        let page = max(1, tinggi - 5)
        let all = Laporan.allCases
        if let typing = v.prompt {
            switch key {
            case .esc: v.prompt = nil
            case .enter:
                v.prompt = nil
                if typing.jenis == "/" { v.cariTerakhir = typing.teks }
                cariBaris(&v, typing.teks, kode: typing.jenis == "g", dari: typing.jenis == "g" ? 0 : v.baris)
            default: if let typed = key.ubah(typing.teks) { v.prompt = (typing.jenis, typed) }
            }
            mode = .laporan(v)
            return []
        }
        switch key {
        case .huruf("/"): v.prompt = ("/", "")
        case .huruf("g"): v.prompt = ("g", "")
        case .huruf("n"):
            if let query = v.cariTerakhir { cariBaris(&v, query, kode: false, dari: v.baris + 1) }
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

    /// Scrolls to the first row (from `dari`, wrapping) whose first cell starts with the code,
    /// or whose any cell holds the fragment; says so when there is none.
    private mutating func cariBaris(_ v: inout TampilanLaporan, _ query: String, kode: Bool, dari start: Int) {
        guard !query.isEmpty, !v.isi.isEmpty else { return }
        let count = v.isi.count
        for step in 0..<count {
            let r = (start + step) % count
            let row = v.isi[r]
            let hit = kode ? Tabel.teksOrang(row[0], v.jenis[0]).hasPrefix(query)
                           : row.indices.contains { Tabel.teksOrang(row[$0], v.jenis[$0]).range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            if hit {
                v.baris = r
                pesan = nil
                return
            }
        }
        beriPesan(t("Tidak ditemukan: ", "Not found: ") + query, galat: true)
    }

    package func gambarLaporan(_ k: inout Kanvas, _ v: TampilanLaporan) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(v.judul + "  [\(v.baris + 1)-\(min(v.isi.count, v.baris + tinggi - 5))/\(v.isi.count)]", lebar - 2), .judul)
        // The code (first) column stays while the others scroll.
        func line(_ y: Int, _ cells: [String], _ style: Gaya) {
            guard !cells.isEmpty else { return }
            var x = 0
            k.kolom(x, y, cells[0], min(v.lebar[0], lebar - x), Gaya(peran: style.peran, tebal: true), kanan: v.jenis[0] != .teks)
            x += v.lebar[0] + 2
            for i in max(1, v.kolom)..<max(1, cells.count) where x < lebar && i < cells.count {
                k.kolom(x, y, cells[i], min(v.lebar[i], lebar - x), style, kanan: v.jenis[i] != .teks)
                x += v.lebar[i] + 2
            }
        }
        line(2, v.kepala, Gaya(peran: .judul, tebal: true))
        for r in 0..<(tinggi - 5) where v.baris + r < v.isi.count {
            line(3 + r, v.isi[v.baris + r].enumerated().map { Tabel.teksOrang($0.element, v.jenis[$0.offset]) }, .biasa)
        }
        k.isi(0, tinggi - 2, lebar, .biasa)
        if let typing = v.prompt {
            let x = k.tulis(0, tinggi - 2, typing.jenis == "/" ? t("Cari di tabel: ", "Search the table: ") : t("Lompat ke kode: ", "Go to code: "), .tebal)
            k.tulis(x, tinggi - 2, typing.teks + "▏", Gaya(peran: .pilih, balik: true))
            return
        }
        if let pesan { return tulisPesan(&k, pesan, y: tinggi - 2) }
        k.tulis(0, tinggi - 2, LebarTampilan.potong(t("Tab tabel · ←→ kolom · [] TW · / cari · g kode · x xlsx v csv m md · Esc",
                                                                    "Tab table · ←→ columns · [] quarter · / find · g code · x xlsx v csv m md · Esc"), lebar),
                .redup)
    }

    /// Horizontal bars of capaian per sasaran and per program and serapan per program, by band.
    package func gambarDasbor(_ k: inout Kanvas) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(t("Dasbor ", "Dashboard ") + namaTW[tw - 1] + " · " + dokumen.skala.nama
                                           + t(" · [ ] triwulan · ↑↓ gulir · Esc kembali", " · [ ] quarter · ↑↓ scroll · Esc back"), lebar - 2), .judul)
        let labelWidth = 22
        let valueWidth = 20
        let barWidth = max(10, lebar - labelWidth - valueWidth - 3)
        // The scale's legend first; then the bars, scrolled by ↑↓ PgUp PgDn.
        k.tulis(0, 2, LebarTampilan.potong(legendaSkala, lebar), .redup)
        var y = 3 - gulirDasbor
        func bar(_ label: String, _ value: Decimal?) {
            defer { y += 1 }
            guard y >= 3, y < tinggi - 2 else { return }
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
        }
        func heading(_ text: String) {
            defer { y += 1 }
            guard y >= 3, y < tinggi - 2 else { return }
            k.tulis(0, y, text + t(" (skala 0-150%, | = 100%)", " (scale 0-150%, | = 100%)"), .tebal)
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

extension Keadaan {
    /// The dashboard's lines below its legend: three headings and the bars.
    package var barisDasbor: Int {
        3 + dokumen.renstra.tujuan.map(\.sasaran.count).reduce(0, +) + 2 * dokumen.simpul[0].anak.count
    }

    /// The category scale in one line: each band, its letter (shown where the name does not
    /// fit) and where it starts.
    package var legendaSkala: String {
        let bands = dokumen.skala.pita.map { band in
            (bahasa == .id ? band.nama : band.namaEn) + " (\(band.singkatan))" + (band.batas.map { (band.termasukBatas ? " ≥" : " >") + Format.id($0) } ?? "")
        }
        return t("Skala: ", "Scale: ") + bands.joined(separator: " · ")
    }
}

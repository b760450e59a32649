import Foundation
import Model
import Layar

/// view: the state drawn into a canvas. Pure apart from reading cached rollups.
extension Keadaan {
    package func gambar() -> Kanvas {
        var k = Kanvas(lebar: lebar, tinggi: tinggi)
        let tata = self.tata
        guard tata.cukup else {
            let lines = [t("Layar terlalu kecil", "Terminal too small"),
                         t("perlu paling sedikit \(Tata.lebarMin)x\(Tata.tinggiMin),", "needs at least \(Tata.lebarMin)x\(Tata.tinggiMin),"),
                         t("sekarang \(lebar)x\(tinggi)", "now \(lebar)x\(tinggi)")]
            for (n, line) in lines.enumerated() { k.tulis(0, n, line, n == 0 ? .galat : .biasa) }
            return k
        }
        gambarStatus(&k)
        gambarPohon(&k, tata)
        gambarRincian(&k, tata)
        gambarPesan(&k, tata)
        gambarFungsi(&k, tata)
        if case .catatan(let editor) = mode { gambarCatatan(&k, tata, editor) }
        if mode == .bantuan { gambarBantuan(&k) }
        if case .laporan(let view) = mode { gambarLaporan(&k, view) }
        if mode == .dasbor { gambarDasbor(&k) }
        if case .pilihKonflik(let view) = mode { gambarPilihKonflik(&k, tata, view) }
        if case .kosong(let list) = mode { gambarDaftarKosong(&k, list) }
        if case .menu(let items) = mode { gambarMenu(&k, tata, items) }
        if case .formulir(let form) = mode { gambarFormulir(&k, tata, form) }
        if case .pratinjauImpor(let view) = mode { gambarPratinjauImpor(&k, view) }
        if case .temuan(let list) = mode {
            gambarDaftarTeks(&k, judul: t("Periksa: \(list.isi.count) temuan", "Check: \(list.isi.count) findings"),
                             baris: list.isi.enumerated().map { ($0.offset == list.kursor ? "▸ " : "  ") + $0.element.tempat + ": " + $0.element.pesan.teks(bahasa) },
                             gulir: max(0, list.kursor - (tinggi - 6)),
                             tombol: t("Enter ke tempatnya · u perbarui / x hapus total tertulis · Esc kembali", "Enter to the place · u update / x drop stated totals · Esc back"))
        }
        if case .riwayat(let list) = mode {
            gambarDaftarTeks(&k, judul: list.judul, baris: list.baris, gulir: list.gulir,
                             tombol: list.tombol ?? t("Terbaru di atas · ↑↓ PgUp PgDn gulir · tombol lain kembali", "Newest first · ↑↓ PgUp PgDn scroll · any other key back"))
        }
        return k
    }

    private func gambarStatus(_ k: inout Kanvas) {
        k.isi(0, 0, lebar, .judul)
        let file = basisData ?? URL(fileURLWithPath: path).lastPathComponent
        var state: String
        if hanyaBaca || hakGudang == .tidak { state = t("HANYA-BACA", "READ-ONLY") } else if menyimpan != nil { state = t("menyimpan…", "saving…") } else if belumDisimpan { state = t("● belum disimpan", "● unsaved") } else if let time = waktuSimpan {
            state = t("tersimpan ", "saved ") + Keadaan.jam(time)
        } else { state = t("tersimpan", "saved") }
        // Shown once counted for this quarter and these values (the count is taken in quiet moments).
        let count = kosong.flatMap { $0.tw == tw && $0.revisi == dokumen.revisi ? $0.jumlah : nil }
        let blank = count.map { $0 > 0 ? t("\($0) kosong │ ", "\($0) blank │ ") : "" } ?? ""
        let changed = (hakGudang == .bappeda ? tandaHak.map { $0 + " │ " } ?? "" : "") + (berubahDiLuar ? t("berkas berubah │ ", "file changed │ ") : "") + (terputus == nil ? "" : t("terputus │ ", "offline │ "))
            + (hadirLain.isEmpty ? "" : t("+\(hadirLain.count) sesi │ ", "+\(hadirLain.count) open │ "))
        // Every closed quarter is told: the active one's closing, and the others'.
        let others = dokumen.kunci.keys.filter { $0 != tw }.sorted()
        let named = others.map { bahasa == .id ? namaTW[$0 - 1].replacingOccurrences(of: "TW ", with: "") : "Q\($0)" }.joined(separator: ",")
        let closed = (dokumen.kunci[tw] == nil ? "" : t(" ditutup", " closed"))
            + (others.isEmpty ? "" : dokumen.kunci[tw] == nil ? t(" │ \(named) ditutup", " │ \(named) closed") : t(", juga \(named)", ", also \(named)"))
        let right = " \(namaTW[tw - 1])\(closed) │ \(blank)\(changed)\(state) "
        let rightWidth = LebarTampilan.lebar(right)
        // The program's name gives way first when the line is tight.
        if mode.formBerkasBaru {
            k.tulis(0, 0, LebarTampilan.potong(" kinerja │ \(file) │ " + t("berkas baru", "new file"), lebar), .judul)
            return
        }
        var left = " kinerja │ \(file) │ \(dokumen.opd.nama) \(dokumen.tahun)"
        if LebarTampilan.lebar(left) > lebar - rightWidth - 1 { left = " \(file) │ \(dokumen.opd.nama) \(dokumen.tahun)" }
        k.tulis(0, 0, LebarTampilan.potong(left, lebar - rightWidth - 1), .judul)
        k.tulis(lebar - rightWidth, 0, right, belumDisimpan && !hanyaBaca ? Gaya(peran: .judul, tebal: true, balik: true) : .judul)
    }

    package static func jam(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// Column positions of the tree: prefix, name, then four value columns.
    package struct KolomPohon {
        let nilai2 = 7, nilai3 = 8, nilai4 = 11
        let awalan: Int
        let nama: Int
        /// Amounts: whole up to hundreds of trillions on a wide screen, scaled (jt, M, T) on a narrow one.
        let nilai1: Int
        /// Codes take what they need; names take the rest (and are the ones cut).
        init(lebar: Int, awalan: Int) {
            self.awalan = awalan
            nilai1 = lebar >= 120 ? 19 : 14
            nama = max(8, lebar - awalan - 31 - nilai1)
        }
        var x: [Int] {
            let a = awalan + 1, b = a + nama + 1, c = b + nilai1 + 1, d = c + nilai2 + 1, e = d + nilai3 + 1
            return [0, a, b, c, d, e]
        }
    }

    private func gambarPohon(_ k: inout Kanvas, _ tata: Tata) {
        let cols = KolomPohon(lebar: lebar, awalan: lebarKode)
        let x = cols.x
        let y0 = tata.atasPohon
        let headStyle = Gaya(peran: .judul, tebal: true)
        k.isi(0, y0, lebar, headStyle)
        let heads = lihatRenstra
            ? [t("No.", "No."), t("Tujuan / Sasaran / Indikator", "Goal / Target / Indicator"), "Target", t("Real.", "Actual"), t("Capaian", "Achiev."), t("Kategori", "Category")]
            : [t("Kode", "Code"), t("Nama", "Name"), "Pagu (Rp)", t("Serapan", "Absorb."), t("Capaian", "Achiev."), t("Kategori", "Category")]
        let widths = [cols.awalan, cols.nama, cols.nilai1, cols.nilai2, cols.nilai3, cols.nilai4]
        for n in 0..<6 { k.kolom(x[n], y0, heads[n], widths[n], headStyle, kanan: n >= 2 && n <= 4) }
        for r in 0..<tata.barisPohon {
            let index = gulir + r
            guard baris.indices.contains(index) else { break }
            let y = y0 + 1 + r
            let selected = index == kursor
            let base: Gaya = selected ? (fokus == .pohon ? .pilih : Gaya(peran: .pilih, garisBawah: true)) : .biasa
            // The code carries the highlight; the name and figures stay as they are, so a
            // move rewrites two codes rather than two whole rows.
            if selected { k.isi(0, y, x[1] - 1, base) }
            var cells = selPohon(baris[index])
            // Changed by others a moment ago: marked in the margin.
            if case .simpul(let i) = baris[index], sorotan.contains(i) { cells[0].teks = "•" + cells[0].teks.dropFirst() }
            for n in 0..<6 {
                var style = cells[n].gaya
                if selected, n == 0 { style.balik = fokus == .pohon; style.garisBawah = fokus != .pohon; if style.peran == .biasa { style.peran = .pilih } }
                // A band's name too wide for a narrow terminal's column is its letter (the dashboard's legend names it).
                k.kolom(x[n], y, cells[n].teks(muat: min(widths[n], lebar - x[n])), widths[n], style, kanan: n >= 2 && n <= 4)
            }
        }
    }

    /// The six cells of a tree row.
    package func selPohon(_ row: BarisPohon) -> [SelTampil] {
        let marker = punyaAnak(row) ? (terbuka(row) ? "▾ " : "▸ ") : "  "
        switch row {
        case .simpul(let i):
            let node = dokumen.simpul[i]
            let depth = max(0, dokumen.leluhur(i).count - 1)
            let sum = dokumen.anggaran(i)
            let mean = dokumen.capaianBaris(i, sd: tw)
            let code = node.tingkat == .opd ? "OPD" : node.kode
            let band = mean.nilai.map { dokumen.skala.kategori($0) }
            return [SelTampil(teks: String(repeating: " ", count: min(depth, 2)) + marker + code, gaya: node.tingkat == .subKegiatan ? .biasa : .tebal),
                    SelTampil(teks: node.nama),
                    // Scaled (juta, M, T) rather than cut when the amount is wider than its column.
                    SelTampil(teks: sum.paguAda.map { Keadaan.rupiahRingkas($0, KolomPohon(lebar: lebar, awalan: lebarKode).nilai1) } ?? "-", gaya: sum.paguAda == nil ? .redup : .biasa),
                    SelTampil(teks: sum.serapan(sd: tw).map(Format.persen) ?? "-"),
                    SelTampil(teks: mean.nilai.map(Format.persen) ?? "-", gaya: band.map(Gaya.pita) ?? .redup),
                    SelTampil(teks: band?.nama(bahasa) ?? "", gaya: band.map(Gaya.pita) ?? .biasa, pendek: band?.singkatan)]
        case .tujuan(let tIndex):
            let tujuan = dokumen.renstra.tujuan[tIndex]
            var mean = Rerata()
            for ind in tujuan.indikator { mean.tambah(ind.capaian(sd: tw)) }
            return renstraSel(marker + tujuan.nomor, "Tujuan: " + tujuan.uraian, nil, nil, mean.nilai)
        case .sasaran(let tIndex, let s):
            let sasaran = dokumen.renstra.tujuan[tIndex].sasaran[s]
            return renstraSel("  " + marker + sasaran.nomor, "Sasaran: " + sasaran.uraian, nil, nil,
                              dokumen.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw).nilai)
        case .indikator(let p):
            let ind = dokumen.indikator(.renstra(p))
            return renstraSel("      " + (ind.nomor ?? "-"), ind.uraian, ind.targetSd(tw), ind.realisasiSd(tw), ind.capaian(sd: tw).nilai)
        }
    }

    private func renstraSel(_ prefix: String, _ name: String, _ target: Decimal?, _ actual: Decimal?, _ value: Decimal?) -> [SelTampil] {
        let band = value.map { dokumen.skala.kategori($0) }
        return [SelTampil(teks: prefix, gaya: .tebal), SelTampil(teks: name),
                SelTampil(teks: target.map { Format.id($0) } ?? ""), SelTampil(teks: actual.map { Format.id($0) } ?? ""),
                SelTampil(teks: value.map(Format.persen) ?? "-", gaya: band.map(Gaya.pita) ?? .redup),
                SelTampil(teks: band?.nama(bahasa) ?? "", gaya: band.map(Gaya.pita) ?? .biasa, pendek: band?.singkatan)]
    }

    package func judulRincian() -> String {
        guard let row = barisTerpilih else { return "" }
        switch row {
        case .simpul(let i):
            let node = dokumen.simpul[i]
            return node.tingkat.nama(bahasa) + " " + (node.tingkat == .opd ? "" : node.kode + " ") + node.nama
        case .tujuan(let tIndex): return "Tujuan \(dokumen.renstra.tujuan[tIndex].nomor) " + dokumen.renstra.tujuan[tIndex].uraian
        case .sasaran(let tIndex, let s):
            let sasaran = dokumen.renstra.tujuan[tIndex].sasaran[s]
            return "Sasaran \(sasaran.nomor) " + sasaran.uraian
        case .indikator(let p): return t("Indikator ", "Indicator ") + (dokumen.indikator(.renstra(p)).nomor ?? "")
        }
    }

    private func gambarRincian(_ k: inout Kanvas, _ tata: Tata) {
        let y0 = tata.atasRincian
        k.isi(0, y0, lebar, Gaya(peran: .judul, tebal: true))
        k.tulis(1, y0, LebarTampilan.potong(judulRincian(), lebar - 2), Gaya(peran: .judul, tebal: true))
        if rincianRingkas { return gambarRingkas(&k, tata) }
        let rows = barisRincian(lebarSel: lebarSel)
        let visible = tata.barisRincian
        // Scrolled by PgUp/PgDn in the detail, and always showing the cell being edited.
        let offset = max(0, min(gulirRincian, rows.count - visible))
        let labelWidth = lebarLabel
        let cellWidth = lebarSel + 1
        var editing: (AlamatSel, String)?
        if case .sunting(let alamat, let text) = mode { editing = (alamat, text) }
        for r in 0..<visible {
            let index = offset + r
            guard rows.indices.contains(index) else { break }
            let y = y0 + 1 + r
            switch rows[index] {
            case .teks(let text, let style):
                k.tulis(1, y, LebarTampilan.potong(text, lebar - 2), style)
            case .kepala(let label, let heads):
                // One bold band: the terminal is not told to switch attributes at every gap.
                k.isi(1, y, labelWidth - 1 + heads.count * cellWidth, .tebal)
                k.kolom(1, y, label, labelWidth - 1, .tebal)
                for (n, head) in heads.enumerated() { k.kolom(labelWidth + n * cellWidth, y, head, cellWidth - 1, .tebal, kanan: true) }
            case .grid(let label, let cells):
                k.kolom(1, y, label, labelWidth - 2, .biasa)
                var previous: Gaya?
                for (n, cell) in cells.enumerated() {
                    guard let cell else { previous = nil; continue }
                    var text = cell.teks(muat: cellWidth - 1)
                    var style = cell.gaya
                    let isCursor = fokus == .rincian && kursorRincian.baris == index && kursorRincian.kolom == n
                    if let (alamat, typed) = editing, cell.alamat == alamat {
                        text = typed + "▏"
                        style = Gaya(peran: .pilih, tebal: true, balik: true)
                    } else if isCursor {
                        style = Gaya(peran: .pilih, tebal: true, balik: true)
                    } else if cell.alamat != nil {
                        style.garisBawah = true
                    }
                    let x = labelWidth + n * cellWidth
                    // Neighbours alike in style read as one band: the gap between them is
                    // drawn in their style, which also spares the terminal two attribute changes.
                    if n > 0, previous == style { k.tulis(x - 1, y, " ", style) }
                    k.kolom(x, y, text, cellWidth - 1, style, kanan: true)
                    previous = style
                }
            }
        }
        if rows.count > offset + visible {
            // Right of the grid's last cell; on the title bar where the grid takes the whole width.
            let x = max(lebar - 3, labelWidth + 6 * cellWidth - 1)
            if x < lebar { k.tulis(x, y0 + visible, "▼", .redup) } else { k.tulis(lebar - 1, y0, "▼", Gaya(peran: .judul, tebal: true)) }
        }
    }

    private func gambarPesan(_ k: inout Kanvas, _ tata: Tata) {
        let y = tata.barisPesan
        switch mode {
        case .sunting(let alamat, let text):
            let label = labelAlamat(alamat) + ": "
            var x = k.tulis(0, y, label, .tebal)
            x += k.tulis(x, y, text + "▏", Gaya(peran: .pilih, balik: true))
            switch pratinjau(alamat, text) {
            case .sah(let shown): k.tulis(x + 1, y, "→ " + shown + t("   Enter simpan · Esc batal", "   Enter commit · Esc cancel"), .redup)
            case .tidakSah(let why): k.tulis(x + 1, y, "✗ " + why, .galat)
            }
        case .konfirmasiNilai(let alamat, let text, let warnings):
            tulisPesan(&k, (labelAlamat(alamat) + " " + text + ": " + warnings.joined(separator: "; ")
                            + t(" · Enter terima · Esc kembali", " · Enter accept · Esc back"), true), y: y)
        case .prompt(let jenis, let text):
            let label = jenis == .cari ? t("Cari kode/nama: ", "Search code/name: ") : t("Lompat ke kode: ", "Go to code: ")
            let x = k.tulis(0, y, label, .tebal)
            k.tulis(x, y, text + "▏", Gaya(peran: .pilih, balik: true))
        case .konfirmasiKeluar:
            k.tulis(0, y, t("Belum disimpan! [S]impan lalu keluar · [K]eluar tanpa simpan · [Esc] batal",
                            "Not saved! [S]ave and quit · [K] quit without saving · [Esc] cancel"), .galat)
        case .pulih(let info):
            k.tulis(0, y, t("[P]ulihkan · [H]apus · [Esc] nanti: ", "[R]estore · [D]iscard · [Esc] later: ") + info, .galat)
        case .pilihKonflik(let view):
            k.tulis(0, y, LebarTampilan.potong(t("\(view.isi.count) bentrok: m saya · o mereka · M/O semua · Enter selesai · Esc nanti",
                                                 "\(view.isi.count) conflict: m mine · o theirs · M/O all · Enter done · Esc later"), lebar), .galat)
        case .konflik:
            k.tulis(0, y, t("Berkas diubah pihak lain! [T]impa · [S]impan salinan · [Esc] batal",
                            "Changed by someone else! [O]verwrite · [S]ave as a copy · [Esc] cancel"), .galat)
        default:
            if let pesan { tulisPesan(&k, pesan, y: y) }
        }
    }

    /// A message or question on the line above the keys; one longer than the line takes up
    /// to two lines more above it (until the next key), so a fix or the keys at its end are
    /// read whole.
    package func tulisPesan(_ k: inout Kanvas, _ pesan: (teks: String, galat: Bool), y: Int) {
        var lines = LebarTampilan.bungkus(pesan.teks, lebar)
        if lines.count > 3 { lines = Array(lines.prefix(2)) + [LebarTampilan.potong(lines.dropFirst(2).joined(), lebar)] }
        for (n, line) in lines.enumerated() {
            let row = y - lines.count + 1 + n
            k.isi(0, row, lebar, .biasa)
            k.tulis(0, row, line, pesan.galat ? .galat : .biasa)
        }
    }

    /// The quarter's worklist over the screen, the selected entry highlighted.
    private func gambarDaftarKosong(_ k: inout Kanvas, _ list: DaftarKosong) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(t("Belum diisi \(namaTW[tw - 1]): \(list.isi.count) isian · Enter ke isian · Esc kembali",
                                             "Still blank in \(namaTW[tw - 1]): \(list.isi.count) entries · Enter to the entry · Esc back"), lebar - 2), .judul)
        let rows = tinggi - 4
        let top = min(max(0, list.kursor - rows / 2), max(0, list.isi.count - rows))
        for (n, item) in list.isi.dropFirst(top).prefix(rows).enumerated() {
            let what = item.jenis.teks(bahasa)
            let line = " \(item.kode)  " + what + " · " + item.nama
            k.tulis(0, 2 + n, LebarTampilan.isi(line, lebar), top + n == list.kursor ? .pilih : .biasa)
        }
    }

    /// The values changed both here and in the file since: base, mine, theirs, and the choice.
    private func gambarPilihKonflik(_ k: inout Kanvas, _ tata: Tata, _ v: PilihKonflik) {
        let top = tata.atasRincian
        let bottom = tinggi - 2
        for y in top..<bottom { k.isi(0, y, lebar, .biasa) }
        k.tulis(1, top, LebarTampilan.potong(t("Diubah di sini dan juga di berkas oleh pihak lain (\(v.belum) belum dipilih):",
                                               "Changed here and in the file by others (\(v.belum) not chosen yet):"), lebar - 2), .tebal)
        func show(_ x: String?) -> String { x.flatMap { Decimal.tepat($0).map { Format.id($0) } ?? $0 } ?? "-" }
        // Two lines each: the value's address, then base, mine and theirs.
        let rows = max(1, (bottom - top - 1) / 2)
        let first = min(max(0, v.kursor - rows / 2), max(0, v.isi.count - rows))
        for (n, c) in v.isi.enumerated().dropFirst(first).prefix(rows) {
            let theirs = c.hilang ? t("(tidak ada lagi)", "(gone)") : show(c.mereka ?? nil)
            let mark = v.pilihan[n].map { $0 ? t("[saya]  ", "[mine]  ") : t("[mereka]", "[theirs]") } ?? "[  ?   ]"
            let y = top + 1 + (n - first) * 2
            let style: Gaya = n == v.kursor ? .pilih : .biasa
            k.tulis(1, y, LebarTampilan.isi(mark + " " + c.perubahan.alamat.teks(bahasa), lebar - 2), style)
            k.tulis(1, y + 1, LebarTampilan.isi("         " + t("dasar ", "base ") + show(c.perubahan.lama) + " · " + t("saya ", "mine ") + show(c.perubahan.baru)
                                                + " · " + t("mereka ", "theirs ") + theirs, lebar - 2), style)
        }
    }

    package func labelAlamat(_ alamat: AlamatSel) -> String {
        switch alamat {
        case .indikator(_, let kolom): namaKolom(kolom)
        case .anggaran(_, let kolom): namaKolom(kolom)
        case .renstra(.tahunRenstra(_, let year, let actual)): (actual ? t("Realisasi ", "Actual ") : "Target ") + "\(year)"
        case .renstra: t("Kondisi awal", "Baseline")
        }
    }

    private func gambarFungsi(_ k: inout Kanvas, _ tata: Tata) {
        let y = tata.barisFungsi
        let keys: [(String, String)] = [("1", t("Bantuan", "Help")), ("2", t("Ubah", "Edit")), ("3", t("Cari", "Find")),
                                        ("4", t("Catatan", "Notes")), ("5", t("Laporan", "Report")), ("6", "Renstra"),
                                        ("7", t("Dasbor", "Dash")), ("9", t("Susun", "Shape")), ("10", t("Keluar", "Quit"))]
        var x = 0
        for (n, label) in keys {
            x += k.tulis(x, y, n, .tebal)
            x += k.tulis(x, y, LebarTampilan.isi(label, 7), Gaya(peran: .batang, balik: true))
            x += 1
        }
        let hint = t(" ^S simpan  u batal  [ ] TW", " ^S save  u undo  [ ] quarter")
        if x + LebarTampilan.lebar(hint) <= lebar { k.tulis(x, y, hint, .redup) }
    }

    private func gambarCatatan(_ k: inout Kanvas, _ tata: Tata, _ e: EditorCatatan) {
        let top = tata.atasRincian
        let height = tinggi - 2 - top
        for y in top..<(top + height) { k.isi(0, y, lebar, .biasa) }
        let node = dokumen.simpul[e.simpul]
        k.isi(0, top, lebar, .judul)
        k.tulis(1, top, LebarTampilan.potong(t("Catatan ", "Notes ") + namaTW[e.tw - 1] + " · " + node.kode + " " + node.nama, lebar - 2), .judul)
        let labels = [t("Faktor pendorong", "Driving factors"), t("Faktor penghambat", "Hindering factors"), t("Tindak lanjut", "Follow-up")]
        let each = max(2, (height - 2) / 3)
        for f in 0..<3 {
            let y = top + 1 + f * each
            k.tulis(1, y, labels[f] + ":", f == e.bidang ? Gaya(peran: .pilih, tebal: true, balik: true) : .tebal)
            // Wrapped at the width; the active field shows its cursor, kept in view.
            let lines = EditorCatatan.bungkus(e.isi[f], lebar: lebar - 5, kursor: f == e.bidang ? e.posisi : nil)
            let room = max(1, each - 1)
            let at = f == e.bidang ? (lines.firstIndex { $0.contains("▏") } ?? lines.count - 1) : 0
            let first = min(max(0, at - room + 1), max(0, lines.count - room))
            for (n, line) in lines.dropFirst(first).prefix(room).enumerated() { k.tulis(3, y + 1 + n, LebarTampilan.potong(line, lebar - 4)) }
        }
        k.tulis(1, top + height - 1, LebarTampilan.potong(t("Tab kolom · ←→↑↓ Home End · Enter baris baru · Ctrl-S/F2 simpan · Esc batal",
                                                            "Tab field · ←→↑↓ Home End · Enter new line · Ctrl-S/F2 keep · Esc cancel"), lebar - 2), .redup)
    }

    package static let daftarTombol: [(String, String, String)] = [
        ("↑↓ j k, PgUp PgDn, Home End", "pindah baris", "move"),
        ("→ l +  /  ← h -", "buka / tutup cabang", "expand / collapse"),
        ("Enter", "buka-tutup; pada daun: ke rincian", "toggle; on a leaf: to the detail"),
        ("E / C", "buka semua / tutup semua", "expand all / collapse all"),
        ("Tab", "pohon ↔ rincian lengkap; di rincian: sel berikut", "tree ↔ full detail; in detail: next cell"),
        ("Enter F2 atau angka", "ubah sel; Enter simpan, Esc batal", "edit a cell; Enter commits, Esc cancels"),
        ("m F9", "ubah struktur: simpul, indikator, tautan, Renstra", "change the structure: nodes, indicators, links, Renstra"),
        ("a i F2 Del (di pohon), I", "tambah simpul/indikator, ganti nama, hapus; impor", "add a node / indicator, rename, remove; import"),
        ("Del", "kosongkan sel (kosong, bukan 0)", "blank the cell (blank, not 0)"),
        ("[ ]  atau 1-4", "pilih triwulan", "choose the quarter"),
        ("/ F3, n N", "cari kode atau nama, berikut/sebelum", "search code or name, next/previous"),
        ("g", "lompat ke kode", "go to a code"),
        ("u Ctrl-Z / Ctrl-R Ctrl-Y", "batal / ulang", "undo / redo"),
        ("c F4", "catatan triwulan (pendorong, penghambat, tindak lanjut)", "quarter's notes"),
        ("t F6", "pohon anggaran ↔ pohon Renstra", "budget tree ↔ Renstra tree"),
        ("r F5", "tabel laporan (Tab berikut, x/v/m ekspor)", "report tables (Tab next, x/v/m export)"),
        ("d F7 / w F8 / B", "dasbor / yang masih kosong / rekap semua OPD", "dashboard / still blank / every agency (shared store)"),
        ("R / H / X / V / P", "muat ulang/riwayat/tutup TW/verifikasi/periksa", "reload / history / close quarter / review / check"),
        ("K / L / O", "skala kategori / bahasa / Enter turun", "category scale / language / Enter moves down"),
        ("Ctrl-S / q F10 / ? F1", "simpan (menggabung) / keluar / bantuan", "save (merging) / quit / this help"),
        ("Esc lalu angka", "sama dengan tombol F (Esc 1 = F1, Esc 0 = F10)", "acts as an F-key (Esc 1 = F1, Esc 0 = F10)"),
    ]

    private func gambarBantuan(_ k: inout Kanvas) {
        for y in 1..<(tinggi - 1) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, t("Bantuan: tombol (tekan tombol apa saja untuk kembali)", "Help: keys (press any key to return)"), .judul)
        for (n, row) in Keadaan.daftarTombol.enumerated() where 2 + n < tinggi - 1 {
            k.kolom(1, 2 + n, row.0, 27, .tebal)
            k.tulis(29, 2 + n, LebarTampilan.potong(bahasa == .id ? row.1 : row.2, lebar - 30))
        }
    }
}

import Foundation
import Model
import Pelaporan
import Layar

/// update: a key in, the new state and the effects to run out.
extension Keadaan {
    package mutating func tangani(_ masuk: Tombol) -> [Efek] {
        var key = masuk
        if escTertunda {
            escTertunda = false
            if case .huruf(let c) = key, let d = c.wholeNumberValue { key = .f(d == 0 ? 10 : d) }
        }
        if key == .ubahUkuran { sesuaikanGulir(); return [] }
        // A message over several lines covers the pane above it: read, it goes with the next key.
        if let shown = pesan, LebarTampilan.lebar(shown.teks) > lebar { pesan = nil }
        switch mode {
        case .normal: return tanganiNormal(key)
        case .sunting(let alamat, let text): return tanganiSunting(key, alamat, text)
        case .konfirmasiNilai(let alamat, let text, _):
            switch key {
            case .enter, .huruf("y"), .huruf("Y"): if simpanSel(alamat, text) { mode = .normal }
            case .esc, .huruf("n"), .huruf("N"): mode = .sunting(alamat, teks: text)
            case .ctrl("c"): mode = .normal; return efekInterupsi
            default: break
            }
            return []
        case .catatan(let editor): return tanganiCatatan(key, editor)
        case .prompt(let jenis, let text): tanganiPrompt(key, jenis, text); return []
        case .bantuan: mode = .normal; return []
        case .konfirmasiKeluar:
            switch key {
            case .huruf("s"), .huruf("S"), .huruf("y"), .huruf("Y"), .enter: mode = .normal; return [.simpanLaluKeluar]
            case .huruf("k"), .huruf("K"), .huruf("n"), .huruf("N"): return [.keluar]
            case .esc, .huruf("b"), .huruf("B"), .huruf("c"), .huruf("C"): mode = .normal; beriPesan(t("Batal keluar", "Quit cancelled")); return []
            default: return []
            }
        case .pulih:
            switch key {
            case .huruf("p"), .huruf("P"), .huruf("r"), .huruf("R"), .enter: mode = .normal; return [.pulihkan]
            case .huruf("h"), .huruf("H"), .huruf("d"), .huruf("D"): mode = .normal; return [.buangPulih]
            case .esc: mode = .normal; beriPesan(t("Salinan pemulihan dibiarkan; buka lagi untuk memulihkan", "Recovery copy kept; open again to restore")); return []
            default: return []
            }
        case .laporan(let view): return tanganiLaporan(key, view)
        case .kosong(let list): tanganiDaftarKosong(key, list); return []
        case .menu(let items): tanganiMenu(key, items); return []
        case .formulir(let form): return tanganiFormulir(key, form)
        case .pratinjauImpor(let view): tanganiPratinjauImpor(key, view); return []
        case .temuan(let list): tanganiTemuan(key, list); return []
        case .riwayat(let list):
            if let row = Keadaan.gerakDaftar(key, list.gulir, halaman: max(1, tinggi - 5), akhir: list.baris.count) {
                var l = list
                l.gulir = min(max(0, row), max(0, l.baris.count - (tinggi - 4)))
                mode = .riwayat(l)
            } else {
                mode = .normal
            }
            return []
        case .dasbor:
            if let row = Keadaan.gerakDaftar(key, gulirDasbor, halaman: max(1, tinggi - 5), akhir: barisDasbor) {
                gulirDasbor = max(0, min(row, barisDasbor - (tinggi - 5)))
                return []
            }
            switch key {
            case .huruf("["): gantiTW(tw - 1)
            case .huruf("]"): gantiTW(tw + 1)
            case .huruf(let c) where ("1"..."4").contains(c): gantiTW(c.wholeNumberValue!)
            default: mode = .normal; gulirDasbor = 0
            }
            return []
        case .pilihKonflik(let view): return tanganiPilihKonflik(key, view)
        case .konflik:
            switch key {
            case .huruf("t"), .huruf("T"), .huruf("o"), .huruf("O"): mode = .normal; return [.simpan(timpa: true)]
            case .huruf("s"), .huruf("S"): mode = .normal; return [.simpanSalinan]
            case .esc, .huruf("b"), .huruf("B"), .huruf("c"), .huruf("C"): mode = .normal; beriPesan(t("Tidak disimpan", "Not saved")); return []
            default: return []
            }
        }
    }

    private mutating func tanganiNormal(_ key: Tombol) -> [Efek] {
        switch key {
        case .esc:
            if fokus == .rincian { fokus = .pohon } else { escTertunda = true }
            return []
        case .f(1), .huruf("?"): mode = .bantuan; return []
        case .f(10), .huruf("q"), .huruf("Q"):
            if belumDisimpan { mode = .konfirmasiKeluar; return [] }
            return [.keluar]
        case .ctrl("c"): return belumDisimpan ? [.pulihLaluKeluar] : [.keluar]
        case .ctrl("s"):
            if hanyaBaca { beriPesan(pesanHanyaBaca, galat: true); return [] }
            if sedangMenyimpan() { return [] }
            if var pending = konflikTertunda { pending.simpan = true; mode = .pilihKonflik(pending); return [] }
            return [.simpan(timpa: false)]
        case .huruf("R"): return sedangMenyimpan() ? [] : [.muatUlang]
        case .huruf("B"):
            guard basisData != nil else {
                beriPesan(t("Rekap semua OPD ada pada basis data bersama (kinerja URL --opd K --tahun Y)",
                            "Every agency's summary is on the shared store (kinerja URL --opd K --tahun Y)"), galat: true)
                return []
            }
            beriPesan(t("Membaca semua OPD…", "Reading every agency…"))
            return [.bacaRekap]
        case .huruf("X"): bukaFormKunci(); return []
        case .huruf("V"): bukaVerifikasi(); return []
        case .klik(let x, let y): klik(x, y); return []
        case .roda(let step, _, let y): roda(step, y); return []
        case .huruf("O"):
            setelan.enterTurun.toggle()
            beriPesan(setelan.enterTurun ? t("Enter turun ke sel di bawahnya sesudah mengisi (O mengubah)", "Enter moves to the cell below after a commit (O toggles)")
                                         : t("Enter tetap di sel yang diisi (O mengubah)", "Enter stays on the cell (O toggles)"))
            return [.simpanSetelan(setelan)]
        case .huruf("P"): mode = .temuan(DaftarTemuan(isi: Pemeriksa.periksa(dokumen))); return []
        case .huruf("H"):
            if fokus == .rincian, let cell = alamatTerpilih { return [.bacaRiwayat(.nilai(alamatNilai(cell)))] }
            if let node = simpulTerpilih { return [.bacaRiwayat(.kode(node == 0 ? "" : dokumen.simpul[node].kode))] }
            return []
        case .huruf("u"), .ctrl("z"): batalkan(); return []
        case .ctrl("r"), .ctrl("y"): ulangi(); return []
        case .huruf("["): gantiTW(tw - 1); return []
        case .huruf("]"): gantiTW(tw + 1); return []
        case .huruf("/"), .f(3): mode = .prompt(.cari, teks: ""); return []
        case .huruf("n"): cari(cariTerakhir, maju: true); return []
        case .huruf("N"): cari(cariTerakhir, maju: false); return []
        case .huruf("g"): mode = .prompt(.lompat, teks: ""); return []
        case .huruf("t"), .f(6):
            lihatRenstra.toggle()
            kursor = 0
            gulir = 0
            fokus = .pohon
            susunBaris()
            return []
        case .huruf("c"), .f(4): bukaCatatan(); return []
        case .huruf("r"), .f(5): return [.susunLaporan(.capaian)]
        case .huruf("d"), .f(7): mode = .dasbor; return []
        case .huruf("w"), .f(8): mode = .kosong(DaftarKosong(isi: BelumDiisi.daftar(dokumen, tw: tw))); return []
        case .huruf("m"), .f(9): bukaMenuStruktur(); return []
        case .huruf("I"):
            if !tolakIsian() { mode = .formulir(formImpor.formulir) }
            return []
        case .huruf("K"): gantiSkala(); return []
        case .huruf("L"): bahasa = bahasa == .id ? .en : .id; return []
        case .tab where fokus == .pohon:
            fokus = .rincian
            pastikanSelSunting(arah: 1)
            return []
        default: break
        }
        return fokus == .pohon ? tanganiPohon(key) : tanganiRincian(key)
    }

    private mutating func tanganiPohon(_ key: Tombol) -> [Efek] {
        let page = max(1, tata.barisPohon - 1)
        switch key {
        case .atas, .huruf("k"): pindah(-1)
        case .bawah, .huruf("j"): pindah(1)
        case .halamanAtas: pindah(-page)
        case .halamanBawah: pindah(page)
        case .awal: pindah(-baris.count)
        case .akhir: pindah(baris.count)
        case .kanan, .huruf("l"), .huruf("+"): buka()
        case .kiri, .huruf("h"), .huruf("-"): tutup()
        case .enter:
            if let row = barisTerpilih, punyaAnak(row) { aturTerbuka(row, !terbuka(row)) } else {
                fokus = .rincian
                pastikanSelSunting(arah: 1)
            }
        case .huruf("a"): if !bukaFormulir("a") { _ = bukaFormulir("s") }
        case .huruf("i"): _ = bukaFormulir("i")
        case .f(2): _ = bukaFormulir("n")
        case .hapus: _ = bukaFormulir("h")
        case .huruf("E"), .huruf("*"): bukaSemua(true)
        case .huruf("C"): bukaSemua(false)
        case .huruf(let c) where ("1"..."4").contains(c): gantiTW(c.wholeNumberValue!)
        default: break
        }
        return []
    }

    package mutating func gantiTW(_ baru: Int) {
        tw = min(4, max(1, baru))
        beriPesan(t("Triwulan aktif: ", "Active quarter: ") + namaTW[tw - 1])
    }

    private mutating func gantiSkala() {
        guard !tolakIsian() else { return }
        let all = Skala.semua
        let next = all[((all.firstIndex(of: dokumen.skala) ?? 0) + 1) % all.count]
        sunting(.skala(lama: dokumen.skala.kode, baru: next.kode))
        beriPesan(t("Skala kategori: ", "Category scale: ") + next.nama)
    }

    // MARK: - Detail grid

    /// The detail grid's label column: narrower below 76 columns, so that six cells fit
    /// whole down to the smallest screen (a label may be cut, a figure not).
    package var lebarLabel: Int { lebar >= 76 ? 12 : 11 }
    package var lebarSel: Int { max(8, min(15, (lebar - lebarLabel - 1) / 6 - 1)) }

    /// The editable cells as (row, column) pairs in reading order.
    package func selSunting() -> [(Int, Int)] {
        let rows = barisRincian(lebarSel: lebarSel)
        var out: [(Int, Int)] = []
        for (r, row) in rows.enumerated() {
            for c in 0..<6 where row.sel(c)?.alamat != nil { out.append((r, c)) }
        }
        return out
    }

    package var alamatTerpilih: AlamatSel? {
        let rows = barisRincian(lebarSel: lebarSel)
        return rows.indices.contains(kursorRincian.baris) ? rows[kursorRincian.baris].sel(kursorRincian.kolom)?.alamat : nil
    }

    package mutating func pastikanSelSunting(arah: Int) {
        let cells = selSunting()
        guard !cells.isEmpty else { return }
        if !cells.contains(where: { $0 == kursorRincian }) {
            let after = cells.first { $0.0 > kursorRincian.baris || ($0.0 == kursorRincian.baris && $0.1 >= kursorRincian.kolom) }
            kursorRincian = arah > 0 ? (after ?? cells[0]) : (cells.last { $0.0 < kursorRincian.baris } ?? cells[0])
        }
    }

    package mutating func geserSel(baris dr: Int, kolom dc: Int) {
        let cells = selSunting()
        guard !cells.isEmpty else { return }
        if dc != 0 {
            let sameRow = cells.filter { $0.0 == kursorRincian.baris }.map(\.1)
            let target = dc > 0 ? sameRow.first { $0 > kursorRincian.kolom } : sameRow.last { $0 < kursorRincian.kolom }
            if let target { kursorRincian.kolom = target }
            return
        }
        let rows = Array(Set(cells.map(\.0))).sorted()
        guard let index = rows.firstIndex(of: kursorRincian.baris) else { pastikanSelSunting(arah: dr); return }
        let next = rows[min(max(0, index + dr), rows.count - 1)]
        let cols = cells.filter { $0.0 == next }.map(\.1)
        kursorRincian = (next, cols.min { abs($0 - kursorRincian.kolom) < abs($1 - kursorRincian.kolom) } ?? cols[0])
    }

    private mutating func selBerikut(_ step: Int) {
        let cells = selSunting()
        guard !cells.isEmpty else { return }
        let index = cells.firstIndex { $0 == kursorRincian } ?? 0
        kursorRincian = cells[(index + step + cells.count) % cells.count]
    }

    private mutating func tanganiRincian(_ key: Tombol) -> [Efek] {
        defer { sesuaikanGulirRincian(geser: key) }
        switch key {
        case .halamanAtas, .halamanBawah: return []
        case .atas, .huruf("k"): geserSel(baris: -1, kolom: 0)
        case .bawah, .huruf("j"): geserSel(baris: 1, kolom: 0)
        case .kiri, .huruf("h"): geserSel(baris: 0, kolom: -1)
        case .kanan, .huruf("l"): geserSel(baris: 0, kolom: 1)
        case .tab: selBerikut(1)
        case .backtab: selBerikut(-1)
        case .enter, .f(2):
            if let alamat = alamatTerpilih { mulaiSunting(alamat, nilaiSaatIni(alamat)) }
        case .hapus:
            if let alamat = alamatTerpilih { _ = simpanSel(alamat, "") }
        case .huruf(let c) where c.isNumber || c == "-" || c == "," || c == ".":
            if let alamat = alamatTerpilih { mulaiSunting(alamat, String(c)) }
        default: break
        }
        return []
    }

    /// The detail pane's scroll: a page with PgUp/PgDn (the notes below the grids come into view),
    /// and the cursor's cell kept in view.
    package mutating func sesuaikanGulirRincian(geser key: Tombol = .tab) {
        let visible = tata.barisRincian
        let count = barisRincian(lebarSel: lebarSel).count
        if key == .halamanBawah { gulirRincian += max(1, visible - 1) }
        if key == .halamanAtas { gulirRincian -= max(1, visible - 1) }
        if key != .halamanAtas && key != .halamanBawah {
            if kursorRincian.baris < gulirRincian + 1 { gulirRincian = kursorRincian.baris - 1 }
            if kursorRincian.baris > gulirRincian + visible - 2 { gulirRincian = kursorRincian.baris - visible + 3 }
        }
        gulirRincian = max(0, min(gulirRincian, count - visible))
    }

    private mutating func mulaiSunting(_ alamat: AlamatSel, _ text: String) {
        guard !tolakIsian() else { return }
        guard !tolakBilaTerkunci(alamatNilai(alamat)) else { return }
        mode = .sunting(alamat, teks: text)
    }

    /// Ctrl-C ends the program from anywhere, keeping unsaved work in a recovery copy.
    package var efekInterupsi: [Efek] { belumDisimpan ? [.pulihLaluKeluar] : [.keluar] }

    private mutating func tanganiSunting(_ key: Tombol, _ alamat: AlamatSel, _ text: String) -> [Efek] {
        switch key {
        case .ctrl("c"):
            // What was typed is kept when it is a value; text that is not stays on screen with
            // the reason, and a second Ctrl-C ends the program without it.
            guard simpanSel(alamat, text) else { mode = .normal; return [] }
            mode = .normal
            return efekInterupsi
        case .esc: mode = .normal; beriPesan(t("Batal: tidak ada yang berubah", "Cancelled: nothing changed"))
        case .enter, .f(2):
            let warnings = peringatanSel(alamat, text)
            if !warnings.isEmpty { mode = .konfirmasiNilai(alamat, teks: text, peringatan: warnings); return [] }
            if simpanSel(alamat, text) {
                mode = .normal
                if setelan.enterTurun { geserSel(baris: 1, kolom: 0); sesuaikanGulirRincian() }
            }
        case .tab:
            let warnings = peringatanSel(alamat, text)
            if !warnings.isEmpty { mode = .konfirmasiNilai(alamat, teks: text, peringatan: warnings); return [] }
            if simpanSel(alamat, text) { mode = .normal; selBerikut(1) }
        case .ctrl("u"): mode = .sunting(alamat, teks: "")
        default: if let typed = key.ubah(text) { mode = .sunting(alamat, teks: typed) }
        }
        return []
    }

    // MARK: - Worklist

    /// A full-screen list's movement keys: the new position (not yet clamped), nil for another key.
    package static func gerakDaftar(_ key: Tombol, _ at: Int, halaman page: Int, akhir end: Int) -> Int? {
        switch key {
        case .atas, .huruf("k"): at - 1
        case .bawah, .huruf("j"): at + 1
        case .halamanAtas: at - page
        case .halamanBawah: at + page
        case .awal: 0
        case .akhir: end
        default: nil
        }
    }

    private mutating func tanganiDaftarKosong(_ key: Tombol, _ list: DaftarKosong) {
        var l = list
        if let row = Keadaan.gerakDaftar(key, l.kursor, halaman: max(1, tinggi - 5), akhir: l.isi.count) {
            l.kursor = min(max(0, row), max(0, l.isi.count - 1))
            mode = .kosong(l)
            return
        }
        switch key {
        case .enter:
            mode = .normal
            guard l.isi.indices.contains(l.kursor) else { return }
            let item = l.isi[l.kursor]
            if let node = item.simpul {
                if lihatRenstra { lihatRenstra = false; susunBaris() }
                pilihSimpul(node)
                fokus = .rincian
                pastikanSelSunting(arah: 1)
                // On the very cell to fill, or in the notes editor.
                let wanted: AlamatSel? = switch item.jenis {
                case .realisasiIndikator(let n, _): .indikator(.simpul(node, n - 1), .realisasi(tw: tw))
                case .realisasiAnggaran: .anggaran(node, .realisasi(tw: tw))
                case .catatan, .verifikasi: nil
                }
                if case .verifikasi = item.jenis {
                    bukaVerifikasi()
                } else if let wanted {
                    let rows = barisRincian(lebarSel: lebarSel)
                    if let cell = selSunting().first(where: { rows[$0.0].sel($0.1)?.alamat == wanted }) { kursorRincian = cell }
                    sesuaikanGulirRincian()
                } else {
                    bukaCatatan()
                }
            } else {
                lompat(item.kode)
            }
            return
        case .esc, .huruf("q"), .huruf("w"): mode = .normal; return
        default: break
        }
        l.kursor = min(max(0, l.kursor), max(0, l.isi.count - 1))
        mode = .kosong(l)
    }

    // MARK: - Notes

    package mutating func bukaCatatan() {
        guard let node = simpulTerpilih else {
            beriPesan(t("Catatan ditulis pada program, kegiatan atau sub kegiatan", "Notes belong to a program, activity or sub-activity"))
            return
        }
        guard !tolakIsian() else { return }
        guard !tolakBilaTerkunci(.catatan(simpul: dokumen.simpul[node].kode, tw: tw, .pendorong)) else { return }
        let note = dokumen.simpul[node].catatan[tw - 1]
        mode = .catatan(EditorCatatan(simpul: node, tw: tw, isi: JenisCatatan.kantor.map { note[$0] ?? "" }))
    }

    private mutating func tanganiCatatan(_ key: Tombol, _ editor: EditorCatatan) -> [Efek] {
        var e = editor
        switch key {
        case .esc: mode = .normal; beriPesan(t("Catatan tidak diubah", "Notes unchanged")); return []
        case .ctrl("c"):
            _ = tanganiCatatan(.ctrl("s"), editor)
            return efekInterupsi
        case .ctrl("s"), .f(2):
            let before = dokumen.simpul[e.simpul].catatan[e.tw - 1]
            var changed = 0
            for (k, jenis) in JenisCatatan.kantor.enumerated() {
                let text = e.isi[k].isEmpty ? nil : e.isi[k]
                if before[jenis] != text {
                    sunting(.catatan(e.simpul, tw: e.tw, jenis, lama: before[jenis], baru: text))
                    changed += 1
                }
            }
            mode = .normal
            beriPesan(changed > 0 ? t("Catatan disimpan ke data (Ctrl-S untuk menyimpan berkas)", "Notes stored (Ctrl-S saves the file)")
                                  : t("Catatan tidak berubah", "Notes unchanged"))
            return []
        case .tab: e.bidang = (e.bidang + 1) % 3; e.kursor = nil
        case .backtab: e.bidang = (e.bidang + 2) % 3; e.kursor = nil
        default: e.ketik(key)
        }
        mode = .catatan(e)
        return []
    }

    // MARK: - Search and goto

    private mutating func tanganiPrompt(_ key: Tombol, _ jenis: JenisPrompt, _ text: String) {
        switch key {
        case .esc: mode = .normal
        case .enter:
            mode = .normal
            guard !text.isEmpty else { return }
            if jenis == .cari { cariTerakhir = text; cari(text, maju: true, dariSini: true) } else { lompat(text) }
        default: if let typed = key.ubah(text) { mode = .prompt(jenis, teks: typed) }
        }
    }

    /// A fragment anywhere in the code, the name or an indicator's text (case and accents ignored).
    package func cocok(_ i: Int, _ query: String) -> Bool {
        let node = dokumen.simpul[i]
        func has(_ text: String) -> Bool { text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        return node.kode.contains(query) || has(node.nama) || node.indikator.contains { has($0.uraian) }
    }

    package mutating func cari(_ query: String?, maju: Bool, dariSini: Bool = false) {
        guard let query, !query.isEmpty else { beriPesan(t("Belum ada pencarian (tekan /)", "No search yet (press /)")); return }
        let count = dokumen.simpul.count
        let start = simpulTerpilih ?? 0
        for step in 0..<count {
            let offset = dariSini ? step : step + 1
            let i = ((maju ? start + offset : start - offset) % count + count) % count
            if cocok(i, query) {
                pilihSimpul(i)
                beriPesan(t("Ditemukan: ", "Found: ") + dokumen.simpul[i].kode + " " + dokumen.simpul[i].nama)
                return
            }
        }
        beriPesan(t("Tidak ditemukan: ", "Not found: ") + query, galat: true)
    }

    package mutating func lompat(_ code: String) {
        switch TargetRincian.cari(code, di: dokumen) {
        case .simpul(let i)?: pilihSimpul(i)
        case .tujuan(let tIndex)?: pilihRenstra(.tujuan(tIndex))
        case .sasaran(let tIndex, let s)?: pilihRenstra(.sasaran(tIndex, s))
        case .indikator(let p)?:
            pilihRenstra(p.sasaran == nil ? .tujuan(p.tujuan) : .indikator(p))
        case nil: beriPesan(t("Kode tidak ada: ", "No such code: ") + code, galat: true)
        }
    }

    private mutating func pilihRenstra(_ row: BarisPohon) {
        lihatRenstra = true
        if case .sasaran(let tIndex, _) = row { terbukaRenstra.insert("t\(tIndex)") }
        if case .indikator(let p) = row { terbukaRenstra.insert("t\(p.tujuan)"); terbukaRenstra.insert("s\(p.tujuan).\(p.sasaran ?? 0)") }
        susunBaris()
        if let index = baris.firstIndex(of: row) { kursor = index }
        sesuaikanGulir()
    }
}

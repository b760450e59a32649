import Foundation
import Model
import Layar

/// The structure menu and its forms, drawn over the detail pane.
extension Keadaan {
    /// Clears the detail pane and writes a title bar; returns the first and last free line.
    private func bidangBawah(_ k: inout Kanvas, _ tata: Tata, _ title: String) -> (Int, Int) {
        // A new file's form has the whole screen: there is nothing behind it yet.
        let top = mode.formBerkasBaru ? 1 : tata.atasRincian
        for y in top..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, top, lebar, .judul)
        k.tulis(1, top, LebarTampilan.potong(title, lebar - 2), .judul)
        return (top + 1, tinggi - 3)
    }

    package func gambarMenu(_ k: inout Kanvas, _ tata: Tata, _ items: [PilihanMenu]) {
        let (top, bottom) = bidangBawah(&k, tata, t("Ubah struktur · huruf memilih · Esc kembali", "Change the structure · a letter chooses · Esc back"))
        // Two columns when the list is longer than the pane.
        let rows = max(1, bottom - top + 1)
        let width = items.count > rows ? lebar / 2 : lebar
        for (n, item) in items.enumerated() {
            let x = (n / rows) * width, y = top + n % rows
            guard y <= bottom, x < lebar else { break }
            k.tulis(x + 1, y, String(item.huruf), Gaya(peran: .pilih, tebal: true, balik: true))
            k.tulis(x + 3, y, LebarTampilan.potong(item.label, width - 4))
        }
    }

    package func gambarFormulir(_ k: inout Kanvas, _ tata: Tata, _ f: Formulir) {
        let (top, bottom) = bidangBawah(&k, tata, f.judul)
        var y = top
        let labelWidth = min(20, (f.bidang.map { LebarTampilan.lebar($0.label) }.max() ?? 0) + 2)
        for (n, field) in f.bidang.enumerated() where y <= bottom {
            let active = n == f.aktif
            k.tulis(1, y, LebarTampilan.potong(field.label, labelWidth - 1), active ? .tebal : .biasa)
            let shown = field.pilihan.isEmpty ? field.teks + (active ? "▏" : "") : "‹ " + field.teks + " ›"
            let room = lebar - labelWidth - 2
            k.tulis(1 + labelWidth, y, LebarTampilan.isi(String(shown.suffix(room)), room), active ? Gaya(peran: .pilih, balik: true) : Gaya(peran: .pilih, garisBawah: true))
            y += 1
        }
        for line in f.keterangan.flatMap({ LebarTampilan.bungkus($0, lebar - 2) }) where y < bottom {
            k.tulis(1, y, LebarTampilan.potong(line, lebar - 2), f.bidang.isEmpty ? .tebal : .redup)
            y += 1
        }
        let hint = f.bidang.isEmpty
            ? t("Enter/y lakukan · Esc/n batal", "Enter/y do it · Esc/n cancel")
            : (f.bidang.indices.contains(f.aktif) && !f.bidang[f.aktif].pilihan.isEmpty ? t("← → spasi memilih · ", "← → space choose · ") : "")
                + t("Tab/↓ berikut · Enter lanjut/simpan · F2 simpan · Esc batal", "Tab/↓ next · Enter next/commit · F2 commit · Esc cancel")
        k.tulis(1, bottom, LebarTampilan.potong(hint, lebar - 2), .redup)
    }

    /// A titled list of lines over the screen (the import's dry run, a history), the keys below.
    package func gambarDaftarTeks(_ k: inout Kanvas, judul: String, baris lines: [String], gulir: Int, tombol keys: String,
                          galat: Bool = false, merah: (String) -> Bool = { _ in false }) {
        for y in 1..<(tinggi - 2) { k.isi(0, y, lebar, .biasa) }
        k.isi(0, 1, lebar, .judul)
        k.tulis(1, 1, LebarTampilan.potong(judul, lebar - 2), galat ? .galat : .judul)
        for (n, line) in lines.dropFirst(gulir).prefix(tinggi - 4).enumerated() {
            k.tulis(1, 2 + n, LebarTampilan.potong(line, lebar - 2), merah(line) ? .galat : .biasa)
        }
        k.tulis(0, tinggi - 2, LebarTampilan.isi(keys, lebar), galat ? .galat : .tebal)
    }

    /// The import's dry run over the screen.
    package func gambarPratinjauImpor(_ k: inout Kanvas, _ v: PratinjauImpor) {
        let keys = v.bisa ? t("Enter/y terapkan · Esc/n batal · ↑↓ PgUp PgDn gulir", "Enter/y apply · Esc/n cancel · ↑↓ PgUp PgDn scroll")
                          : t("Perbaiki lembarnya lalu impor lagi · Esc kembali · ↑↓ PgUp PgDn gulir", "Fix the sheet and import again · Esc back · ↑↓ PgUp PgDn scroll")
        gambarDaftarTeks(&k, judul: t("Pratinjau impor ", "Import preview ") + v.nama + ": " + v.ringkas, baris: v.laporan, gulir: v.gulir,
                         tombol: keys, galat: !v.bisa) { $0.hasPrefix(v.nama + " ") }
    }
}

extension Mode {
    package var formBerkasBaru: Bool {
        if case .formulir(let f) = self { return f.aksi == .berkasBaru }
        return false
    }
}

import Foundation
import Model
import Pelaporan

/// Edits, undo and redo. Every change goes through `sunting`, so every change can be undone.
extension Keadaan {
    private mutating func terapkan(_ s: Suntingan, mundur: Bool) {
        if case .struktur(let u, let before, let bases) = s {
            if mundur { kembalikanStruktur(before, dasar: bases) } else { _ = terapkanStruktur(u) }
            return
        }
        guard let a = alamat(s) else { return }
        if dasarPerubahan.index(forKey: a) == nil { dasarPerubahan[a] = dokumen.nilai(a) ?? nil }
        sumberAlamat[a] = sumberSunting
        let blankBefore = kosongSunting(s)
        defer {
            // The worklist count moves by what this change did to its node; a change of scale recounts.
            if let before = blankBefore, let after = kosongSunting(s), let count = kosong, count.tw == tw {
                kosong = (dokumen.revisi, tw, count.jumlah - before + after)
            }
        }
        switch s {
        case .indikator(let ref, let kolom, let lama, let baru):
            dokumen.ubah(ref, kolom, mundur ? lama : baru)
        case .anggaran(let node, let kolom, let lama, let baru):
            dokumen.ubah(anggaran: node, kolom, mundur ? lama : baru)
        case .catatan(let node, let q, let jenis, let lama, let baru):
            dokumen.ubahCatatan(simpul: node, tw: q, jenis, mundur ? lama : baru)
        case .skala(let lama, let baru):
            if let scale = Skala.dengan(kode: mundur ? lama : baru) { dokumen.gantiSkala(scale) }
        case .nilai(let a, let lama, let baru):
            dokumen.atur(a, mundur ? lama : baru)
        case .struktur: break
        }
    }

    /// The active quarter's blank entries of the node or indicator a change touches; nil for a change of scale.
    private func kosongSunting(_ s: Suntingan) -> Int? {
        switch s {
        case .nilai(let a, _, _) where dokumen.nilai(a) == nil: return 0
        case .indikator(.simpul(let node, _), _, _, _), .anggaran(let node, _, _, _), .catatan(let node, _, _, _, _):
            return BelumDiisi.jumlah(dokumen, simpul: node, tw: tw)
        case .indikator(.renstra(let p), _, _, _): return BelumDiisi.jumlah(dokumen, renstra: p, tw: tw)
        case .nilai(.indikator(let kode, _, _), _, _), .nilai(.anggaran(let kode, _), _, _), .nilai(.catatan(let kode, _, _), _, _):
            return dokumen.indeks(kode: kode).map { BelumDiisi.jumlah(dokumen, simpul: $0, tw: tw) }
        case .nilai(.renstra(let p, _), _, _): return BelumDiisi.jumlah(dokumen, renstra: p, tw: tw)
        case .nilai(.kondisiAwal, _, _), .nilai(.tahunRenstra, _, _): return 0
        case .skala, .nilai(.skala, _, _), .struktur: return nil
        }
    }

    /// Where a change lands, by names that survive a reload.
    package func alamat(_ s: Suntingan) -> AlamatNilai? {
        switch s {
        case .indikator(let ref, let kolom, _, _): dokumen.alamat(ref, kolom)
        case .anggaran(let node, let kolom, _, _): .anggaran(simpul: dokumen.simpul[node].kode, kolom)
        case .catatan(let node, let q, let jenis, _, _): .catatan(simpul: dokumen.simpul[node].kode, tw: q, jenis)
        case .skala: .skala
        case .nilai(let a, _, _): a
        case .struktur: nil
        }
    }

    /// The journal's lines for this session's own changes: structure first, then values.
    package func entriJurnal(oleh: Identitas, pada date: Date) -> [EntriJurnal] {
        let shape = Jurnal.entri(Jejak(struktur: strukturSesi), sumber: "antarmuka", oleh: oleh, pada: date)
        // The session's own closings after its values, as `Jurnal.entri` orders one write.
        var out = shape.filter { $0.sumber != "lock" }
        let values = perubahanSendiri.sorted { $0.alamat.teks(.id) < $1.alamat.teks(.id) }
        for source in ["antarmuka", "pulih", "gabung"] {
            let mine = values.filter { (sumberAlamat[$0.alamat] ?? "antarmuka") == source }
            out += Jurnal.entri(Jejak(nilai: mine), sumber: source, oleh: oleh, pada: date)
        }
        return out + shape.filter { $0.sumber == "lock" }
    }

    /// An editable cell's address by names that survive a reload (what the journal, locks and warnings know).
    package func alamatNilai(_ cell: AlamatSel) -> AlamatNilai {
        switch cell {
        case .indikator(let ref, let kolom): dokumen.alamat(ref, kolom)
        case .anggaran(let node, let kolom): .anggaran(simpul: dokumen.simpul[node].kode, kolom)
        case .renstra(let a): a
        }
    }

    /// This session's own changes since the file was last read or saved, net of undo.
    package var perubahanSendiri: [Perubahan] {
        dasarPerubahan.compactMap { a, base in
            let now = dokumen.nilai(a) ?? nil
            return now == base ? nil : Perubahan(alamat: a, lama: base, baru: now)
        }
    }

    package mutating func sunting(_ s: Suntingan) {
        // A new change after undoing past the saved state: that state is no longer on the stacks.
        if let mark = tandaTersimpan, undo.count < mark { tandaTersimpan = nil }
        terapkan(s, mundur: false)
        undo.append(s)
        redo.removeAll()
    }

    package mutating func batalkan() { langkah(dari: \.undo, ke: \.redo, mundur: true) }
    package mutating func ulangi() { langkah(dari: \.redo, ke: \.undo, mundur: false) }

    /// Undo and redo are one move: take the last change from one stack, apply it one way, keep it on the other.
    private mutating func langkah(dari: WritableKeyPath<Keadaan, [Suntingan]>, ke: WritableKeyPath<Keadaan, [Suntingan]>, mundur: Bool) {
        guard let s = self[keyPath: dari].last else {
            beriPesan(mundur ? t("Tidak ada yang dapat dibatalkan", "Nothing to undo") : t("Tidak ada yang dapat diulang", "Nothing to redo"))
            return
        }
        if case .struktur = s, sedangMenyimpan() { return }
        self[keyPath: dari].removeLast()
        terapkan(s, mundur: mundur)
        self[keyPath: ke].append(s)
        // Back at the state last saved: the top line says so.
        if undo.count == tandaTersimpan { revisiTersimpan = dokumen.revisi }
        tunjukkan(s)
        beriPesan((mundur ? t("Dibatalkan: ", "Undone: ") : t("Diulang: ", "Redone: ")) + uraian(s, mundur: mundur))
    }

    /// Selects the node an undone or redone change belongs to.
    private mutating func tunjukkan(_ s: Suntingan) {
        switch s {
        case .indikator(.simpul(let node, _), _, _, _), .anggaran(let node, _, _, _), .catatan(let node, _, _, _, _):
            if simpulTerpilih != node { pilihSimpul(node) }
        case .nilai(.indikator(let kode, _, _), _, _), .nilai(.anggaran(let kode, _), _, _), .nilai(.catatan(let kode, _, _), _, _):
            if let node = dokumen.indeks(kode: kode), simpulTerpilih != node { pilihSimpul(node) }
        case .struktur(let u, _, _):
            if let kode = u.kodeHasil, let node = dokumen.indeks(kode: kode), simpulTerpilih != node { pilihSimpul(node) }
        default: break
        }
    }

    package func uraian(_ s: Suntingan, mundur: Bool) -> String {
        func d(_ v: Decimal?) -> String { v.map { Format.id($0) } ?? t("kosong", "blank") }
        func r(_ v: Int?) -> String { v.map(Format.rupiah) ?? t("kosong", "blank") }
        switch s {
        case .indikator(_, let kolom, let lama, let baru):
            return namaKolom(kolom) + " " + (mundur ? "\(d(baru)) → \(d(lama))" : "\(d(lama)) → \(d(baru))")
        case .anggaran(_, let kolom, let lama, let baru):
            return namaKolom(kolom) + " " + (mundur ? "\(r(baru)) → \(r(lama))" : "\(r(lama)) → \(r(baru))")
        case .catatan(_, let q, _, _, _): return t("catatan TW ", "notes Q") + TW.nama(q)
        case .skala(let lama, let baru): return t("skala ", "scale ") + (mundur ? "\(baru) → \(lama)" : "\(lama) → \(baru)")
        case .nilai(let a, let lama, let baru):
            func v(_ x: String?) -> String { x ?? t("kosong", "blank") }
            return a.teks(bahasa) + " " + (mundur ? "\(v(baru)) → \(v(lama))" : "\(v(lama)) → \(v(baru))")
        case .struktur(let u, _, _): return u.teks(bahasa)
        }
    }

    package func namaKolom(_ kolom: KolomIndikator) -> String {
        switch kolom {
        case .target(let q): "Target " + (q.map { namaTW[$0 - 1] } ?? t("tahun", "year"))
        case .realisasi(let q): t("Realisasi ", "Actual ") + (q.map { namaTW[$0 - 1] } ?? t("tahun", "year"))
        }
    }

    package func namaKolom(_ kolom: KolomAnggaran) -> String {
        switch kolom {
        case .paguMurni: t("Pagu murni", "Original pagu")
        case .paguPerubahan: t("Pagu perubahan", "Revised pagu")
        case .realisasi(let q): t("Realisasi Rp ", "Spent Rp ") + namaTW[q - 1]
        }
    }

    package func nilaiSaatIni(_ alamat: AlamatSel) -> String {
        switch alamat {
        case .indikator(let ref, let kolom): dokumen.indikator(ref)[kolom].map(Format.isian) ?? ""
        case .anggaran(let node, let kolom): dokumen.simpul[node].anggaran?[kolom].map(Format.rupiah) ?? ""
        case .renstra(let a): Keadaan.desimal(dokumen.nilai(a) ?? nil).map(Format.isian) ?? ""
        }
    }

    /// What was typed in a cell as exact text (rupiah whole, values as decimals); nil when blank
    /// or when it does not parse.
    package func teksTepat(_ alamat: AlamatSel, _ text: String) -> String? {
        switch alamat {
        case .anggaran: ((try? Isian.rupiah(text).get()) ?? nil).map { "\($0)" }
        default: ((try? Isian.nilai(text).get()) ?? nil).map { "\($0)" }
        }
    }

    /// What is odd about a value about to be committed (Model's rules); empty when nothing is.
    package func peringatanSel(_ alamat: AlamatSel, _ text: String) -> [String] {
        guard case .success(let warnings) = Isian.periksa(dokumen, alamatNilai(alamat), nilai: teksTepat(alamat, text)) else { return [] }
        return warnings.map { $0.teks(bahasa) }
    }

    /// Exact decimal text as a value.
    package static func desimal(_ text: String?) -> Decimal? {
        Decimal.tepat(text)
    }

    /// What the typed text parses to, or why it does not (the rules of `Isian`).
    package func pratinjau(_ alamat: AlamatSel, _ text: String) -> Pratinjau {
        switch alamat {
        case .anggaran:
            switch Isian.rupiah(text) {
            case .failure(let why): return .tidakSah(why.teks(bahasa))
            case .success(nil): return .sah(t("kosong", "blank"))
            case .success(let value?): return .sah("Rp " + Format.rupiah(value))
            }
        case .renstra:
            switch Isian.nilai(text) {
            case .failure(let why): return .tidakSah(why.teks(bahasa))
            case .success(nil): return .sah(t("kosong", "blank"))
            case .success(let value?): return .sah(Format.id(value, maxDecimals: 10))
            }
        case .indikator(let ref, let kolom):
            switch Isian.nilai(text) {
            case .failure(let why): return .tidakSah(why.teks(bahasa))
            case .success(nil): return .sah(t("kosong", "blank"))
            case .success(let value?):
                if case .failure(let why) = Isian.periksa(dokumen, dokumen.alamat(ref, kolom), nilai: "\(value)") { return .tidakSah(why.teks(bahasa)) }
                return .sah(Format.id(value, maxDecimals: 10))
            }
        }
    }

    /// Commits the edit field; a value that does not parse is refused and nothing changes.
    package mutating func simpanSel(_ alamat: AlamatSel, _ text: String) -> Bool {
        guard !tolakIsian() else { return false }
        guard !tolakBilaTerkunci(alamatNilai(alamat)) else { return false }
        if case .tidakSah(let why) = pratinjau(alamat, text) {
            beriPesan("'\(text)': " + why + t("; tidak ada yang berubah", "; nothing changed"), galat: true)
            return false
        }
        switch alamat {
        case .indikator(let ref, let kolom):
            let old = dokumen.indikator(ref)[kolom]
            let value = (try? Isian.nilai(text).get()) ?? nil
            guard old != value else { return true }
            sunting(.indikator(ref, kolom, lama: old, baru: value))
        case .anggaran(let node, let kolom):
            let old = dokumen.simpul[node].anggaran?[kolom]
            let amount = (try? Isian.rupiah(text).get()) ?? nil
            guard old != amount else { return true }
            sunting(.anggaran(node, kolom, lama: old, baru: amount))
        case .renstra(let a):
            let old = dokumen.nilai(a) ?? nil
            let value = teksTepat(alamat, text)
            guard Keadaan.desimal(old) != Keadaan.desimal(value) else { return true }
            sunting(.nilai(a, lama: old, baru: value))
        }
        beriPesan(uraian(undo.last!, mundur: false))
        return true
    }

    package var pesanHanyaBaca: String {
        t("Berkas hanya-baca: tidak dapat diubah di sini", "The file is read-only: nothing can be changed here")
    }
}

/// What an edit field's text parses to, shown before it is committed.
package enum Pratinjau: Equatable {
    case sah(String)
    case tidakSah(String)
}

import Foundation
import Model

/// Changes of structure in the interface: each is an `UbahStruktur` applied by the
/// rules in Model, undoable, and replayed by the recovery copy.
extension Keadaan {
    /// Makes a change of structure as the user's own: undoable, with its message; false and
    /// the reason in the message line when the rules refuse it (nothing changes).
    @discardableResult
    package mutating func ubahStruktur(_ u: UbahStruktur) -> Bool {
        switch u {
        case .tutupTW, .bukaTW: guard !tolakPemeriksaan() else { return false }
        default: guard !tolakIsian() else { return false }
        }
        guard !sedangMenyimpan() else { return false }
        switch terapkanStruktur(u) {
        case .success(let (done, before, bases)):
            undo.append(.struktur(done, sebelum: before, dasar: bases))
            redo.removeAll()
            beriPesan(done.teks(bahasa) + t(" (u membatalkan)", " (u undoes)"))
            return true
        case .failure(let why):
            beriPesan(why.tempat + ": " + why.pesan.teks(bahasa) + t("; tidak ada yang berubah", "; nothing changed"), galat: true)
            return false
        }
    }

    /// Applies a change of structure to the dataset: the change as applied, the file before it and
    /// the value bases before it. The value bases follow the addresses the change moves.
    package mutating func terapkanStruktur(_ u: UbahStruktur) -> Result<(UbahStruktur, Berkas, [AlamatNilai: String?]), GalatData> {
        let before = dokumen.berkas()
        var file = before
        let done: UbahStruktur
        let next: Dokumen
        do throws(GalatData) {
            done = try file.terapkan(u)
            next = try Dokumen(berkas: file, revisi: dokumen.revisi + 1)
        } catch {
            return .failure(error)
        }
        let bases = dasarPerubahan
        dasarPerubahan = [:]
        for (a, base) in bases {
            if let moved = done.petakan(a, di: before) { dasarPerubahan[moved] = base }
        }
        sumberAlamat = Dictionary(sumberAlamat.compactMap { a, v in done.petakan(a, di: before).map { ($0, v) } }, uniquingKeysWith: { $1 })
        strukturSesi.append(done)
        gantiDokumen(next, petakan: done.kodeSesudah, pilih: done.kodeHasil)
        return .success((done, before, bases))
    }

    /// While a save runs, what would change the file's shape waits for it (said in the message line).
    package mutating func sedangMenyimpan() -> Bool {
        guard menyimpan != nil else { return false }
        beriPesan(t("Sedang menyimpan; coba lagi sebentar lagi (nilai tetap bisa diisi)",
                    "Saving; try again in a moment (values can still be entered)"), galat: true)
        return true
    }

    /// Undoes a change of structure: the file as it was, the value bases as they were.
    package mutating func kembalikanStruktur(_ before: Berkas, dasar: [AlamatNilai: String?]) {
        guard let d = try? Dokumen(berkas: before, revisi: dokumen.revisi + 1) else { return }
        dasarPerubahan = dasar
        if strukturSesi.isEmpty { strukturUtuh = true } else { strukturSesi.removeLast() }
        let selected = simpulTerpilih.map { dokumen.simpul[$0].kode }
        gantiDokumen(d, petakan: { $0 }, pilih: selected)
    }

    /// Puts a changed dataset in place, keeping the expanded branches (by code) and the selection.
    private mutating func gantiDokumen(_ d: Dokumen, petakan: (String) -> String?, pilih: String?) {
        let open = terbuka.compactMap { dokumen.simpul.indices.contains($0) ? petakan(dokumen.simpul[$0].kode) : nil }
        let row = kursor
        dokumen = d
        terbuka = Set([0] + open.compactMap { d.indeks(kode: $0) })
        susunBaris()
        if !lihatRenstra, let pilih, let node = d.indeks(kode: pilih) {
            pilihSimpul(node)
        } else {
            kursor = min(row, max(0, baris.count - 1))
            sesuaikanGulir()
        }
    }

    /// Restores a recovery copy onto the file as it is now: its changes of structure first
    /// (undoable), then its values. A copy that cannot be replayed is taken whole (`salinan`).
    package mutating func pulihkan(ke current: Dokumen, struktur: [UbahStruktur], perubahan: [Perubahan], salinan: Berkas, utuh: Bool) {
        mulaiDari(current)
        sumberSunting = "pulih"
        defer { sumberSunting = "antarmuka" }
        var failed: String?
        if !utuh {
            for u in struktur {
                switch terapkanStruktur(u) {
                case .success(let (done, before, bases)): undo.append(.struktur(done, sebelum: before, dasar: bases))
                case .failure(let why): failed = u.teks(bahasa) + ": " + why.pesan.teks(bahasa)
                }
                if failed != nil { break }
            }
        }
        if utuh || failed != nil {
            mulaiDari(current)
            kembalikanStruktur(salinan, dasar: [:])
            strukturUtuh = true
            beriPesan((failed.map { t("Tidak dapat diterapkan ulang (", "Could not be replayed (") + $0 + "); " } ?? "")
                      + t("salinan dipulihkan utuh; perubahan lain di berkas ditanya saat menyimpan",
                          "the copy was restored whole; other changes in the file since then are asked about at save"), galat: failed != nil)
            return
        }
        let (clean, conflicts) = dokumen.pilah(perubahan)
        for change in clean { sunting(.nilai(change.alamat, lama: change.lama, baru: change.baru)) }
        if conflicts.isEmpty {
            let shape = struktur.isEmpty ? "" : t("\(struktur.count) perubahan struktur, ", "\(struktur.count) changes of structure, ")
            beriPesan(t("Perubahan dipulihkan (\(shape)\(clean.count) nilai); tekan Ctrl-S untuk menyimpannya",
                        "Changes restored (\(shape)\(clean.count) values); press Ctrl-S to save them"))
        } else {
            mode = .pilihKonflik(PilihKonflik(conflicts, simpan: false))
        }
    }
}

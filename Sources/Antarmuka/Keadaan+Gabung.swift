import Foundation
import Model
import Layar

/// Several hands on one file: a save over a file changed by others merges instead of
/// overwriting. The file as it is now is taken, this session's own changes (structure
/// first, then values) are made again on top; a value changed on both sides is a
/// conflict the user decides, one by one or all at once, before anything is written.
extension Keadaan {
    /// Merges the others' changes (`current`) with this session's; a save follows when
    /// `simpan` and nothing is left to decide.
    package mutating func gabungkan(_ current: Dokumen, simpan: Bool) -> [Efek] {
        // Changes that cannot be replayed (structure undone across a save): the old question.
        guard !strukturUtuh else { mode = .konflik; return [] }
        let before = self
        let ops = strukturSesi, own = perubahanSendiri, old = dokumen
        mulaiDari(current)
        for u in ops {
            if case .failure(let why) = terapkanStruktur(u) {
                self = before
                mode = .konflik
                beriPesan(t("Perubahan struktur Anda tidak cocok lagi dengan berkas (", "Your change of structure no longer fits the file (")
                          + u.teks(bahasa) + ": " + why.pesan.teks(bahasa) + ")", galat: true)
                return []
            }
        }
        let (clean, conflicts) = dokumen.pilah(own)
        for change in clean { sunting(.nilai(change.alamat, lama: change.lama, baru: change.baru)) }
        // What a quarter closed meanwhile holds is not replayed into the file.
        let held = tahanNilaiTertutup()
        let taken = old.perbedaan(ke: dokumen).count
        diambilDariLain = taken
        if !held.isEmpty {
            // Said first: the save that follows (if any) tells the rest.
            if conflicts.isEmpty { return held + (simpan ? [.simpan(timpa: false)] : []) }
            mode = .pilihKonflik(PilihKonflik(conflicts, simpan: simpan))
            return held
        }
        if conflicts.isEmpty {
            if !simpan {
                beriPesan(t("Dimuat: \(taken) nilai dari pihak lain, \(own.count + ops.count) perubahan Anda tetap",
                            "Loaded: \(taken) values from others, your \(own.count + ops.count) changes kept"))
                diambilDariLain = nil
            }
            return simpan ? [.simpan(timpa: false)] : []
        }
        mode = .pilihKonflik(PilihKonflik(conflicts, simpan: simpan))
        return []
    }

    /// Keys of the conflict chooser: ↑↓ choose a row, m (s) mine, o theirs, M/O all, Enter done.
    package mutating func tanganiPilihKonflik(_ key: Tombol, _ view: PilihKonflik) -> [Efek] {
        var v = view
        if let row = Keadaan.gerakDaftar(key, v.kursor, halaman: max(1, tinggi - 8), akhir: v.isi.count) {
            v.kursor = min(max(0, row), max(0, v.isi.count - 1))
            mode = .pilihKonflik(v)
            return []
        }
        switch key {
        case .huruf("m"), .huruf("s"), .kanan: v.pilihan[v.kursor] = true; v.kursor = min(v.kursor + 1, v.isi.count - 1)
        case .huruf("o"), .kiri: v.pilihan[v.kursor] = false; v.kursor = min(v.kursor + 1, v.isi.count - 1)
        case .huruf("M"), .huruf("S"): v.pilihan = v.pilihan.map { _ in true }
        case .huruf("O"): v.pilihan = v.pilihan.map { _ in false }
        case .esc:
            mode = .normal
            konflikTertunda = v
            beriPesan(t("\(v.isi.count) bentrokan belum diputuskan; belum ditulis. Ctrl-S untuk memutuskan",
                        "\(v.isi.count) conflicts undecided; nothing written. Ctrl-S to decide"), galat: true)
            return []
        case .enter, .f(2):
            guard v.belum == 0 else {
                beriPesan(t("\(v.belum) bentrokan belum dipilih (m milik saya, o milik mereka)", "\(v.belum) conflicts not chosen yet (m mine, o theirs)"), galat: true)
                break
            }
            return putuskan(v)
        default: break
        }
        mode = .pilihKonflik(v)
        return []
    }

    /// Takes the chosen values; a save waiting for them goes on.
    private mutating func putuskan(_ v: PilihKonflik) -> [Efek] {
        var mine = 0
        sumberSunting = "gabung"
        defer { sumberSunting = "antarmuka" }
        for (c, choice) in zip(v.isi, v.pilihan) where choice == true && !c.hilang {
            sunting(.nilai(c.perubahan.alamat, lama: c.mereka ?? nil, baru: c.perubahan.baru))
            mine += 1
        }
        mode = .normal
        konflikTertunda = nil
        beriPesan(t("Bentrokan diputuskan: \(mine) nilai Anda, \(v.isi.count - mine) nilai mereka", "Conflicts decided: \(mine) of yours, \(v.isi.count - mine) of theirs")
                  + (v.simpan ? "" : t("; Ctrl-S untuk menyimpan", "; Ctrl-S to save")))
        return v.simpan ? [.simpan(timpa: false)] : []
    }
}

import Foundation
import Model

/// Several hands on one file: a save over a file changed by others merges instead of
/// overwriting. The file as it is now is taken, this session's own changes (structure
/// first, then values) are made again on top; a value changed on both sides is a
/// conflict the user decides, one by one or all at once, before anything is written.
extension Keadaan {
    /// Merges the others' changes (`current`) with this session's; a save follows when
    /// `simpan` and nothing is left to decide.
    mutating func gabungkan(_ current: Dokumen, simpan: Bool) -> [Efek] {
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
        let taken = old.perbedaan(ke: dokumen).count
        diambilDariLain = taken
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
    mutating func tanganiPilihKonflik(_ key: Tombol, _ view: PilihKonflik) -> [Efek] {
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

/// The journal on screen: who changed a value (or anything in a node), from what, to what, when.
extension Keadaan {
    /// An editable cell's address as the journal knows it.
    func alamatNilai(_ cell: AlamatSel) -> AlamatNilai {
        switch cell {
        case .indikator(let ref, let kolom): dokumen.alamat(ref, kolom)
        case .anggaran(let node, let kolom): .anggaran(simpul: dokumen.simpul[node].kode, kolom)
        case .renstra(let a): a
        }
    }

    mutating func tampilkanRiwayat(_ about: RiwayatDari, _ entries: [EntriJurnal]) {
        let chosen = entries.filter { entry in
            switch about {
            case .nilai(let a): entry.alamat == a
            case .kode(let kode): kode.isEmpty || entry.kode.map { $0 == kode || $0.hasPrefix(kode + ".") } ?? false
            }
        }
        let title: String = switch about {
        case .nilai(let a): t("Riwayat ", "History of ") + a.teks(bahasa)
        case .kode(let kode): t("Riwayat ", "History of ") + (kode.isEmpty ? dokumen.opd.nama : kode)
        }
        func show(_ v: String?) -> String { v.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")).map { Format.id($0) } ?? $0 } ?? "-" }
        let lines = chosen.reversed().map { e -> String in
            let when = e.waktu.prefix(16).replacingOccurrences(of: "T", with: " ")
            var line = "\(when) \(e.nama ?? e.pengguna) [\(e.sumber)] "
            if case .kode = about { line += e.teks + (e.alamat == nil ? "" : ": ") }
            if e.alamat != nil { line += show(e.lama) + " → " + show(e.baru) }
            if let why = e.alasan { line += " · " + why }
            return line
        }
        mode = .riwayat(DaftarTeks(judul: title + " (\(chosen.count))",
                                   baris: lines.isEmpty ? [t("Belum ada perubahan tercatat di jurnal", "No changes recorded in the journal yet")] : lines))
        pesan = nil
    }
}

/// `check` inside the interface (P): the findings, Enter to the place, u/x for an outdated stated total.
extension Keadaan {
    mutating func tanganiTemuan(_ key: Tombol, _ list: DaftarTemuan) {
        var l = list
        if let row = Keadaan.gerakDaftar(key, l.kursor, halaman: max(1, tinggi - 5), akhir: l.isi.count) {
            l.kursor = min(max(0, row), max(0, l.isi.count - 1))
            mode = .temuan(l)
            return
        }
        guard l.isi.indices.contains(l.kursor) else { mode = .normal; return }
        let item = l.isi[l.kursor]
        // The place: a code, a Renstra number, or either followed by more words.
        let place = String(item.tempat.split(separator: " ").first ?? "")
        switch key {
        case .enter:
            mode = .normal
            lompat(place)
        case .huruf("u"), .huruf("x"):
            guard let change = dokumen.perbaruiTertulis(place, buang: key == .huruf("x")) else {
                beriPesan(t("Tidak ada total tertulis di sini", "No stated totals here"), galat: true)
                return
            }
            if ubahStruktur(change) { mode = .temuan(DaftarTemuan(isi: Pemeriksa.periksa(dokumen), kursor: l.kursor)) }
        default: mode = .normal
        }
    }
}

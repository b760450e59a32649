import Foundation
import Model
import Layar

/// The journal on screen: who changed a value (or anything in a node), from what, to what, when.
extension Keadaan {
    package mutating func tampilkanRiwayat(_ about: RiwayatDari, _ entries: [EntriJurnal]) {
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
        func show(_ v: String?) -> String { v.flatMap { Decimal.tepat($0).map { Format.id($0) } ?? $0 } ?? "-" }
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
    package mutating func tanganiTemuan(_ key: Tombol, _ list: DaftarTemuan) {
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

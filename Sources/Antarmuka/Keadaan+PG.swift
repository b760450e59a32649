import Foundation
import Model
import Pelaporan
import GudangPostgres

/// The interface on the shared store: others' writes arrive while it is open and are taken
/// in at once (the rows they touch marked for a moment), unless this session has its own
/// unsaved change of the same value: then the save will show the conflict.
extension Keadaan {
    package mutating func terimaKabar(_ kabar: KabarPG) -> [Efek] {
        // A new shape or closed quarters: read the whole OPD-year again, this session's changes replayed on it.
        if kabar.ulang { return menyimpan == nil ? [.muatUlang] : [] }
        let clean = !belumDisimpan
        let own = Set(perubahanSendiri.map(\.alamat))
        var nodes = Set<Int>()
        var taken = 0
        for change in kabar.nilai where !own.contains(change.alamat) {
            guard case .some(let here) = dokumen.nilai(change.alamat), here != change.baru, dokumen.atur(change.alamat, change.baru) else { continue }
            if dasarPerubahan[change.alamat] != nil { dasarPerubahan[change.alamat] = change.baru }
            taken += 1
            if let code = change.alamat.kodeSimpul, let node = dokumen.indeks(kode: code) {
                nodes.insert(node)
                nodes.formUnion(dokumen.leluhur(node))
            }
        }
        guard taken > 0 else { return [] }
        if clean { revisiTersimpan = dokumen.revisi }
        sorotan = nodes
        beriPesan(t("\(taken) nilai diubah pihak lain", "\(taken) values changed by others"))
        return []
    }
}


extension Keadaan {
    /// The summary of every OPD as lines for the list view, 80 columns wide: amounts scaled
    /// (never cut), names cut, the Pemda's total last.
    package func barisRekap(_ rows: [BarisRekap]) -> [String] {
        func line(_ code: String, _ name: String, _ pagu: String, _ absorbed: String, _ mean: String, _ band: String, _ blank: String, _ closed: String) -> String {
            LebarTampilan.isi(code, 6) + " " + LebarTampilan.isi(name, 20) + " " + LebarTampilan.isi(pagu, 9, kanan: true) + " "
                + LebarTampilan.isi(absorbed, 7, kanan: true) + " " + LebarTampilan.isi(mean, 7, kanan: true) + " " + LebarTampilan.isi(band, 11)
                + " " + LebarTampilan.isi(blank, 6, kanan: true) + " " + closed
        }
        var out = [line(t("Kode", "Code"), "OPD", "Pagu", t("Serapan", "Absorb."), t("Capaian", "Achiev."), t("Kategori", "Category"),
                         t("Kosong", "Blank"), namaTW[tw - 1])]
        for r in rows {
            out.append(line(r.kode, r.nama, r.pagu.map { Keadaan.rupiahRingkas($0, 9) } ?? "-", r.serapan.map(Format.persen) ?? "-",
                            r.capaian.nilai.map(Format.persen) ?? "-", r.kategori ?? "-", "\(r.kosong)", r.ditutup ? t("ditutup", "closed") : ""))
        }
        let sum = JumlahRekap(rows)
        out.append(line("", t("Jumlah \(sum.opd) OPD", "Total \(sum.opd) agencies"), sum.pagu.map { Keadaan.rupiahRingkas($0, 9) } ?? "-",
                        sum.serapan.map(Format.persen) ?? "-", "", "", "\(sum.kosong)", "\(sum.ditutup)/\(sum.opd)"))
        return out
    }
}

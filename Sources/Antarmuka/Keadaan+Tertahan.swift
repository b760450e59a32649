import Foundation
import Model

/// A closed quarter is closed for every writer at every moment. A session opened before
/// someone closed a quarter may still hold changes of it: at a merge and before every
/// save they are taken back from what is written, kept in a recovery copy of their own,
/// and said with who closed the quarter and when.
extension Keadaan {
    /// The quarters this session closed itself: its own changes before its own closing stand.
    package var ditutupSesi: Set<Int> {
        Set(strukturSesi.compactMap { if case .tutupTW(let tw, _, _) = $0 { tw } else { nil } })
    }

    /// Takes back this session's changes that a closed quarter holds; the shell keeps them.
    package mutating func tahanNilaiTertutup() -> [Efek] {
        let held = Isian.tertahan(perubahanSendiri, kunci: dokumen.kunci, ditutupSendiri: ditutupSesi)
        guard !held.isEmpty else { return [] }
        for (c, _) in held {
            dokumen.atur(c.alamat, c.lama)
            dasarPerubahan[c.alamat] = nil
            sumberAlamat[c.alamat] = nil
        }
        let locks = Dictionary(held.map { ($0.1.tw, $0.1) }, uniquingKeysWith: { a, _ in a }).values.sorted { $0.tw < $1.tw }
        let values = held.prefix(3).map { "\($0.0.alamat.teks(bahasa)): \($0.0.baru ?? "-")" }.joined(separator: "; ") + (held.count > 3 ? " …" : "")
        let closings = locks.map { t("TW \(TW.nama($0.tw)) ditutup oleh \($0.oleh), \($0.waktu.prefix(10))", "Q\($0.tw) closed by \($0.oleh), \($0.waktu.prefix(10))") }
        catatanTertahan = t("\(held.count) nilai tidak disimpan (", "\(held.count) values not saved (") + closings.joined(separator: "; ") + "): " + values
        beriPesan(catatanTertahan!, galat: true)
        return [.simpanTertahan(held.map(\.0))]
    }

    /// The held values' own recovery copy, written: where, in the message and in the next save's.
    package mutating func tertahanDisalin(_ path: String) {
        catatanTertahan = (catatanTertahan ?? "") + t("; disimpan di salinan ", "; kept in the copy ") + URL(fileURLWithPath: path).lastPathComponent
        beriPesan(catatanTertahan!, galat: true)
    }

    /// The closings on the file as it is now, seen while idle: marked here at once.
    package mutating func terimaKunciBerkas(_ onDisk: [Int: KunciTriwulan]) {
        let new = onDisk.values.filter { dokumen.kunci[$0.tw] == nil }.sorted { $0.tw < $1.tw }
        guard !new.isEmpty else { return }
        for lock in new { dokumen.tandaiKunci(lock) }
        let mine = Isian.tertahan(perubahanSendiri, kunci: dokumen.kunci, ditutupSendiri: ditutupSesi).count
        beriPesan(new.map { Isian.pesanKunci($0).teks(bahasa) }.joined(separator: "; ")
                  + (mine > 0 ? t("; \(mine) nilai Anda di triwulan itu tidak akan disimpan", "; \(mine) of your values there will not be saved") : ""),
                  galat: mine > 0)
    }
}

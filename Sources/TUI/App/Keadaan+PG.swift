import Foundation
import Model

/// The interface on the shared store: others' writes arrive while it is open and are taken
/// in at once (the rows they touch marked for a moment), unless this session has its own
/// unsaved change of the same value: then the save will show the conflict.
extension Keadaan {
    mutating func terimaKabar(_ kabar: KabarPG) -> [Efek] {
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

extension AlamatNilai {
    /// The node a value belongs to, if any.
    var kodeSimpul: String? {
        switch self {
        case .indikator(let kode, _, _), .anggaran(let kode, _), .catatan(let kode, _, _): kode
        default: nil
        }
    }
}

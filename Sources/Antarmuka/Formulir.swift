import Foundation
import Model
import Layar

/// One entry of the structure menu: a letter, what it does, and the form it opens.
package struct PilihanMenu: Equatable, Sendable {
    package var huruf: Character
    package var label: String
    package var formulir: Formulir
}

/// A small form for one change of structure: labelled fields (free text or a choice)
/// and what submitting it does. A form without fields is a confirmation.
package struct Formulir: Equatable, Sendable {
    /// What the form makes when submitted; its fields are read in order.
    package enum Aksi: Equatable, Sendable {
        case tambahSimpul
        case gantiNama(String)
        case gantiKode(String)
        case pindah(String)
        case hapus(String)
        case tambahIndikator(TempatIndikator)
        case ubahIndikator(TempatIndikator, Int)
        case geserIndikator(TempatIndikator)
        case hapusIndikator(TempatIndikator)
        case tautkan(simpul: String?, nomor: String?)
        case lepas(simpul: String?, nomor: String?)
        case tambahTujuan
        case tambahSasaran(String)
        case ubahUraian(String)
        case hapusRenstra(String)
        case tahunRenstra
        /// Not a change by itself: reads a spreadsheet for the import preview.
        case impor
        /// The facts of a data file that does not exist yet; submitting creates it.
        case berkasBaru
        /// Closing the quarter (a confirmation) or reopening it (with a reason).
        case tutupTW(Int)
        case bukaTW(Int)
        /// A reviewer's note and the office's answer (node, quarter).
        case verifikasi(Int, Int)
    }

    package struct Bidang: Equatable, Sendable {
        var label: String
        var teks: String
        /// The values a choice field cycles through (← →, space); empty for free text.
        var pilihan: [String] = []
    }

    package var judul: String
    package var aksi: Aksi
    package var bidang: [Bidang]
    /// What the change will do, said before it is done (what goes with a removal, which codes follow).
    package var keterangan: [String] = []
    package var aktif = 0

    /// The text of the field labelled `label`, trimmed; nil when empty.
    package func nilai(_ n: Int) -> String? {
        guard bidang.indices.contains(n) else { return nil }
        let text = bidang[n].teks.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// Edits the active field by one key; false when the key is not an edit.
    package mutating func ketik(_ key: Tombol) -> Bool {
        guard bidang.indices.contains(aktif) else { return false }
        let choices = bidang[aktif].pilihan
        switch key {
        case .huruf(" ") where !choices.isEmpty, .kanan where !choices.isEmpty: geserPilihan(1)
        case .kiri where !choices.isEmpty: geserPilihan(-1)
        case .backspace where choices.isEmpty: if !bidang[aktif].teks.isEmpty { bidang[aktif].teks.removeLast() }
        case .ctrl("u") where choices.isEmpty: bidang[aktif].teks = ""
        case .huruf(let c) where choices.isEmpty: bidang[aktif].teks.append(c)
        default: return false
        }
        return true
    }

    private mutating func geserPilihan(_ step: Int) {
        let choices = bidang[aktif].pilihan
        let i = choices.firstIndex(of: bidang[aktif].teks) ?? 0
        bidang[aktif].teks = choices[(i + step + choices.count) % choices.count]
    }
}

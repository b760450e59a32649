import Foundation
import Model
import Layar

/// The import preview: scrolled, applied with Enter or y when it has no problems.
extension Keadaan {
    /// A spreadsheet read: its dry run against the dataset as it is now.
    package mutating func pratinjauImpor(_ path: String, _ rows: [[String]]) {
        let plan = Model.Impor.rencana(dokumen, baris: rows)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let summary = plan.masalah.isEmpty
            ? t("\(plan.ditambah.count) simpul baru, \(plan.perubahan.count) nilai (\(plan.perubahan.filter { $0.lama != nil }.count) menimpa)",
                "\(plan.ditambah.count) new nodes, \(plan.perubahan.count) values (\(plan.perubahan.filter { $0.lama != nil }.count) overwritten)")
            : t("\(plan.masalah.count) masalah: tidak dapat diterapkan", "\(plan.masalah.count) problems: cannot be applied")
        mode = .pratinjauImpor(PratinjauImpor(nama: name, baris: rows, laporan: plan.laporan(nama: name, jumlahBaris: rows.count, bahasa: bahasa),
                                              ringkas: summary, bisa: plan.masalah.isEmpty))
        pesan = nil
    }

    package mutating func tanganiPratinjauImpor(_ key: Tombol, _ view: PratinjauImpor) {
        var v = view
        if let row = Keadaan.gerakDaftar(key, v.gulir, halaman: max(1, tinggi - 5), akhir: v.laporan.count) {
            v.gulir = min(max(0, row), max(0, v.laporan.count - (tinggi - 4)))
            mode = .pratinjauImpor(v)
            return
        }
        switch key {
        case .enter where v.bisa, .huruf("y") where v.bisa, .huruf("Y") where v.bisa:
            mode = .normal
            if ubahStruktur(.impor(nama: v.nama, baris: v.baris)) {
                beriPesan(t("Diimpor dari ", "Imported from ") + v.nama + ": " + v.ringkas + t(" (u membatalkan; Ctrl-S menyimpan)", " (u undoes; Ctrl-S saves)"))
            }
            return
        case .esc, .huruf("q"), .huruf("n"):
            mode = .normal
            beriPesan(t("Impor dibatalkan: tidak ada yang berubah", "Import cancelled: nothing changed"))
            return
        default: break
        }
    }
}

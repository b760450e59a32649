import Foundation
import Model
import GudangBerkas

/// The mouse: a click selects a tree row or an editable cell (a click on the selected
/// row opens or closes it; a click on the summary opens the full detail), the wheel
/// scrolls the pane under it (the tree, over the summary).
extension Keadaan {
    package mutating func klik(_ x: Int, _ y: Int) {
        let tata = self.tata
        let top = tata.atasPohon + 1
        if (top..<(top + tata.barisPohon)).contains(y) {
            let index = gulir + y - top
            guard baris.indices.contains(index) else { return }
            if index == kursor, fokus == .pohon, let row = barisTerpilih, punyaAnak(row) {
                aturTerbuka(row, !terbuka(row))
            } else {
                pindah(index - kursor)
            }
            fokus = .pohon
            return
        }
        let y0 = tata.atasRincian
        guard (y0 + 1...y0 + tata.barisRincian).contains(y) else { return }
        // A click on the summary opens the full detail, whose cells are then clicked.
        if rincianRingkas {
            fokus = .rincian
            pastikanSelSunting(arah: 1)
            return
        }
        let rows = barisRincian(lebarSel: lebarSel)
        let row = max(0, min(gulirRincian, rows.count - tata.barisRincian)) + y - y0 - 1
        let column = (x - lebarLabel) / (lebarSel + 1)
        guard x >= lebarLabel, rows.indices.contains(row), rows[row].sel(column)?.alamat != nil else { return }
        fokus = .rincian
        kursorRincian = (row, column)
    }

    package mutating func roda(_ step: Int, _ y: Int) {
        let tata = self.tata
        // Over the summary, which does not scroll, the wheel moves the tree's cursor too.
        if y <= tata.atasPohon + tata.barisPohon || rincianRingkas {
            pindah(step)
        } else {
            let count = barisRincian(lebarSel: lebarSel).count
            gulirRincian = max(0, min(gulirRincian + step, count - tata.barisRincian))
        }
    }
}

/// Preferences of one user (not of a data file): `$XDG_CONFIG_HOME/kinerja/setelan.json`,
/// else `~/.config/kinerja/setelan.json`.
package struct Setelan: Codable, Equatable, Sendable {
    /// Enter moves to the cell below after a commit, as in Excel.
    package var enterTurun = false

    package static func path(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Sistem.folderPengguna("XDG_CONFIG_HOME", bawaan: ".config", env) + "/setelan.json"
    }

    package static func baca(_ path: String = Setelan.path()) -> Setelan {
        FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(Setelan.self, from: $0) } ?? Setelan()
    }

    package func tulis(_ path: String = Setelan.path()) throws(GalatBerkas) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try Penyimpan.tulisAtomik((try? encoder.encode(self)) ?? Data(), ke: path, cadangan: false)
    }
}

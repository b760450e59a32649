import Model

/// The visible tree rows, expanding and collapsing, moving the cursor.
extension Keadaan {
    package mutating func susunBaris() {
        let selected = barisTerpilih
        baris.removeAll(keepingCapacity: true)
        if lihatRenstra {
            for (t, tujuan) in dokumen.renstra.tujuan.enumerated() {
                baris.append(.tujuan(t))
                guard terbukaRenstra.contains("t\(t)") else { continue }
                for (s, sasaran) in tujuan.sasaran.enumerated() {
                    baris.append(.sasaran(t, s))
                    guard terbukaRenstra.contains("s\(t).\(s)") else { continue }
                    for i in sasaran.indikator.indices { baris.append(.indikator(PosisiRenstra(tujuan: t, sasaran: s, indikator: i))) }
                }
            }
        } else {
            var stack = [0]
            while let i = stack.popLast() {
                baris.append(.simpul(i))
                if terbuka.contains(i) { stack.append(contentsOf: dokumen.simpul[i].anak.reversed()) }
            }
        }
        if let selected, let index = baris.firstIndex(of: selected) { kursor = index }
        kursor = min(max(0, kursor), max(0, baris.count - 1))
        // Indent (up to 2), the branch marker (2) and the code.
        var widest = 19
        if !lihatRenstra {
            for case .simpul(let i) in baris where i > 0 {
                let node = dokumen.simpul[i]
                widest = max(widest, min(2, node.tingkat == .program ? 0 : node.tingkat == .kegiatan ? 1 : 2) + 2 + node.kode.count)
            }
        }
        lebarKode = widest
    }

    package func punyaAnak(_ row: BarisPohon) -> Bool {
        switch row {
        case .simpul(let i): !dokumen.simpul[i].anak.isEmpty
        case .tujuan(let t): !dokumen.renstra.tujuan[t].sasaran.isEmpty
        case .sasaran(let t, let s): !dokumen.renstra.tujuan[t].sasaran[s].indikator.isEmpty
        case .indikator: false
        }
    }

    package func terbuka(_ row: BarisPohon) -> Bool {
        switch row {
        case .simpul(let i): terbuka.contains(i)
        case .tujuan(let t): terbukaRenstra.contains("t\(t)")
        case .sasaran(let t, let s): terbukaRenstra.contains("s\(t).\(s)")
        case .indikator: false
        }
    }

    package mutating func aturTerbuka(_ row: BarisPohon, _ open: Bool) {
        switch row {
        case .simpul(let i): if open { terbuka.insert(i) } else { terbuka.remove(i) }
        case .tujuan(let t): if open { terbukaRenstra.insert("t\(t)") } else { terbukaRenstra.remove("t\(t)") }
        case .sasaran(let t, let s): if open { terbukaRenstra.insert("s\(t).\(s)") } else { terbukaRenstra.remove("s\(t).\(s)") }
        case .indikator: break
        }
        susunBaris()
    }

    package func induk(_ row: BarisPohon) -> BarisPohon? {
        switch row {
        case .simpul(let i): dokumen.simpul[i].induk.map { .simpul($0) }
        case .tujuan: nil
        case .sasaran(let t, _): .tujuan(t)
        case .indikator(let p): .sasaran(p.tujuan, p.sasaran ?? 0)
        }
    }

    package mutating func buka() {
        guard let row = barisTerpilih else { return }
        if punyaAnak(row) && !terbuka(row) { aturTerbuka(row, true) } else if punyaAnak(row) { pindah(1) }
    }

    package mutating func tutup() {
        guard let row = barisTerpilih else { return }
        if punyaAnak(row) && terbuka(row) { aturTerbuka(row, false); return }
        if let parent = induk(row), let index = baris.firstIndex(of: parent) { kursor = index; sesuaikanGulir() }
    }

    package mutating func bukaSemua(_ open: Bool) {
        if lihatRenstra {
            terbukaRenstra = []
            if open {
                for (t, tujuan) in dokumen.renstra.tujuan.enumerated() {
                    terbukaRenstra.insert("t\(t)")
                    for s in tujuan.sasaran.indices { terbukaRenstra.insert("s\(t).\(s)") }
                }
            }
        } else {
            terbuka = open ? Set(dokumen.simpul.indices.filter { !dokumen.simpul[$0].anak.isEmpty }) : [0]
        }
        susunBaris()
        sesuaikanGulir()
    }

    /// Makes a node visible (expanding its ancestors) and selects it.
    package mutating func pilihSimpul(_ i: Int) {
        if lihatRenstra { lihatRenstra = false }
        for a in dokumen.leluhur(i) { terbuka.insert(a) }
        susunBaris()
        if let index = baris.firstIndex(of: .simpul(i)) { kursor = index }
        kursorRincian = (0, 0)
        gulirRincian = 0
        sesuaikanGulir()
    }

    package mutating func pindah(_ delta: Int) {
        guard !baris.isEmpty else { return }
        kursor = min(max(0, kursor + delta), baris.count - 1)
        kursorRincian = (0, 0)
        gulirRincian = 0
        sesuaikanGulir()
    }

    package mutating func sesuaikanGulir() {
        let rows = tata.barisPohon
        if kursor < gulir { gulir = kursor }
        if kursor >= gulir + rows { gulir = kursor - rows + 1 }
        gulir = max(0, min(gulir, max(0, baris.count - rows)))
    }
}

/// Where things go on a screen of a given size.
package struct Tata {
    package let lebar: Int
    package let tinggi: Int

    package static let lebarMin = 64
    package static let tinggiMin = 18

    /// The detail pane shows the selected row's summary (`Keadaan.rincianRingkas`).
    package var ringkas = false

    /// Rows of the summary: title, column heads, budget, three indicators, notes, the way on.
    package static let barisRingkas = 8

    package var cukup: Bool { lebar >= Tata.lebarMin && tinggi >= Tata.tinggiMin }
    /// Tree rows (below its header line): about 40% of the space between the bars beside
    /// the full detail, all but the summary's rows beside the summary.
    package var barisPohon: Int { ringkas ? tinggi - 4 - Tata.barisRingkas : max(3, (tinggi - 4) * 2 / 5 - 1) }
    package var atasPohon: Int { 1 }
    package var atasRincian: Int { atasPohon + 1 + barisPohon }
    package var barisRincian: Int { tinggi - 3 - atasRincian }
    package var barisPesan: Int { tinggi - 2 }
    package var barisFungsi: Int { tinggi - 1 }
}

import Foundation

/// Where a node sits in a file's tree: its program, kegiatan and sub kegiatan positions.
struct LetakSimpul {
    var program: Int
    var kegiatan: Int?
    var sub: Int?
}

/// The budget tree of a file by code: one walk builds the map, and every
/// look-up, change, addition and removal by code goes through it.
extension Berkas {
    /// Every node's place by code, so that a large sheet finds its rows in constant time.
    func peta() -> [String: LetakSimpul] {
        var map: [String: LetakSimpul] = [:]
        for (p, program) in self.program.enumerated() {
            map[program.kode] = LetakSimpul(program: p)
            for (k, kegiatan) in (program.kegiatan ?? []).enumerated() {
                map[kegiatan.kode] = LetakSimpul(program: p, kegiatan: k)
                for (s, sub) in (kegiatan.subKegiatan ?? []).enumerated() { map[sub.kode] = LetakSimpul(program: p, kegiatan: k, sub: s) }
            }
        }
        return map
    }

    mutating func ubah(_ at: LetakSimpul, _ change: (inout SimpulBerkas) -> Void) {
        if let k = at.kegiatan, let s = at.sub { change(&program[at.program].kegiatan![k].subKegiatan![s]) }
        else if let k = at.kegiatan { change(&program[at.program].kegiatan![k]) }
        else { change(&program[at.program]) }
    }

    /// Adds a node under its parent (already in `peta`) and records where it went.
    mutating func tambah(_ node: SimpulBerkas, tingkat: Tingkat, induk: String?, peta: inout [String: LetakSimpul]) {
        switch tingkat {
        case .program:
            let i = Berkas.tempat(node.kode, di: program)
            program.insert(node, at: i)
            if i < program.count - 1 { peta = self.peta() } else { peta[node.kode] = LetakSimpul(program: i) }
        case .kegiatan:
            guard let at = induk.flatMap({ peta[$0] }) else { return }
            let i = Berkas.tempat(node.kode, di: program[at.program].kegiatan ?? [])
            program[at.program].kegiatan = (program[at.program].kegiatan ?? [])
            program[at.program].kegiatan!.insert(node, at: i)
            if i < program[at.program].kegiatan!.count - 1 { peta = self.peta() } else { peta[node.kode] = LetakSimpul(program: at.program, kegiatan: i) }
        default:
            guard let at = induk.flatMap({ peta[$0] }), let k = at.kegiatan else { return }
            var copy = node
            copy.anggaran = Anggaran()
            let i = Berkas.tempat(node.kode, di: program[at.program].kegiatan![k].subKegiatan ?? [])
            program[at.program].kegiatan![k].subKegiatan = (program[at.program].kegiatan![k].subKegiatan ?? [])
            program[at.program].kegiatan![k].subKegiatan!.insert(copy, at: i)
            if i < program[at.program].kegiatan![k].subKegiatan!.count - 1 { peta = self.peta() }
            else { peta[node.kode] = LetakSimpul(program: at.program, kegiatan: k, sub: i) }
        }
    }

    /// Where a code goes among its siblings: after every sibling that comes before it in nomenclature order
    /// (at the end when the siblings are not in order, as a sheet may give them).
    static func tempat(_ kode: String, di siblings: [SimpulBerkas]) -> Int {
        guard let last = siblings.last, Kode.sebelum(kode, last.kode) else { return siblings.count }
        return siblings.firstIndex { Kode.sebelum(kode, $0.kode) } ?? siblings.count
    }

    /// The node with this code, as stored.
    public func simpul(kode: String) -> SimpulBerkas? {
        guard let at = peta()[kode] else { return nil }
        var copy = self
        var found: SimpulBerkas?
        copy.ubah(at) { found = $0 }
        return found
    }

    /// A node and every node below it.
    public static func jumlahSimpul(_ n: SimpulBerkas) -> Int {
        1 + ((n.kegiatan ?? []) + (n.subKegiatan ?? [])).map(jumlahSimpul).reduce(0, +)
    }

    /// Whether a program, kegiatan or sub kegiatan has this code.
    func ada(_ kode: String) -> Bool { peta()[kode] != nil }

    /// Changes the node with this code in place.
    mutating func ubahSimpul(_ kode: String, _ change: (inout SimpulBerkas) -> Void) {
        if let at = peta()[kode] { ubah(at, change) }
    }

    /// Adds a node at the end of its parent's children (a program at the end of the programs).
    mutating func tambah(_ node: SimpulBerkas, tingkat: Tingkat, induk: String?) {
        var map = peta()
        tambah(node, tingkat: tingkat, induk: induk, peta: &map)
    }

    /// Removes the node with this code (and all below it); returns it.
    @discardableResult
    mutating func keluarkan(_ kode: String) -> SimpulBerkas? {
        guard let at = peta()[kode] else { return nil }
        if let k = at.kegiatan, let s = at.sub { return program[at.program].kegiatan![k].subKegiatan!.remove(at: s) }
        if let k = at.kegiatan { return program[at.program].kegiatan!.remove(at: k) }
        return program.remove(at: at.program)
    }
}

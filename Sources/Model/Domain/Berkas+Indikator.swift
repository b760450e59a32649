import Foundation

/// Whose list of indicators: a budget node's by its code, or a Renstra tujuan's or
/// sasaran's by its number (`2`, `2.1`).
public enum TempatIndikator: Hashable, Sendable, Codable {
    case simpul(String)
    case renstra(String)

    /// Reads a command line's word: a Renstra number has at most two parts, a node code more.
    public init(_ text: String) {
        self = text.split(separator: ".").count <= 2 && text.allSatisfy { $0.isNumber || $0 == "." } ? .renstra(text) : .simpul(text)
    }

    public var teks: String {
        switch self {
        case .simpul(let kode): kode
        case .renstra(let nomor): nomor
        }
    }
}

/// Indicators of any node or Renstra item: add, change, reorder, remove, with one set of rules.
extension Berkas {
    /// Adds an indicator at the end of the list; a sasaran's indicator gets the next free number (`2.1.6`).
    /// Returns its position (1-based).
    @discardableResult
    public mutating func tambahIndikator(di tempat: TempatIndikator, _ indikator: Indikator) throws(GalatData) -> Int {
        guard !indikator.uraian.trimmingCharacters(in: .whitespaces).isEmpty, !indikator.satuan.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalatData(tempat: tempat.teks, pesan: Pesan(id: "uraian dan satuan indikator wajib diisi", en: "an indicator needs a description and a unit"))
        }
        var ind = indikator
        if case .renstra(let nomor) = tempat, nomor.contains(".") {
            let taken = Set(nomorIndikatorRenstra)
            var n = 1
            while taken.contains("\(nomor).\(n)") { n += 1 }
            ind.nomor = "\(nomor).\(n)"
        } else if case .simpul = tempat {
            ind.nomor = nil
        }
        var count = 0
        try ubahDaftar(tempat) { (list: inout [Indikator]) throws(GalatData) in
            list.append(ind)
            count = list.count
        }
        return count
    }

    /// Changes the description, unit, polarity or aggregation of indicator `nomor` (1-based).
    public mutating func ubahIndikator(di tempat: TempatIndikator, nomor: Int, uraian: String?, satuan: String?,
                                       polaritas: Polaritas?, agregasi: Agregasi?) throws(GalatData) {
        if let text = uraian ?? satuan, text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw GalatData(tempat: tempat.teks, pesan: Pesan(id: "uraian dan satuan indikator tidak boleh kosong", en: "an indicator's description and unit may not be empty"))
        }
        try ubahDaftar(tempat) { (list: inout [Indikator]) throws(GalatData) in
            let i = try Berkas.posisi(nomor, list, tempat)
            if let uraian { list[i].uraian = uraian }
            if let satuan { list[i].satuan = satuan }
            if let polaritas { list[i].polaritas = polaritas }
            if let agregasi { list[i].agregasi = agregasi }
        }
    }

    /// Moves indicator `nomor` to position `ke` (both 1-based); its values and notes go with it.
    public mutating func geserIndikator(di tempat: TempatIndikator, nomor: Int, ke: Int) throws(GalatData) {
        try ubahDaftar(tempat) { (list: inout [Indikator]) throws(GalatData) in
            let from = try Berkas.posisi(nomor, list, tempat)
            let to = try Berkas.posisi(ke, list, tempat)
            list.insert(list.remove(at: from), at: to)
        }
    }

    /// Removes indicator `nomor` (1-based) with its values and notes, and any link to it; returns its description.
    @discardableResult
    public mutating func hapusIndikator(di tempat: TempatIndikator, nomor: Int) throws(GalatData) -> String {
        var removed: Indikator?
        try ubahDaftar(tempat) { (list: inout [Indikator]) throws(GalatData) in
            removed = list.remove(at: try Berkas.posisi(nomor, list, tempat))
        }
        if let number = removed?.nomor { lepasSemua(Set([number])) }
        return removed?.uraian ?? ""
    }

    private static func posisi(_ nomor: Int, _ list: [Indikator], _ tempat: TempatIndikator) throws(GalatData) -> Int {
        guard list.indices.contains(nomor - 1) else {
            throw GalatData(tempat: tempat.teks, pesan: Pesan(
                id: "\(tempat.teks) tidak punya indikator \(nomor)" + (list.isEmpty ? "" : " (ada 1-\(list.count))"),
                en: "\(tempat.teks) has no indicator \(nomor)" + (list.isEmpty ? "" : " (there are 1-\(list.count))")))
        }
        return nomor - 1
    }

    /// One place's indicators.
    public func indikator(di tempat: TempatIndikator) throws(GalatData) -> [Indikator] {
        switch tempat {
        case .simpul(let kode):
            try pastikanAda(kode)
            var list: [Indikator] = []
            if let at = peta()[kode] {
                var copy = self
                copy.ubah(at) { list = $0.indikator ?? [] }
            }
            return list
        case .renstra(let nomor):
            let (t, s) = try letakRenstra(nomor)
            return s.map { renstra.tujuan[t].sasaran[$0].indikator } ?? renstra.tujuan[t].indikator
        }
    }

    /// Changes one place's list of indicators; a node's empty list is stored as none.
    private mutating func ubahDaftar(_ tempat: TempatIndikator, _ change: (inout [Indikator]) throws(GalatData) -> Void) throws(GalatData) {
        switch tempat {
        case .simpul(let kode):
            try pastikanAda(kode)
            var problem: GalatData?
            ubahSimpul(kode) { node in
                var list = node.indikator ?? []
                do throws(GalatData) { try change(&list) } catch { problem = error; return }
                node.indikator = list.isEmpty ? nil : list
            }
            if let problem { throw problem }
        case .renstra(let nomor):
            let (t, s) = try letakRenstra(nomor)
            if let s { try change(&renstra.tujuan[t].sasaran[s].indikator) } else { try change(&renstra.tujuan[t].indikator) }
        }
    }

    /// Every numbered Renstra indicator.
    var nomorIndikatorRenstra: [String] {
        renstra.tujuan.flatMap { t in t.indikator.compactMap(\.nomor) + t.sasaran.flatMap { $0.indikator.compactMap(\.nomor) } }
    }

    /// Removes every budget node's link to these Renstra indicators; returns how many links went.
    @discardableResult
    mutating func lepasSemua(_ numbers: Set<String>) -> Int {
        var count = 0
        func clean(_ n: inout SimpulBerkas) {
            if let links = n.mendukung {
                let kept = links.filter { !numbers.contains($0) }
                count += links.count - kept.count
                n.mendukung = kept.isEmpty ? nil : kept
            }
            if var list = n.kegiatan { for i in list.indices { clean(&list[i]) }; n.kegiatan = list }
            if var list = n.subKegiatan { for i in list.indices { clean(&list[i]) }; n.subKegiatan = list }
        }
        for i in program.indices { clean(&program[i]) }
        return count
    }
}

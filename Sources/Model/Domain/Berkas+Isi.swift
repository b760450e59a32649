import Foundation

extension Berkas {
    /// Puts indicator values and budgets of nodes into the shape by their addresses (text as
    /// the model's setter reads it); returns the positions of the values it did not take.
    public mutating func isi(_ values: [(AlamatNilai, String?)]) -> [Int] {
        let places = peta()
        func diSimpul(_ kode: String, _ body: (inout SimpulBerkas) -> Bool) -> Bool {
            guard let at = places[kode] else { return false }
            var done = false
            self.ubah(at) { done = body(&$0) }
            return done
        }
        let posix = Locale(identifier: "en_US_POSIX")
        var rest: [Int] = []
        for (n, (a, text)) in values.enumerated() {
            let done: Bool
            switch a {
            case .indikator(let kode, let i, let kolom):
                guard let text, let value = Decimal(string: text, locale: posix) else { rest.append(n); continue }
                done = diSimpul(kode) { node in
                    guard node.indikator?.indices.contains(i) == true else { return false }
                    node.indikator![i][kolom] = value
                    return true
                }
            case .anggaran(let kode, let kolom):
                guard let text, let value = Int(text), value >= 0 else { rest.append(n); continue }
                done = diSimpul(kode) { node in
                    guard node.anggaran != nil else { return false }
                    node.anggaran![kolom] = value
                    return true
                }
            default:
                done = false
            }
            if !done { rest.append(n) }
        }
        return rest
    }
}

import Foundation

/// Codes of the national nomenclature: `1.06.04` (program), `1.06.04.2.01`
/// (kegiatan), `1.06.04.2.01.01` or `.0001` (sub kegiatan); `X.XX` stands for
/// a cross-cutting urusan/bidang.
public enum Kode {
    public static func sahBentuk(_ kode: String, _ tingkat: Tingkat) -> Bool {
        let parts = kode.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func digits(_ s: String, _ n: Int) -> Bool { s.count == n && s.allSatisfy { $0.isASCII && $0.isNumber } }
        func urusan(_ a: String, _ b: String) -> Bool {
            (digits(a, 1) && digits(b, 2)) || (a.uppercased() == "X" && b.uppercased() == "XX")
        }
        switch tingkat {
        case .opd: return true
        case .program: return parts.count == 3 && urusan(parts[0], parts[1]) && digits(parts[2], 2)
        case .kegiatan: return parts.count == 5 && urusan(parts[0], parts[1]) && digits(parts[2], 2) && digits(parts[3], 1) && digits(parts[4], 2)
        case .subKegiatan:
            return parts.count == 6 && urusan(parts[0], parts[1]) && digits(parts[2], 2) && digits(parts[3], 1)
                && digits(parts[4], 2) && (digits(parts[5], 2) || digits(parts[5], 4))
        }
    }

    public static func contoh(_ tingkat: Tingkat) -> String {
        switch tingkat {
        case .opd: ""
        case .program: "1.06.04"
        case .kegiatan: "1.06.04.2.01"
        case .subKegiatan: "1.06.04.2.01.01 / 1.06.04.2.01.0001"
        }
    }

    /// Nomenclature order: part by part, numbers as numbers (`1.06.04.2.01.02` before `1.06.04.2.01.0010`).
    public static func sebelum(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "."), y = b.split(separator: ".")
        for (p, q) in zip(x, y) where p != q {
            if let m = Int(p), let n = Int(q), m != n { return m < n }
            return p < q
        }
        return x.count < y.count
    }

    /// A code for a new child of `induk` (nil: a program of the OPD `urusan`, e.g. `1.06`),
    /// next after the children it has, in their form (2- or 4-digit sub kegiatan).
    public static func usulan(induk: String?, urusan: String?, anak: [String]) -> String {
        func next(_ parts: [Substring], width: Int) -> String {
            let n = (parts.compactMap { Int($0) }.max() ?? 0) + 1
            return String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
        }
        let lasts = anak.compactMap { $0.split(separator: ".").last }
        guard let induk else {
            let prefix = urusan.flatMap { sahBentuk($0 + ".01", .program) ? $0 : nil } ?? anak.first.map { $0.split(separator: ".").prefix(2).joined(separator: ".") } ?? "X.XX"
            return prefix + "." + next(lasts, width: 2)
        }
        if sahBentuk(induk, .program) {
            let kind = anak.last.map { String($0.split(separator: ".")[3]) } ?? "2"
            let same = anak.filter { $0.split(separator: ".")[3] == Substring(kind) }.compactMap { $0.split(separator: ".").last }
            return induk + "." + kind + "." + next(same, width: 2)
        }
        return induk + "." + next(lasts, width: lasts.last?.count ?? 4)
    }
}

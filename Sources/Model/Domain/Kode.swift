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
}

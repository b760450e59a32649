import Foundation

extension Berkas {
    /// An empty dataset for an office and a year: no programs, no Renstra goals yet.
    /// The facts are checked as a load would check them (years, scale, code form).
    public static func baru(opd nama: String, kode: String?, pemda: String?, tahun: Int,
                            renstra: ClosedRange<Int>? = nil, skala: String = Skala.lkjip.kode) throws(GalatData) -> Berkas {
        let name = nama.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw GalatData(tempat: "opd.nama", pesan: Pesan(id: "nama OPD wajib diisi, mis. \"Dinas Sosial\"",
                                                             en: "the agency's name is required, e.g. \"Dinas Sosial\""))
        }
        if let kode, !Kode.sahOPD(kode) {
            throw GalatData(tempat: "opd.kode", pesan: Pesan(
                id: "kode OPD '\(kode)' tidak berbentuk urusan.bidang, mis. 1.06 atau X.XX",
                en: "agency code '\(kode)' is not of the form urusan.bidang, e.g. 1.06 or X.XX"))
        }
        let years = renstra ?? tahun...(tahun + 4)
        guard years.contains(tahun) else {
            throw GalatData(tempat: "renstra", pesan: Pesan(
                id: "tahun \(tahun) di luar Renstra \(years.lowerBound)-\(years.upperBound); pilih Renstra yang mencakupnya",
                en: "year \(tahun) is outside the Renstra \(years.lowerBound)-\(years.upperBound); choose a Renstra that covers it"))
        }
        let pemdaName = pemda?.trimmingCharacters(in: .whitespaces)
        let berkas = Berkas(opd: InfoOPD(nama: name, kode: kode, pemda: pemdaName?.isEmpty == false ? pemdaName : nil), tahun: tahun, skala: skala,
                            renstra: Renstra(tahunAwal: years.lowerBound, tahunAkhir: years.upperBound, tujuan: []), program: [])
        _ = try Dokumen(berkas: berkas)
        return berkas
    }
}

extension Kode {
    /// An agency's code: urusan.bidang, `1.06`, or `X.XX`.
    public static func sahOPD(_ kode: String) -> Bool {
        let parts = kode.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return false }
        if parts[0].uppercased() == "X" && parts[1].uppercased() == "XX" { return true }
        return parts[0].count == 1 && parts[1].count == 2 && (parts[0] + parts[1]).allSatisfy { $0.isASCII && $0.isNumber }
    }
}

import ArgumentParser
import Foundation
import Model
import Pelaporan
import Antarmuka
import LembarKerja
import GudangPostgres

/// The table `report` prints: one of an OPD's, or `rekap` (every OPD of a Pemda's store).
enum PilihanLaporan: ExpressibleByArgument {
    case satu(Laporan)
    case rekap

    init?(argument: String) {
        if argument == "rekap" { self = .rekap } else if let one = Laporan(rawValue: argument) { self = .satu(one) } else { return nil }
    }

    static var allValueStrings: [String] { Laporan.allCases.map(\.rawValue) + ["rekap"] }
}

/// `report URL rekap --tahun Y [--tw N]`: one row per OPD the role may read.
func laporRekap(_ url: String, format: FormatLaporan, tw: Int?, excelID: Bool, o: String?) throws {
    guard AlamatPG.adalahURL(url) else {
        throw GagalCLI(bahasaCLI.t("rekap menggabungkan semua OPD di database: beri URL PostgreSQL, bukan berkas (\(url))",
                         "rekap sums up every agency in a database: give a PostgreSQL URL, not a file (\(url))"), kode: 2)
    }
    let (g, _, year) = try gudang(url, perluOPD: false)
    guard year > 0 else { throw GagalCLI(bahasaCLI.t("rekap perlu --tahun TAHUN", "rekap needs --tahun YEAR"), kode: 2) }
    let docs = try diGudang { () async throws(GalatGudang) in try await g.semua(tahun: year) }
    let quarter = tw ?? docs.map(\.isi.triwulanTerakhirTerisi).max() ?? 4
    let table = Laporan.rekap(BarisRekap.semua(docs.map(\.isi), tw: quarter, bahasa: bahasaCLI), tahun: year, tw: quarter, bahasa: bahasaCLI)
    let text: String
    switch format {
    case .text: text = table.teks(bahasaCLI)
    case .md: text = table.md(bahasaCLI)
    case .csv: text = table.csv(excel: excelID, bom: o != nil && o != "-")
    case .json: text = table.json().render() + "\n"
    case .xlsx:
        let target = o ?? ""
        let cover = [(bahasaCLI.t("Basis data", "Database"), g.alamat.tampil), (bahasaCLI.t("Tahun", "Year"), String(year)),
                     ("OPD", String(docs.count)), (bahasaCLI.t("Keadaan", "As at"), Laporan.sd(quarter).teks(bahasaCLI))]
        try tulisRekap(table, sampul: cover, ke: target, keterangan: bahasaCLI.t("basis data ", "database ") + g.alamat.database)
        cetak(bahasaCLI.t("\(target): rekap \(docs.count) OPD, s.d. TW \(TW.nama(quarter))", "\(target): summary of \(docs.count) agencies, to Q\(quarter)"))
        return
    }
    try tulisKeluaran(text, ke: o, data: url, mesin: format == .csv || format == .json)
}

private func tulisRekap(_ table: Tabel, sampul: [(String, String)], ke target: String, keterangan: String) throws {
    do {
        try PenulisXlsx.tulis(sampul: sampul, lembar: [PenulisXlsx.Lembar(nama: "Rekap", tabel: table)], bahasa: bahasaCLI, ke: target, keterangan: keterangan)
    } catch {
        throw GagalCLI(error)
    }
}

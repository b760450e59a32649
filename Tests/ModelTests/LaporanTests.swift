import Foundation
import Model
import Pelaporan
import Testing

/// The seed's tables, as the report renders them from the sample (machine values, 2 decimals).
@Suite struct LaporanTests {
    let d: Dokumen
    init() throws { d = try Sampel.muat() }

    func kolom(_ table: Tabel, _ key: String) -> Int { table.kolom.firstIndex { $0.kunci == key }! }

    /// The machine text of one column for the row whose `kunci` column is `nilai`.
    func sel(_ laporan: Laporan, cari kunci: String, _ nilai: String, _ key: String) -> String? {
        let table = laporan.tabel(d, tw: 4)
        let lookup = kolom(table, kunci), wanted = kolom(table, key)
        guard let row = table.baris.first(where: { if case .teks(nilai) = $0[lookup] { return true }; return false }) else { return nil }
        return teks(row[wanted], table.kolom[wanted].jenis)
    }

    func teks(_ sel: Tabel.Sel, _ jenis: Tabel.Jenis) -> String {
        switch sel {
        case .teks(let t): t ?? ""
        case .angka(let v): v.map { jenis == .persen ? $0.rounded2.plainText : $0.plainText } ?? ""
        case .rupiah(let v), .bulat(let v): v.map(String.init) ?? ""
        }
    }

    @Test("Tabel 3.3 as the seed prints it", arguments: [
        ("1", "4.23", "101.63", "4.15", "98.07", "Akan Tercapai"), ("1.1.1", "9.68", "135.47", "14.9", "135.03", "Tercapai"),
        ("2", "100", "100.19", "100", "100", "Tercapai"), ("2.1.2", "100", "100", "100", "100", "Tercapai"),
        ("2.1.4", "100", "128.21", "100", "100", "Tercapai"), ("2.1.5", "97.5", "139.58", "71.96", "135.49", "Tercapai"),
        ("3.1.1", "100", "100", "100", "100", "Tercapai"),
    ])
    func tabel33(nomor: String, realisasi: String, capaian: String, akhir: String, capaianAkhir: String, kemajuan: String) {
        #expect(sel(.rpjmd, cari: "nomor", nomor, "realisasi") == realisasi)
        #expect(sel(.rpjmd, cari: "nomor", nomor, "capaian") == capaian)
        #expect(sel(.rpjmd, cari: "nomor", nomor, "target_akhir") == akhir)
        #expect(sel(.rpjmd, cari: "nomor", nomor, "capaian_akhir") == capaianAkhir)
        #expect(sel(.rpjmd, cari: "nomor", nomor, "tingkat_kemajuan") == kemajuan)
    }

    @Test("Tabel 3.2 year by year", arguments: [
        ("1.1.1", "2021", "16.45", "24.23", "52.71"), ("1.1.1", "2022", "16.1", "11.06", "131.3"),
        ("2.1.4", "2022", "66.67", "100", "149.99"), ("2.1.5", "2021", "16200", "168505", "1040.15"),
        ("2.1.5", "2023", "69.85", "97.5", "139.58"),
    ])
    func tabel32(nomor: String, tahun: String, target: String, realisasi: String, capaian: String) {
        #expect(sel(.tren, cari: "nomor", nomor, "target_\(tahun)") == target)
        #expect(sel(.tren, cari: "nomor", nomor, "realisasi_\(tahun)") == realisasi)
        #expect(sel(.tren, cari: "nomor", nomor, "capaian_\(tahun)") == capaian)
    }

    @Test func tabel32KeepsThe2021UnitOfBansos() {
        #expect(sel(.tren, cari: "nomor", "2.1.5", "satuan_2021") == "orang")
        #expect(sel(.tren, cari: "nomor", "2.1.5", "satuan_2022") == "%")
    }

    @Test("Tabel 3.6 per tujuan", arguments: [
        ("1", "4.3", "4.23", "101.63", "928158506", "888718855", "95.75", "4.25"),
        ("2", "99.81", "100", "100.19", "23496659472", "19952520622", "84.92", "15.08"),
        ("3", "100", "100", "100", "8800088797", "8571325131", "97.4", "2.6"),
        ("1.1", "15", "9.68", "135.47", "", "", "", ""),
    ])
    func tabel36(nomor: String, target: String, realisasi: String, capaian: String, pagu: String, spent: String, serapan: String, efisiensi: String) {
        let values = ["target": target, "realisasi": realisasi, "capaian": capaian, "anggaran": pagu,
                      "realisasi_anggaran": spent, "serapan": serapan, "efisiensi": efisiensi]
        for (key, value) in values { #expect(sel(.efisiensi, cari: "nomor", nomor, key) == value, "\(nomor) \(key)") }
    }

    @Test func tabel312AndLampiran2() {
        let table = Laporan.anggaran.tabel(d, tw: 4)
        #expect(table.baris.count == 6 + 16 + 79 + 1)
        #expect(sel(.anggaran, cari: "kode", "1.06.06", "pagu") == "1031686086")
        #expect(sel(.anggaran, cari: "kode", "1.06.06", "persen") == "95.64")
        #expect(sel(.anggaran, cari: "kode", "1.06.04.2.02", "selisih") == "1167995069")
        #expect(sel(.anggaran, cari: "kode", "1.06.04.2.02.05", "pagu") == "")
        #expect(sel(.anggaran, cari: "kode", "1.06.01.2.06.02", "persen") == "")
        #expect(sel(.anggaran, cari: "tingkat", "opd", "selisih") == "3886298484")
        #expect(sel(.anggaran, cari: "tingkat", "opd", "persen") == "88.98")
    }

    @Test func lampiran1MeansInTheCapaianTable() {
        #expect(sel(.capaian, cari: "indikator", "Rata-rata capaian sasaran 2.1 (5)", "capaian") == "113.6")
        #expect(sel(.capaian, cari: "indikator", "Rata-rata capaian sasaran 1.1 (1)", "capaian") == "135.47")
        #expect(sel(.capaian, cari: "indikator", "Rata-rata capaian indikator sasaran (7)", "capaian") == "114.78")
        #expect(sel(.capaian, cari: "indikator", "Rata-rata capaian indikator tujuan (3)", "capaian") == "100.61")
    }

    @Test func lampiran3ListsEverySubKegiatanWithItsSasaranAndBudget() {
        let table = Laporan.pengukuran.tabel(d, tw: 4)
        let rows = table.baris
        let codes = Set(rows.map { teks($0[kolom(table, "kode")], .teks) })
        #expect(codes.count == 79)
        let shelter = rows.filter { teks($0[kolom(table, "kode")], .teks) == "1.06.06.2.01.03" }
        #expect(shelter.count == 1)
        #expect(teks(shelter[0][kolom(table, "nomor")], .teks) == "2.1.3")
        #expect(teks(shelter[0][kolom(table, "pagu")], .rupiah) == "41970000")
        #expect(teks(shelter[0][kolom(table, "persen")], .persen) == "97.35")
        let rehab = rows.filter { teks($0[kolom(table, "kode")], .teks) == "1.06.04.2.01.01" }
        #expect(rehab.map { teks($0[kolom(table, "nomor")], .teks) } == ["2.1.1", "2.1.2"])
    }

    @Test func tabel37And38() {
        let program = Laporan.program.tabel(d, tw: 4)
        let supporting = program.baris.filter { teks($0[kolom(program, "menunjang")], .teks) == "Menunjang" }
        #expect(supporting.count >= 6)
        #expect(sel(.output, cari: "kode", "1.06.06.2.01.05", "capaian") == "509.09")
        #expect(sel(.output, cari: "kode", "1.06.05.2.02.04", "capaian") == "327.8")
        #expect(Laporan.output.tabel(d, tw: 4).baris.count == 7 + 4 + 14)
    }

    @Test func markdownAndExcelCSV() {
        let md = Laporan.efisiensi.tabel(d, tw: 4).md(.id)
        #expect(md.contains("| No. | Tujuan/Sasaran | Target |"))
        #expect(md.contains("| 1 | Terwujudnya Pemerataan Kesejahteraan Masyarakat | 4,3 | 4,23 | 101,63 | 928.158.506 | 888.718.855 | 95,75 | 4,25 |"))
        let csv = Laporan.efisiensi.tabel(d, tw: 4).csv(excel: true)
        #expect(csv.contains("1;Terwujudnya Pemerataan Kesejahteraan Masyarakat;4,3;4,23;101,63;928158506;888718855;95,75;4,25"))
    }

    @Test func tablesFollowTheQuarter() {
        let early = Laporan.anggaran.tabel(d, tw: 1)
        let total = early.baris.last!
        #expect(teks(total[kolom(early, "realisasi")], .rupiah) != "31385954802")
        #expect(sel(.rpjmd, cari: "nomor", "2.1.5", "realisasi") == "97.5")
        #expect(Laporan.tren.tabel(d, tw: 2).baris.first.map { teks($0[kolom(Laporan.tren.tabel(d, tw: 2), "realisasi_2023")], .angka) } == "10.35")
    }
}

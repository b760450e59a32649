import Foundation
import Model
import Testing

@Suite struct AturanTests {
    @Test("Numbers as Indonesians type them", arguments: [
        ("1.500", "1500"), ("99,81", "99.81"), ("99.81", "99.81"), ("35.272.253.286", "35272253286"),
        ("Rp 35.272.253.286", "35272253286"), ("Rp35.272.253.286,50", "35272253286.5"), ("100%", "100"),
        ("4,5 %", "4.5"), ("-2,5", "-2.5"), ("0.500", "0.5"), ("12", "12"), ("  7 ", "7"),
    ])
    func bilangan(input: String, expected: String) throws {
        #expect(try Bilangan.parse(input).get() == Decimal(string: expected)!)
    }

    @Test("Input that is refused", arguments: ["", "abc", "1,2,3", "1.50.0", "1..5", ",5", "12a", "1e5", "1.000,", "Rp", "99999999999999999"])
    func bilanganDitolak(input: String) throws {
        #expect(throws: Bilangan.Galat.self) { try Bilangan.parse(input).get() }
    }

    @Test("Display formats")
    func format() {
        #expect(Format.rupiah(35_272_253_286) == "35.272.253.286")
        #expect(Format.persen(Decimal(string: "135.466")!) == "135,47")
        #expect(Format.persen(Decimal(string: "100.005")!) == "100,01")
        #expect(Format.id(Decimal(string: "1500")!) == "1.500")
        #expect(Format.id(Decimal(string: "-1234.5")!) == "-1.234,5")
    }

    @Test("Capaian: polarity, blanks, zero targets")
    func capaian() {
        #expect(Capaian.hitung(target: 10, realisasi: 25, polaritas: .negatif).nilai == -50)
        #expect(Capaian.hitung(target: 0, realisasi: 5, polaritas: .positif) == .tidakAda(.targetNol))
        #expect(Capaian.hitung(target: nil, realisasi: 5, polaritas: .positif) == .tidakAda(.targetKosong))
        #expect(Capaian.hitung(target: 5, realisasi: nil, polaritas: .positif) == .tidakAda(.realisasiKosong))
        #expect(Capaian.hitung(target: 5, realisasi: 0, polaritas: .positif).nilai == 0)
        #expect(Capaian.hitung(target: 5, realisasi: nil, polaritas: .positif).teks == "-")
    }

    @Test("Bands are decided on the value rounded to 2 decimals", arguments: [
        ("100", "Baik"), ("100.004", "Baik"), ("100.005", "Sangat Baik"), ("75.995", "Baik"), ("75.5", "Cukup"),
        ("56", "Cukup"), ("55.99", "Kurang"), ("-20", "Kurang"),
    ])
    func kategoriLKjIP(value: String, band: String) {
        #expect(Skala.lkjip.kategori(Decimal(string: value)!).nama == band)
    }

    @Test("The 5-band Renja scale", arguments: [
        ("91", "Sangat Tinggi"), ("90.99", "Tinggi"), ("76", "Tinggi"), ("75.999", "Tinggi"), ("66", "Sedang"), ("65.99", "Rendah"),
        ("51", "Rendah"), ("50.99", "Sangat Rendah"),
    ])
    func kategoriRenja(value: String, band: String) {
        #expect(Skala.renja.kategori(Decimal(string: value)!).nama == band)
    }

    @Test("Quarters make a year by jumlah, akhir or rata-rata; blanks are skipped")
    func agregasi() {
        let quarters = [Triwulan(target: 10, realisasi: 8), Triwulan(target: 10, realisasi: nil), Triwulan(target: 20, realisasi: 30), Triwulan(target: 20)]
        var ind = Indikator(uraian: "x", satuan: "orang", agregasi: .jumlah, target: 60, triwulan: quarters)
        #expect(ind.realisasiSd(1) == 8)
        #expect(ind.realisasiSd(3) == 38)
        #expect(ind.targetSd(3) == 40)
        #expect(ind.capaian(sd: 3).teks == "95,00")
        #expect(ind.realisasiTahun == 38)
        ind.agregasi = .akhir
        #expect(ind.realisasiSd(2) == 8)
        #expect(ind.realisasiSd(4) == 30)
        #expect(ind.targetSd(2) == 10)
        ind.agregasi = .rataRata
        #expect(ind.realisasiSd(3) == 19)
        #expect(ind.targetSd(3) == Decimal(40) / 3)
        let blank = Indikator(uraian: "y", satuan: "%", target: 100)
        #expect(blank.capaian(sd: 4) == .tidakAda(.realisasiKosong))
        #expect(blank.targetSd(2) == 100)
    }

    @Test("A yearly realisation entered directly counts while no quarter has one")
    func realisasiTahunan() {
        var ind = Indikator(uraian: "z", satuan: "%", polaritas: .negatif, target: Decimal(string: "4.3")!, realisasi: Decimal(string: "4.23")!)
        #expect(ind.capaian(sd: 4).teks == "101,63")
        #expect(ind.capaian(sd: 3) == .tidakAda(.realisasiKosong))
        ind.triwulan[0].realisasi = 5
        #expect(ind.realisasiTahun == 5)
    }

    @Test("Nomenclature codes", arguments: [
        ("1.06.04", Tingkat.program, true), ("X.XX.01", .program, true), ("1.6.04", .program, false),
        ("1.06.04.2.01", .kegiatan, true), ("1.06.04.2.1", .kegiatan, false),
        ("1.06.04.2.01.01", .subKegiatan, true), ("1.06.04.2.01.0001", .subKegiatan, true), ("1.06.04.2.01.001", .subKegiatan, false),
    ])
    func kode(kode: String, tingkat: Tingkat, sah: Bool) {
        #expect(Kode.sahBentuk(kode, tingkat) == sah)
    }

    @Test("Display width keeps wide and combining characters aligned")
    func lebar() {
        #expect(LebarTampilan.lebar("Sosial") == 6)
        #expect(LebarTampilan.lebar("日本") == 4)
        #expect(LebarTampilan.lebar("e\u{301}") == 1)
        #expect(LebarTampilan.isi("日本語", 5) == "日本…")
        #expect(LebarTampilan.lebar(LebarTampilan.isi("日本語", 5)) == 5)
    }
}

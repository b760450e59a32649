import Foundation
import Model
import Testing

/// Changes of structure as one type: the rules, the addresses they move, the codes they propose.
struct UbahStrukturTests {
    func berkas() throws -> Berkas { try Sampel.muat().berkas() }

    static let usulan: [(String?, String?, [String], String)] = [
        (nil, "1.06", [], "1.06.01"),
        (nil, "1.06", ["1.06.01", "1.06.04"], "1.06.05"),
        ("1.06.04", nil, ["1.06.04.2.01", "1.06.04.2.02"], "1.06.04.2.03"),
        ("1.06.04", nil, [], "1.06.04.2.01"),
        ("1.06.04.2.01", nil, ["1.06.04.2.01.01", "1.06.04.2.01.12"], "1.06.04.2.01.13"),
        ("1.06.04.2.01", nil, ["1.06.04.2.01.0009"], "1.06.04.2.01.0010"),
        ("1.06.04.2.01", nil, [], "1.06.04.2.01.0001"),
        ("X.XX.01", nil, [], "X.XX.01.2.01"),
    ]

    @Test("A new child's code follows its siblings' form", arguments: usulan)
    func proposedCodes(induk: String?, urusan: String?, anak: [String], expected: String) {
        #expect(Kode.usulan(induk: induk, urusan: urusan, anak: anak) == expected)
    }

    @Test func nodesGoInNomenclatureOrder() throws {
        var file = try berkas()
        try file.terapkan(.tambahSimpul(kode: "1.06.01.2.02.03", nama: "Baru"))
        try file.terapkan(.tambahSimpul(kode: "1.06.01.2.02.0010", nama: "Sepuluh"))
        let codes = file.program[0].kegiatan![1].subKegiatan!.map(\.kode)
        #expect(codes == ["1.06.01.2.02.01", "1.06.01.2.02.02", "1.06.01.2.02.03", "1.06.01.2.02.04", "1.06.01.2.02.05",
                          "1.06.01.2.02.07", "1.06.01.2.02.08", "1.06.01.2.02.0010"])
    }

    @Test func reorderingIndicatorsMovesTheirValuesAndAddressesFollow() throws {
        var file = try berkas()
        let before = file
        let node = file.program[1].kegiatan![1].subKegiatan![0]
        #expect(node.kode == "1.06.02.2.03.01")
        let u = UbahStruktur.geserIndikator(.simpul(node.kode), nomor: 1, ke: 3)
        try file.terapkan(u)
        let after = file.program[1].kegiatan![1].subKegiatan![0].indikator!
        #expect(after.map(\.uraian) == [1, 2, 0, 3].map { node.indikator![$0].uraian })
        let a = AlamatNilai.indikator(simpul: node.kode, indeks: 0, .realisasi(tw: 2))
        #expect(u.petakan(a, di: before) == .indikator(simpul: node.kode, indeks: 2, .realisasi(tw: 2)))
        #expect(u.petakan(.indikator(simpul: node.kode, indeks: 2, .target(tw: nil)), di: before) == .indikator(simpul: node.kode, indeks: 1, .target(tw: nil)))
        #expect(u.petakan(.indikator(simpul: node.kode, indeks: 3, .target(tw: nil)), di: before) == .indikator(simpul: node.kode, indeks: 3, .target(tw: nil)))
    }

    @Test func addressesFollowRecodesMovesAndRemovals() throws {
        let file = try berkas()
        let recode = UbahStruktur.gantiKode(kode: "1.06.06.2.01", baru: "1.06.06.2.03")
        #expect(recode.petakan(.anggaran(simpul: "1.06.06.2.01.03", .paguMurni), di: file) == .anggaran(simpul: "1.06.06.2.03.03", .paguMurni))
        #expect(recode.petakan(.anggaran(simpul: "1.06.06.2.010", .paguMurni), di: file) == .anggaran(simpul: "1.06.06.2.010", .paguMurni))
        let gone = UbahStruktur.hapus(kode: "1.06.06.2.01")
        #expect(gone.petakan(.catatan(simpul: "1.06.06.2.01.03", tw: 1, .pendorong), di: file) == nil)
        #expect(gone.petakan(.catatan(simpul: "1.06.06.2.02.01", tw: 1, .pendorong), di: file) == .catatan(simpul: "1.06.06.2.02.01", tw: 1, .pendorong))
        let p = PosisiRenstra(tujuan: 1, sasaran: 0, indikator: 3)
        let removeFirst = UbahStruktur.hapusIndikator(.renstra("2.1"), nomor: 1)
        #expect(removeFirst.petakan(.kondisiAwal(p), di: file) == .kondisiAwal(PosisiRenstra(tujuan: 1, sasaran: 0, indikator: 2)))
        #expect(UbahStruktur.hapusRenstra(nomor: "1").petakan(.renstra(p, .target(tw: nil)), di: file)
                == .renstra(PosisiRenstra(tujuan: 0, sasaran: 0, indikator: 3), .target(tw: nil)))
        #expect(UbahStruktur.hapusRenstra(nomor: "2.1").petakan(.tahunRenstra(p, tahun: 2024, realisasi: false), di: file) == nil)
    }

    @Test func theRenstraIsShapedByItsNumbers() throws {
        var file = try berkas()
        try file.terapkan(.tambahTujuan(uraian: "Tata kelola"))
        try file.terapkan(.tambahSasaran(tujuan: "4", uraian: "Akuntabilitas"))
        try file.terapkan(.tambahIndikator(.renstra("4.1"), Indikator(uraian: "Nilai SAKIP", satuan: "nilai")))
        try file.terapkan(.tambahIndikator(.renstra("4.1"), Indikator(uraian: "Opini BPK", satuan: "opini")))
        #expect(file.renstra.tujuan[3].sasaran[0].indikator.map(\.nomor) == ["4.1.1", "4.1.2"])
        try file.terapkan(.tautkan(kode: "1.06.01", nomor: "4.1.2"))
        #expect(throws: GalatData.self) { try file.terapkan(.tambahSasaran(tujuan: "4.1", uraian: "x")) }
        #expect(throws: GalatData.self) { try file.terapkan(.ubahUraian(nomor: "4.1", uraian: " ")) }
        try file.terapkan(.hapusIndikator(.renstra("4.1"), nomor: 2))
        #expect(file.program[0].mendukung == ["3.1.1"], "a removed indicator's links go with it")
        let gone = try file.hapusRenstra(nomor: "2")
        #expect(gone.indikator == 6 && gone.tautan == 78, "the tujuan's own and its sasaran's indicators; every link of the sample to a 2.x indicator")
        _ = try Dokumen(berkas: file)
    }

    @Test func renstraYearsKeepThePlanYearAndTheirValues() throws {
        var file = try berkas()
        do { try file.terapkan(.tahunRenstra(awal: 2024, akhir: 2028)); Issue.record("2023 is the plan's year") } catch {
            #expect(error.pesan.id == "tahun rencana 2023 harus di dalam Renstra 2024-2028")
        }
        do { try file.terapkan(.tahunRenstra(awal: 2022, akhir: 2026)); Issue.record("2021 holds values") } catch {
            #expect(error.pesan.id == "tahun 2021 masih berisi target atau realisasi; kosongkan dulu nilainya")
        }
        #expect(throws: GalatData.self) { try file.terapkan(.tahunRenstra(awal: 2021, akhir: 2031)) }
        try file.terapkan(.tahunRenstra(awal: 2021, akhir: 2027))
        #expect(try Dokumen(berkas: file).renstra.tahun == 2021...2027)
    }

    @Test func aChangeRoundTripsAsJSON() throws {
        let all: [UbahStruktur] = [
            .tambahSimpul(kode: "1.06.01", nama: "A"), .pindah(kode: "1.06.01.2.01.01", induk: "1.06.01.2.02", baru: nil),
            .tambahIndikator(.renstra("2.1"), Indikator(uraian: "u", satuan: "%", target: Decimal(string: "97.32"))),
            .ubahIndikator(.simpul("1.06.01"), nomor: 1, uraian: nil, satuan: "orang", polaritas: .negatif, agregasi: nil),
            .tahunRenstra(awal: 2021, akhir: 2026),
        ]
        let data = try JSONEncoder().encode(all)
        #expect(try JSONDecoder().decode([UbahStruktur].self, from: data) == all)
    }

    @Test func renstraHistoryValuesAreAddressable() throws {
        let d = try Sampel.muat()
        let p = try #require(d.posisi(nomor: "2.1.4"))
        #expect(d.nilai(.kondisiAwal(p)) == .some("71.42"))
        #expect(d.nilai(.tahunRenstra(p, tahun: 2023, realisasi: false)) == nil, "the plan's own year is the indicator's own target")
        #expect(d.nilai(.tahunRenstra(p, tahun: 2027, realisasi: false)) == nil)
        #expect(d.atur(.tahunRenstra(p, tahun: 2025, realisasi: true), "75.5"))
        #expect(d.indikator(.renstra(p)).tahunan?["2025"]?.realisasi == Decimal(string: "75.5"))
        #expect(d.semuaAlamat.contains(.tahunRenstra(p, tahun: 2026, realisasi: true)))
    }
}

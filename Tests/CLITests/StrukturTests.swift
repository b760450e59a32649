import Foundation
import Model
import Testing

/// Issue "an office brings its own year", part 2 (the scriptable commands): the tree's shape and links.
@Suite(.serialized) struct StrukturTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-struktur") }

    @Test func addRenameLinkUnlinkAndRemove() throws {
        var r = try Proses.jalankan(["add", data, "1.06.06.2.01.0006", "--nama", "Penyediaan Dapur Umum"])
        #expect(r.stdout == "1.06.06.2.01.0006 ditambahkan: Sub Kegiatan Penyediaan Dapur Umum di bawah 1.06.06.2.01\n")
        var d = try Penyimpan.muat(data)
        let node = try #require(d.indeks(kode: "1.06.06.2.01.0006"))
        #expect(d.simpul[d.simpul[node].induk!].kode == "1.06.06.2.01")
        #expect(d.simpul[node].anggaran == Anggaran())
        r = try Proses.jalankan(["rename", data, "1.06.06.2.01.0006", "--nama", "Dapur Umum"])
        #expect(r.stdout == "1.06.06.2.01.0006: Penyediaan Dapur Umum -> Dapur Umum\n")
        #expect(try Proses.jalankan(["link", data, "1.06.06.2.01.0006", "2.1.3"]).keluar == 0)
        #expect(try Proses.jalankan(["set", data, "1.06.06.2.01.0006", "--anggaran", "--pagu", "1.000.000"]).keluar == 0)
        d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.0006")!].mendukung == ["2.1.3"])
        #expect(d.anggaranTujuan(1).paguAda == 23_496_659_472 + 1_000_000, "Tabel 3.6 follows the link")
        #expect(try Proses.jalankan(["unlink", data, "1.06.06.2.01.0006", "2.1.3"]).keluar == 0)
        #expect(try Penyimpan.muat(data).anggaranTujuan(1).paguAda == 23_496_659_472)
        let ask = try Proses.jalankan(["remove", data, "1.06.06.2.01"])
        #expect(ask.keluar == 2)
        #expect(ask.stderr.contains("akan dihapus bersama 6 simpul di bawahnya, semua nilai dan catatannya; ulangi dengan --ya bila yakin"))
        r = try Proses.jalankan(["remove", data, "1.06.06.2.01", "--ya"])
        #expect(r.stdout.hasPrefix("1.06.06.2.01 dihapus (7 simpul)"))
        d = try Penyimpan.muat(data)
        #expect(d.indeks(kode: "1.06.06.2.01") == nil && d.indeks(kode: "1.06.06.2.01.03") == nil)
    }

    @Test func recodeAndMoveCarryChildrenValuesAndTotals() throws {
        var r = try Proses.jalankan(["recode", data, "1.06.06.2.01", "1.06.06.2.05"])
        #expect(r.stdout == "1.06.06.2.01 -> 1.06.06.2.05 (anak-anaknya ikut)\n")
        var d = try Penyimpan.muat(data)
        #expect(d.indeks(kode: "1.06.06.2.01") == nil && d.indeks(kode: "1.06.06.2.01.03") == nil)
        let shelter = try #require(d.indeks(kode: "1.06.06.2.05.03"))
        #expect(d.simpul[shelter].anggaran?.paguMurni == 41_970_000)
        r = try Proses.jalankan(["move", data, "1.06.06.2.05.03", "--ke", "1.06.06.2.02"])
        #expect(r.stdout == "1.06.06.2.05.03 dipindah ke bawah 1.06.06.2.02 sebagai 1.06.06.2.02.03 (Penyediaan Tempat Penampungan Pengungsi)\n")
        d = try Penyimpan.muat(data)
        let moved = try #require(d.indeks(kode: "1.06.06.2.02.03"))
        #expect(d.simpul[d.simpul[moved].induk!].kode == "1.06.06.2.02")
        #expect(d.simpul[moved].anggaran?.paguMurni == 41_970_000 && d.simpul[moved].indikator[0].triwulan[1].realisasi == 1)
        #expect(d.anggaran(0).paguAda == 35_272_253_286 && d.anggaran(0).realisasiSd(4) == 31_385_954_802)
        let wrongParent = try Proses.jalankan(["recode", data, "1.06.06.2.05", "1.06.05.2.05"])
        #expect(wrongParent.stderr.contains("berada di bawah induk lain; untuk memindahkan pakai `kinerja move`"))
        let wrongLevel = try Proses.jalankan(["move", data, "1.06.06.2.02.01", "--ke", "1.06.06"])
        #expect(wrongLevel.stderr.contains("kegiatan di bawah program, sub kegiatan di bawah kegiatan"))
        let taken = try Proses.jalankan(["move", data, "1.06.06.2.02.03", "--ke", "1.06.06.2.05", "--kode-baru", "1.06.06.2.05.01"])
        #expect(taken.stderr.contains("kode 1.06.06.2.05.01 sudah dipakai"))
    }

    @Test func indicatorsAreAddedAndRemoved() throws {
        var r = try Proses.jalankan(["indicator", "add", data, "1.06.06.2.01.03", "--uraian", "Jumlah pengungsi tertampung", "--satuan", "orang", "--target", "1.500"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 2: Jumlah pengungsi tertampung (orang · positif · jumlah · target 1.500)\n")
        r = try Proses.jalankan(["indicator", "add", data, "1.06.06.2.01.03", "--uraian", "Tingkat hunian", "--satuan", "%", "--polaritas", "negatif"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 3: Tingkat hunian (% · negatif · akhir)\n")
        var d = try Penyimpan.muat(data)
        let node = d.simpul[d.indeks(kode: "1.06.06.2.01.03")!]
        #expect(node.indikator.map(\.target) == [5, 1500, nil])
        #expect(node.indikator[2].polaritas == .negatif && node.indikator[2].agregasi == .akhir)
        r = try Proses.jalankan(["indicator", "edit", data, "1.06.06.2.01.03", "--indikator", "3", "--satuan", "persen", "--agregasi", "rata-rata"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 3: Tingkat hunian (persen · negatif · rata-rata)\n")
        #expect(try Proses.jalankan(["indicator", "edit", data, "1.06.06.2.01.03", "--indikator", "3"]).keluar == 2)
        #expect(try Proses.jalankan(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "2"]).keluar == 2)
        r = try Proses.jalankan(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "2", "--ya"])
        #expect(r.stdout == "1.06.06.2.01.03: indikator 2 dihapus (Jumlah pengungsi tertampung)\n")
        d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].indikator.map(\.uraian) == ["Jumlah Penyediaan Tempat Penampungan Pengungsi bagi korban bencana", "Tingkat hunian"])
        let missing = try Proses.jalankan(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "9", "--ya"])
        #expect(missing.stderr.contains("1.06.06.2.01.03 tidak punya indikator 9 (ada 1-2); berkas tidak diubah"))
    }

    @Test("What breaks the rules is refused, the file unchanged", arguments: [
        (["add", "1.06.06.2.01.01", "--nama", "x"], "kode 1.06.06.2.01.01 sudah dipakai"),
        (["add", "1.06.09.2.01.01", "--nama", "x"], "induk 1.06.09.2.01 belum ada"),
        (["add", "1.6", "--nama", "x"], "'1.6' bukan kode program, kegiatan atau sub kegiatan"),
        (["add", "1.06.07", "--nama", " "], "nama wajib diisi"),
        (["link", "1.06.06.2.01.01", "9.9.9"], "indikator Renstra 9.9.9 tidak ada"),
        (["unlink", "1.06.06.2.01.01", "2.1.4"], "1.06.06.2.01.01 tidak tertaut ke 2.1.4"),
        (["rename", "9.99", "--nama", "x"], "kode 9.99 tidak ada"),
    ])
    func refusals(args: [String], expected: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let r = try Proses.jalankan([args[0], data] + args.dropFirst())
        #expect(r.keluar == 1)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("; berkas tidak diubah\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
    }
}

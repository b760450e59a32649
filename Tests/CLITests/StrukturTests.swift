import Foundation
import Model
import GudangBerkas
import Testing

/// Issue "an office brings its own year", part 2 (the scriptable commands): the tree's shape and links.
@Suite(.serialized) struct StrukturTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-struktur") }

    @Test func addRenameLinkUnlinkAndRemove() throws {
        var r = try Proses.perintah(["add", data, "1.06.06.2.01.0006", "--nama", "Penyediaan Dapur Umum"])
        #expect(r.stdout == "1.06.06.2.01.0006 ditambahkan: Sub Kegiatan Penyediaan Dapur Umum di bawah 1.06.06.2.01\n")
        var d = try Penyimpan.muat(data)
        let node = try #require(d.indeks(kode: "1.06.06.2.01.0006"))
        #expect(d.simpul[d.simpul[node].induk!].kode == "1.06.06.2.01")
        #expect(d.simpul[node].anggaran == Anggaran())
        r = try Proses.perintah(["rename", data, "1.06.06.2.01.0006", "--nama", "Dapur Umum"])
        #expect(r.stdout == "1.06.06.2.01.0006: Penyediaan Dapur Umum -> Dapur Umum\n")
        #expect(try Proses.perintah(["link", data, "1.06.06.2.01.0006", "2.1.3"]).keluar == 0)
        #expect(try Proses.perintah(["set", data, "1.06.06.2.01.0006", "--anggaran", "--pagu", "1.000.000"]).keluar == 0)
        d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.0006")!].mendukung == ["2.1.3"])
        #expect(d.anggaranTujuan(1).paguAda == 23_496_659_472 + 1_000_000, "Tabel 3.6 follows the link")
        #expect(try Proses.perintah(["unlink", data, "1.06.06.2.01.0006", "2.1.3"]).keluar == 0)
        #expect(try Penyimpan.muat(data).anggaranTujuan(1).paguAda == 23_496_659_472)
        let ask = try Proses.perintah(["remove", data, "1.06.06.2.01"])
        #expect(ask.keluar == 2)
        #expect(ask.stderr.contains("akan dihapus bersama 6 simpul di bawahnya, semua nilai dan catatannya; ulangi dengan --ya bila yakin"))
        r = try Proses.perintah(["remove", data, "1.06.06.2.01", "--ya"])
        #expect(r.stdout.hasPrefix("1.06.06.2.01 dihapus (7 simpul)"))
        d = try Penyimpan.muat(data)
        #expect(d.indeks(kode: "1.06.06.2.01") == nil && d.indeks(kode: "1.06.06.2.01.03") == nil)
    }

    @Test func recodeAndMoveCarryChildrenValuesAndTotals() throws {
        var r = try Proses.perintah(["recode", data, "1.06.06.2.01", "1.06.06.2.05"])
        #expect(r.stdout == "1.06.06.2.01 -> 1.06.06.2.05 (anak-anaknya ikut)\n")
        var d = try Penyimpan.muat(data)
        #expect(d.indeks(kode: "1.06.06.2.01") == nil && d.indeks(kode: "1.06.06.2.01.03") == nil)
        let shelter = try #require(d.indeks(kode: "1.06.06.2.05.03"))
        #expect(d.simpul[shelter].anggaran?.paguMurni == 41_970_000)
        r = try Proses.perintah(["move", data, "1.06.06.2.05.03", "--ke", "1.06.06.2.02"])
        #expect(r.stdout == "1.06.06.2.05.03 dipindah ke bawah 1.06.06.2.02 sebagai 1.06.06.2.02.03 (Penyediaan Tempat Penampungan Pengungsi)\n")
        d = try Penyimpan.muat(data)
        let moved = try #require(d.indeks(kode: "1.06.06.2.02.03"))
        #expect(d.simpul[d.simpul[moved].induk!].kode == "1.06.06.2.02")
        #expect(d.simpul[moved].anggaran?.paguMurni == 41_970_000 && d.simpul[moved].indikator[0].triwulan[1].realisasi == 1)
        #expect(d.anggaran(0).paguAda == 35_272_253_286 && d.anggaran(0).realisasiSd(4) == 31_385_954_802)
        let wrongParent = try Proses.perintah(["recode", data, "1.06.06.2.05", "1.06.05.2.05"])
        #expect(wrongParent.stderr.contains("berada di bawah induk lain; untuk memindahkan pakai `kinerja move`"))
        let wrongLevel = try Proses.perintah(["move", data, "1.06.06.2.02.01", "--ke", "1.06.06"])
        #expect(wrongLevel.stderr.contains("kegiatan di bawah program, sub kegiatan di bawah kegiatan"))
        let taken = try Proses.perintah(["move", data, "1.06.06.2.02.03", "--ke", "1.06.06.2.05", "--kode-baru", "1.06.06.2.05.01"])
        #expect(taken.stderr.contains("kode 1.06.06.2.05.01 sudah dipakai"))
    }

    @Test func indicatorsAreAddedAndRemoved() throws {
        var r = try Proses.perintah(["indicator", "add", data, "1.06.06.2.01.03", "--uraian", "Jumlah pengungsi tertampung", "--satuan", "orang", "--target", "1.500"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 2: Jumlah pengungsi tertampung (orang · positif · jumlah · target 1.500)\n")
        r = try Proses.perintah(["indicator", "add", data, "1.06.06.2.01.03", "--uraian", "Tingkat hunian", "--satuan", "%", "--polaritas", "negatif"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 3: Tingkat hunian (% · negatif · akhir)\n")
        var d = try Penyimpan.muat(data)
        let node = d.simpul[d.indeks(kode: "1.06.06.2.01.03")!]
        #expect(node.indikator.map(\.target) == [5, 1500, nil])
        #expect(node.indikator[2].polaritas == .negatif && node.indikator[2].agregasi == .akhir)
        r = try Proses.perintah(["indicator", "edit", data, "1.06.06.2.01.03", "--indikator", "3", "--satuan", "persen", "--agregasi", "rata-rata"])
        #expect(r.stdout == "1.06.06.2.01.03 indikator 3: Tingkat hunian (persen · negatif · rata-rata)\n")
        #expect(try Proses.perintah(["indicator", "edit", data, "1.06.06.2.01.03", "--indikator", "3"]).keluar == 2)
        #expect(try Proses.perintah(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "2"]).keluar == 2)
        r = try Proses.perintah(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "2", "--ya"])
        #expect(r.stdout == "1.06.06.2.01.03: indikator 2 dihapus (Jumlah pengungsi tertampung)\n")
        d = try Penyimpan.muat(data)
        #expect(d.simpul[d.indeks(kode: "1.06.06.2.01.03")!].indikator.map(\.uraian) == ["Jumlah Penyediaan Tempat Penampungan Pengungsi bagi korban bencana", "Tingkat hunian"])
        let missing = try Proses.perintah(["indicator", "remove", data, "1.06.06.2.01.03", "--indikator", "9", "--ya"])
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
        let r = try Proses.perintah([args[0], data] + args.dropFirst())
        #expect(r.keluar == 1)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("; berkas tidak diubah\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
    }

    @Test func theRenstraIsShapedFromScripts() throws {
        var r = try Proses.perintah(["renstra", "add-tujuan", data, "--uraian", "Tata kelola yang akuntabel"])
        #expect(r.stdout == "tujuan 4: Tata kelola yang akuntabel\n")
        r = try Proses.perintah(["renstra", "add-sasaran", data, "4", "--uraian", "Akuntabilitas kinerja naik"])
        #expect(r.stdout == "sasaran 4.1: Akuntabilitas kinerja naik\n")
        r = try Proses.perintah(["indicator", "add", data, "4.1", "--uraian", "Nilai SAKIP", "--satuan", "nilai", "--target", "70"])
        #expect(r.stdout == "4.1 indikator 4.1.1: Nilai SAKIP (nilai · positif · jumlah · target 70)\n")
        r = try Proses.perintah(["set", data, "4.1.1", "--kondisi-awal", "65,5"])
        #expect(r.stdout == "Renstra 4.1.1 kondisi awal: - -> 65,5\n")
        r = try Proses.perintah(["set", data, "4.1.1", "--tahun-renstra", "2024", "--target", "72"])
        #expect(r.stdout == "Renstra 4.1.1 target 2024: - -> 72\n")
        r = try Proses.perintah(["set", data, "4.1.1", "--tahun-renstra", "2023", "--target", "72"])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("tahun 2023 bukan tahun Renstra lain (2021-2026, selain 2023 yang diisi lewat --target/--tw)"))
        #expect(try Proses.perintah(["link", data, "1.06.01", "4.1.1"]).keluar == 0)
        #expect(try Proses.perintah(["renstra", "edit", data, "4.1", "--uraian", "Akuntabilitas naik"]).keluar == 0)
        var d = try Penyimpan.muat(data)
        let p = try #require(d.posisi(nomor: "4.1.1"))
        let ind = d.indikator(.renstra(p))
        #expect(ind.kondisiAwal == Decimal(string: "65.5"))
        #expect(ind.tahunan?["2024"]?.target == 72)
        #expect(d.renstra.tujuan[3].sasaran[0].uraian == "Akuntabilitas naik")
        r = try Proses.perintah(["renstra", "remove", data, "4"])
        #expect(r.keluar == 2)
        #expect(r.stderr == "kinerja: 4 akan dihapus bersama 1 indikator dan 1 tautan simpul; ulangi dengan --ya bila yakin\n")
        r = try Proses.perintah(["renstra", "remove", data, "4", "--ya"])
        #expect(r.stdout == "4 dihapus (1 indikator, 1 tautan)\n")
        d = try Penyimpan.muat(data)
        #expect(d.renstra.tujuan.count == 3)
        #expect(d.simpul[d.indeks(kode: "1.06.01")!].mendukung == ["3.1.1"])
        r = try Proses.perintah(["renstra", "years", data, "--awal", "2022", "--akhir", "2026"])
        #expect(r.stderr == "kinerja: \(data): renstra: tahun 2021 masih berisi target atau realisasi; kosongkan dulu nilainya; berkas tidak diubah\n")
        #expect(try Proses.perintah(["renstra", "years", data, "--awal", "2021", "--akhir", "2027"]).stdout == "Renstra 2021-2027\n")
    }

    @Test func indicatorsAreReorderedWithTheirValues() throws {
        let before = try Penyimpan.muat(data)
        let node = before.simpul[before.indeks(kode: "1.06.02.2.03.01")!].indikator
        var r = try Proses.perintah(["indicator", "move", data, "1.06.02.2.03.01", "--indikator", "4", "--ke", "1"])
        #expect(r.keluar == 0)
        #expect(r.stdout.hasPrefix("1.06.02.2.03.01: 1. \(node[3].uraian)\n   2. \(node[0].uraian)"))
        let after = try Penyimpan.muat(data)
        #expect(after.simpul[after.indeks(kode: "1.06.02.2.03.01")!].indikator == [node[3], node[0], node[1], node[2]])
        r = try Proses.perintah(["indicator", "move", data, "1.06.02.2.03.01", "--indikator", "4", "--ke", "5"])
        #expect(r.stderr.contains("1.06.02.2.03.01 tidak punya indikator 5 (ada 1-4); berkas tidak diubah"))
        r = try Proses.perintah(["indicator", "move", data, "2.1", "--indikator", "5", "--ke", "1"])
        #expect(r.keluar == 0)
        let renstra = try Penyimpan.muat(data).renstra.tujuan[1].sasaran[0].indikator.map { $0.nomor! }
        #expect(renstra == ["2.1.5", "2.1.1", "2.1.2", "2.1.3", "2.1.4"], "numbers stay with their indicators")
    }
}

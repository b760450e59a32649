import Foundation
import Model
import GudangBerkas
import Testing

/// Issue "an office brings its own year", part 4: next year from this one.
@Suite(.serialized) struct GulirTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-gulir") }

    @Test func rolloverCarriesTheTreeAndMovesThisYearIntoTheHistory() throws {
        let next = folder.appendingPathComponent("dinsos-2024.json").path
        let r = try Proses.perintah(["rollover", data, "-o", next])
        #expect(r.keluar == 0)
        #expect(r.stdout.hasPrefix("\(next): tahun 2024 dari 2023: 6 program, 79 sub kegiatan;"))
        #expect(r.stdout.contains("78 pagu dibawa sebagai sementara"))
        let d = try Penyimpan.muat(next)
        #expect(d.tahun == 2024)
        let before = try Penyimpan.muat(data)
        #expect(d.simpul.count == before.simpul.count)
        let psks = d.indikator(.renstra(d.posisi(nomor: "2.1.4")!))
        #expect(psks.target == 89, "the Renstra's 2024 target")
        #expect(psks.tahunan?["2023"] == NilaiTahun(target: 78, realisasi: 100))
        #expect(psks.tahunan?["2024"] == nil)
        #expect(psks.triwulan.allSatisfy { $0 == Triwulan() })
        let shelter = d.simpul[d.indeks(kode: "1.06.06.2.01.03")!]
        var expected = Anggaran(paguMurni: 41_970_000)
        expected.paguSementara = true
        #expect(shelter.anggaran == expected)
        #expect(shelter.indikator[0].target == nil && shelter.indikator[0].triwulan.allSatisfy { $0 == Triwulan() })
        #expect(shelter.mendukung == ["2.1.3"])
        let notesBlank = shelter.catatan.allSatisfy { $0.isEmpty }
        #expect(notesBlank)
        // The trend table of the new year shows 2023 from the history.
        let tren = try Proses.perintah(["report", next, "tren", "--format", "csv"]).stdout
        #expect(tren.contains("2.1.4,"))
        #expect(try Proses.perintah(["check", next]).stdout.contains("78 pagu sub kegiatan masih sementara"))
        #expect(try Proses.perintah(["rollover", data, "-o", next]).stderr.contains("berkas sudah ada; tidak ditimpa"))
    }

    @Test func rolloverPastTheRenstraIsRefused() throws {
        let next = folder.appendingPathComponent("dinsos-2027.json").path
        let r = try Proses.perintah(["rollover", data, "-o", next, "--tahun", "2027"])
        #expect(r.keluar == 1)
        #expect(r.stderr.contains("renstra: 2027 lewat dari Renstra 2021-2026; Renstra baru dimulai dengan `kinerja new`"))
        #expect(!FileManager.default.fileExists(atPath: next))
        #expect(try Proses.perintah(["rollover", data, "-o", data]).keluar == 1)
    }
}

import Foundation
import Model
import GudangBerkas
import Pelaporan
import Testing
@testable import Antarmuka
@testable import Perintah

/// One figure, one value: a mean is the exact decimal in data (json, csv, xlsx) and 26,67
/// for people; the tree and rekap agree; every closed quarter is told; `check` names the
/// stale figure; the top line is true after undo and redo.
@Suite(.serialized) struct SatuNilaiTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-satu-nilai") }

    func kinerja(_ args: String...) throws -> Proses { try Proses.jalankan(args) }

    /// 1.06.06.2.01.03's indicator as a mean: 20, 30, 30 over three quarters (80/3).
    func rerata() throws {
        var b = try Penyimpan.muat(data).berkas()
        var ind = b.program[5].kegiatan![0].subKegiatan![2].indikator![0]
        ind.agregasi = .rataRata
        ind.satuan = "%"
        ind.target = 30
        ind.triwulan = [Triwulan(target: 30, realisasi: 20), Triwulan(target: 30, realisasi: 30), Triwulan(target: 30, realisasi: 30), Triwulan(target: 30)]
        b.program[5].kegiatan![0].subKegiatan![2].indikator![0] = ind
        try BerkasJSON.json(b).write(to: URL(fileURLWithPath: data))
    }

    @Test func aMeanIsExactInDataAndRoundedHalfUpForPeople() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try rerata()
        let exact = "26.6666666666666666666666666666666666666"
        let show = try kinerja("show", data, "1.06.06.2.01.03", "--tw", "3").stdout
        #expect(show.contains("s.d. TW III               30         26,67     88,89  Baik"), "\(show)")
        #expect(!show.contains("26,6667"))
        for format in ["text", "md"] {
            let r = try kinerja("report", data, "output", "--tw", "3", "--format", format).stdout
            #expect(r.contains("26,67") && !r.contains("26,666"), "\(format)")
        }
        #expect(try kinerja("report", data, "output", "--tw", "3", "--format", "csv").stdout.contains("," + exact + ","))
        #expect(try kinerja("report", data, "output", "--tw", "3", "--format", "json").stdout.contains("\"realisasi\": " + exact + ","))
        #expect(try kinerja("show", data, "1.06.06.2.01.03", "--tw", "3", "--format", "json").stdout.contains(exact))
        let book = folder.appendingPathComponent("o.xlsx").path
        #expect(try kinerja("report", data, "output", "--tw", "3", "--format", "xlsx", "-o", book).keluar == 0)
        let cells = try Proses.jalankan(["python3", "-c", "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print(''.join(z.read(n).decode() for n in z.namelist() if 'worksheets/' in n))", book],
                                        env: ProcessInfo.processInfo.environment, program: "/usr/bin/env").stdout
        #expect(cells.contains("<v>" + exact + "</v>") && !cells.contains("26.666666666666668"), "a numeric cell with the exact decimal")
        // The screen as well.
        let s = try SesiUji()
        defer { s.hapus() }
        try s.ambil(data)
        s.ketik("3g1.06.06.2.01.03<Enter>")
        #expect(s.layar.contains { $0.contains("26,67") } && !s.layar.contains { $0.contains("26,666") })
    }

    @Test func theTreeAndRekapShowTheSameFigure() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Programs without indicators: the OPD's figure comes from the level below, in both.
        var b = try Penyimpan.muat(data).berkas()
        for i in b.program.indices { b.program[i].indikator = nil }
        let d = try Dokumen(berkas: b)
        let tree = d.capaianBaris(0, sd: 4).nilai
        #expect(tree != nil)
        #expect(BarisRekap(d, tw: 4, bahasa: .id).capaian.nilai == tree)
    }

    @Test func aReportAndTheTopLineTellEveryClosedQuarter() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try kinerja("lock", data, "--tw", "4").keluar == 0)
        let r = try kinerja("report", data, "capaian", "--tw", "3").stdout
        #expect(r.hasPrefix("Status: draf s.d. TW III · TW IV ditutup ("), "\(r.prefix(120))")
        #expect(!r.contains("belum ada triwulan yang ditutup"))
        #expect(try kinerja("lock", data, "--tw", "1").keluar == 0)
        let s = try SesiUji()
        defer { s.hapus() }
        try s.ambil(data)
        s.ketik("3")
        #expect(s.layar[0].contains("TW III │ I,IV ditutup"), "\(s.layar[0])")
        s.ketik("4")
        #expect(s.layar[0].contains("TW IV ditutup, juga I"), "\(s.layar[0])")
    }

    @Test func checkNamesTheStatedFigureThatWentStale() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // A budget realisation changed under 1.06.06.2.01 (its stated totals were right): the realisation went stale, not the pagu.
        let before = try kinerja("check", data).stdout
        #expect(!before.contains("1.06.06.2.01: "))
        #expect(try kinerja("set", data, "1.06.06.2.01.03", "--anggaran", "--tw", "4", "--realisasi", "14.300.000").keluar == 0)
        let check = try kinerja("check", data).stdout
        let line = check.split(separator: "\n").first { $0.contains("1.06.06.2.01: ") && $0.contains("usang") }.map(String.init) ?? ""
        #expect(line.contains("realisasi tertulis Rp ") && !line.contains("pagu tertulis"), "\(check)")
    }

    @Test func theTopLineIsTrueAfterUndoAndRedo() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        func saved() -> Bool { !s.app.keadaan.belumDisimpan && s.layar[0].contains("tersimpan") && !s.layar[0].contains("belum disimpan") }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll4<Enter><Esc><C-s>")
        #expect(saved())
        s.ketik("<Tab>5<Enter><Esc>")
        #expect(!saved())
        s.ketik("<C-z>")
        #expect(saved(), "back at the saved state: \(s.layar[0])")
        s.ketik("<C-y>")
        #expect(!saved())
        s.ketik("<C-z><C-z>")
        #expect(!saved(), "before the saved state")
        s.ketik("<C-y>")
        #expect(saved())
        // A new change after undoing past the save: the saved state cannot come back by redo.
        s.ketik("<C-z><Tab>7<Enter><Esc><C-z>")
        #expect(!saved())
    }
}

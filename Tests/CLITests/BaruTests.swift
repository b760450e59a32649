import Foundation
import Model
import Testing

/// Issue "an office brings its own year", part 1: a new file, from the command line and the interface.
@Suite(.serialized) struct BaruTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-baru-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func newWritesAValidEmptyDatasetAndNeverOverwrites() throws {
        let path = folder.appendingPathComponent("dinkes-2025.json").path
        let r = try Proses.jalankan(["new", path, "--opd", "Dinas Kesehatan", "--kode", "1.02", "--pemda", "Kota Semarang", "--tahun", "2025", "--renstra", "2021-2026"])
        #expect(r.keluar == 0)
        #expect(r.stdout == "\(path): berkas baru untuk Dinas Kesehatan tahun 2025 (Renstra 2021-2026, skala lkjip); buka dengan `kinerja \(path)`\n")
        let d = try Penyimpan.muat(path)
        #expect(d.opd.nama == "Dinas Kesehatan" && d.opd.kode == "1.02" && d.opd.pemda == "Kota Semarang")
        #expect(d.tahun == 2025 && d.renstra.tahunAwal == 2021 && d.renstra.tahunAkhir == 2026)
        #expect(d.simpul.count == 1 && d.renstra.tujuan.isEmpty)
        #expect(try Proses.jalankan(["check", path]).stdout.hasSuffix("0 peringatan, 0 galat\n"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try Proses.jalankan(["new", path, "--opd", "Lain", "--tahun", "2025"])
        #expect(again.keluar == 1)
        #expect(again.stderr.contains("berkas sudah ada; tidak ditimpa"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("Facts that do not fit are refused, nothing written", arguments: [
        (["--opd", "x", "--tahun", "2025", "--renstra", "2021-2024"], "renstra: tahun 2025 di luar Renstra 2021-2024"),
        (["--opd", "x", "--tahun", "2025", "--kode", "1.2"], "opd.kode: kode OPD '1.2' tidak berbentuk urusan.bidang"),
        (["--opd", "x", "--tahun", "1999"], "tahun: tahun 1999 di luar rentang 2000-2100"),
        (["--opd", " ", "--tahun", "2025"], "opd.nama: nama OPD wajib diisi"),
        (["--opd", "x", "--tahun", "2025", "--skala", "abc"], "skala kategori 'abc' tidak dikenal"),
        (["--opd", "x", "--tahun", "2025", "--renstra", "2026-2021"], "--renstra '2026-2021' tidak dapat dibaca"),
    ])
    func badFacts(args: [String], expected: String) throws {
        let path = folder.appendingPathComponent("x.json").path
        let r = try Proses.jalankan(["new", path] + args)
        #expect(r.keluar != 0)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: Tmux.ada, "tmux is installed by .ci/run"))
    func openingAMissingFileOffersToCreateIt() throws {
        let path = folder.appendingPathComponent("baru.json").path
        let t = Tmux()
        defer { t.hentikan() }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Buat berkas data baru? (y/t) [y]:"))
        for answer in ["", "Dinas Kesehatan", "1.02", "Kota Semarang", "2025", "2021-2024", ""] {
            try t.ketik(answer)
            try t.kirim("Enter")
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(try t.tunggu("renstra: tahun 2025 di luar Renstra 2021-2024; pilih Renstra yang mencakupnya; ulangi."))
        for answer in ["Dinas Kesehatan", "1.02", "Kota Semarang", "2025", "2021-2026", "renja"] {
            try t.ketik(answer)
            try t.kirim("Enter")
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(try t.tunggu("│ Dinas Kesehatan 2025"))
        let d = try Penyimpan.muat(path)
        #expect(d.skala.kode == "renja" && d.renstra.tahunAkhir == 2026)
    }
}

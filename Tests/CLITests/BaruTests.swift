import Foundation
import Model
import GudangBerkas
import Layar
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// Issue "an office brings its own year", part 1: a new file, from the command line and the interface.
@Suite(.serialized) struct BaruTests {
    let folder: URL

    init() throws {
        folder = try FolderUji.baru("kinerja-baru")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func newWritesAValidEmptyDatasetAndNeverOverwrites() throws {
        let path = folder.appendingPathComponent("dinkes-2025.json").path
        let r = try Proses.perintah(["new", path, "--opd", "Dinas Kesehatan", "--kode", "1.02", "--pemda", "Kota Semarang", "--tahun", "2025", "--renstra", "2021-2026"])
        #expect(r.keluar == 0)
        #expect(r.stdout == "\(path): berkas baru untuk Dinas Kesehatan tahun 2025 (Renstra 2021-2026, skala lkjip); buka dengan `kinerja \(path)`\n")
        let d = try Penyimpan.muat(path)
        #expect(d.opd.nama == "Dinas Kesehatan" && d.opd.kode == "1.02" && d.opd.pemda == "Kota Semarang")
        #expect(d.tahun == 2025 && d.renstra.tahunAwal == 2021 && d.renstra.tahunAkhir == 2026)
        #expect(d.simpul.count == 1 && d.renstra.tujuan.isEmpty)
        #expect(try Proses.perintah(["check", path]).stdout.hasSuffix("0 peringatan, 0 galat\n"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try Proses.perintah(["new", path, "--opd", "Lain", "--tahun", "2025"])
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
        let r = try Proses.perintah(["new", path] + args)
        #expect(r.keluar != 0)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: Tmux.ada, "tmux is installed by .ci/run"))
    func openingAMissingFileOpensAFormToCreateIt() throws {
        let path = folder.appendingPathComponent("baru.json").path
        let t = Tmux()
        defer { t.hentikan() }
        try t.mulai("\(Proses.biner.path) \(path)")
        #expect(try t.tunggu("Berkas data baru: "))
        #expect(try t.layar().contains("kinerja │ baru.json │ berkas baru"))
        try t.ketik("Dinas Kesehatan")
        try t.kirim("Enter")
        try t.ketik("1.02")
        try t.kirim("Enter")
        try t.ketik("Kota Semarang")
        try t.kirim("Enter", "C-u")
        try t.ketik("2025")
        try t.kirim("Enter", "C-u")
        try t.ketik("2021-2024")
        try t.kirim("Enter", "Enter")
        #expect(try t.tunggu("renstra: tahun 2025 di luar Renstra 2021-2024; pilih Renstra yang mencakupnya"))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written while the facts are wrong")
        try t.kirim("Up", "C-u")
        try t.ketik("2021-2026")
        try t.kirim("Enter", "Right", "Enter")
        #expect(try t.tunggu("Berkas baru dibuat:"))
        #expect(try t.tunggu("│ Dinas Kesehatan 2025"))
        try t.kirim("q")
        let d = try Penyimpan.muat(path)
        #expect(d.skala.kode == "renja" && d.renstra.tahunAkhir == 2026)
    }
}

/// The new-file form as state transitions: Esc quits without a file.
@Suite struct BaruLayarTests {
    @Test func escapeLeavesNoFileAndTheFactsAreChecked() throws {
        var k = Keadaan.berkasBaru(path: "/tmp/x.json", bahasa: .id, tahun: 2025)
        #expect(k.gambar().baris[1] == " Berkas data baru: /tmp/x.json")
        #expect(k.gambar().baris[2] == " Nama OPD           ▏")
        for key in Tombol.skrip("<Tab><Tab><Tab><Tab><Tab><F2>") { _ = k.tangani(key) }
        #expect(k.pesan?.teks == "opd.nama: nama OPD wajib diisi, mis. \"Dinas Sosial\"")
        for key in Tombol.skrip("<Up><Up><Up><Up><Up>Dinas Sosial<Tab>1.6<F2>") { _ = k.tangani(key) }
        #expect(k.pesan?.teks == "opd.kode: kode OPD '1.6' tidak berbentuk urusan.bidang, mis. 1.06 atau X.XX")
        for key in Tombol.skrip("<BS>06") { _ = k.tangani(key) }
        let effects = k.tangani(.f(2))
        guard case .buatBerkas(let data)? = effects.first else { Issue.record("valid facts create the file"); return }
        #expect(data.opd.kode == "1.06" && data.tahun == 2025 && data.renstra.tahunAwal == 2023 && data.renstra.tahunAkhir == 2027)
        #expect(k.tangani(.esc) == [.keluar])
    }
}

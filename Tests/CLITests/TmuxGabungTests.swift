import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama

/// Two interface sessions (the real binary, two terminals) on one file.
@Suite(.serialized, .enabled(if: Tmux.ada, "tmux is installed by .ci/run"), .tags(.tmux), .lajur(.tmux)) struct TmuxGabungTests {
    func realisasi(_ path: String, _ kode: String) throws -> Decimal? {
        let d = try Penyimpan.muat(path)
        return d.simpul[d.indeks(kode: kode)!].indikator[0].triwulan[3].realisasi
    }

    @Test func twoSessionsMergeDifferentValuesAndDecideTheSameOne() throws {
        let (folder, path) = try Proses.salinSampel("kinerja-gabung")
        let a = Tmux(), b = Tmux()
        defer { a.hentikan(); b.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try a.mulai("\(Proses.biner.path) \(path)")
        #expect(try a.tunggu("Dinas Sosial Kota Semarang 2023"))
        try b.mulai("\(Proses.biner.path) \(path)")
        #expect(try b.tunggu("Dinas Sosial Kota Semarang 2023"))
        #expect(try b.tunggu("Juga membuka berkas ini: "), "the second session says who else has the file open")
        #expect(try b.layar().contains("+1 sesi │"))
        #expect(try a.tunggu("+1 sesi │"), "the first sees the second within 2 seconds")

        // Different values: both land.
        try a.isiTWIV("1.06.06.2.01.03", "1")
        try b.isiTWIV("1.06.06.2.01.02", "7")
        try a.kirim("C-s")
        #expect(try a.tunggu("Tersimpan"))
        try b.kirim("C-s")
        #expect(try b.tunggu("digabung dengan 1 nilai dari pihak lain"))
        #expect(try realisasi(path, "1.06.06.2.01.03") == 1)
        #expect(try realisasi(path, "1.06.06.2.01.02") == 7)

        // The same value: the second save asks, and the chosen value is on disk.
        try a.isiTWIV("1.06.06.2.01.01", "11")
        try b.isiTWIV("1.06.06.2.01.01", "22")
        try a.kirim("C-s")
        #expect(try a.tunggu("digabung dengan 1 nilai dari pihak lain"))
        try b.kirim("C-s")
        #expect(try b.tunggu("1 bentrok: m saya · o mereka"))
        #expect(try b.layar().contains("dasar 46 · saya 22 · mereka 11") || b.layar().contains("saya 22 · mereka 11"))
        try b.kirim("o", "Enter")
        #expect(try b.tunggu("Tersimpan"))
        #expect(try realisasi(path, "1.06.06.2.01.01") == 11, "theirs, as chosen")
        #expect(try realisasi(path, "1.06.06.2.01.02") == 7)
        try a.kirim("q")
        try b.kirim("q")
    }
}

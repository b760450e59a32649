import Foundation
import Model
import Testing
import UjiBersama

/// Three people on one database, each in a terminal with the real binary: two OPD users
/// and BAPPEDA. An edit of one OPD appears live for BAPPEDA and never for the other OPD;
/// BAPPEDA closes TW I and the OPD's edit of it is refused, by the database too.
@Suite(.serialized, .enabled(if: Tmux.ada, "tmux is installed by .ci/run"), .tags(.tmux, .pg), .lajur(.tmux), .lajur(.pg)) struct TmuxGudangTests {
    @Test func twoOfficesAndBappedaOnOneDatabase() throws {
        let (folder, data) = try Proses.salinSampel("kinerja-tmux-gudang")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ServerUji.pemda(sampel: data, folder: folder, nama: "tmux")
        let dinsos = Tmux(), dinkes = Tmux(), bappeda = Tmux()
        defer { dinsos.hentikan(); dinkes.hentikan(); bappeda.hentikan() }
        func buka(_ t: Tmux, _ role: String, _ opd: String) throws {
            let state = folder.appendingPathComponent("state-\(role)").path
            try t.mulai("env XDG_STATE_HOME=\(state) \(Proses.biner.path) '\(ServerUji.sebagai(role, url))' --opd \(opd) --tahun 2023")
        }
        try buka(dinsos, "dinsos", "1.06")
        try buka(dinkes, "dinkes", "2.01")
        try buka(bappeda, "bappeda", "1.06")
        #expect(try dinsos.tunggu("pg 1.06/2023 │ Dinas Sosial Kota Semarang 2023"))
        #expect(try dinkes.tunggu("pg 2.01/2023 │ Dinas Kesehatan 2023"))
        #expect(try bappeda.tunggu("pg 1.06/2023 │ Dinas Sosial Kota Semarang 2023"))

        // The office types a realisation: written at once, on BAPPEDA's screen within a second, the rows marked.
        try dinsos.kirim("g")
        try dinsos.ketik("1.06.06.2.01.03")
        try dinsos.kirim("Enter", "Tab", "Down", "Down", "Down", "Down", "l", "l", "l")
        try dinsos.ketik("4")
        try dinsos.kirim("Enter")
        #expect(try dinsos.tunggu("Tersimpan"))
        #expect(try bappeda.tunggu("1 nilai diubah pihak lain", detik: 1.5))
        #expect(try bappeda.layar().contains("• OPD"))
        #expect(try bappeda.layar().contains("• 1.06.06 "), "the program the value rolls up into")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try !dinkes.layar().contains("pihak lain"), "the other office hears nothing")
        #expect(try ServerUji.psql(url, "SELECT angka || ' ' || oleh FROM kinerja.nilai WHERE uraian = '1.06.06.2.01.03 indikator 1 realisasi TW IV'").stdout == "4 dinsos\n")

        // BAPPEDA closes TW I; the office's interface learns of it and refuses an edit there.
        try bappeda.kirim("1", "X")
        #expect(try bappeda.tunggu("Tutup TW I"))
        try bappeda.kirim("Enter")
        #expect(try bappeda.tunggu("TW I ditutup"))
        try dinsos.kirim("[", "[", "[")
        let learned = try dinsos.tunggu("TW I ditutup │", detik: 3)
        #expect(learned, "\((try? dinsos.layar()) ?? "")")
        try dinsos.kirim("g")
        try dinsos.ketik("1.06.06.2.01.03")
        try dinsos.kirim("Enter", "Tab", "Down", "Down", "Down", "Down")
        try dinsos.ketik("9")
        #expect(try dinsos.tunggu("ditutup oleh"))
        // And the database itself, whatever the client.
        let refused = try ServerUji.psql(ServerUji.sebagai("dinsos", url), "UPDATE kinerja.nilai SET angka = 9 WHERE tw = 1 AND jenis = 'indikator'")
        #expect(refused.keluar != 0 && refused.stderr.contains("ditutup oleh"))
        for t in [dinsos, dinkes, bappeda] { try t.kirim("q") }
    }
}

import Foundation
import Model
import GudangBerkas
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// The audit trail: every change from every door in `FILE.jurnal`, with who, where from,
/// when, old and new; `history` prints it, `check` compares it with the file.
@Suite(.serialized) struct JurnalTests {
    let folder: URL
    let data: String

    init() throws { (folder, data) = try Proses.salinSampel("kinerja-jurnal") }

    func set(_ args: [String], oleh: String? = nil) throws -> Proses {
        var env = ["LANG": "C"]
        if let oleh { env["KINERJA_PENGGUNA"] = oleh }
        return try Proses.perintah(["set", data] + args, env: env)
    }

    @Test func historyShowsWhoChangedTheShelterRealisationFromWhatToWhatAndWhen() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try set(["1.06.06.2.01.03", "--tw", "4", "--realisasi", "1"], oleh: "Ani").keluar == 0)
        #expect(try set(["1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"], oleh: "Budi").keluar == 0)
        #expect(try set(["2.1.4", "--target", "80"]).keluar == 0)
        let r = try Proses.perintah(["history", data, "1.06.06.2.01.03"])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d  Ani \([^@]+@[^)]+\)  \[set\]  1\.06\.06\.2\.01\.03 indikator 1 realisasi TW IV: - -> 1/) != nil, "\(lines[0])")
        #expect(lines[1].hasSuffix("[set]  1.06.06.2.01.03 indikator 1 realisasi TW IV: 1 -> 2"))
        #expect(lines[1].contains("  Budi ("))
        let json = try JSONDecoder().decode([EntriJurnal].self, from: Data(try Proses.perintah(["history", data, "--format", "json"]).stdout.utf8))
        #expect(json.map(\.nama) == ["Ani", "Budi", nil])
        #expect(json[2].teks == "Renstra 2.1.4 target tahunan" && json[2].lama == "78" && json[2].baru == "80")
        #expect(try Proses.perintah(["history", data, "--since", "2999-01-01"]).stdout == "Belum ada perubahan tercatat\n")
        #expect(try Proses.perintah(["history", data, "1.06.06"]).stdout.split(separator: "\n").count == 2, "a code takes what is below it")
    }

    @Test func everyDoorWritesTheJournalAndCheckSeesAChangeMadeOutside() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Proses.perintah(["add", data, "1.06.06.2.01.06", "--nama", "Tenda"]).keluar == 0)
        let sheet = folder.appendingPathComponent("dpa.csv").path
        try "Kode;Nama;Pagu\n1.06.06.2.01.06;Tenda;5.000.000\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        #expect(try Proses.perintah(["import", data, sheet, "--apply"]).keluar == 0)
        let entries = Jurnal.baca(data)
        #expect(entries.map(\.sumber) == ["struktur", "import"])
        #expect(entries[0].teks == "tambah 1.06.06.2.01.06 Tenda")
        #expect(entries[1].alamat == .anggaran(simpul: "1.06.06.2.01.06", .paguMurni) && entries[1].baru == "5000000")
        #expect(try Proses.perintah(["check", data]).stdout.contains("jurnal mencatat") == false)
        // A text editor's change shows in check.
        let text = try String(contentsOfFile: data, encoding: .utf8).replacingOccurrences(of: "\"paguMurni\": 5000000", with: "\"paguMurni\": 6000000")
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        let check = try Proses.perintah(["check", data])
        #expect(check.stdout.contains("peringatan: 1.06.06.2.01.06 pagu murni: jurnal mencatat 5000000 ("))
        #expect(check.stdout.contains("tetapi berkas berisi 6000000; diubah di luar kinerja?"))
    }

    /// The journal goes to disk before the data file is replaced; a write refused leaves no line.
    @Test func aRefusedWriteLeavesNoLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (d, sidik) = try Penyimpan.muatDenganSidik(data)
        #expect(try set(["2.1.4", "--target", "80"]).keluar == 0)
        let line = Jurnal.entri(Jejak(lain: ["x"]), sumber: "uji", oleh: Identitas(pengguna: "u", host: "h"), pada: Date())
        #expect(throws: GalatBerkas.self) { try Penyimpan.simpan(d, ke: data, dasar: sidik, jurnal: line) }
        #expect(Jurnal.baca(data).map(\.sumber) == ["set"])
        try Penyimpan.simpan(d, ke: data, dasar: nil, jurnal: line)
        #expect(Jurnal.baca(data).map(\.sumber) == ["set", "uji"])
    }

    /// The interface journals its own changes by where they came from; H shows a value's history.
    @Test func theInterfaceJournalsItsChangesAndShowsAValuesHistory() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try set(["1.06.06.2.01.03", "--tw", "4", "--realisasi", "2"], oleh: "Ani").keluar == 0)
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id), terminal: TerminalUji(),
                           sesi: "99999994-1", folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
        app.identitas = Identitas(pengguna: "budi", nama: "Budi", host: "pc-12")
        app.putar("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1<Enter><C-s>H")
        let last = try #require(Jurnal.baca(data).last)
        #expect(last.sumber == "antarmuka" && last.nama == "Budi" && last.pengguna == "budi" && last.host == "pc-12")
        #expect(last.lama == "2" && last.baru == "1")
        guard case .riwayat(let list) = app.keadaan.mode else { Issue.record("H shows the history"); return }
        #expect(list.judul == "Riwayat 1.06.06.2.01.03 indikator 1 realisasi TW IV (2)")
        #expect(list.baris.count == 2)
        #expect(list.baris[0].hasSuffix(" Budi [antarmuka] 2 → 1"), "newest first")
        #expect(list.baris[1].hasSuffix(" Ani [set] - → 2"))
    }

    /// Two `set` loops (two users) and an interface session saving every half second, at once:
    /// nothing lost, and the journal holds every change with its user.
    @Test(.tags(.lambat), .lajur(.lambat)) func concurrentSetsAndAnInterfaceSessionLoseNothingAndAreAllJournalled() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let n = ProcessInfo.processInfo.environment["KINERJA_UJI_PANJANG"] == nil ? 60 : 300
        let d = try Penyimpan.muat(data)
        let sets = try SetBersamaan(data, n: n)
        #expect(sets.cukup)
        try sets.tulisSkrip(data, ke: folder)
        let loops = Process()
        loops.executableURL = URL(fileURLWithPath: "/bin/sh")
        loops.arguments = ["-c", "KINERJA_PENGGUNA=ani sh a.sh > a.out 2>&1 & KINERJA_PENGGUNA=budi sh b.sh > b.out 2>&1; wait"]
        loops.currentDirectoryURL = folder
        loops.environment = ["LANG": "C", "K": Proses.biner.path, "PATH": "/usr/bin:/bin"]
        try loops.run()

        // The interface writes the quarter's notes of one node after another, saving each time.
        let app = Aplikasi(keadaan: Keadaan(dokumen: try Penyimpan.muat(data), path: data, bahasa: .id), terminal: TerminalUji(),
                           sesi: "99999995-1", folderCadangan: folder.appendingPathComponent("keadaan").path, folderAwal: folder.appendingPathComponent("keadaan").path)
        app.identitas = Identitas(pengguna: "citra", host: "pc-3")
        let nodes = d.simpul.dropFirst().map(\.kode)
        var written: [String] = []
        while loops.isRunning || written.isEmpty {
            let kode = nodes[written.count % nodes.count]
            app.putar("g\(kode)<Enter>c<C-u>")
            app.putar("catatan \(written.count)<C-s><C-s>")
            if case .pilihKonflik = app.keadaan.mode { Issue.record("no value is shared, so no conflict") }
            written.append(kode)
            Thread.sleep(forTimeInterval: 0.5)
        }
        loops.waitUntilExit()
        #expect(!app.keadaan.belumDisimpan)
        #expect(try String(contentsOfFile: folder.path + "/a.out", encoding: .utf8).contains("GAGAL") == false)
        #expect(try String(contentsOfFile: folder.path + "/b.out", encoding: .utf8).contains("GAGAL") == false)

        let after = try Penyimpan.muat(data)
        let lost = sets.hilang(after)
        var notes = 0
        for (i, kode) in written.enumerated() where after.simpul[after.indeks(kode: kode)!].catatan[3].pendorong == "catatan \(i)" { notes += 1 }
        #expect(lost == 0, "\(lost) of \(2 * n) set edits lost")
        #expect(notes == written.count, "\(written.count - notes) of \(written.count) interface notes lost")

        let journal = Jurnal.baca(data)
        #expect(journal.filter { $0.sumber == "set" && $0.nama == "ani" }.count == n)
        #expect(journal.filter { $0.sumber == "set" && $0.nama == "budi" }.count == n)
        #expect(journal.filter { $0.sumber == "antarmuka" && $0.pengguna == "citra" }.count == written.count)
        #expect(Jurnal.selisih(after, journal).isEmpty, "the file holds every journalled value")
    }
}

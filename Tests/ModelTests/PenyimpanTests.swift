import Foundation
import Model
import GudangBerkas
import Testing

@Suite struct PenyimpanTests {
    /// Writes `text` to a temp file, loads it, and returns the error text; the file must be unchanged.
    func galat(_ text: String, name: String = "data.json") throws -> String {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var message = ""
        do {
            _ = try Penyimpan.muat(path)
            Issue.record("loading should fail")
        } catch {
            message = error.teks(.id)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8))
        #expect(message.hasPrefix(path))
        return message
    }

    func sampleText() throws -> String { try String(contentsOfFile: Sampel.path, encoding: .utf8) }

    @Test func malformedJSONGivesLineAndColumn() throws {
        let message = try galat("{\n  \"schemaVersion\": 1,\n  \"tahun\": ,\n}")
        #expect(message.contains("baris 3, kolom"))
        #expect(message.contains("JSON tidak sah"))
    }

    @Test func emptyAndTruncatedFiles() throws {
        #expect(try galat("").contains("berkas kosong"))
        let sample = try sampleText()
        let truncated = String(sample.prefix(sample.count / 2))
        #expect(try galat(truncated).contains("JSON tidak sah"))
    }

    @Test func unknownSchemaVersion() throws {
        let text = try sampleText().replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        #expect(try galat(text).contains("versi skema 7 tidak dikenal"))
        #expect(try galat("{\"tahun\": 2023}").contains("tidak ada schemaVersion"))
    }

    @Test func duplicateCode() throws {
        let text = try sampleText().replacingOccurrences(of: "\"kode\": \"1.06.06.2.01.02\"", with: "\"kode\": \"1.06.06.2.01.01\"")
        let message = try galat(text)
        #expect(message.contains("kode 1.06.06.2.01.01 ganda"))
        #expect(message.contains("program[5].kegiatan[0].subKegiatan[1].kode"))
    }

    @Test func wrongTypeAndMissingFieldNameTheJSONPath() throws {
        let wrong = try sampleText().replacingOccurrences(of: "\"paguMurni\": 41970000", with: "\"paguMurni\": \"banyak\"")
        let message = try galat(wrong)
        #expect(message.contains("program[5].kegiatan[0].subKegiatan[2].anggaran.paguMurni"))
        #expect(message.contains("seharusnya angka"))
        let missing = try sampleText().replacingOccurrences(of: "],\n              \"nama\": \"Penyediaan Tempat Penampungan Pengungsi\"", with: "]")
        let text = try galat(missing)
        #expect(text.contains("program[5].kegiatan[0].subKegiatan[2].nama"))
        #expect(text.contains("wajib ada"))
    }

    @Test func negativeAndTooLargeNumbers() throws {
        let negative = try sampleText().replacingOccurrences(of: "\"paguMurni\": 41970000", with: "\"paguMurni\": -5")
        #expect(try galat(negative).contains("negatif"))
        let large = try sampleText().replacingOccurrences(of: "\"paguMurni\": 41970000", with: "\"paguMurni\": 1e30")
        #expect(try galat(large).contains("anggaran.paguMurni"))
        let nan = try sampleText().replacingOccurrences(of: "\"paguMurni\": 41970000", with: "\"paguMurni\": NaN")
        #expect(try galat(nan).contains("JSON tidak sah"))
    }

    @Test func missingFileAndDirectory() throws {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GalatBerkas.self) { try Penyimpan.muat(folder.path) }
        do { _ = try Penyimpan.muat(folder.path) } catch { #expect(error.teks(.id).contains("folder")) }
        do { _ = try Penyimpan.muat(folder.path + "/tidak-ada.json") } catch { #expect(error.teks(.en).contains("file not found")) }
    }

    @Test func saveIsAtomicKeepsABackupAndPermissions() throws {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.json").path
        try FileManager.default.copyItem(atPath: Sampel.path, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let d = try Penyimpan.muat(path)
        let node = d.indeks(kode: "1.06.06.2.01.03")!
        d.ubah(.simpul(node, 0), .realisasi(tw: 4), 1)
        try Penyimpan.simpan(d, ke: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == original)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let again = try Penyimpan.muat(path)
        #expect(again.simpul[node].indikator[0].capaian(sd: 4).teks == "60,00")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// Runs a system tool (chattr, mount) and tells whether it succeeded.
    @discardableResult
    static func jalankan(_ tool: String, _ args: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// A folder that cannot be written: the immutable flag, which root cannot bypass either.
    @Test func failedSaveLeavesTheOriginal() throws {
        let folder = try Sampel.folder()
        let path = folder.appendingPathComponent("d.json").path
        try FileManager.default.copyItem(atPath: Sampel.path, toPath: path)
        let d = try Penyimpan.muat(path)
        #expect(PenyimpanTests.jalankan("/usr/bin/chattr", ["+i", folder.path]))
        defer {
            PenyimpanTests.jalankan("/usr/bin/chattr", ["-i", folder.path])
            try? FileManager.default.removeItem(at: folder)
        }
        do {
            try Penyimpan.simpan(d, ke: path)
            Issue.record("save should fail")
        } catch {
            #expect(error.teks(.id).contains("gagal menyimpan: folder tidak dapat ditulisi"))
            #expect(error.teks(.id).contains("berkas asli tidak berubah"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try Data(contentsOf: URL(fileURLWithPath: Sampel.path))))
    }

    /// A full disk: a small tmpfs (mounting needs root, as CI runs).
    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
    func aFullDiskLeavesTheOriginalAndSaysSo() throws {
        let folder = try Sampel.folder()
        #expect(PenyimpanTests.jalankan("/bin/mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", folder.path]))
        defer {
            PenyimpanTests.jalankan("/bin/umount", [folder.path])
            try? FileManager.default.removeItem(at: folder)
        }
        let path = folder.appendingPathComponent("d.json").path
        try FileManager.default.copyItem(atPath: Sampel.path, toPath: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let d = try Penyimpan.muat(path)
        d.ubah(.simpul(d.indeks(kode: "1.06.06.2.01.03")!, 0), .realisasi(tw: 4), 1)
        do {
            try Penyimpan.simpan(d, ke: path)
            Issue.record("save should fail")
        } catch {
            #expect(error.teks(.id).contains("gagal menyimpan: disk penuh: kosongkan ruang lalu simpan lagi; berkas asli tidak berubah"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["d.json"], "no temp file left")
    }

    @Test func saveToAMissingFolderSaysWhy() throws {
        let d = try Sampel.muat()
        do {
            try Penyimpan.simpan(d, ke: "/tidak-ada-folder-\(UUID().uuidString)/d.json")
            Issue.record("save should fail")
        } catch {
            #expect(error.teks(.id).contains("gagal menyimpan"))
            #expect(error.teks(.id).contains("berkas asli tidak berubah"))
        }
    }

    @Test func roundTripKeepsEveryValue() throws {
        let d = try Sampel.muat()
        let data = BerkasJSON.json(d.berkas())
        #expect(data == (try Data(contentsOf: URL(fileURLWithPath: Sampel.path))))
        let again = try BerkasJSON.urai(data, path: "x")
        #expect(again == d.berkas())
    }
}

@Suite struct HitungUlangTests {
    @Test func anEditUpdatesAncestorsAndMeansLikeAFreshLoad() throws {
        let d = try Sampel.muat()
        for i in d.simpul.indices { _ = d.anggaran(i); for q in 1...4 { _ = d.ringkasCapaian(i, sd: q) } }
        let node = d.indeks(kode: "1.06.06.2.01.03")!
        #expect(d.simpul[node].indikator[0].capaian(sd: 4).teks == "40,00")
        d.ubah(.simpul(node, 0), .realisasi(tw: 4), 1)
        d.ubah(anggaran: node, .realisasi(tw: 4), 1_000_000)
        let program = d.indeks(kode: "1.06.06")!
        #expect(d.skala.kategori(d.simpul[node].indikator[0].capaian(sd: 4))?.nama == "Cukup")
        let fresh = try Dokumen(berkas: d.berkas())
        for i in [node] + d.leluhur(node) {
            #expect(d.anggaran(i) == fresh.anggaran(i))
            for level in [Tingkat.program, .kegiatan, .subKegiatan] {
                let a = d.ringkasCapaian(i, sd: 4)[level], b = fresh.ringkasCapaian(i, sd: 4)[level]
                #expect(a.nilai?.rounded(scale: 20) == b.nilai?.rounded(scale: 20))
                #expect(a.terhitung == b.terhitung && a.tanpaCapaian == b.tanpaCapaian)
            }
        }
        #expect(d.anggaran(program).realisasiSd(4) == 986_748_405 - 14_299_733 + 1_000_000)
        #expect(d.ringkasCapaian(program, sd: 4).subKegiatan.nilai != fresh.ringkasCapaian(program, sd: 3).subKegiatan.nilai)
    }

    @Test func renstraEditsMoveTheSasaranMean() throws {
        let d = try Sampel.muat()
        let p = d.posisi(nomor: "2.1.4")!
        d.ubah(.renstra(p), .realisasi(tw: 4), 78)
        #expect(d.capaianSasaran(tujuan: 1, sasaran: 0, sd: 4).nilai.map(Format.persen) == "107,96")
        d.ubah(.renstra(p), .realisasi(tw: 4), nil)
        #expect(d.indikator(.renstra(p)).realisasiSd(4) == 97)
    }

    @Test func checkWarnsAboutTheSeedsSlips() throws {
        let warnings = Pemeriksa.periksa(try Sampel.muat())
        #expect(warnings.contains { $0.tempat == "1.06.06" && $0.pesan.id.contains("1.031.868.086") && $0.pesan.id.contains("1.031.686.086") })
        #expect(warnings.contains { $0.tempat == "2.1.5 (2021)" && $0.pesan.id.contains("1.040,15") })
        #expect(warnings.count == 2)
    }

    @Test func checkFindsGapsOverspendingAndBadCodes() throws {
        let d = try Sampel.muat()
        let node = d.indeks(kode: "1.06.06.2.01.01")!
        d.ubah(.simpul(node, 0), .realisasi(tw: 2), nil)
        d.ubah(anggaran: node, .realisasi(tw: 4), 900_000_000)
        var file = d.berkas()
        file.program[0].kegiatan![0].subKegiatan![0].kode = "1.06.09.2.01.1"
        let warnings = Pemeriksa.periksa(try Dokumen(berkas: file))
        #expect(warnings.contains { $0.tempat == "1.06.06.2.01.01 indikator 1" && $0.pesan.id.contains("TW II kosong") })
        #expect(warnings.contains { $0.tempat == "1.06.06.2.01.01" && $0.pesan.id.contains("melebihi pagu") })
        #expect(warnings.contains { $0.tempat == "1.06.09.2.01.1" && $0.pesan.id.contains("nomenklatur") })
        #expect(warnings.contains { $0.tempat == "1.06.09.2.01.1" && $0.pesan.id.contains("kode induknya") })
    }

    @Test func generatorIsDeterministic() throws {
        let a = BerkasJSON.json(Generator.buat(subKegiatan: 300, seed: 7))
        let b = BerkasJSON.json(Generator.buat(subKegiatan: 300, seed: 7))
        #expect(a == b)
        let d = try Dokumen(berkas: Generator.buat(subKegiatan: 300, seed: 7))
        #expect(d.indeksSubKegiatan.count == 300)
        let polarities = Set(d.simpul.flatMap { $0.indikator.map(\.polaritas) })
        let rules = Set(d.simpul.flatMap { $0.indikator.map(\.agregasi) })
        #expect(polarities.count == 2)
        #expect(rules.count == 3)
    }
}

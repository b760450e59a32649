import Foundation
@testable import Model
import Testing
import GudangBerkas

/// The one-pass reader and writer against the exact (Codable) route: the same
/// document read, the same bytes written, the same refusals.
@Suite struct BacaTulisCepatTests {
    /// A file with every optional part filled: notes with escapes and non-Latin text,
    /// Renstra years, stated totals, closed quarters, decimals of every shape.
    static func lengkap() -> Berkas {
        var f = Generator.buat(subKegiatan: 40, seed: 7)
        var note = Catatan(pendorong: "Kutip \"ganda\", garis\\miring / slash\nbaris\tkedua \u{1} é ² – 中文 😀",
                           penghambat: "", tindakLanjut: nil)
        note.verifikasi = "Periksa lagi"
        note.verifikasiOleh = "bappeda"
        note.verifikasiWaktu = "2024-01-05T10:00:00Z"
        note.tanggapan = "Sudah"
        f.opd.catatan = [note, Catatan(), Catatan(), Catatan()]
        f.kunci = [KunciTriwulan(tw: 1, oleh: "ani", waktu: "2024-04-10T08:00:00Z")]
        f.program[0].tertulis = AnggaranTertulis(pagu: 1_000_000, realisasi: 0)
        f.program[0].tertulis?.usang = true
        var ind = f.renstra.tujuan[0].sasaran[0].indikator[0]
        ind.kondisiAwal = Decimal(string: "-12.5")
        ind.tahunan = ["2021": NilaiTahun(target: Decimal(string: "0.0015"), realisasi: 0, satuan: "unit"),
                       "2024": NilaiTahun(target: Decimal(string: "999999999999999.99"))]
        ind.triwulan[2].catatan = Catatan(pendorong: "x")
        f.renstra.tujuan[0].sasaran[0].indikator[0] = ind
        f.program[0].kegiatan![0].subKegiatan![0].anggaran?.paguSementara = false
        f.program[0].kegiatan![0].subKegiatan![0].anggaran?.realisasi = [nil, 0, 1_000_000_000_000, nil]
        return f
    }

    @Test func theWriterGivesTheCodableBytes() throws {
        let sample = try Data(contentsOf: URL(fileURLWithPath: Sampel.path))
        let parsed = try #require(PembacaJSON.berkas(sample))
        #expect(PenulisJSON.data(parsed) == sample)
        for f in [Self.lengkap(), Generator.buat(subKegiatan: 500, seed: 3), Generator.buat(subKegiatan: 1, seed: 9)] {
            let fast = PenulisJSON.data(f)
            #expect(fast == BerkasJSON.jsonCodable(f))
        }
    }

    @Test func theReaderGivesTheCodableDocument() throws {
        for f in [Self.lengkap(), Generator.buat(subKegiatan: 500, seed: 3)] {
            let data = BerkasJSON.jsonCodable(f)
            let fast = try #require(PembacaJSON.berkas(data))
            #expect(fast == (try BerkasJSON.uraiTepat(data, path: "x.json")))
            #expect(fast == f)
            // Read back and written again: the same bytes, decimals in the same shape.
            #expect(PenulisJSON.data(fast) == data)
        }
    }

    /// Forms outside the plain ones go the exact way: accepted as it accepts them
    /// (exponents, integral decimals for years, escapes it leaves alone), refused
    /// with its message (a repeated or unknown key, a bad type).
    @Test(arguments: [
        ("\"tahun\": 2023", "\"tahun\": 2.023e3", true),
        ("\"tahun\": 2023", "\"tahun\": 2023.0", true),
        ("\"paguMurni\": 487800", "\"paguMurni\": 4.878e5", true),
        ("\"paguMurni\": 487800", "\"paguMurni\": 487800.0", true),
        ("\"target\": 100", "\"target\": 1E2", true),
        ("\"target\": 100", "\"target\": 1000000000000000", true),
        ("\"nama\": \"Dinas Sosial Kota Semarang\"", "\"nama\": \"Dinas \\u0053osial \\ud83d\\ude00\"", true),
        ("\"tahun\": 2023", "\"tahun\": 2023, \"tahun\": 2024", false),
        ("\"tahun\": 2023", "\"tahun\": 2023, \"tahunn\": 1", false),
        ("\"tahun\": 2023", "\"tahun\": \"2023\"", false),
        ("\"paguMurni\": 487800", "\"paguMurni\": -1", false),
        ("\"paguMurni\": 487800", "\"paguMurni\": 487800.5", false),
        ("\"target\": 100", "\"target\": 1000000000000000.01", false),
        ("\"nama\": \"Dinas Sosial Kota Semarang\"", "\"nama\": null", false),
        ("\"realisasi\": [\n                  72300,", "\"realisasi\": [\n                  72300, 1,", false),
    ])
    func unusualFormsFollowTheExactPath(from: String, to: String, accepted: Bool) throws {
        let sample = try String(contentsOfFile: Sampel.path, encoding: .utf8)
        let range = try #require(sample.range(of: from))
        let data = Data(sample.replacingCharacters(in: range, with: to).utf8)
        let exact = Result { () throws(GalatBerkas) in try BerkasJSON.uraiTepat(data, path: "x.json") }
        let used = Result { () throws(GalatBerkas) in try BerkasJSON.urai(data, path: "x.json") }
        switch (exact, used) {
        case (.success(let a), .success(let b)):
            #expect(accepted)
            #expect(a == b)
            #expect(PenulisJSON.data(b) == BerkasJSON.jsonCodable(a))
        case (.failure(let a), .failure(let b)):
            #expect(!accepted)
            #expect(a.teks(.id) == b.teks(.id))
        default:
            Issue.record("the two routes disagree on \(to)")
        }
        if let fast = PembacaJSON.berkas(data) { #expect(fast == (try? exact.get())) }
    }
}

extension BacaTulisCepatTests {
    /// The decimals are written from their digits on this platform, not through `description`.
    @Test func decimalsAreWrittenFromTheirDigits() {
        #expect(Decimal.tataDikenal)
    }
}

extension BacaTulisCepatTests {
    /// A save streams the file out in pieces: the bytes on disk are the Codable route's,
    /// and the fingerprint it returns hashes exactly them.
    @Test func aStreamedSaveWritesTheSameBytesAndFingerprint() throws {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("besar.json").path
        let shape = Generator.buat(subKegiatan: 3_000, seed: 5)
        let sidik = try #require(try Penyimpan.simpan(try Dokumen(berkas: shape), ke: path, dasar: nil))
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 3 << 20)
        #expect(written == BerkasJSON.jsonCodable(shape))
        #expect(sidik.isi == Sidik.hash(written))
        #expect(sidik.masihSama(path))
    }
}

extension BacaTulisCepatTests {
    /// A file of several pieces (hashed and let go as the reader passes them) loads as the
    /// exact route reads it, with the fingerprint of its bytes.
    @Test func aLargeFileLoadsInPiecesWithItsFingerprint() throws {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("besar.json").path
        let shape = Generator.buat(subKegiatan: 7_000, seed: 11)
        try BerkasJSON.jsonCodable(shape).write(to: URL(fileURLWithPath: path))
        var steps: [Double] = []
        let (dokumen, sidik) = try Penyimpan.muatDenganSidik(path) { steps.append($0) }
        let (bytes, exact) = try Penyimpan.bacaDenganSidik(path)
        #expect(bytes.count > 9 << 20)
        #expect(steps.count >= 1 && steps == steps.sorted() && steps.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(sidik == exact)
        #expect(dokumen.berkas() == (try BerkasJSON.uraiTepat(bytes, path: path)))
    }
}

extension BacaTulisCepatTests {
    /// A recovery copy is one line of facts and then the dataset as the data file holds it
    /// (streamed, never encoded whole); it reads back, and so do copies of the earlier format.
    @Test func recoveryCopiesStreamTheDatasetAndOldOnesStillRead() throws {
        let folder = try Sampel.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.json").path
        let shape = Self.lengkap()
        let change = Perubahan(alamat: .anggaran(simpul: shape.program[0].kegiatan![0].subKegiatan![0].kode, .realisasi(tw: 1)), lama: nil, baru: "5")
        let copy = SalinanPulih(berkas: path, dasar: nil, waktu: Date(timeIntervalSince1970: 0), perubahan: [change], data: shape)
        let written = try Pulih.tulis(copy, untuk: path, sesi: "1-1", cadangan: folder.path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: written))
        let newline = try #require(bytes.firstIndex(of: 0x0A))
        #expect(Data(bytes[(newline + 1)...]) == BerkasJSON.jsonCodable(shape))
        let back = try Pulih.baca(written)
        #expect(back.data == shape && back.perubahan == [change] && back.waktu == copy.waktu)

        var old = copy
        old.kinerjaPulih = 1
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(old).write(to: URL(fileURLWithPath: written))
        let earlier = try Pulih.baca(written)
        #expect(earlier.data == shape && earlier.perubahan == [change])
    }
}

import Foundation
import Model
import GudangBerkas
import Testing

/// Every input the fuzzers were seeded with or found a crash on goes through the
/// loader and the number parser here: an answer (a dataset or a clear error), never a trap.
@Suite struct FuzzRegresiTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func berkas(_ folder: String) -> [String] {
        let dir = root.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { dir + "/" + $0 }
    }

    @Test(arguments: berkas("tools/fuzz/korpus/muat") + berkas("tools/fuzz/crashes"))
    func theLoaderAnswers(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let d = try BerkasJSON.dokumen(data, path: path)
            _ = Pemeriksa.periksa(d)
            #expect(try BerkasJSON.dokumen(BerkasJSON.json(d.berkas()), path: path).berkas() == d.berkas())
        } catch {
            #expect(error.teks(.id).hasPrefix(path + ": "))
        }
    }

    @Test(arguments: berkas("tools/fuzz/korpus/bilangan"))
    func theNumberParserAnswers(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        switch Bilangan.parse(text) {
        case .success(let value): #expect(value.magnitude <= Batas.nilaiMaksimum)
        case .failure(let why): #expect(!why.pesan.id.isEmpty)
        }
    }

    @Test func theSeedCorpusHasTheBadFiles() {
        #expect(FuzzRegresiTests.berkas("tools/fuzz/korpus/muat").count >= 9)
    }
}

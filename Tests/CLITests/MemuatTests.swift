import Foundation
import Model
import Testing
@testable import TUI

/// Opening a file draws at once: a loading screen while the file is read on another
/// thread; keys typed meanwhile are kept for after, Esc cancels.
@Suite struct MemuatTests {
    /// A terminal double that answers with the keys given, then none.
    final class TerminalSkrip: Terminal {
        var ukuran: (lebar: Int, tinggi: Int) = (80, 24)
        var digambar: [Kanvas] = []
        var tombol: [Tombol]
        init(_ keys: [Tombol]) { tombol = keys }
        func gambar(_ kanvas: Kanvas) { digambar.append(kanvas) }
        func baca(milidetik: Int) -> Tombol? { tombol.isEmpty ? nil : tombol.removeFirst() }
        func tutup() {}
    }

    @Test func theScreenComesFirstAndKeysTypedMeanwhileAreKept() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let terminal = TerminalSkrip([.huruf("j"), .huruf("j")])
        let (outcome, keys) = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: terminal))
        #expect(terminal.digambar.first?.baris[0].hasPrefix(" kinerja │ dinsos.json │ memuat…") == true)
        #expect(terminal.digambar.first?.baris.contains { $0.hasPrefix("  Memuat dinsos.json… ") } == true)
        #expect(keys == [.huruf("j"), .huruf("j")])
        let (dokumen, sidik) = try outcome.get()
        #expect(dokumen.isi.anggaran(0).paguAda == 35_272_253_286)
        #expect(sidik.masihSama(s.path))
    }

    @Test func escCancelsAndAFileThatCannotBeReadSaysWhy() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        #expect(Memuat.tunggu(s.path, bahasa: .id, terminal: TerminalSkrip([.esc])) == nil)
        try Data("{\"schemaVersion\": 1,".utf8).write(to: URL(fileURLWithPath: s.path))
        let (outcome, _) = try #require(Memuat.tunggu(s.path, bahasa: .id, terminal: TerminalSkrip([])))
        guard case .failure(let error) = outcome else { Issue.record("a cut-off file must not load"); return }
        #expect(error.teks(.id).hasPrefix(s.path))
    }
}

import Foundation
import Model
@testable import Layar
import Testing
import UjiBersama
@testable import Antarmuka
@testable import Perintah

/// Terminals as they are in the field: a C locale, a charset other than UTF-8, and the
/// F-key sequences of PuTTY and the Linux console.
@Suite(.serialized) struct TerminalLapanganTests {
    @Test("The locale decides UTF-8, C.UTF-8 or ASCII", arguments: [
        (["LANG": "id_ID.UTF-8"], "UTF-8", Lokal.utf8),
        (["LANG": "C"], "ANSI_X3.4-1968", .cUTF8),
        ([:], "ANSI_X3.4-1968", .cUTF8),
        (["LANG": "id_ID.UTF-8"], nil, .cUTF8),
        (["LC_ALL": "en_US.ISO-8859-1"], "ISO-8859-1", .ascii),
        (["LANG": "de_DE.ISO-8859-15@euro"], nil, .ascii),
    ] as [([String: String], String?, Lokal)])
    func theLocaleDecides(env: [String: String], codeset: String?, expected: Lokal) {
        #expect(Lokal.putuskan(env, codeset: codeset) == expected)
    }

    @Test func asciiKeepsTheShapes() {
        #expect(["▾", "▸", "│", "█", "…", "→", "é", "Ü", "·", "x"].map(Lokal.ascii) == ["v", ">", "|", "#", "~", ">", "e", "U", "-", "x"])
    }
}

@Suite(.serialized, .enabled(if: Tmux.ada, "tmux is installed by .ci/run"), .tags(.tmux), .lajur(.tmux)) struct TmuxTerminalTests {
    func mulai(_ t: Tmux, env: String, _ path: String) throws {
        try t.tmux(["new-session", "-d", "-s", "uji", "-x", "80", "-y", "24", "env \(env) TERM=xterm XDG_CACHE_HOME=\(t.cache) \(Proses.biner.path) \(path); sleep 30"])
    }

    @Test func withLangCTheMarkersStayAndNoJunkAppears() throws {
        let (folder, path) = try Proses.salinSampel("kinerja-langc")
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try mulai(t, env: "LANG=C LC_ALL=C", path)
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        let screen = try t.layar()
        #expect(screen.contains("▾ OPD"))
        #expect(screen.contains(" │ "))
        #expect(!screen.contains("~V") && !screen.contains("M-b"))
    }

    @Test func aTerminalSetForAnotherCharsetGetsASCII() throws {
        let (folder, path) = try Proses.salinSampel("kinerja-ascii")
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try mulai(t, env: "LC_ALL=en_US.ISO-8859-1", path)
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        let screen = try t.layar()
        #expect(screen.contains("v OPD"))
        #expect(screen.contains(" Q4 | saved"), "an English locale: English, in ASCII")
    }

    @Test(arguments: ["\u{1B}[11~", "\u{1B}[[A", "\u{1B}OP"])
    func fOneOpensTheHelpUnderPuTTYTheLinuxConsoleAndXterm(sequence: String) throws {
        let (folder, path) = try Proses.salinSampel("kinerja-fkey")
        let t = Tmux()
        defer { t.hentikan(); try? FileManager.default.removeItem(at: folder) }
        try mulai(t, env: "LANG=C.UTF-8", path)
        #expect(try t.tunggu("Dinas Sosial Kota Semarang 2023"))
        try t.ketik(sequence)
        #expect(try t.tunggu("Bantuan: tombol"), "F1 is help, not TW I")
        #expect(!(try t.layar().contains("Triwulan aktif: TW I")))
    }
}

import CNcurses
import Foundation

/// The only file that speaks ncurses: copies a canvas to the terminal (only
/// the cells that changed) and decodes keys into `Tombol`.
final class LayarNcurses: Terminal {
    private var sebelumnya: Kanvas?
    private let warna: Bool
    private var terbuka = true

    init() {
        setlocale(LC_ALL, "")
        initscr()
        raw()
        noecho()
        nonl()
        keypad(kj_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        warna = has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        if warna {
            start_color()
            use_default_colors()
            let pairs: [(Int16, Int16, Int16)] = [
                (1, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),    // title bars
                (2, Int16(COLOR_BLACK), Int16(COLOR_GREEN)),   // best band
                (3, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
                (4, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
                (5, Int16(COLOR_WHITE), Int16(COLOR_MAGENTA)),
                (6, Int16(COLOR_WHITE), Int16(COLOR_RED)),     // worst band
                (7, Int16(COLOR_RED), -1),                     // errors
                (8, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),    // F-key labels
            ]
            for (n, fg, bg) in pairs { init_pair(n, fg, bg) }
        }
    }

    var ukuran: (lebar: Int, tinggi: Int) { (Int(kj_cols()), Int(kj_lines())) }

    private func atribut(_ g: Gaya) -> Int32 {
        var a: Int32 = 0
        if g.tebal { a |= kj_attr_bold() }
        if g.balik { a |= kj_attr_reverse() }
        if g.garisBawah { a |= kj_attr_underline() }
        if g.peran == .redup { a |= kj_attr_dim() }
        guard warna else { return a }
        let pair: Int32? = switch g.peran {
        case .judul: 1
        case .pita0: 2
        case .pita1: 3
        case .pita2: 4
        case .pita3: 5
        case .pita4: 6
        case .galat: 7
        case .batang: 8
        default: nil
        }
        if let pair {
            a |= kj_color_pair(pair)
            if g.peran == .judul || g.peran == .batang { a &= ~kj_attr_reverse() }
        }
        return a
    }

    func gambar(_ k: Kanvas) {
        let full = sebelumnya == nil || sebelumnya!.lebar != k.lebar || sebelumnya!.tinggi != k.tinggi
        if full { erase() }
        for y in 0..<k.tinggi {
            for x in 0..<k.lebar {
                let cell = k[x, y]
                if cell.lebar == 0 { continue }
                if !full, let old = sebelumnya, old[x, y] == cell { continue }
                attrset(atribut(cell.gaya))
                mvaddstr(Int32(y), Int32(x), cell.teks)
            }
        }
        attrset(0)
        refresh()
        sebelumnya = k
    }

    func baca(milidetik: Int) -> Tombol? {
        wtimeout(kj_stdscr(), Int32(milidetik))
        var ch: wint_t = 0
        let r = wget_wch(kj_stdscr(), &ch)
        if r == ERR {
            if terminalHilang() { sinyalDiterima = SIGHUP }
            return nil
        }
        let code = Int32(ch)
        if r == KEY_CODE_YES {
            switch code {
            case KEY_UP: return .atas
            case KEY_DOWN: return .bawah
            case KEY_LEFT: return .kiri
            case KEY_RIGHT: return .kanan
            case KEY_PPAGE: return .halamanAtas
            case KEY_NPAGE: return .halamanBawah
            case KEY_HOME: return .awal
            case KEY_END: return .akhir
            case KEY_DC: return .hapus
            case KEY_BACKSPACE: return .backspace
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backtab
            case KEY_RESIZE:
                sebelumnya = nil
                return .ubahUkuran
            default:
                for n in 1...12 where code == kj_key_f(Int32(n)) { return .f(n) }
                return nil
            }
        }
        switch code {
        case 10, 13: return .enter
        case 27: return .esc
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(UInt8(code + 96))))
        default:
            guard let scalar = UnicodeScalar(UInt32(code)) else { return nil }
            return .huruf(Character(scalar))
        }
    }

    /// A terminal that went away without a SIGHUP (its pty closed): reads fail at once.
    private func terminalHilang() -> Bool {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return false }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Gives the terminal back from any state, e.g. from a crash handler.
    static func pulihkanTerminal() {
        endwin()
    }

    func tutup() {
        guard terbuka else { return }
        terbuka = false
        endwin()
    }
}

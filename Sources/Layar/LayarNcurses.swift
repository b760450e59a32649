import CNcurses
import Foundation

/// The only file that speaks ncurses: copies a canvas to the terminal (only
/// the cells that changed) and decodes keys into `Tombol`.
public final class LayarNcurses: Terminal {
    private var sebelumnya: Kanvas?
    private let warna: Bool
    private var terbuka = true
    /// The terminal is not UTF-8: cells are drawn in ASCII.
    private var ascii = false

    public init() {
        // A locale that is not UTF-8 (LANG=C, one the server lacks) would turn every marker into `~V`.
        let set = setlocale(LC_ALL, "")
        let codeset = set == nil ? nil : String(cString: nl_langinfo(nl_item(CODESET)))
        switch Lokal.putuskan(ProcessInfo.processInfo.environment, codeset: codeset) {
        case .utf8: break
        case .cUTF8: if setlocale(LC_CTYPE, "C.UTF-8") == nil { ascii = true }
        case .ascii: ascii = true
        }
        initscr()
        raw()
        noecho()
        nonl()
        keypad(kj_stdscr(), true)
        LayarNcurses.kenalkanTombol()
        // Clicks select rows and cells, the wheel scrolls (Shift-drag still selects text in most terminals).
        mousemask(kj_mouse_mask(), nil)
        mouseinterval(0)
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

    public var ukuran: (lebar: Int, tinggi: Int) { (Int(kj_cols()), Int(kj_lines())) }

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

    public func gambar(_ k: Kanvas) {
        let full = sebelumnya == nil || sebelumnya!.lebar != k.lebar || sebelumnya!.tinggi != k.tinggi
        if full { erase() }
        for y in 0..<k.tinggi {
            for x in 0..<k.lebar {
                let cell = k[x, y]
                if cell.lebar == 0 { continue }
                if !full, let old = sebelumnya, old[x, y] == cell { continue }
                attrset(atribut(cell.gaya))
                mvaddstr(Int32(y), Int32(x), ascii ? Lokal.ascii(cell.teks) : cell.teks)
            }
        }
        attrset(0)
        refresh()
        sebelumnya = k
    }

    public func baca(milidetik: Int) -> Tombol? {
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
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                let x = Int(event.x), y = Int(event.y)
                if kj_mouse_up(event.bstate) != 0 { return .roda(-3, x: x, y: y) }
                if kj_mouse_down(event.bstate) != 0 { return .roda(3, x: x, y: y) }
                if kj_mouse_click(event.bstate) != 0 { return .klik(x: x, y: y) }
                return nil
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

    /// The F-keys and Home/End of the terminals offices use, whatever terminfo says:
    /// PuTTY and rxvt (ESC [11~ ..), the Linux console (ESC [[A ..), xterm and VT220
    /// (ESC OP ..), screen and tmux.
    public static func kenalkanTombol() {
        let f: [(String, Int32)] = [
            ("\u{1B}[11~", 1), ("\u{1B}[12~", 2), ("\u{1B}[13~", 3), ("\u{1B}[14~", 4),
            ("\u{1B}[[A", 1), ("\u{1B}[[B", 2), ("\u{1B}[[C", 3), ("\u{1B}[[D", 4), ("\u{1B}[[E", 5),
            ("\u{1B}OP", 1), ("\u{1B}OQ", 2), ("\u{1B}OR", 3), ("\u{1B}OS", 4),
            ("\u{1B}[15~", 5), ("\u{1B}[17~", 6), ("\u{1B}[18~", 7), ("\u{1B}[19~", 8), ("\u{1B}[20~", 9),
            ("\u{1B}[21~", 10), ("\u{1B}[23~", 11), ("\u{1B}[24~", 12),
        ]
        for (seq, n) in f { define_key(seq, kj_key_f(n)) }
        for seq in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH", "\u{1B}[H"] { define_key(seq, KEY_HOME) }
        for seq in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF", "\u{1B}[F"] { define_key(seq, KEY_END) }
    }

    /// A terminal that went away without a SIGHUP (its pty closed): reads fail at once.
    private func terminalHilang() -> Bool {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return false }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Gives the terminal back from any state, e.g. from a crash handler.
    public static func pulihkanTerminal() {
        endwin()
    }

    public func tutup() {
        guard terbuka else { return }
        terbuka = false
        endwin()
    }
}

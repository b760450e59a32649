import Foundation
import Model
import Layar

/// Editing one field of the notes editor: a cursor that moves by character, line, Home and
/// End; typing, Enter and Delete at the cursor; a pasted block of lines arrives as keys and
/// lands where the cursor is.
extension EditorCatatan {
    package var teks: [Character] { Array(isi[bidang]) }
    package var posisi: Int { min(kursor ?? teks.count, teks.count) }

    package mutating func ketik(_ key: Tombol) {
        var chars = teks
        var at = posisi
        /// Start and end of the logical line around `i`.
        func line(_ i: Int) -> (Int, Int) {
            var start = i, end = i
            while start > 0, chars[start - 1] != "\n" { start -= 1 }
            while end < chars.count, chars[end] != "\n" { end += 1 }
            return (start, end)
        }
        switch key {
        case .huruf(let c): chars.insert(c, at: at); at += 1
        case .enter: chars.insert("\n", at: at); at += 1
        case .backspace: if at > 0 { chars.remove(at: at - 1); at -= 1 }
        case .hapus: if at < chars.count { chars.remove(at: at) }
        case .kiri: at = max(0, at - 1)
        case .kanan: at = min(chars.count, at + 1)
        case .awal: at = line(at).0
        case .akhir: at = line(at).1
        case .atas:
            let (start, _) = line(at)
            guard start > 0 else { at = 0; break }
            let (prevStart, prevEnd) = line(start - 1)
            at = min(prevStart + (at - start), prevEnd)
        case .bawah:
            let (start, end) = line(at)
            guard end < chars.count else { at = chars.count; break }
            let (_, nextEnd) = line(end + 1)
            at = min(end + 1 + (at - start), nextEnd)
        case .ctrl("u"): chars = []; at = 0
        default: return
        }
        isi[bidang] = String(chars)
        kursor = at
    }

    /// The active field wrapped to `lebar` columns (at spaces where it can), with the cursor
    /// drawn as `▏`; the other fields as they are, wrapped too.
    package static func bungkus(_ text: String, lebar: Int, kursor: Int?) -> [String] {
        var chars = Array(text)
        if let kursor { chars.insert("▏", at: min(kursor, chars.count)) }
        return LebarTampilan.bungkus(String(chars), lebar)
    }
}

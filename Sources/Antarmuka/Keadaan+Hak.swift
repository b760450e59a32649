import Foundation
import Model
import GudangPostgres

/// Who may change what here. A file: everything, unless it is read-only. The shared store:
/// what the database lets this login write, known from the first screen, so that nothing
/// is typed that the database would refuse.
extension Keadaan {
    /// Figures, the office's notes and answers, the shape: refused (with the message) when
    /// this session may not write them.
    package mutating func tolakIsian() -> Bool {
        tolak(\.isian, pemeriksa: t("BAPPEDA memeriksa: angka, catatan dan struktur ditulis OPD itu sendiri; di sini catatan verifikasi (V) dan tutup triwulan (X)",
                                        "BAPPEDA reviews: the office writes its figures, notes and shape; here: reviewer's notes (V) and closing quarters (X)"))
    }

    /// Reviewer's notes and closing or reopening a quarter: BAPPEDA's on the shared store.
    package mutating func tolakPemeriksaan() -> Bool {
        tolak(\.pemeriksaan, opd: t("Catatan verifikasi dan penutupan triwulan ditulis BAPPEDA; OPD menanggapi catatan (V, baris Tanggapan)",
                                        "Reviewer's notes and closings are BAPPEDA's; the office answers a note (V, the Answer line)"))
    }

    /// Refused, said why, when the file is read-only or this login's right does not `boleh`.
    private mutating func tolak(_ boleh: KeyPath<HakPeran, Bool>, pemeriksa: String? = nil, opd: String? = nil) -> Bool {
        if hanyaBaca { beriPesan(pesanHanyaBaca, galat: true); return true }
        guard let hak = hakGudang, !hak[keyPath: boleh] else { return false }
        let why = hak == .bappeda ? pemeriksa : hak == .opd ? opd : nil
        beriPesan(why ?? t("Peran ini tidak berhak menulis OPD ini: hanya membaca", "This role may not write this agency: reading only"), galat: true)
        return true
    }

    /// The reviewer's form: the note is the reviewer's, the answer the office's.
    package mutating func tolakVerifikasi(simpul node: Int, tw q: Int, catatan: String?, tanggapan: String?) -> Bool {
        let before = dokumen.simpul[node].catatan[q - 1]
        if before.verifikasi != catatan, tolakPemeriksaan() { return true }
        if before.tanggapan != tanggapan, tolakIsian() { return true }
        return false
    }

    /// How the top line names a role that writes less than everything.
    package var tandaHak: String? {
        switch hakGudang {
        case .bappeda?: t("PEMERIKSA", "REVIEWER")
        case .tidak?: t("HANYA-BACA", "READ-ONLY")
        default: nil
        }
    }
}

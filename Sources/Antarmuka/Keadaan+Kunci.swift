import Foundation
import Model

/// Closing and reopening the active quarter (X).
extension Keadaan {
    package mutating func bukaFormKunci() {
        guard !tolakPemeriksaan() else { return }
        if let lock = dokumen.kunci[tw] {
            mode = .formulir(Formulir(judul: t("Buka lagi ", "Reopen ") + namaTW[tw - 1], aksi: .bukaTW(tw),
                                      bidang: [.init(label: t("Alasan", "Reason"), teks: "")],
                                      keterangan: [t("Ditutup oleh \(lock.oleh) pada \(lock.waktu).", "Closed by \(lock.oleh) at \(lock.waktu)."),
                                                   t("Alasannya disimpan di jurnal.", "The reason goes into the journal.")]))
        } else {
            mode = .formulir(Formulir(judul: t("Tutup ", "Close ") + namaTW[tw - 1], aksi: .tutupTW(tw), bidang: [],
                                      keterangan: [t("Nilai \(namaTW[tw - 1]) tidak dapat diubah lagi (di sini, lewat set atau import)",
                                                     "\(namaTW[tw - 1])'s values can no longer be changed (here, by set or import)"),
                                                   t("sampai dibuka lagi dengan alasan. Laporan menyebutnya final.", "until reopened with a reason. Reports call it final.")]))
        }
    }

    /// Why a value cannot be changed now (its quarter is closed), said in the message line; true when refused.
    package mutating func tolakBilaTerkunci(_ a: AlamatNilai) -> Bool {
        guard let why = Isian.periksaKunci(dokumen, a) else { return false }
        beriPesan(why.teks(bahasa), galat: true)
        return true
    }
}

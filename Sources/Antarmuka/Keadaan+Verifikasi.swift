import Foundation
import Model

/// A reviewer's note (catatan verifikasi) on the selected node's quarter, and the office's answer (V).
extension Keadaan {
    package mutating func bukaVerifikasi() {
        guard let node = simpulTerpilih else {
            beriPesan(t("Catatan verifikasi ditulis pada program, kegiatan atau sub kegiatan", "A reviewer's note belongs to a program, activity or sub-activity"))
            return
        }
        guard !hanyaBaca, hakGudang != .tidak else { _ = tolakIsian(); return }
        guard !tolakBilaTerkunci(.catatan(simpul: dokumen.simpul[node].kode, tw: tw, .verifikasi)) else { return }
        let note = dokumen.simpul[node].catatan[tw - 1]
        mode = .formulir(Formulir(
            judul: t("Catatan verifikasi ", "Reviewer's note ") + namaTW[tw - 1] + " · " + dokumen.simpul[node].kode, aksi: .verifikasi(node, tw),
            bidang: [.init(label: t("Catatan verifikasi", "Reviewer's note"), teks: note.verifikasi ?? ""),
                     .init(label: t("Tanggapan OPD", "Office's answer"), teks: note.tanggapan ?? "")],
            keterangan: [note.verifikasiOleh.map { t("Ditulis oleh \($0) pada \(note.verifikasiWaktu ?? "-").", "Written by \($0) at \(note.verifikasiWaktu ?? "-").") }
                         ?? t("Catatan pemeriksa (mis. BAPPEDA); terbuka di daftar isian sampai ditanggapi.", "A reviewer's note (e.g. BAPPEDA); open in the worklist until answered.")]))
    }

    /// The note and the answer as written, who wrote the note and when (from the shell).
    package mutating func tulisVerifikasi(simpul node: Int, tw q: Int, catatan: String?, tanggapan: String?, oleh: String, waktu: String) {
        guard !tolakVerifikasi(simpul: node, tw: q, catatan: catatan, tanggapan: tanggapan) else { return }
        let before = dokumen.simpul[node].catatan[q - 1]
        // A reviewer's note is its author's; the answer is held by a closed quarter as the office's notes are.
        if before.verifikasi != catatan, hakGudang == nil, let why = Isian.periksaPenulis(before, oleh: oleh) { beriPesan(why.teks(bahasa), galat: true); return }
        if before.tanggapan != tanggapan, tolakBilaTerkunci(.catatan(simpul: dokumen.simpul[node].kode, tw: q, .tanggapan)) { return }
        if before.verifikasi != catatan {
            sunting(.catatan(node, tw: q, .verifikasi, lama: before.verifikasi, baru: catatan))
            dokumen.tandaiVerifikasi(simpul: node, tw: q, oleh: oleh, waktu: waktu)
        }
        if before.tanggapan != tanggapan { sunting(.catatan(node, tw: q, .tanggapan, lama: before.tanggapan, baru: tanggapan)) }
        beriPesan(t("Catatan verifikasi disimpan ke data (Ctrl-S untuk menyimpan berkas)", "Reviewer's note stored (Ctrl-S saves the file)"))
    }
}

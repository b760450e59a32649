import Foundation
import Model
import GudangBerkas
import Pelaporan
import GudangPostgres

/// What an effect answers with. The shell runs the IO; its outcome comes back
/// here, through `tangani`, like a key: the state changes only in update.
package enum Peristiwa {
    /// What was found when the file was opened: whether it can be written, a copy of an
    /// ended session to offer (its time, how many more), a live session's pid.
    case dibuka(hanyaBaca: Bool, tawaran: (waktu: Date, lain: Int)?, sesiLain: Int32?)
    /// Work in progress, shown in the message line.
    case menyusunTabel(baris: Int?)
    case menulisLembar(Int, dari: Int, baris: Int)
    case menungguKunci
    case laporanSiap(TampilanLaporan)
    /// The terminal's size, at start and after a resize.
    case ukuran(lebar: Int, tinggi: Int)
    /// This session's recovery copy was removed (its changes are saved, or quitting on purpose).
    case pulihSendiriDihapus
    /// The program ends.
    case selesai
    case diekspor(path: String)
    /// A save began in the background, writing the dataset as it was at this revision.
    case menyimpan(revisi: Int)
    /// The background save ended without writing (a conflict, a merge to make, a failure).
    case simpanBerakhir
    /// Written: the dataset as it was at `revisi` (`salinan`); edits made since stay unsaved.
    case tersimpan(path: String, waktu: Date, revisi: Int, salinan: Dokumen)
    case tersimpanSalinan(path: String)
    case gagal(String)
    /// The file changed on disk since it was read and this session's changes cannot be
    /// replayed onto it: ask before writing (overwrite, a copy, cancel).
    case berubahDiDisk
    /// The file as it is now, changed by others since this session read it: their changes
    /// are merged with this session's; `simpan` when a save asked for it.
    case berkasLain(Dokumen, simpan: Bool)
    /// Others' writes to the OPD-year on the shared store.
    case kabarPG(KabarPG)
    /// The recovery copy of values a closed quarter held back, written there.
    case tertahanDisalin(path: String)
    /// The closings on the file as it is now (noticed while idle).
    case kunciBerkas([Int: KunciTriwulan])
    /// The shared store refused this session's changes by its rules: back to what it holds (given), said why.
    case ditolakGudang(Dokumen, String)
    /// The connection to the shared store lost (why) or back (nil).
    case sambunganPG(putus: Pesan?)
    /// The moment others' changes are marked for is over.
    case sorotanHabis
    /// Noticed while idle: the file on disk is no longer what this session read.
    case berubahDiLuar
    /// A reload found the file as this session read it.
    case tidakBerubah
    /// Who else has the file open now.
    case hadir([Hadir.Sesi])
    /// A recovery copy was written; `diam` when it was the idle one.
    case pulihTertulis(path: String, diam: Bool, alasan: String? = nil)
    /// No place took the recovery copy; `keluar` when the program was about to end.
    case pulihGagal(String, keluar: Bool)
    case pulihDibuang(path: String)
    /// A recovery copy read back: the file as it is now, the copy's changes of structure and
    /// of values, its whole dataset, and whether it must be taken whole.
    /// A reviewer's note written, by whom and when (from the shell).
    case verifikasiDitulis(simpul: Int, tw: Int, catatan: String?, tanggapan: String?, oleh: String, waktu: String)
    /// The quarter closed, by whom and when (from the shell).
    case ditutup(tw: Int, oleh: String, waktu: String)
    /// A new data file written: the session starts on it.
    case berkasDibuat(Dokumen)
    /// The journal's lines about a value or a node.
    case riwayat(RiwayatDari, [EntriJurnal])
    /// The summary of every OPD the role may read, read from the shared store.
    case rekap([BarisRekap])
    /// A spreadsheet read for an import: its rows.
    case lembarDibaca(path: String, baris: [[String]])
    case dipulihkan(Dokumen, struktur: [UbahStruktur], perubahan: [Perubahan], salinan: Berkas, utuh: Bool)
}

extension Keadaan {
    /// An outcome into the state; what to do next, if anything (a merged save goes on to write).
    @discardableResult
    package mutating func tangani(_ p: Peristiwa) -> [Efek] {
        switch p {
        case .dibuka(let readOnly, let offer, let live):
            if readOnly {
                hanyaBaca = true
                beriPesan(t("Berkas tidak dapat ditulisi: dibuka hanya-baca", "The file cannot be written: opened read-only"), galat: true)
            }
            if let offer {
                mode = .pulih(t("perubahan belum disimpan dari \(Keadaan.jam(offer.waktu))", "unsaved changes from \(Keadaan.jam(offer.waktu))")
                    + (offer.lain > 0 ? t(" (dan \(offer.lain) salinan lain)", " (and \(offer.lain) more)") : ""))
            } else if let live {
                beriPesan(t("Sesi lain (pid \(live)) juga membuka berkas ini; salinannya tidak disentuh",
                            "Another session (pid \(live)) has this file open too; its copy is left alone"))
            }
        case .menyusunTabel(let rows):
            beriPesan(rows.map { t("Menyusun tabel… \($0) baris", "Building the table… \($0) rows") } ?? t("Menyusun tabel…", "Building the table…"))
        case .menulisLembar(let sheet, let count, let rows):
            beriPesan(t("Menulis lembar \(sheet)/\(count): \(rows) baris…", "Writing sheet \(sheet)/\(count): \(rows) rows…"))
        case .menungguKunci:
            beriPesan(t("Menunggu proses lain selesai menyimpan…", "Waiting for another process to finish saving…"))
        case .ukuran(let width, let height):
            lebar = width
            tinggi = height
        case .pulihSendiriDihapus:
            lokasiPulih = nil
        case .selesai:
            berjalan = false
        case .laporanSiap(let view):
            mode = .laporan(view)
            pesan = nil
        case .diekspor(let path):
            beriPesan(t("Diekspor ke ", "Exported to ") + path)
        case .menyimpan(let revision):
            menyimpan = revision
            beriPesan(t("Menyimpan…", "Saving…"))
        case .simpanBerakhir:
            menyimpan = nil
        case .tersimpan(let path, let time, let revision, let saved):
            menyimpan = nil
            revisiTersimpan = revision
            tandaTersimpan = revision == dokumen.revisi ? undo.count : nil
            strukturSesi = []
            strukturUtuh = false
            berubahDiLuar = false
            waktuSimpan = time
            // Values changed while the save ran stay this session's own, on the saved values as their base.
            var since: [AlamatNilai: String?] = [:]
            if revision != dokumen.revisi {
                for a in dasarPerubahan.keys where dokumen.nilai(a) != saved.nilai(a) { since[a] = saved.nilai(a) ?? nil }
            }
            dasarPerubahan = since
            sumberAlamat = sumberAlamat.filter { since[$0.key] != nil }
            let saved = t("Tersimpan ", "Saved ") + Keadaan.jam(time)
                + (diambilDariLain.map { t(", digabung dengan \($0) nilai dari pihak lain", ", merged with \($0) values from others") } ?? "")
            // What a closed quarter held back is said first: it is what the user must know.
            if let held = catatanTertahan {
                beriPesan(held + "; " + saved, galat: true)
            } else {
                beriPesan(saved + " → " + path
                          + (since.isEmpty ? "" : t("; \(since.count) nilai sesudahnya belum disimpan", "; \(since.count) values since are unsaved")))
            }
            diambilDariLain = nil
            catatanTertahan = nil
        case .berkasLain(let current, let simpan):
            return gabungkan(current, simpan: simpan)
        case .kabarPG(let kabar):
            return terimaKabar(kabar)
        case .tertahanDisalin(let path):
            tertahanDisalin(path)
        case .kunciBerkas(let locks):
            terimaKunciBerkas(locks)
        case .ditolakGudang(let held, let why):
            let refused = perubahanSendiri.map { "\($0.alamat.teks(bahasa)): \($0.baru ?? "-")" }
            mulaiDari(held)
            beriPesan(why + t("; tidak ditulis dan tidak dicoba lagi", "; not written and not tried again")
                      + (refused.isEmpty ? "" : t(" (dibatalkan: ", " (undone: ") + refused.prefix(3).joined(separator: "; ") + (refused.count > 3 ? " …" : "") + ")"),
                      galat: true)
        case .sambunganPG(let why):
            terputus = why?.teks(bahasa)
            if let why { beriPesan(t("Server tidak terjangkau: ", "Server unreachable: ") + why.teks(bahasa) + t("; dicoba lagi", "; trying again"), galat: true) }
        case .sorotanHabis:
            sorotan = []
        case .berubahDiLuar:
            guard !berubahDiLuar else { break }
            berubahDiLuar = true
            beriPesan(t("Berkas diubah pihak lain: R memuat, Ctrl-S menggabung dan menyimpan",
                        "File changed by someone else: R loads it, Ctrl-S merges and saves"))
        case .hadir(let others):
            let joined = others.filter { o in !hadirLain.contains { $0.pid == o.pid && $0.host == o.host } }
            hadirLain = others
            // A notice never covers a message the user must read (a refusal, a held value).
            if !joined.isEmpty, mode == .normal, pesan?.galat != true {
                // Said at open after the live session's recovery copy: both in one line.
                let copies = pesan?.teks.hasPrefix(t("Sesi lain (pid", "Another session")) == true
                beriPesan(t("Juga membuka berkas ini: ", "Also has this file open: ") + joined.map { $0.teks(bahasa) }.joined(separator: "; ")
                          + (copies ? t(" (salinan pemulihannya tidak disentuh)", " (its recovery copy is left alone)") : ""))
            }
        case .tidakBerubah:
            beriPesan(t("Berkas tidak diubah pihak lain sejak dibaca", "Nobody else has changed the file since it was read"))
        case .tersimpanSalinan(let path):
            revisiTersimpan = dokumen.revisi
            beriPesan(t("Disimpan sebagai salinan: ", "Saved as a copy: ") + path)
        case .gagal(let message):
            beriPesan(message, galat: true)
        case .berubahDiDisk:
            mode = .konflik
        case .pulihTertulis(let path, let diam, let why):
            lokasiPulih = path
            // Quiet beside the data file; said aloud when it had to go elsewhere, and why.
            if !path.hasPrefix(Sistem.jalurAsli(self.path) + ".pulih.") {
                beriPesan(t("Salinan pemulihan ditulis ke ", "Recovery copy written to ") + path
                          + (why.map { " (" + $0 + ")" } ?? t(" (folder data tidak dapat ditulisi)", " (the data folder cannot be written)")),
                          galat: !diam || why != nil)
            }
        case .pulihGagal(let message, let keluar):
            berjalan = true
            beriPesan((keluar ? t("Tidak keluar: ", "Not quitting: ") : "") + message
                      + t("; simpan dengan Ctrl-S atau kosongkan ruang", "; save with Ctrl-S or free some space"), galat: true)
        case .pulihDibuang:
            beriPesan(t("Salinan pemulihan dihapus", "Recovery copy discarded"))
        case .verifikasiDitulis(let node, let q, let note, let answer, let oleh, let waktu):
            tulisVerifikasi(simpul: node, tw: q, catatan: note, tanggapan: answer, oleh: oleh, waktu: waktu)
        case .ditutup(let tw, let oleh, let waktu):
            ubahStruktur(.tutupTW(tw: tw, oleh: oleh, waktu: waktu))
        case .berkasDibuat(let d):
            mulaiDari(d)
            beriPesan(t("Berkas baru dibuat: ", "New file created: ") + path
                      + t(". Tambah program dengan a, atau impor lembar kerja dengan I", ". Add a program with a, or import a spreadsheet with I"))
        case .riwayat(let about, let entries):
            tampilkanRiwayat(about, entries)
        case .rekap(let rows):
            mode = .riwayat(DaftarTeks(judul: t("Rekap OPD \(dokumen.tahun), s.d. ", "Agencies \(dokumen.tahun), to ") + namaTW[tw - 1], baris: barisRekap(rows),
                                       tombol: t("Pagu: jt juta, M miliar, T triliun · ↑↓ PgUp PgDn gulir · tombol lain kembali",
                                                 "Budgets: jt million, M billion, T trillion · ↑↓ PgUp PgDn · any other key back")))
        case .lembarDibaca(let path, let rows):
            pratinjauImpor(path, rows)
        case .dipulihkan(let current, let struktur, let changes, let copy, let whole):
            pulihkan(ke: current, struktur: struktur, perubahan: changes, salinan: copy, utuh: whole)
        }
        return []
    }

    /// Counts the active quarter's blank entries when the data or the quarter changed.
    package mutating func hitungKosong() {
        guard kosong?.revisi != dokumen.revisi || kosong?.tw != tw else { return }
        kosong = (dokumen.revisi, tw, BelumDiisi.jumlah(dokumen, tw: tw))
    }

    /// Starts over on a freshly read dataset, keeping the view where it can.
    package mutating func mulaiDari(_ d: Dokumen) {
        let selected = simpulTerpilih.map { dokumen.simpul[$0].kode }
        dokumen = d
        undo = []
        redo = []
        tandaTersimpan = 0
        dasarPerubahan = [:]
        sumberAlamat = [:]
        strukturSesi = []
        strukturUtuh = false
        konflikTertunda = nil
        berubahDiLuar = false
        revisiTersimpan = d.revisi
        mode = .normal
        // The cursor stays on the cell it was on (or the nearest that still exists): the next key works.
        let (cell, scroll, renstra) = (kursorRincian, gulirRincian, lihatRenstra)
        susunBaris()
        if !renstra, let selected, let node = d.indeks(kode: selected) { pilihSimpul(node) } else { kursor = min(kursor, max(0, baris.count - 1)) }
        kursorRincian = cell
        gulirRincian = scroll
        if fokus == .rincian { pastikanSelSunting(arah: 1) }
    }
}

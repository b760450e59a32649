import Foundation
import Model
import GudangBerkas
import Pelaporan
import GudangPostgres

/// A row of the left-hand tree: a budget node, or a Renstra item.
package enum BarisPohon: Hashable, Sendable {
    case simpul(Int)
    case tujuan(Int)
    case sasaran(Int, Int)
    case indikator(PosisiRenstra)
}

/// An editable value on screen.
package enum AlamatSel: Equatable, Sendable {
    case indikator(RefIndikator, KolomIndikator)
    case anggaran(Int, KolomAnggaran)
    /// A Renstra indicator's baseline or another year's value (Tabel 3.2).
    case renstra(AlamatNilai)
}

/// One undoable change.
package enum Suntingan: Equatable, Sendable {
    case indikator(RefIndikator, KolomIndikator, lama: Decimal?, baru: Decimal?)
    case anggaran(Int, KolomAnggaran, lama: Int?, baru: Int?)
    case catatan(Int, tw: Int, JenisCatatan, lama: String?, baru: String?)
    case skala(lama: String, baru: String)
    /// Any value by its address, as exact text: restored or merged changes.
    case nilai(AlamatNilai, lama: String?, baru: String?)
    /// A change of structure: the file as it was before (undo puts it back) and the
    /// session's value bases as they were (their addresses may have moved).
    case struktur(UbahStruktur, sebelum: Berkas, dasar: [AlamatNilai: String?])
}

/// What the shell of the app must do after an update: IO never happens in update.
package enum Efek: Equatable, Sendable {
    case simpan(timpa: Bool)
    case simpanLaluKeluar
    case simpanSalinan
    case keluar
    case pulihLaluKeluar
    case pulihkan
    case buangPulih
    case ekspor(Laporan, FormatEkspor)
    /// Builds a report view; long for a large dataset, so the shell shows progress.
    case susunLaporan(Laporan)
    /// Reads the file as it is now and merges the others' changes, without saving.
    case muatUlang
    /// Keeps this user's preferences.
    case simpanSetelan(Setelan)
    /// Reads the journal for one value, or for a node and what is below it.
    case bacaRiwayat(RiwayatDari)
    /// The summary of every OPD the role may read (the shared store).
    case bacaRekap
    /// Reads a spreadsheet for an import (its sheet, for an .xlsx).
    case bacaLembar(String, lembar: String?)
    /// Writes a new data file (it must not exist) and opens it.
    case buatBerkas(Berkas)
    /// Closes a quarter: the shell says who and when, back as an event.
    case tutupTW(Int)
    /// A reviewer's note and the office's answer on a node's quarter: the shell says who and when.
    case tulisVerifikasi(simpul: Int, tw: Int, catatan: String?, tanggapan: String?)
    /// Changes a closed quarter holds, taken back: kept in a recovery copy of their own.
    case simpanTertahan([Perubahan])
}

package enum Fokus: Equatable, Sendable { case pohon, rincian }

package enum JenisPrompt: Equatable, Sendable { case cari, lompat }

/// The notes editor: three multi-line fields for the selected node and quarter.
package struct EditorCatatan: Equatable, Sendable {
    package var simpul: Int
    package var tw: Int
    package var isi: [String]
    package var bidang: Int = 0
    /// Where the cursor is in the active field, in characters (nil: at its end).
    package var kursor: Int?
}

package enum Mode: Equatable, Sendable {
    case normal
    case sunting(AlamatSel, teks: String)
    /// A value that parses but looks like a slip: taken with Enter, back to the field with Esc.
    case konfirmasiNilai(AlamatSel, teks: String, peringatan: [String])
    case catatan(EditorCatatan)
    case prompt(JenisPrompt, teks: String)
    case bantuan
    case konfirmasiKeluar
    case pulih(String)
    case konflik
    /// Values changed here and in the file since (a restore, a merge at save or reload): base,
    /// mine and theirs for each, decided one by one or all at once.
    case pilihKonflik(PilihKonflik)
    case laporan(TampilanLaporan)
    case dasbor
    /// The quarter's worklist (`kinerja todo`): Enter goes to the entry.
    case kosong(DaftarKosong)
    /// The changes of structure that fit the selected row, each on a letter.
    case menu([PilihanMenu])
    /// A form for one change of structure, or the confirmation of a removal.
    case formulir(Formulir)
    /// What an import would do, before it is done.
    case pratinjauImpor(PratinjauImpor)
    /// The journal's lines for a value or a node.
    case riwayat(DaftarTeks)
    /// What `check` finds, listed; Enter goes to the place, u/x update or drop an outdated stated total.
    case temuan(DaftarTemuan)
}

/// Whose history: one value, or a node (and what is below it).
package enum RiwayatDari: Equatable, Sendable {
    case nilai(AlamatNilai)
    case kode(String)
}

/// The findings of `check` in the interface, and the selected one.
package struct DaftarTemuan: Equatable, Sendable {
    package var isi: [Peringatan]
    package var kursor = 0
}

/// A titled list of lines over the screen, scrolled.
package struct DaftarTeks: Equatable, Sendable {
    package var judul: String
    package var baris: [String]
    package var gulir = 0
    /// The keys line under the list, where it is not the history's.
    package var tombol: String?
}

/// An import's dry run on screen: the sheet's rows, the report, and whether it can be applied.
package struct PratinjauImpor: Equatable, Sendable {
    package var nama: String
    package var baris: [[String]]
    package var laporan: [String]
    package var ringkas: String
    package var bisa: Bool
    package var gulir = 0
}

/// The report view: which table, scrolled how far, and its cells as text.
package struct TampilanLaporan: Equatable, Sendable {
    package var laporan: Laporan
    package var baris = 0
    package var kolom = 0
    package var judul: String = ""
    package var kepala: [String] = []
    /// The cells, formatted only when drawn: a large table opens quickly.
    package var isi: [[Tabel.Sel]] = []
    package var jenis: [Tabel.Jenis] = []
    package var lebar: [Int] = []
    /// What is being typed after `/` (search) or `g` (go to a code); the last search.
    package var prompt: (jenis: Character, teks: String)?
    package var cariTerakhir: String?

    package static func == (a: TampilanLaporan, b: TampilanLaporan) -> Bool {
        a.laporan == b.laporan && a.baris == b.baris && a.kolom == b.kolom && a.judul == b.judul && a.isi == b.isi
            && a.prompt?.jenis == b.prompt?.jenis && a.prompt?.teks == b.prompt?.teks && a.cariTerakhir == b.cariTerakhir
    }
}

/// The conflicts of a restore or a merge and what the user chose for each (true: mine,
/// false: theirs, nil: not yet); `simpan` when a save waits for the decision.
package struct PilihKonflik: Equatable, Sendable {
    package var isi: [Konflik]
    package var pilihan: [Bool?]
    package var kursor = 0
    package var simpan: Bool

    package init(_ isi: [Konflik], simpan: Bool) {
        self.isi = isi
        pilihan = Array(repeating: nil, count: isi.count)
        self.simpan = simpan
    }

    package var belum: Int { pilihan.filter { $0 == nil }.count }
}

/// The worklist view: the entries and the selected one.
package struct DaftarKosong: Equatable, Sendable {
    package var isi: [IsianKosong]
    package var kursor = 0
}

/// Formats a report can be written in from the interface.
package enum FormatEkspor: String, Equatable, Sendable { case xlsx, csv, md }

/// The whole state of the interface; `tangani` updates it, `gambar` draws it.
package struct Keadaan: Berbahasa {
    package var dokumen: Dokumen
    package var path: String
    package var bahasa: Bahasa
    package var tw: Int
    package var lihatRenstra = false
    package var terbuka: Set<Int> = [0]
    package var terbukaRenstra: Set<String> = []
    package var baris: [BarisPohon] = []
    /// The tree's code column: as wide as the longest visible code needs (a code is never cut).
    package var lebarKode = 19
    package var kursor = 0
    package var gulir = 0
    /// The tree's height follows the focus on a short terminal (see `rincianRingkas`),
    /// so the cursor is kept in view when it changes.
    package var fokus: Fokus = .pohon { didSet { if fokus != oldValue { sesuaikanGulir() } } }
    package var kursorRincian = (baris: 0, kolom: 0)
    package var gulirRincian = 0
    /// A form or the notes editor takes the lower half: the tree's height may change with it.
    package var mode: Mode = .normal { didSet { sesuaikanGulir() } }
    package var pesan: (teks: String, galat: Bool)?
    /// The value before this session first changed it, per address, since the file was
    /// last read or saved: what the recovery copy and a merge re-apply.
    package var dasarPerubahan: [AlamatNilai: String?] = [:]
    /// Where each of this session's value changes came from, for the journal: antarmuka (typed),
    /// pulih (a restored copy), gabung (chosen in a conflict).
    package var sumberAlamat: [AlamatNilai: String] = [:]
    package var sumberSunting = "antarmuka"
    /// This session's changes of structure since the file was last read or saved, net of undo,
    /// in order: what a recovery copy replays before its values.
    package var strukturSesi: [UbahStruktur] = []
    /// A change of structure made before the last save was undone: the copy cannot be
    /// replayed as changes and is restored whole.
    package var strukturUtuh = false
    package var undo: [Suntingan] = []
    package var redo: [Suntingan] = []
    /// How deep the undo stack was when the file was last read or saved whole (nil: that state
    /// can no longer be reached by undo and redo).
    package var tandaTersimpan: Int? = 0
    package var revisiTersimpan: Int
    /// The revision a save running in the background is writing; values may be edited
    /// meanwhile, changes of structure, reloads and another save wait for it.
    package var menyimpan: Int?
    package var waktuSimpan: Date?
    package var hanyaBaca = false
    /// What a closed quarter held back from the last save or merge, said with the save's outcome.
    package var catatanTertahan: String?
    /// On the shared store: what the database lets this login write (nil: a file).
    package var hakGudang: HakPeran?
    /// Conflicts of a merge left undecided (Esc): a save asks again, nothing is written before.
    package var konflikTertunda: PilihKonflik?
    /// How many values the last merge took from the others, said with the save.
    package var diambilDariLain: Int?
    /// This user's preferences (Enter moves down, ...).
    package var setelan = Setelan()
    /// How far the dashboard is scrolled.
    package var gulirDasbor = 0
    /// The other sessions that have this file open.
    package var hadirLain: [Hadir.Sesi] = []
    /// The file was changed by someone else since this session read it (noticed while idle).
    package var berubahDiLuar = false
    /// On the shared store: how the top line names it, and why the server cannot be reached now.
    package var basisData: String?
    package var terputus: String?
    /// Rows whose values others just changed, marked until the shell clears them.
    package var sorotan: Set<Int> = []
    /// Where this session's recovery copy is, once written.
    package var lokasiPulih: String?
    /// The active quarter's blank entries (`kinerja todo`), counted again when data or quarter change.
    package var kosong: (revisi: Int, tw: Int, jumlah: Int)?
    package var cariTerakhir: String?
    package var escTertunda = false
    package var lebar = 80
    package var tinggi = 24
    package var berjalan = true

    package init(dokumen: Dokumen, path: String, bahasa: Bahasa, tw: Int? = nil) {
        self.dokumen = dokumen
        self.path = path
        self.bahasa = bahasa
        self.tw = tw ?? dokumen.triwulanTerakhirTerisi
        revisiTersimpan = dokumen.revisi
        susunBaris()
    }

    package var belumDisimpan: Bool { dokumen.revisi != revisiTersimpan }


    package var barisTerpilih: BarisPohon? { baris.indices.contains(kursor) ? baris[kursor] : nil }

    /// The budget node of the selected row, if it is one.
    package var simpulTerpilih: Int? {
        if case .simpul(let i)? = barisTerpilih { return i }
        return nil
    }

    package mutating func beriPesan(_ text: String, galat: Bool = false) { pesan = (text, galat) }
}

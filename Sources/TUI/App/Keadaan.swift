import Foundation
import Model
import GudangPostgres

/// A row of the left-hand tree: a budget node, or a Renstra item.
enum BarisPohon: Hashable, Sendable {
    case simpul(Int)
    case tujuan(Int)
    case sasaran(Int, Int)
    case indikator(PosisiRenstra)
}

/// An editable value on screen.
enum AlamatSel: Equatable, Sendable {
    case indikator(RefIndikator, KolomIndikator)
    case anggaran(Int, KolomAnggaran)
    /// A Renstra indicator's baseline or another year's value (Tabel 3.2).
    case renstra(AlamatNilai)
}

/// One undoable change.
enum Suntingan: Equatable, Sendable {
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
enum Efek: Equatable, Sendable {
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

enum Fokus: Equatable, Sendable { case pohon, rincian }

enum JenisPrompt: Equatable, Sendable { case cari, lompat }

/// The notes editor: three multi-line fields for the selected node and quarter.
struct EditorCatatan: Equatable, Sendable {
    var simpul: Int
    var tw: Int
    var isi: [String]
    var bidang: Int = 0
    /// Where the cursor is in the active field, in characters (nil: at its end).
    var kursor: Int?
}

enum Mode: Equatable, Sendable {
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
enum RiwayatDari: Equatable, Sendable {
    case nilai(AlamatNilai)
    case kode(String)
}

/// The findings of `check` in the interface, and the selected one.
struct DaftarTemuan: Equatable, Sendable {
    var isi: [Peringatan]
    var kursor = 0
}

/// A titled list of lines over the screen, scrolled.
struct DaftarTeks: Equatable, Sendable {
    var judul: String
    var baris: [String]
    var gulir = 0
    /// The keys line under the list, where it is not the history's.
    var tombol: String?
}

/// An import's dry run on screen: the sheet's rows, the report, and whether it can be applied.
struct PratinjauImpor: Equatable, Sendable {
    var nama: String
    var baris: [[String]]
    var laporan: [String]
    var ringkas: String
    var bisa: Bool
    var gulir = 0
}

/// The report view: which table, scrolled how far, and its cells as text.
struct TampilanLaporan: Equatable, Sendable {
    var laporan: Laporan
    var baris = 0
    var kolom = 0
    var judul: String = ""
    var kepala: [String] = []
    /// The cells, formatted only when drawn: a large table opens quickly.
    var isi: [[Tabel.Sel]] = []
    var jenis: [Tabel.Jenis] = []
    var lebar: [Int] = []
    /// What is being typed after `/` (search) or `g` (go to a code); the last search.
    var prompt: (jenis: Character, teks: String)?
    var cariTerakhir: String?

    static func == (a: TampilanLaporan, b: TampilanLaporan) -> Bool {
        a.laporan == b.laporan && a.baris == b.baris && a.kolom == b.kolom && a.judul == b.judul && a.isi == b.isi
            && a.prompt?.jenis == b.prompt?.jenis && a.prompt?.teks == b.prompt?.teks && a.cariTerakhir == b.cariTerakhir
    }
}

/// The conflicts of a restore or a merge and what the user chose for each (true: mine,
/// false: theirs, nil: not yet); `simpan` when a save waits for the decision.
struct PilihKonflik: Equatable, Sendable {
    var isi: [Konflik]
    var pilihan: [Bool?]
    var kursor = 0
    var simpan: Bool

    init(_ isi: [Konflik], simpan: Bool) {
        self.isi = isi
        pilihan = Array(repeating: nil, count: isi.count)
        self.simpan = simpan
    }

    var belum: Int { pilihan.filter { $0 == nil }.count }
}

/// The worklist view: the entries and the selected one.
struct DaftarKosong: Equatable, Sendable {
    var isi: [IsianKosong]
    var kursor = 0
}

/// Formats a report can be written in from the interface.
enum FormatEkspor: String, Equatable, Sendable { case xlsx, csv, md }

/// The whole state of the interface; `tangani` updates it, `gambar` draws it.
struct Keadaan {
    var dokumen: Dokumen
    var path: String
    var bahasa: Bahasa
    var tw: Int
    var lihatRenstra = false
    var terbuka: Set<Int> = [0]
    var terbukaRenstra: Set<String> = []
    var baris: [BarisPohon] = []
    /// The tree's code column: as wide as the longest visible code needs (a code is never cut).
    var lebarKode = 19
    var kursor = 0
    var gulir = 0
    /// The tree's height follows the focus on a short terminal (see `rincianRingkas`),
    /// so the cursor is kept in view when it changes.
    var fokus: Fokus = .pohon { didSet { if fokus != oldValue { sesuaikanGulir() } } }
    var kursorRincian = (baris: 0, kolom: 0)
    var gulirRincian = 0
    /// A form or the notes editor takes the lower half: the tree's height may change with it.
    var mode: Mode = .normal { didSet { sesuaikanGulir() } }
    var pesan: (teks: String, galat: Bool)?
    /// The value before this session first changed it, per address, since the file was
    /// last read or saved: what the recovery copy and a merge re-apply.
    var dasarPerubahan: [AlamatNilai: String?] = [:]
    /// Where each of this session's value changes came from, for the journal: antarmuka (typed),
    /// pulih (a restored copy), gabung (chosen in a conflict).
    var sumberAlamat: [AlamatNilai: String] = [:]
    var sumberSunting = "antarmuka"
    /// This session's changes of structure since the file was last read or saved, net of undo,
    /// in order: what a recovery copy replays before its values.
    var strukturSesi: [UbahStruktur] = []
    /// A change of structure made before the last save was undone: the copy cannot be
    /// replayed as changes and is restored whole.
    var strukturUtuh = false
    var undo: [Suntingan] = []
    var redo: [Suntingan] = []
    /// How deep the undo stack was when the file was last read or saved whole (nil: that state
    /// can no longer be reached by undo and redo).
    var tandaTersimpan: Int? = 0
    var revisiTersimpan: Int
    /// The revision a save running in the background is writing; values may be edited
    /// meanwhile, changes of structure, reloads and another save wait for it.
    var menyimpan: Int?
    var waktuSimpan: Date?
    var hanyaBaca = false
    /// What a closed quarter held back from the last save or merge, said with the save's outcome.
    var catatanTertahan: String?
    /// On the shared store: what the database lets this login write (nil: a file).
    var hakGudang: HakPeran?
    /// Conflicts of a merge left undecided (Esc): a save asks again, nothing is written before.
    var konflikTertunda: PilihKonflik?
    /// How many values the last merge took from the others, said with the save.
    var diambilDariLain: Int?
    /// This user's preferences (Enter moves down, ...).
    var setelan = Setelan()
    /// How far the dashboard is scrolled.
    var gulirDasbor = 0
    /// The other sessions that have this file open.
    var hadirLain: [Hadir.Sesi] = []
    /// The file was changed by someone else since this session read it (noticed while idle).
    var berubahDiLuar = false
    /// On the shared store: how the top line names it, and why the server cannot be reached now.
    var basisData: String?
    var terputus: String?
    /// Rows whose values others just changed, marked until the shell clears them.
    var sorotan: Set<Int> = []
    /// Where this session's recovery copy is, once written.
    var lokasiPulih: String?
    /// The active quarter's blank entries (`kinerja todo`), counted again when data or quarter change.
    var kosong: (revisi: Int, tw: Int, jumlah: Int)?
    var cariTerakhir: String?
    var escTertunda = false
    var lebar = 80
    var tinggi = 24
    var berjalan = true

    init(dokumen: Dokumen, path: String, bahasa: Bahasa, tw: Int? = nil) {
        self.dokumen = dokumen
        self.path = path
        self.bahasa = bahasa
        self.tw = tw ?? dokumen.triwulanTerakhirTerisi
        revisiTersimpan = dokumen.revisi
        susunBaris()
    }

    var belumDisimpan: Bool { dokumen.revisi != revisiTersimpan }

    func t(_ id: String, _ en: String) -> String { bahasa == .id ? id : en }

    var barisTerpilih: BarisPohon? { baris.indices.contains(kursor) ? baris[kursor] : nil }

    /// The budget node of the selected row, if it is one.
    var simpulTerpilih: Int? {
        if case .simpul(let i)? = barisTerpilih { return i }
        return nil
    }

    mutating func beriPesan(_ text: String, galat: Bool = false) { pesan = (text, galat) }
}

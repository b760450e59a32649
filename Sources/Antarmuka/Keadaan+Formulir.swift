import Foundation
import Model
import Layar

/// The structure menu (m, F9) and its forms: what fits the selected row, and what a
/// submitted form changes. The rules themselves are Model's (`UbahStruktur`).
extension Keadaan {
    private typealias F = Formulir

    private func bidang(_ label: String, _ text: String = "", pilihan: [String] = []) -> F.Bidang {
        F.Bidang(label: label, teks: text, pilihan: pilihan)
    }

    /// The indicator the detail cursor is on (0-based), else the first.
    private var indikatorTerpilih: Int {
        if case .indikator(let p)? = barisTerpilih { return p.indikator }
        if fokus == .rincian, case .indikator(let ref, _)? = alamatTerpilih {
            switch ref {
            case .simpul(_, let n): return n
            case .renstra(let p): return p.indikator
            }
        }
        return 0
    }

    private func formIndikator(_ tempat: TempatIndikator, _ list: [Indikator]) -> [PilihanMenu] {
        guard !list.isEmpty else { return [] }
        let n = min(indikatorTerpilih, list.count - 1)
        let ind = list[n]
        let which = t("indikator \(n + 1): ", "indicator \(n + 1): ") + ind.uraian
        return [
            PilihanMenu(huruf: "e", label: t("Ubah indikator \(n + 1)", "Edit indicator \(n + 1)"), formulir: F(
                judul: t("Ubah indikator \(n + 1) · ", "Edit indicator \(n + 1) · ") + tempat.teks, aksi: .ubahIndikator(tempat, n + 1),
                bidang: [bidang(t("Uraian", "Description"), ind.uraian), bidang(t("Satuan", "Unit"), ind.satuan),
                         bidang(t("Polaritas", "Polarity"), ind.polaritas.rawValue, pilihan: Polaritas.allCases.map(\.rawValue)),
                         bidang(t("Agregasi", "Aggregation"), ind.agregasi.rawValue, pilihan: Agregasi.allCases.map(\.rawValue))])),
            PilihanMenu(huruf: "u", label: t("Urutan indikator", "Reorder indicators"), formulir: F(
                judul: t("Urutan indikator · ", "Indicator order · ") + tempat.teks, aksi: .geserIndikator(tempat),
                bidang: [bidang(t("Indikator ke", "Indicator no."), "\(n + 1)"), bidang(t("Pindah ke urutan", "Move to position"), "\(n == 0 ? min(2, list.count) : n)")],
                keterangan: list.enumerated().map { "\($0.offset + 1). \($0.element.uraian)" })),
            PilihanMenu(huruf: "x", label: t("Hapus indikator \(n + 1)", "Remove indicator \(n + 1)"), formulir: F(
                judul: t("Hapus indikator · ", "Remove indicator · ") + tempat.teks, aksi: .hapusIndikator(tempat),
                bidang: [bidang(t("Indikator ke", "Indicator no."), "\(n + 1)")],
                keterangan: [which, t("Target, realisasi, catatan dan tautannya ikut terhapus (u membatalkan).", "Its targets, realisations, notes and links go with it (u undoes).")])),
        ]
    }

    private func formTambahIndikator(_ tempat: TempatIndikator) -> PilihanMenu {
        PilihanMenu(huruf: "i", label: t("Tambah indikator", "Add an indicator"), formulir: F(
            judul: t("Indikator baru · ", "New indicator · ") + tempat.teks, aksi: .tambahIndikator(tempat),
            bidang: [bidang(t("Uraian", "Description")), bidang(t("Satuan", "Unit")),
                     bidang(t("Polaritas", "Polarity"), Polaritas.positif.rawValue, pilihan: Polaritas.allCases.map(\.rawValue)),
                     bidang(t("Agregasi", "Aggregation"), Agregasi.jumlah.rawValue, pilihan: Agregasi.allCases.map(\.rawValue)),
                     bidang(t("Target tahunan", "Yearly target"))]))
    }

    private var formTahunRenstra: PilihanMenu {
        PilihanMenu(huruf: "y", label: t("Tahun Renstra", "Renstra years"), formulir: F(
            judul: t("Tahun Renstra", "Renstra years"), aksi: .tahunRenstra,
            bidang: [bidang(t("Tahun awal", "First year"), "\(dokumen.renstra.tahunAwal)"), bidang(t("Tahun akhir", "Last year"), "\(dokumen.renstra.tahunAkhir)")]))
    }

    private var formTambahTujuan: PilihanMenu {
        PilihanMenu(huruf: "a", label: t("Tambah tujuan", "Add a tujuan"), formulir: F(
            judul: t("Tujuan baru", "New tujuan"), aksi: .tambahTujuan, bidang: [bidang(t("Uraian", "Description"))]))
    }

    package var formImpor: PilihanMenu {
        PilihanMenu(huruf: "I", label: t("Impor lembar kerja (.csv/.xlsx)", "Import a spreadsheet (.csv/.xlsx)"), formulir: F(
            judul: t("Impor lembar kerja", "Import a spreadsheet"), aksi: .impor,
            bidang: [bidang(t("Berkas", "File")), bidang(t("Lembar (xlsx)", "Sheet (xlsx)"))],
            keterangan: [t("Kolom dikenali dari judulnya: Kode, Nama, Pagu, Realisasi TW I, Januari, ...",
                           "Columns are known by their headers: Kode, Nama, Pagu, Realisasi TW I, Januari, ..."),
                         t("Lembar kosong: yang pertama. Tak ada yang berubah sebelum pratinjau disetujui.",
                           "Sheet blank: the first. Nothing changes before you agree to the preview.")]))
    }

    /// The changes of structure that fit the selected row.
    package func menuStruktur() -> [PilihanMenu] {
        lihatRenstra ? menuBaris() : menuBaris() + [formImpor]
    }

    private func menuBaris() -> [PilihanMenu] {
        switch barisTerpilih {
        case .simpul(let i)?: return menuSimpul(i)
        case .tujuan(let tIndex)?:
            let tujuan = dokumen.renstra.tujuan[tIndex]
            return [formTambahTujuan, formTambahSasaran(tujuan.nomor)] + menuRenstra(tujuan.nomor, tujuan.uraian, tujuan.indikator,
                    isi: tujuan.sasaran.count + tujuan.indikator.count + tujuan.sasaran.map(\.indikator.count).reduce(0, +))
        case .sasaran(let tIndex, let s)?:
            let tujuan = dokumen.renstra.tujuan[tIndex], sasaran = tujuan.sasaran[s]
            return [formTambahSasaran(tujuan.nomor)] + menuRenstra(sasaran.nomor, sasaran.uraian, sasaran.indikator, isi: sasaran.indikator.count)
        case .indikator(let p)?:
            let tujuan = dokumen.renstra.tujuan[p.tujuan]
            let place = TempatIndikator.renstra(p.sasaran.map { tujuan.sasaran[$0].nomor } ?? tujuan.nomor)
            let list = p.sasaran.map { tujuan.sasaran[$0].indikator } ?? tujuan.indikator
            var items = [formTambahIndikator(place)] + formIndikator(place, list)
            if let number = list[p.indikator].nomor {
                let linked = dokumen.simpul.filter { $0.mendukung.contains(number) }.map(\.kode)
                items.append(PilihanMenu(huruf: "t", label: t("Tautkan simpul anggaran", "Link a budget node"), formulir: F(
                    judul: t("Tautkan ke ", "Link to ") + number, aksi: .tautkan(simpul: nil, nomor: number),
                    bidang: [bidang(t("Kode simpul", "Node code"))],
                    keterangan: [t("Simpul yang mendukung indikator ini masuk Tabel 3.6 dan 3.7.", "Nodes that support this indicator count in Tabel 3.6 and 3.7.")])))
                if !linked.isEmpty {
                    items.append(PilihanMenu(huruf: "l", label: t("Lepas tautan", "Unlink"), formulir: F(
                        judul: t("Lepas tautan dari ", "Unlink from ") + number, aksi: .lepas(simpul: nil, nomor: number),
                        bidang: [bidang(t("Kode simpul", "Node code"), linked[0])],
                        keterangan: [t("Tertaut: ", "Linked: ") + linked.joined(separator: ", ")])))
                }
            }
            return items + [formTahunRenstra]
        case nil:
            return lihatRenstra ? [formTambahTujuan, formTahunRenstra] : []
        }
    }

    private func formTambahSasaran(_ tujuan: String) -> PilihanMenu {
        PilihanMenu(huruf: "s", label: t("Tambah sasaran di tujuan \(tujuan)", "Add a sasaran to tujuan \(tujuan)"), formulir: F(
            judul: t("Sasaran baru · tujuan ", "New sasaran · tujuan ") + tujuan, aksi: .tambahSasaran(tujuan), bidang: [bidang(t("Uraian", "Description"))]))
    }

    private func menuRenstra(_ nomor: String, _ uraian: String, _ list: [Indikator], isi: Int) -> [PilihanMenu] {
        [PilihanMenu(huruf: "n", label: t("Ubah uraian", "Edit the description"), formulir: F(
            judul: t("Uraian ", "Description of ") + nomor, aksi: .ubahUraian(nomor), bidang: [bidang(t("Uraian", "Description"), uraian)])),
         PilihanMenu(huruf: "h", label: t("Hapus ", "Remove ") + nomor, formulir: F(
            judul: t("Hapus ", "Remove ") + nomor, aksi: .hapusRenstra(nomor), bidang: [],
            keterangan: [nomor + " " + uraian, t("Ikut terhapus: \(isi) sasaran/indikator dan tautan ke indikatornya (u membatalkan).",
                                                  "Goes with it: \(isi) sasaran/indicators and the links to its indicators (u undoes).")])),
         formTambahIndikator(.renstra(nomor))] + formIndikator(.renstra(nomor), list) + [formTahunRenstra]
    }

    private func menuSimpul(_ i: Int) -> [PilihanMenu] {
        let node = dokumen.simpul[i]
        let levels: [Tingkat] = [.opd, .program, .kegiatan, .subKegiatan]
        let level = node.tingkat
        let child = levels.firstIndex(of: level).flatMap { levels.indices.contains($0 + 1) ? levels[$0 + 1] : nil }
        func anak(_ p: Int) -> [String] { dokumen.simpul[p].anak.map { dokumen.simpul[$0].kode } }
        func proposal(_ parent: Int) -> String {
            Kode.usulan(induk: parent == 0 ? nil : dokumen.simpul[parent].kode, urusan: dokumen.opd.kode, anak: anak(parent))
        }
        func add(_ letter: Character, _ parent: Int, _ kind: Tingkat, _ label: String) -> PilihanMenu {
            PilihanMenu(huruf: letter, label: label, formulir: F(
                judul: t("Tambah ", "Add a ") + kind.nama(bahasa).lowercased() + (parent == 0 ? "" : t(" di bawah ", " under ") + dokumen.simpul[parent].kode),
                aksi: .tambahSimpul, bidang: [bidang(t("Kode", "Code"), proposal(parent)), bidang(t("Nama", "Name"))],
                keterangan: [t("Bentuk kode: ", "Code form: ") + Kode.contoh(kind)]))
        }
        var items: [PilihanMenu] = []
        if let child { items.append(add("a", i, child, t("Tambah ", "Add a ") + child.nama(bahasa).lowercased() + t(" di bawah ini", " below this"))) }
        guard level != .opd, let parent = node.induk else { return items }
        items.append(add("s", parent, level, t("Tambah ", "Add a ") + level.nama(bahasa).lowercased() + t(" setingkat", " alongside")))
        items.append(PilihanMenu(huruf: "n", label: t("Ganti nama", "Rename"), formulir: F(
            judul: t("Ganti nama ", "Rename ") + node.kode, aksi: .gantiNama(node.kode), bidang: [bidang(t("Nama", "Name"), node.nama)])))
        items.append(PilihanMenu(huruf: "k", label: t("Ganti kode", "Change the code"), formulir: F(
            judul: t("Ganti kode ", "Change the code of ") + node.kode, aksi: .gantiKode(node.kode), bidang: [bidang(t("Kode baru", "New code"), node.kode)],
            keterangan: [t("Kode anak-anaknya ikut berubah.", "Its children's codes follow.")])))
        if level != .program {
            items.append(PilihanMenu(huruf: "p", label: t("Pindah ke induk lain", "Move under another parent"), formulir: F(
                judul: t("Pindahkan ", "Move ") + node.kode, aksi: .pindah(node.kode),
                bidang: [bidang(t("Kode induk baru", "New parent's code")), bidang(t("Kode baru", "New code"))],
                keterangan: [t("Kode baru kosong: kode induk + akhir kode ini; kode anak-anaknya ikut.",
                               "New code blank: new parent's code + this code's last part; children follow.")])))
        }
        let below = dokumen.keturunan(i)
        let indicators = ([i] + below).map { dokumen.simpul[$0].indikator.count }.reduce(0, +)
        items.append(PilihanMenu(huruf: "h", label: t("Hapus", "Remove"), formulir: F(
            judul: t("Hapus ", "Remove ") + node.kode, aksi: .hapus(node.kode), bidang: [],
            keterangan: [node.kode + " " + node.nama,
                         t("Ikut terhapus: \(below.count) simpul di bawahnya, \(indicators) indikator, nilai dan catatannya.",
                           "Goes with it: \(below.count) nodes below, \(indicators) indicators, all values, budgets and notes."),
                         t("Dapat dibatalkan dengan u sampai berkas ditutup.", "Can be undone with u until the file is closed.")])))
        items.append(formTambahIndikator(.simpul(node.kode)))
        items += formIndikator(.simpul(node.kode), node.indikator)
        let numbers = dokumen.semuaIndikatorRenstra.compactMap(\.1.nomor)
        if !numbers.isEmpty {
            items.append(PilihanMenu(huruf: "t", label: t("Tautkan ke indikator Renstra", "Link to a Renstra indicator"), formulir: F(
                judul: t("Tautkan ", "Link ") + node.kode, aksi: .tautkan(simpul: node.kode, nomor: nil),
                bidang: [bidang(t("Nomor indikator", "Indicator number"))], keterangan: [t("Ada: ", "There are: ") + numbers.joined(separator: ", ")])))
        }
        if !node.mendukung.isEmpty {
            items.append(PilihanMenu(huruf: "l", label: t("Lepas tautan", "Unlink"), formulir: F(
                judul: t("Lepas tautan ", "Unlink ") + node.kode, aksi: .lepas(simpul: node.kode, nomor: nil),
                bidang: [bidang(t("Nomor indikator", "Indicator number"), node.mendukung[0])],
                keterangan: [t("Tertaut ke: ", "Linked to: ") + node.mendukung.joined(separator: ", ")])))
        }
        return items
    }

    // MARK: - Submitting

    /// What a submitted form does: a change of structure, an effect for the shell (the form
    /// stays open while it runs when `tetap`), or why the form cannot be read.
    package enum HasilFormulir {
        case struktur(UbahStruktur)
        case efek(Efek, pesan: String?, tetap: Bool)
        case tolak(String)
    }

    package func hasil(_ f: Formulir) -> HasilFormulir {
        switch f.aksi {
        case .tutupTW(let tw): return .efek(.tutupTW(tw), pesan: nil, tetap: false)
        case .verifikasi(let node, let q):
            return .efek(.tulisVerifikasi(simpul: node, tw: q, catatan: f.nilai(0), tanggapan: f.nilai(1)), pesan: nil, tetap: false)
        case .impor:
            guard let path = f.nilai(0) else { return .tolak(t("Sebutkan berkas lembar kerjanya", "Name the spreadsheet file")) }
            return .efek(.bacaLembar((path as NSString).expandingTildeInPath, lembar: f.nilai(1)), pesan: t("Membaca ", "Reading ") + path + "…", tetap: false)
        case .berkasBaru:
            // The form stays until the file is written: a refusal by the disk shows over it.
            switch berkasBaru(f) {
            case .success(let data): return .efek(.buatBerkas(data), pesan: nil, tetap: true)
            case .failure(let why): return .tolak(why.tempat + ": " + why.pesan.teks(bahasa))
            }
        default: break
        }
        switch perubahan(f) {
        case .success(let u): return .struktur(u)
        case .failure(let why): return .tolak(why.teks(bahasa))
        }
    }

    /// The change a submitted form asks for, or why the form cannot be read.
    package func perubahan(_ f: Formulir) -> Result<UbahStruktur, Pesan> {
        func text(_ n: Int) -> String { f.nilai(n) ?? "" }
        func whole(_ n: Int) -> Result<Int, Pesan> {
            guard let v = Int(text(n)) else {
                return .failure(Pesan(id: "\(f.bidang[n].label): '\(text(n))' bukan bilangan bulat", en: "\(f.bidang[n].label): '\(text(n))' is not a whole number"))
            }
            return .success(v)
        }
        switch f.aksi {
        case .tambahSimpul: return .success(.tambahSimpul(kode: text(0), nama: text(1)))
        case .gantiNama(let kode): return .success(.gantiNama(kode: kode, nama: text(0)))
        case .gantiKode(let kode): return .success(.gantiKode(kode: kode, baru: text(0)))
        case .pindah(let kode): return .success(.pindah(kode: kode, induk: text(0), baru: f.nilai(1)))
        case .hapus(let kode): return .success(.hapus(kode: kode))
        case .tambahIndikator(let tempat):
            let target: Decimal?
            switch Isian.nilai(text(4)) {
            case .success(let v): target = v
            case .failure(let why): return .failure(Pesan(id: "Target: " + why.id, en: "Target: " + why.en))
            }
            return .success(.tambahIndikator(tempat, Indikator(uraian: text(0), satuan: text(1), polaritas: Polaritas(rawValue: text(2)) ?? .positif,
                                                                agregasi: Agregasi(rawValue: text(3)) ?? .jumlah, target: target)))
        case .ubahIndikator(let tempat, let n):
            return .success(.ubahIndikator(tempat, nomor: n, uraian: text(0), satuan: text(1), polaritas: Polaritas(rawValue: text(2)), agregasi: Agregasi(rawValue: text(3))))
        case .geserIndikator(let tempat):
            return whole(0).flatMap { from in whole(1).map { .geserIndikator(tempat, nomor: from, ke: $0) } }
        case .hapusIndikator(let tempat): return whole(0).map { .hapusIndikator(tempat, nomor: $0) }
        case .tautkan(let kode, let nomor): return .success(.tautkan(kode: kode ?? text(0), nomor: nomor ?? text(0)))
        case .lepas(let kode, let nomor): return .success(.lepas(kode: kode ?? text(0), nomor: nomor ?? text(0)))
        case .tambahTujuan: return .success(.tambahTujuan(uraian: text(0)))
        case .tambahSasaran(let tujuan): return .success(.tambahSasaran(tujuan: tujuan, uraian: text(0)))
        case .ubahUraian(let nomor): return .success(.ubahUraian(nomor: nomor, uraian: text(0)))
        case .hapusRenstra(let nomor): return .success(.hapusRenstra(nomor: nomor))
        case .tahunRenstra: return whole(0).flatMap { first in whole(1).map { .tahunRenstra(awal: first, akhir: $0) } }
        case .bukaTW(let tw): return .success(.bukaTW(tw: tw, alasan: text(0)))
        case .impor, .berkasBaru, .tutupTW, .verifikasi: return .failure(Pesan(id: "bukan perubahan struktur", en: "not a change of structure"))
        }
    }

    package mutating func bukaMenuStruktur() {
        guard !tolakIsian() else { return }
        let items = menuStruktur()
        guard !items.isEmpty else { beriPesan(t("Tidak ada perubahan struktur untuk baris ini", "No change of structure fits this row")); return }
        mode = .menu(items)
    }

    /// Opens one entry of the menu directly (a, i, F2, Del in the tree); false when it does not fit the row.
    package mutating func bukaFormulir(_ letter: Character) -> Bool {
        guard let item = menuStruktur().first(where: { $0.huruf == letter }) else { return false }
        guard !tolakIsian() else { return true }
        mode = .formulir(item.formulir)
        return true
    }

    package mutating func tanganiMenu(_ key: Tombol, _ items: [PilihanMenu]) {
        switch key {
        case .esc, .huruf("q"), .f(9), .huruf("m"): mode = .normal
        case .huruf(let c):
            if let item = items.first(where: { $0.huruf == c }) { mode = .formulir(item.formulir) }
        default: break
        }
    }

    package mutating func tanganiFormulir(_ key: Tombol, _ form: Formulir) -> [Efek] {
        var f = form
        let confirm = f.bidang.isEmpty
        switch key {
        case .esc where f.aksi == .berkasBaru, .ctrl("c") where f.aksi == .berkasBaru: return [.keluar]
        case .esc: mode = .normal; beriPesan(t("Batal: tidak ada yang berubah", "Cancelled: nothing changed")); return []
        case .ctrl("c"): mode = .normal; return belumDisimpan ? [.pulihLaluKeluar] : [.keluar]
        case .huruf("n") where confirm, .huruf("N") where confirm: mode = .normal; beriPesan(t("Batal: tidak ada yang berubah", "Cancelled: nothing changed")); return []
        case .tab, .bawah: f.aktif = min(f.aktif + 1, max(0, f.bidang.count - 1))
        case .backtab, .atas: f.aktif = max(f.aktif - 1, 0)
        case .enter where !confirm && f.aktif < f.bidang.count - 1: f.aktif += 1
        case .enter, .f(2), .ctrl("s"), .huruf("y"), .huruf("Y"):
            if case .huruf = key, !confirm { _ = f.ketik(key); break }
            switch hasil(f) {
            case .tolak(let why): beriPesan(why, galat: true)
            case .efek(let effect, let said, let keep):
                mode = keep ? .formulir(f) : .normal
                if let said { beriPesan(said) }
                return [effect]
            case .struktur(let u):
                if ubahStruktur(u) { mode = .normal; return [] }
            }
        default: _ = f.ketik(key)
        }
        mode = .formulir(f)
        return []
    }
}

import Foundation

/// One change to the shape of a dataset: its budget tree, indicator lists, links and
/// Renstra. The interface and the command line make every such change through this
/// type, so both keep the same rules; a recovery copy and a merge replay a session's
/// changes from it onto another version of the file.
public enum UbahStruktur: Equatable, Sendable, Codable {
    case tambahSimpul(kode: String, nama: String)
    case gantiNama(kode: String, nama: String)
    case gantiKode(kode: String, baru: String)
    /// `baru` nil: the parent's code and the node's own last part.
    case pindah(kode: String, induk: String, baru: String?)
    case hapus(kode: String)
    case tautkan(kode: String, nomor: String)
    case lepas(kode: String, nomor: String)
    case tambahIndikator(TempatIndikator, Indikator)
    case ubahIndikator(TempatIndikator, nomor: Int, uraian: String?, satuan: String?, polaritas: Polaritas?, agregasi: Agregasi?)
    case geserIndikator(TempatIndikator, nomor: Int, ke: Int)
    case hapusIndikator(TempatIndikator, nomor: Int)
    case tambahTujuan(uraian: String)
    case tambahSasaran(tujuan: String, uraian: String)
    case ubahUraian(nomor: String, uraian: String)
    case hapusRenstra(nomor: String)
    case tahunRenstra(awal: Int, akhir: Int)
    /// An office's spreadsheet, as rows of cells: replayed, it is imported again into the file as it is then.
    case impor(nama: String, baris: [[String]])
    /// A quarter closed (by whom, when) or reopened (why).
    case tutupTW(tw: Int, oleh: String, waktu: String)
    case bukaTW(tw: Int, alasan: String)
    /// A node's stated totals set to these figures (brought up to date), or dropped (both nil).
    case tertulis(kode: String, pagu: Int?, realisasi: Int?)
}

extension Berkas {
    /// Applies one change with its rules; returns it as applied (a move with the code it gave),
    /// which is what a replay repeats.
    @discardableResult
    public mutating func terapkan(_ u: UbahStruktur) throws(GalatData) -> UbahStruktur {
        switch u {
        case .tambahSimpul(let kode, let nama): try tambahSimpul(kode: kode, nama: nama)
        case .gantiNama(let kode, let nama): try gantiNama(kode: kode, nama: nama)
        case .gantiKode(let kode, let baru): try gantiKode(kode: kode, baru: baru)
        case .pindah(let kode, let induk, let baru): return .pindah(kode: kode, induk: induk, baru: try pindahSimpul(kode: kode, induk: induk, baru: baru))
        case .hapus(let kode): try hapusSimpul(kode: kode)
        case .tautkan(let kode, let nomor): try tautkan(kode: kode, nomor: nomor)
        case .lepas(let kode, let nomor): try tautkan(kode: kode, nomor: nomor, lepas: true)
        case .tambahIndikator(let tempat, let ind): try tambahIndikator(di: tempat, ind)
        case .ubahIndikator(let tempat, let nomor, let uraian, let satuan, let polaritas, let agregasi):
            try ubahIndikator(di: tempat, nomor: nomor, uraian: uraian, satuan: satuan, polaritas: polaritas, agregasi: agregasi)
        case .geserIndikator(let tempat, let nomor, let ke): try geserIndikator(di: tempat, nomor: nomor, ke: ke)
        case .hapusIndikator(let tempat, let nomor): try hapusIndikator(di: tempat, nomor: nomor)
        case .tambahTujuan(let uraian): try tambahTujuan(uraian: uraian)
        case .tambahSasaran(let tujuan, let uraian): try tambahSasaran(tujuan: tujuan, uraian: uraian)
        case .ubahUraian(let nomor, let uraian): try ubahUraian(nomor: nomor, uraian: uraian)
        case .hapusRenstra(let nomor): try hapusRenstra(nomor: nomor)
        case .tahunRenstra(let awal, let akhir): try aturTahunRenstra(awal: awal, akhir: akhir)
        case .tutupTW(let tw, let oleh, let waktu): try tutupTW(tw, oleh: oleh, waktu: waktu)
        case .tertulis(let kode, let pagu, let realisasi):
            try pastikanAda(kode)
            ubahSimpul(kode) { $0.tertulis = pagu == nil && realisasi == nil ? nil : AnggaranTertulis(pagu: pagu, realisasi: realisasi) }
        case .bukaTW(let tw, let alasan): try bukaTW(tw, alasan: alasan)
        case .impor(let nama, let rows):
            let plan = Impor.rencana(try Dokumen(berkas: self), baris: rows)
            if let m = plan.masalah.first {
                throw GalatData(tempat: "\(nama) " + "baris \(m.baris)" + (m.kolom.map { " kolom " + $0 } ?? ""), pesan: m.pesan)
            }
            if let after = plan.hasil { self = after }
        }
        return u
    }
}

extension UbahStruktur {
    /// The code a node has after this change, for a change that gives one.
    public var kodeHasil: String? {
        switch self {
        case .tambahSimpul(let kode, _), .gantiNama(let kode, _), .tautkan(let kode, _), .lepas(let kode, _), .tertulis(let kode, _, _): kode
        case .gantiKode(_, let baru): baru
        case .pindah(_, _, let baru): baru
        case .tambahIndikator(.simpul(let kode), _), .ubahIndikator(.simpul(let kode), _, _, _, _, _),
             .geserIndikator(.simpul(let kode), _, _), .hapusIndikator(.simpul(let kode), _): kode
        default: nil
        }
    }

    /// A node's code after this change (its own or an ancestor's changed); nil when it was removed.
    public func kodeSesudah(_ c: String) -> String? {
        func under(_ root: String) -> Bool { c == root || c.hasPrefix(root + ".") }
        switch self {
        case .gantiKode(let from, let to), .pindah(let from, _, let to?): return under(from) ? to + c.dropFirst(from.count) : c
        case .hapus(let gone): return under(gone) ? nil : c
        default: return c
        }
    }

    /// Where a value's address is after this change (made on `sebelum`); nil when the value went with it.
    public func petakan(_ a: AlamatNilai, di sebelum: Berkas) -> AlamatNilai? {
        /// A shift of one list of indicators: the old position to the new, nil for the removed one.
        func shift(_ i: Int, removed: Int?, moved: (from: Int, to: Int)?) -> Int? {
            if let removed { return i == removed ? nil : (i > removed ? i - 1 : i) }
            guard let (f, t) = moved else { return i }
            if i == f { return t }
            if f < t, i > f, i <= t { return i - 1 }
            if t < f, i >= t, i < f { return i + 1 }
            return i
        }
        switch self {
        case .gantiKode, .pindah, .hapus:
            guard let c = a.kode else { return a }
            return kodeSesudah(c).map { to in a.denganKode { _ in to } }
        case .hapusIndikator(let tempat, let n), .geserIndikator(let tempat, let n, _):
            var moved: (Int, Int)?
            if case .geserIndikator(_, let f, let t) = self { moved = (f - 1, t - 1) }
            let removed: Int? = moved == nil ? n - 1 : nil
            switch (tempat, a) {
            case (.simpul(let kode), .indikator(let at, let i, let kolom)) where at == kode:
                return shift(i, removed: removed, moved: moved).map { .indikator(simpul: kode, indeks: $0, kolom) }
            case (.renstra(let nomor), _):
                guard let p = a.posisi, let (t, s) = try? sebelum.letakRenstra(nomor), p.tujuan == t, p.sasaran == s else { return a }
                return shift(p.indikator, removed: removed, moved: moved).map { a.denganPosisi(PosisiRenstra(tujuan: t, sasaran: s, indikator: $0)) }
            default: return a
            }
        case .hapusRenstra(let nomor):
            guard let p = a.posisi, let (t, s) = try? sebelum.letakRenstra(nomor) else { return a }
            if let s {
                guard p.tujuan == t, let ps = p.sasaran, ps >= s else { return a }
                return ps == s ? nil : a.denganPosisi(PosisiRenstra(tujuan: t, sasaran: ps - 1, indikator: p.indikator))
            }
            guard p.tujuan >= t else { return a }
            return p.tujuan == t ? nil : a.denganPosisi(PosisiRenstra(tujuan: p.tujuan - 1, sasaran: p.sasaran, indikator: p.indikator))
        default:
            return a
        }
    }

    /// For people: what the change does.
    public func teks(_ b: Bahasa) -> String {
        let id = b == .id
        switch self {
        case .tambahSimpul(let kode, let nama): return (id ? "tambah " : "add ") + "\(kode) \(nama)"
        case .gantiNama(let kode, let nama): return (id ? "nama " : "name ") + "\(kode) → \(nama)"
        case .gantiKode(let kode, let baru): return (id ? "kode " : "code ") + "\(kode) → \(baru)"
        case .pindah(let kode, let induk, let baru): return (id ? "pindah " : "move ") + "\(kode) → \(baru ?? induk)"
        case .hapus(let kode): return (id ? "hapus " : "remove ") + kode
        case .tautkan(let kode, let nomor): return (id ? "tautan " : "link ") + "\(kode) → \(nomor)"
        case .lepas(let kode, let nomor): return (id ? "lepas tautan " : "unlink ") + "\(kode) ↛ \(nomor)"
        case .tambahIndikator(let tempat, let ind): return (id ? "indikator baru " : "new indicator ") + "\(tempat.teks): \(ind.uraian)"
        case .ubahIndikator(let tempat, let n, _, _, _, _): return (id ? "ubah indikator " : "edit indicator ") + "\(tempat.teks) #\(n)"
        case .geserIndikator(let tempat, let n, let ke): return (id ? "urutan indikator " : "indicator order ") + "\(tempat.teks) #\(n) → #\(ke)"
        case .hapusIndikator(let tempat, let n): return (id ? "hapus indikator " : "remove indicator ") + "\(tempat.teks) #\(n)"
        case .tambahTujuan(let uraian): return (id ? "tujuan baru: " : "new tujuan: ") + uraian
        case .tambahSasaran(let tujuan, let uraian): return (id ? "sasaran baru di " : "new sasaran in ") + "\(tujuan): \(uraian)"
        case .ubahUraian(let nomor, let uraian): return (id ? "uraian " : "description ") + "\(nomor) → \(uraian)"
        case .hapusRenstra(let nomor): return (id ? "hapus " : "remove ") + nomor
        case .tahunRenstra(let awal, let akhir): return "Renstra \(awal)-\(akhir)"
        case .impor(let nama, let rows): return (id ? "impor " : "import ") + "\(nama) (\(rows.count) " + (id ? "baris)" : "rows)")
        case .tutupTW(let tw, _, _): return (id ? "tutup TW " : "close Q") + (id ? TW.nama(tw) : "\(tw)")
        case .bukaTW(let tw, _): return (id ? "buka TW " : "reopen Q") + (id ? TW.nama(tw) : "\(tw)")
        case .tertulis(let kode, let pagu, _):
            return pagu == nil ? (id ? "total tertulis \(kode) dihapus" : "stated totals of \(kode) dropped")
                               : (id ? "total tertulis \(kode) diperbarui: Rp " : "stated totals of \(kode) updated: Rp ") + Format.rupiah(pagu!)
        }
    }
}

extension AlamatNilai {
    /// The budget node's code of an address on one.
    var kode: String? {
        switch self {
        case .indikator(let kode, _, _), .anggaran(let kode, _), .catatan(let kode, _, _): kode
        default: nil
        }
    }

    func denganKode(_ change: (String) -> String) -> AlamatNilai {
        switch self {
        case .indikator(let kode, let i, let k): .indikator(simpul: change(kode), indeks: i, k)
        case .anggaran(let kode, let k): .anggaran(simpul: change(kode), k)
        case .catatan(let kode, let tw, let j): .catatan(simpul: change(kode), tw: tw, j)
        default: self
        }
    }

    /// The Renstra indicator of an address on one.
    var posisi: PosisiRenstra? {
        switch self {
        case .renstra(let p, _), .kondisiAwal(let p), .tahunRenstra(let p, _, _): p
        default: nil
        }
    }

    func denganPosisi(_ p: PosisiRenstra) -> AlamatNilai {
        switch self {
        case .renstra(_, let k): .renstra(p, k)
        case .kondisiAwal: .kondisiAwal(p)
        case .tahunRenstra(_, let year, let actual): .tahunRenstra(p, tahun: year, realisasi: actual)
        default: self
        }
    }
}

extension Dokumen {
    /// The change that brings a node's stated totals up to date with its parts (or drops them).
    public func perbaruiTertulis(_ kode: String, buang: Bool) -> UbahStruktur? {
        guard let i = indeks(kode: kode), let stated = simpul[i].tertulis else { return nil }
        if buang { return .tertulis(kode: kode, pagu: nil, realisasi: nil) }
        let sum = anggaran(i)
        return .tertulis(kode: kode, pagu: stated.pagu == nil ? nil : sum.pagu, realisasi: stated.realisasi == nil ? nil : (sum.realisasiSd(4) ?? 0))
    }
}

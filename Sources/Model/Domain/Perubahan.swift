import Foundation

/// Where one value of a dataset lives, by names that survive a reload: a budget
/// node by its code, a Renstra indicator by its position. What the recovery copy
/// records, and what a change made on one version is re-applied to on another.
public enum AlamatNilai: Hashable, Sendable, Codable {
    case indikator(simpul: String, indeks: Int, KolomIndikator)
    case renstra(PosisiRenstra, KolomIndikator)
    case anggaran(simpul: String, KolomAnggaran)
    case catatan(simpul: String, tw: Int, JenisCatatan)
    case skala
    /// A Renstra indicator's baseline (kondisi awal).
    case kondisiAwal(PosisiRenstra)
    /// A Renstra indicator's target or realisation in another Renstra year (Tabel 3.2).
    case tahunRenstra(PosisiRenstra, tahun: Int, realisasi: Bool)
}

/// One value changed: from `lama` to `baru` (nil is blank), each as exact text.
public struct Perubahan: Equatable, Sendable, Codable {
    public var alamat: AlamatNilai
    public var lama: String?
    public var baru: String?

    public init(alamat: AlamatNilai, lama: String?, baru: String?) {
        self.alamat = alamat
        self.lama = lama
        self.baru = baru
    }
}

/// A change whose value was changed differently meanwhile: base (`lama`), mine (`baru`), theirs.
public struct Konflik: Equatable, Sendable {
    public let perubahan: Perubahan
    /// The value in the file now; nil inside `.some` is blank.
    public let mereka: String??

    public init(perubahan: Perubahan, mereka: String??) {
        self.perubahan = perubahan
        self.mereka = mereka
    }

    /// The value no longer exists in the file (its node was removed or renamed).
    public var hilang: Bool { mereka == nil }
}

extension Dokumen {
    /// The address of an indicator value or note, as `AlamatNilai`.
    public func alamat(_ ref: RefIndikator, _ kolom: KolomIndikator) -> AlamatNilai {
        switch ref {
        case .simpul(let node, let i): .indikator(simpul: simpul[node].kode, indeks: i, kolom)
        case .renstra(let p): .renstra(p, kolom)
        }
    }

    /// The value at an address as exact text (`.some(nil)` is blank); nil when the
    /// address does not exist in this dataset.
    public func nilai(_ a: AlamatNilai) -> String?? {
        switch a {
        case .indikator(let kode, let i, let kolom):
            guard let node = indeks(kode: kode), simpul[node].indikator.indices.contains(i) else { return nil }
            return .some(simpul[node].indikator[i][kolom].map { "\($0)" })
        case .renstra(let p, let kolom):
            guard let ref = refRenstra(p) else { return nil }
            return .some(indikator(ref)[kolom].map { "\($0)" })
        case .anggaran(let kode, let kolom):
            guard let node = indeks(kode: kode), let budget = simpul[node].anggaran else { return nil }
            return .some(budget[kolom].map { "\($0)" })
        case .catatan(let kode, let tw, let jenis):
            guard let node = indeks(kode: kode), (1...4).contains(tw) else { return nil }
            return .some(simpul[node].catatan[tw - 1][jenis])
        case .skala:
            return .some(skala.kode)
        case .kondisiAwal(let p):
            guard let ref = refRenstra(p) else { return nil }
            return .some(indikator(ref).kondisiAwal.map { "\($0)" })
        case .tahunRenstra(let p, let year, let actual):
            guard let ref = refRenstra(p), renstra.tahun.contains(year), year != tahun else { return nil }
            let v = indikator(ref).tahunan?[String(year)]
            return .some((actual ? v?.realisasi : v?.target).map { "\($0)" })
        }
    }

    /// Sets the value at an address from exact text; false when the address or the text does not fit.
    @discardableResult
    public func atur(_ a: AlamatNilai, _ text: String?) -> Bool {
        switch a {
        case .indikator(let kode, let i, let kolom):
            guard let node = indeks(kode: kode), simpul[node].indikator.indices.contains(i),
                  let value = Dokumen.angka(text) else { return false }
            ubah(.simpul(node, i), kolom, value)
        case .renstra(let p, let kolom):
            guard let ref = refRenstra(p), let value = Dokumen.angka(text) else { return false }
            ubah(ref, kolom, value)
        case .anggaran(let kode, let kolom):
            guard let node = indeks(kode: kode), simpul[node].anggaran != nil else { return false }
            if let text {
                guard let amount = Int(text), amount >= 0 else { return false }
                ubah(anggaran: node, kolom, amount)
            } else {
                ubah(anggaran: node, kolom, nil)
            }
        case .catatan(let kode, let tw, let jenis):
            guard let node = indeks(kode: kode), (1...4).contains(tw) else { return false }
            ubahCatatan(simpul: node, tw: tw, jenis, text)
        case .skala:
            guard let text, let scale = Skala.dengan(kode: text) else { return false }
            gantiSkala(scale)
        case .kondisiAwal(let p):
            guard nilai(a) != nil, let value = Dokumen.angka(text) else { return false }
            ubahRenstra(p, tahun: nil, realisasi: false, value)
        case .tahunRenstra(let p, let year, let actual):
            guard nilai(a) != nil, let value = Dokumen.angka(text) else { return false }
            ubahRenstra(p, tahun: year, realisasi: actual, value)
        }
        return true
    }

    /// Exact decimal text (nil is blank) as a value: `.some(nil)` for blank, nil when not a number.
    private static func angka(_ text: String?) -> Decimal?? {
        guard let text else { return .some(nil) }
        guard let value = Decimal.tepat(text), !value.isNaN else { return nil }
        return .some(value)
    }

    func refRenstra(_ p: PosisiRenstra) -> RefIndikator? {
        guard renstra.tujuan.indices.contains(p.tujuan) else { return nil }
        let tujuan = renstra.tujuan[p.tujuan]
        if let s = p.sasaran {
            guard tujuan.sasaran.indices.contains(s), tujuan.sasaran[s].indikator.indices.contains(p.indikator) else { return nil }
        } else {
            guard tujuan.indikator.indices.contains(p.indikator) else { return nil }
        }
        return .renstra(p)
    }

    /// Every value a person can change: indicator targets and realisations (yearly
    /// and per quarter), budgets, the quarter's notes of each node, the scale.
    public var semuaAlamat: [AlamatNilai] {
        let columns: [KolomIndikator] = [.target(tw: nil), .realisasi(tw: nil)]
            + (1...4).flatMap { [KolomIndikator.target(tw: $0), .realisasi(tw: $0)] }
        var out: [AlamatNilai] = [.skala]
        for node in simpul {
            for i in node.indikator.indices { out += columns.map { .indikator(simpul: node.kode, indeks: i, $0) } }
            if node.anggaran != nil {
                out += ([.paguMurni, .paguPerubahan] + (1...4).map { KolomAnggaran.realisasi(tw: $0) }).map { .anggaran(simpul: node.kode, $0) }
            }
            for tw in 1...4 { out += JenisCatatan.allCases.map { .catatan(simpul: node.kode, tw: tw, $0) } }
        }
        for (p, _) in semuaIndikatorRenstra {
            out += columns.map { .renstra(p, $0) } + [.kondisiAwal(p)]
            for year in renstra.tahun where year != tahun { out += [.tahunRenstra(p, tahun: year, realisasi: false), .tahunRenstra(p, tahun: year, realisasi: true)] }
        }
        return out
    }

    /// The changes that turn this dataset's values into `other`'s (same structure assumed;
    /// addresses missing in `other` are skipped).
    public func perbedaan(ke other: Dokumen) -> [Perubahan] {
        semuaAlamat.compactMap { a in
            guard case .some(let mine) = nilai(a), case .some(let theirs) = other.nilai(a), mine != theirs else { return nil }
            return Perubahan(alamat: a, lama: mine, baru: theirs)
        }
    }

    /// The values `other` holds where this dataset has no such place (in nodes and indicators it adds).
    public func nilaiBaru(di other: Dokumen) -> [Perubahan] {
        other.semuaAlamat.compactMap { a in
            guard nilai(a) == nil, a != .skala, case .some(let value?) = other.nilai(a) else { return nil }
            return Perubahan(alamat: a, lama: nil, baru: value)
        }
    }

    /// Sorts changes made on another version of this dataset: those that apply
    /// (the value here is still their base), those already here, and conflicts
    /// (changed differently here, or gone).
    public func pilah(_ changes: [Perubahan]) -> (bersih: [Perubahan], konflik: [Konflik]) {
        var clean: [Perubahan] = []
        var conflicts: [Konflik] = []
        for change in changes {
            guard case .some(let here) = nilai(change.alamat) else {
                conflicts.append(Konflik(perubahan: change, mereka: nil))
                continue
            }
            if here == change.baru { continue }
            if here == change.lama { clean.append(change) } else { conflicts.append(Konflik(perubahan: change, mereka: .some(here))) }
        }
        return (clean, conflicts)
    }
}

extension AlamatNilai {
    /// For people: `1.06.06.2.01.03 realisasi TW IV`, `1.06.06.2.01.03 indikator 1 target TW II`.
    public func teks(_ b: Bahasa) -> String {
        func q(_ tw: Int?) -> String { tw.map { " TW " + TW.nama($0) } ?? (b == .id ? " tahunan" : " yearly") }
        func kolom(_ k: KolomIndikator) -> String {
            switch k {
            case .target(let tw): "target" + q(tw)
            case .realisasi(let tw): "realisasi" + q(tw)
            }
        }
        switch self {
        case .indikator(let kode, let i, let k): return "\(kode) " + (b == .id ? "indikator" : "indicator") + " \(i + 1) " + kolom(k)
        case .renstra(let p, let k): return "Renstra \(p.teks) " + kolom(k)
        case .anggaran(let kode, let k):
            switch k {
            case .paguMurni: return "\(kode) pagu murni"
            case .paguPerubahan: return "\(kode) pagu perubahan"
            case .realisasi(let tw): return "\(kode) " + (b == .id ? "realisasi anggaran" : "budget realisation") + q(tw)
            }
        case .catatan(let kode, let tw, let jenis): return "\(kode) " + (b == .id ? "catatan " : "notes ") + jenis.rawValue + q(tw)
        case .skala: return b == .id ? "skala" : "scale"
        case .kondisiAwal(let p): return "Renstra \(p.teks) " + (b == .id ? "kondisi awal" : "baseline")
        case .tahunRenstra(let p, let year, let actual): return "Renstra \(p.teks) " + (actual ? "realisasi" : "target") + " \(year)"
        }
    }
}

extension PosisiRenstra {
    /// `2.1.4`: tujuan, sasaran and indicator counted from 1.
    public var teks: String { "\(tujuan + 1)" + (sasaran.map { ".\($0 + 1)" } ?? "") + ".\(indikator + 1)" }
}

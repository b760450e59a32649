import Foundation

/// A warning of `kinerja check`: the place (code or number) and what looks wrong.
public struct Peringatan: Equatable, Sendable {
    public let tempat: String
    public let pesan: Pesan

    public init(tempat: String, pesan: Pesan) {
        self.tempat = tempat
        self.pesan = pesan
    }
}

/// Checks a loaded dataset for what is likely a slip, without changing anything.
public enum Pemeriksa {
    /// A capaian this many times the dataset's median is flagged as a likely unit or entry slip.
    public static let faktorPencilan = Decimal(8)

    public static func periksa(_ dokumen: Dokumen) -> [Peringatan] {
        var out: [Peringatan] = []
        for i in dokumen.simpul.indices.dropFirst() {
            out += totalTertulis(dokumen, i)
            out += kode(dokumen, i)
            out += realisasiMelebihiPagu(dokumen, i)
            out += celahTriwulan(dokumen, i)
            out += tautan(dokumen, i)
            for (n, ind) in dokumen.simpul[i].indikator.enumerated() {
                out += targetTriwulan("\(dokumen.simpul[i].kode) indikator \(n + 1)", ind)
            }
        }
        for (_, ind) in dokumen.semuaIndikatorRenstra {
            out += celah(ind.nomor ?? ind.uraian, ind)
            out += targetTriwulan(ind.nomor ?? ind.uraian, ind)
        }
        out += pencilan(dokumen)
        let provisional = dokumen.simpul.filter { $0.anggaran?.paguSementara == true }
        if let first = provisional.first {
            out.append(Peringatan(tempat: first.kode, pesan: Pesan(
                id: "\(provisional.count) pagu sub kegiatan masih sementara (dibawa dari tahun lalu); isi pagu tahun ini dengan set --pagu atau di antarmuka",
                en: "\(provisional.count) sub-activity pagu are still provisional (carried from last year); enter this year's with set --pagu or in the interface")))
        }
        return out
    }

    static func totalTertulis(_ d: Dokumen, _ i: Int) -> [Peringatan] {
        guard let stated = d.simpul[i].tertulis else { return [] }
        let node = d.simpul[i]
        let sum = d.anggaran(i)
        var out: [Peringatan] = []
        let spentNow = sum.realisasiSd(4) ?? 0
        let stalePagu = stated.pagu.map { $0 != sum.pagu } ?? false, staleSpent = stated.realisasi.map { $0 != spentNow } ?? false
        if stated.usang == true, stalePagu || staleSpent {
            // The figure that went stale is named, with what its parts make now.
            var id: [String] = [], en: [String] = []
            if stalePagu, let p = stated.pagu { id.append("pagu tertulis Rp \(Format.rupiah(p)) (kini Rp \(Format.rupiah(sum.pagu)))"); en.append("stated pagu Rp \(Format.rupiah(p)) (now Rp \(Format.rupiah(sum.pagu)))") }
            if staleSpent, let r = stated.realisasi { id.append("realisasi tertulis Rp \(Format.rupiah(r)) (kini Rp \(Format.rupiah(spentNow)))"); en.append("stated realisation Rp \(Format.rupiah(r)) (now Rp \(Format.rupiah(spentNow)))") }
            return [Peringatan(tempat: node.kode, pesan: Pesan(
                id: id.joined(separator: " dan ") + " sudah usang sejak rinciannya diubah; perbarui atau hapus: kinerja stated FILE \(node.kode) --update atau --drop, atau tombol u/x di daftar P",
                en: en.joined(separator: " and ") + (en.count > 1 ? " are" : " is") + " outdated since the parts were edited; update or drop: kinerja stated FILE \(node.kode) --update or --drop, or u/x in the P list"))]
        }
        if let pagu = stated.pagu, pagu != sum.pagu {
            out.append(Peringatan(tempat: node.kode, pesan: Pesan(
                id: "pagu tertulis Rp \(Format.rupiah(pagu)) berbeda dengan jumlah rinciannya Rp \(Format.rupiah(sum.pagu)) (selisih \(Format.rupiah(pagu - sum.pagu))); periksa angka yang benar",
                en: "stated pagu Rp \(Format.rupiah(pagu)) differs from the sum of its parts Rp \(Format.rupiah(sum.pagu)) (difference \(Format.rupiah(pagu - sum.pagu))); check which is right")))
        }
        if let spent = stated.realisasi, spent != sum.realisasiSd(4) ?? 0 {
            out.append(Peringatan(tempat: node.kode, pesan: Pesan(
                id: "realisasi tertulis Rp \(Format.rupiah(spent)) berbeda dengan jumlah rinciannya Rp \(Format.rupiah(sum.realisasiSd(4) ?? 0)); periksa angka yang benar",
                en: "stated realisation Rp \(Format.rupiah(spent)) differs from the sum of its parts Rp \(Format.rupiah(sum.realisasiSd(4) ?? 0)); check which is right")))
        }
        return out
    }

    static func kode(_ d: Dokumen, _ i: Int) -> [Peringatan] {
        let node = d.simpul[i]
        var out: [Peringatan] = []
        if !Kode.sahBentuk(node.kode, node.tingkat) {
            out.append(Peringatan(tempat: node.kode, pesan: Pesan(
                id: "kode \(node.tingkat.nama(.id).lowercased()) tidak berbentuk nomenklatur (contoh \(Kode.contoh(node.tingkat)))",
                en: "\(node.tingkat.nama(.en).lowercased()) code is not in the nomenclature's form (e.g. \(Kode.contoh(node.tingkat)))")))
        }
        if let parent = node.induk, parent != 0, !node.kode.hasPrefix(d.simpul[parent].kode + ".") {
            out.append(Peringatan(tempat: node.kode, pesan: Pesan(
                id: "kode tidak berada di bawah kode induknya \(d.simpul[parent].kode)",
                en: "code is not under its parent's code \(d.simpul[parent].kode)")))
        }
        return out
    }

    static func realisasiMelebihiPagu(_ d: Dokumen, _ i: Int) -> [Peringatan] {
        guard let budget = d.simpul[i].anggaran, let spent = budget.realisasiSd(4) else { return [] }
        let pagu = budget.pagu ?? 0
        guard spent > pagu else { return [] }
        return [Peringatan(tempat: d.simpul[i].kode, pesan: Pesan(
            id: "realisasi Rp \(Format.rupiah(spent)) melebihi pagu Rp \(Format.rupiah(pagu))",
            en: "realisation Rp \(Format.rupiah(spent)) exceeds the pagu Rp \(Format.rupiah(pagu))"))]
    }

    static func celahTriwulan(_ d: Dokumen, _ i: Int) -> [Peringatan] {
        let node = d.simpul[i]
        var out: [Peringatan] = []
        for (n, ind) in node.indikator.enumerated() { out += celah("\(node.kode) indikator \(n + 1)", ind) }
        if let budget = node.anggaran, let gap = celahPertama(budget.realisasi.map { $0 != nil }) {
            out.append(Peringatan(tempat: node.kode, pesan: pesanCelah(gap, "realisasi anggaran", "budget realisation")))
        }
        return out
    }

    static func celah(_ tempat: String, _ ind: Indikator) -> [Peringatan] {
        guard let gap = celahPertama(ind.triwulan.map { $0.realisasi != nil }) else { return [] }
        return [Peringatan(tempat: tempat, pesan: pesanCelah(gap, "realisasi", "realisation"))]
    }

    /// The first blank quarter that comes before a filled one.
    static func celahPertama(_ filled: [Bool]) -> Int? {
        guard let last = filled.lastIndex(of: true) else { return nil }
        return filled[..<last].firstIndex(of: false).map { $0 + 1 }
    }

    static func pesanCelah(_ tw: Int, _ id: String, _ en: String) -> Pesan {
        Pesan(id: "\(id) TW \(TW.nama(tw)) kosong padahal triwulan sesudahnya terisi; isi atau tulis 0",
              en: "\(en) for Q\(tw) is blank while a later quarter is filled; fill it in or enter 0")
    }

    static func tautan(_ d: Dokumen, _ i: Int) -> [Peringatan] {
        d.simpul[i].mendukung.filter { d.posisi(nomor: $0) == nil }.map {
            Peringatan(tempat: d.simpul[i].kode, pesan: Pesan(
                id: "mendukung indikator \($0) yang tidak ada di Renstra",
                en: "supports indicator \($0), which is not in the Renstra"))
        }
    }

    /// Quarterly targets that, aggregated by the indicator's rule, do not make the yearly target:
    /// s.d. TW IV is measured against the quarters, the year against the yearly target.
    static func targetTriwulan(_ place: String, _ ind: Indikator) -> [Peringatan] {
        guard let year = ind.target, let quarters = ind.targetTriwulanan, quarters != year else { return [] }
        let rule = ind.agregasi.rawValue
        return [Peringatan(tempat: place, pesan: Pesan(
            id: "target triwulan (digabung secara \(rule)) \(Format.id(quarters)) berbeda dengan target tahunan \(Format.id(year)); s.d. TW IV memakai target triwulan, kolom tahun memakai target tahunan: samakan bila salah satunya keliru",
            en: "the quarterly targets (combined by \(rule)) make \(Format.id(quarters)), not the yearly target \(Format.id(year)); s.d. Q4 uses the quarterly targets, the year the yearly one: align them if one is wrong"))]
    }

    /// Capaian far above the rest: more than `faktorPencilan` times the median.
    static func pencilan(_ d: Dokumen) -> [Peringatan] {
        var values: [(String, Decimal)] = []
        for node in d.simpul.dropFirst() {
            for (n, ind) in node.indikator.enumerated() {
                if let c = ind.capaianTahun.nilai { values.append(("\(node.kode) indikator \(n + 1)", c)) }
            }
        }
        for (_, ind) in d.semuaIndikatorRenstra {
            let name = ind.nomor ?? ind.uraian
            if let c = ind.capaianTahun.nilai { values.append((name, c)) }
            for (year, v) in (ind.tahunan ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let c = Capaian.hitung(target: v.target, realisasi: v.realisasi, polaritas: ind.polaritas).nilai {
                    values.append(("\(name) (\(year))", c))
                }
            }
        }
        guard values.count >= 3 else { return [] }
        let sorted = values.map(\.1).sorted()
        let median = sorted[sorted.count / 2]
        guard median > 0 else { return [] }
        return values.filter { $0.1 > median * faktorPencilan }.map {
            Peringatan(tempat: $0.0, pesan: Pesan(
                id: "capaian \(Format.persen($0.1))% jauh di atas yang lain (median \(Format.persen(median))%); mungkin salah satuan atau salah ketik",
                en: "capaian \(Format.persen($0.1))% is far above the rest (median \(Format.persen(median))%); likely a unit or entry slip"))
        }
    }
}

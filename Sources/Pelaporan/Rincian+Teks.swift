import Foundation
import Model

extension Rincian {
    /// The detail for people: Indonesian number formats, aligned columns.
    public static func teks(_ d: Dokumen, _ target: TargetRincian, tw: Int, bahasa b: Bahasa) -> String {
        var lines: [String] = []
        switch target {
        case .simpul(let i):
            let node = d.simpul[i]
            lines.append("\(node.tingkat.nama(b)) \(node.kode) \(node.nama)".trimmingCharacters(in: .whitespaces))
            let path = d.leluhur(i).reversed().dropFirst().map { "\(d.simpul[$0].kode) \(d.simpul[$0].nama)" }
            if !path.isEmpty { lines.append(b.t("Induk: ", "Parent: ") + path.joined(separator: " > ")) }
            lines.append("")
            lines += anggaranTeks(d, d.anggaran(i), own: node.anggaran, tw: tw, b: b)
            if !node.indikator.isEmpty {
                lines.append("")
                lines.append(b.t("Indikator", "Indicators"))
                for (n, ind) in node.indikator.enumerated() { lines += indikatorTeks(d, ind, label: "\(n + 1).", tw: tw, b: b) }
            }
            if !node.anak.isEmpty {
                let r = d.ringkasCapaian(i, sd: tw)
                lines.append("")
                lines.append(b.t("Rata-rata capaian di bawahnya (s.d. TW \(TW.nama(tw)))", "Mean achievement below (to Q\(tw))"))
                for level in [Tingkat.program, .kegiatan, .subKegiatan] where r[level].terhitung + r[level].tanpaCapaian > 0 {
                    lines.append("  " + LebarTampilan.isi(level.nama(b), 14) + rerataTeks(d, r[level], b: b))
                }
                lines.append("")
                lines.append(LebarTampilan.isi(b.t("Kode", "Code"), 18) + LebarTampilan.isi(b.t("Nama", "Name"), 44) + " "
                             + LebarTampilan.isi("Pagu", 16, kanan: true) + LebarTampilan.isi(b.t("Serapan", "Absorbed"), 9, kanan: true)
                             + LebarTampilan.isi(b.t("Capaian", "Achiev."), 9, kanan: true))
                for c in node.anak {
                    let child = d.simpul[c]
                    let sum = d.anggaran(c)
                    lines.append(LebarTampilan.isi(child.kode, 18) + LebarTampilan.isi(child.nama, 44) + " "
                                 + LebarTampilan.isi(sum.paguAda.map(Format.rupiah) ?? "-", 16, kanan: true)
                                 + LebarTampilan.isi(sum.serapan(sd: tw).map(Format.persen) ?? "-", 9, kanan: true)
                                 + LebarTampilan.isi(d.capaianBaris(c, sd: tw).nilai.map(Format.persen) ?? "-", 9, kanan: true))
                }
            }
            if !node.mendukung.isEmpty {
                lines.append("")
                lines.append(b.t("Mendukung indikator Renstra: ", "Supports Renstra indicators: ") + node.mendukung.joined(separator: ", "))
            }
        case .tujuan(let tIndex):
            let tujuan = d.renstra.tujuan[tIndex]
            lines.append("Tujuan \(tujuan.nomor) \(tujuan.uraian)")
            lines.append("")
            lines += anggaranTeks(d, d.anggaranTujuan(tIndex), own: nil, tw: tw, b: b)
            lines.append("")
            for ind in tujuan.indikator { lines += indikatorTeks(d, ind, label: "-", tw: tw, b: b) }
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                lines.append("Sasaran \(sasaran.nomor) \(sasaran.uraian): " + rerataTeks(d, d.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw), b: b))
            }
        case .sasaran(let tIndex, let s):
            let sasaran = d.renstra.tujuan[tIndex].sasaran[s]
            lines.append("Sasaran \(sasaran.nomor) \(sasaran.uraian)")
            lines.append(b.t("Rata-rata capaian: ", "Mean achievement: ") + rerataTeks(d, d.capaianSasaran(tujuan: tIndex, sasaran: s, sd: tw), b: b))
            lines.append("")
            lines += anggaranTeks(d, d.anggaranSasaran(tujuan: tIndex, sasaran: s), own: nil, tw: tw, b: b)
            lines.append("")
            for ind in sasaran.indikator { lines += indikatorTeks(d, ind, label: ind.nomor ?? "-", tw: tw, b: b) }
        case .indikator(let p):
            let ind = d.indikator(.renstra(p))
            lines += indikatorTeks(d, ind, label: ind.nomor ?? "-", tw: tw, b: b)
            lines.append("")
            lines.append(b.t("Renstra (kondisi awal ", "Renstra (baseline ") + (ind.kondisiAwal.map { Format.id($0) } ?? "-") + ")")
            lines.append("  " + LebarTampilan.isi(b.t("Tahun", "Year"), 6) + LebarTampilan.isi("Target", 16, kanan: true)
                         + LebarTampilan.isi(b.t("Realisasi", "Actual"), 16, kanan: true) + LebarTampilan.isi(b.t("Capaian", "Achiev."), 12, kanan: true))
            for year in d.renstra.tahun {
                let v = ind.nilai(tahun: year, tahunBerjalan: d.tahun)
                let c = Capaian.hitung(target: v?.target, realisasi: v?.realisasi, polaritas: ind.polaritas)
                let unit = v?.satuan.map { " " + $0 } ?? ""
                lines.append("  " + LebarTampilan.isi(String(year), 6)
                             + LebarTampilan.isi((v?.target.map { Format.id($0) } ?? "-") + unit, 16, kanan: true)
                             + LebarTampilan.isi((v?.realisasi.map { Format.id($0) } ?? "-") + unit, 16, kanan: true)
                             + LebarTampilan.isi(c.teks, 12, kanan: true))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func rerataTeks(_ d: Dokumen, _ mean: Rerata, b: Bahasa) -> String {
        guard let value = mean.nilai else {
            return b == .id ? "- (\(mean.tanpaCapaian) indikator tanpa capaian)" : "- (\(mean.tanpaCapaian) indicators without achievement)"
        }
        let extra = mean.tanpaCapaian > 0 ? (b == .id ? ", \(mean.tanpaCapaian) tanpa capaian" : ", \(mean.tanpaCapaian) without") : ""
        return "\(Format.persen(value))% \(d.skala.kategori(value).nama(b)) (\(mean.terhitung) indikator\(extra))"
    }

    static func anggaranTeks(_ d: Dokumen, _ sum: RingkasAnggaran, own: Anggaran?, tw: Int, b: Bahasa) -> [String] {
        func row(_ label: String, _ value: String) -> String { "  " + LebarTampilan.isi(label, 24) + LebarTampilan.isi(value, 18, kanan: true) }
        var out = [b.t("Anggaran (Rp)", "Budget (Rp)")]
        if let own {
            out.append(row(b.t("Pagu murni", "Original pagu"), own.paguMurni.map(Format.rupiah) ?? "-")
                       + (own.paguSementara == true ? b.t("  (sementara: dibawa dari tahun lalu)", "  (provisional: carried from last year)") : ""))
            out.append(row(b.t("Pagu perubahan", "Revised pagu"), own.paguPerubahan.map(Format.rupiah) ?? "-"))
        } else {
            out.append(row("Pagu", sum.paguAda.map(Format.rupiah) ?? "-"))
        }
        for q in 1...4 {
            let value = sum.realisasiTW(q).map(Format.rupiah) ?? "-"
            out.append(row(b.t("Realisasi TW ", "Spent Q") + (b == .id ? TW.nama(q) : "\(q)"), value))
        }
        out.append(row(b.t("Realisasi s.d. TW \(TW.nama(tw))", "Spent to Q\(tw)"), sum.realisasiSd(tw).map(Format.rupiah) ?? "-"))
        out.append(row(b.t("Serapan", "Absorption"), sum.serapan(sd: tw).map { Format.persen($0) + "%" } ?? "-"))
        out.append(row(b.t("Selisih", "Remaining"), sum.selisih(sd: tw).map(Format.rupiah) ?? "-"))
        return out
    }

    static func indikatorTeks(_ d: Dokumen, _ ind: Indikator, label: String, tw: Int, b: Bahasa) -> [String] {
        func num(_ v: Decimal?) -> String { v.map { Format.id($0) } ?? "-" }
        func kat(_ c: Capaian) -> String {
            if let k = d.skala.kategori(c) { return k.nama(b) }
            if case .tidakAda(let why) = c { return "(" + why.pesan.teks(b) + ")" }
            return ""
        }
        var out = ["  \(label) \(ind.uraian)"]
        out.append("     " + b.t("satuan", "unit") + " \(ind.satuan) · " + b.t("polaritas", "polarity") + " \(ind.polaritas.rawValue) · "
                   + b.t("agregasi", "rule") + " \(ind.agregasi.rawValue)")
        func row(_ name: String, _ target: Decimal?, _ actual: Decimal?, _ c: Capaian) -> String {
            "     " + LebarTampilan.isi(name, 14) + LebarTampilan.isi(num(target), 14, kanan: true)
                + LebarTampilan.isi(num(actual), 14, kanan: true) + LebarTampilan.isi(c.teks, 10, kanan: true) + "  " + kat(c)
        }
        out.append("     " + LebarTampilan.isi("", 14) + LebarTampilan.isi("Target", 14, kanan: true)
                   + LebarTampilan.isi(b.t("Realisasi", "Actual"), 14, kanan: true) + LebarTampilan.isi(b.t("Capaian", "Achiev."), 10, kanan: true)
                   + "  " + b.t("Kategori", "Category"))
        for q in 1...4 {
            let quarter = ind.triwulan[q - 1]
            out.append(row(b.t("TW ", "Q") + (b == .id ? TW.nama(q) : "\(q)"), quarter.target, quarter.realisasi, ind.capaian(triwulan: q)))
        }
        if tw < 4 {
            out.append(row(b.t("s.d. TW ", "to Q") + (b == .id ? TW.nama(tw) : "\(tw)"), ind.targetSd(tw), ind.realisasiSd(tw), ind.capaian(sd: tw)))
        }
        out.append(row(b.t("Tahun", "Year"), ind.target, ind.realisasiTahun, ind.capaianTahun))
        return out
    }
}

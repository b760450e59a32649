import ArgumentParser
import Foundation
import Model
import Pelaporan
import Antarmuka

struct Atur: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: bahasaCLI.t(
            "Mengisi satu nilai dari skrip; berkas disimpan secara atomik.",
            "Sets one value from a script; the file is saved atomically."),
            discussion: bahasaCLI.t("""
            Contoh:
              kinerja set BERKAS 1.06.06.2.01.03 --tw 4 --realisasi 3
              kinerja set BERKAS 2.1.4 --target 78
              kinerja set BERKAS 1.06.06.2.01.03 --anggaran --tw 2 --realisasi "Rp 10.000.000"
              kinerja set BERKAS 1.06.06.2.01.03 --anggaran --pagu 45.000.000 --perubahan
              kinerja set BERKAS 1.06.06.2.01.03 --tw 4 --kosong
              kinerja set BERKAS 2.1.4 --tahun-renstra 2024 --target 80
              kinerja set BERKAS 2.1.4 --kondisi-awal 71,42
            Nilai dibaca seperti diketik: 1.500 = seribu lima ratus, 99,81 atau 99.81 = desimal.
            --kosong mengosongkan realisasi (kosong, bukan 0); --kosong-target mengosongkan target.
            """, """
            Examples:
              kinerja set FILE 1.06.06.2.01.03 --tw 4 --realisasi 3
              kinerja set FILE 2.1.4 --target 78
              kinerja set FILE 1.06.06.2.01.03 --anggaran --tw 2 --realisasi "Rp 10.000.000"
              kinerja set FILE 1.06.06.2.01.03 --anggaran --pagu 45.000.000 --perubahan
              kinerja set FILE 1.06.06.2.01.03 --tw 4 --kosong
              kinerja set FILE 2.1.4 --tahun-renstra 2024 --target 80
              kinerja set FILE 2.1.4 --kondisi-awal 71,42
            Values are read as Indonesians type them: 1.500 = fifteen hundred, 99,81 or 99.81 = decimal.
            --kosong blanks the realisation (blank, not 0); --kosong-target blanks the target.
            """))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Kode simpul, nomor tujuan/sasaran, atau nomor indikator Renstra.", "Node code, goal/target number, or Renstra indicator number."))) var kode: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Urutan indikator di simpul itu (mulai 1).", "The indicator's position within the node (from 1)."))) var indikator: Int?
    @Option(name: .customLong("tw"), help: ArgumentHelp(bahasaCLI.t("Triwulan 1-4; tanpa --tw nilainya tahunan.", "Quarter 1-4; without --tw the value is the yearly one.")))
    var triwulan: TW?
    var tw: Int? { triwulan?.nomor }
    @Option(parsing: .unconditional, help: ArgumentHelp(bahasaCLI.t("Target baru.", "New target."))) var target: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(bahasaCLI.t("Realisasi baru.", "New realisation."))) var realisasi: String?
    @Flag(help: ArgumentHelp(bahasaCLI.t("Kosongkan realisasi (atau pagu dengan --anggaran tanpa --tw).", "Blank the realisation (or the pagu with --anggaran and no --tw)."))) var kosong = false
    @Flag(name: .customLong("kosong-target"), help: ArgumentHelp(bahasaCLI.t("Kosongkan target.", "Blank the target."))) var kosongTarget = false
    @Flag(help: ArgumentHelp(bahasaCLI.t("Ubah anggaran sub kegiatan, bukan indikator.", "Change the sub-activity's budget, not an indicator."))) var anggaran = false
    @Option(parsing: .unconditional, help: ArgumentHelp(bahasaCLI.t("Pagu baru (dengan --anggaran).", "New pagu (with --anggaran)."))) var pagu: String?
    @Flag(help: ArgumentHelp(bahasaCLI.t("Pagu yang diubah adalah pagu perubahan.", "The pagu set is the revised (perubahan) one."))) var perubahan = false
    @Option(name: .customLong("tahun-renstra"), help: ArgumentHelp(bahasaCLI.t("Tahun Renstra lain dari indikator Renstra (Tabel 3.2), dengan --target/--realisasi/--kosong.", "Another Renstra year of a Renstra indicator (Tabel 3.2), with --target/--realisasi/--kosong."))) var tahunRenstra: Int?
    @Option(name: .customLong("kondisi-awal"), parsing: .unconditional, help: ArgumentHelp(bahasaCLI.t("Kondisi awal indikator Renstra (\"-\" mengosongkan).", "A Renstra indicator's baseline (\"-\" blanks it)."))) var kondisiAwal: String?

    func validate() throws {
        let chosen = [target != nil, realisasi != nil, kosong, kosongTarget, pagu != nil, kondisiAwal != nil].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError(bahasaCLI.t("pilih tepat satu dari --target, --realisasi, --kosong, --kosong-target, --pagu, --kondisi-awal",
                                    "choose exactly one of --target, --realisasi, --kosong, --kosong-target, --pagu, --kondisi-awal"))
        }
        if (tahunRenstra != nil || kondisiAwal != nil) && (anggaran || tw != nil || indikator != nil) {
            throw ValidationError(bahasaCLI.t("--tahun-renstra dan --kondisi-awal untuk indikator Renstra, tanpa --tw, --anggaran, --indikator",
                                    "--tahun-renstra and --kondisi-awal are for a Renstra indicator, without --tw, --anggaran, --indikator"))
        }
        if (pagu != nil || perubahan) && !anggaran { throw ValidationError(bahasaCLI.t("--pagu dan --perubahan hanya dengan --anggaran", "--pagu and --perubahan go with --anggaran")) }
        if anggaran && (target != nil || kosongTarget || indikator != nil) {
            throw ValidationError(bahasaCLI.t("--anggaran tidak memakai --target atau --indikator", "--anggaran takes no --target or --indikator"))
        }
    }

    /// Read, change and write under the file's lock, so that concurrent `set`s take turns.
    func run() throws {
        var laporan: [String] = []
        try ubahBerkas(berkas, sumber: "set") { d in
            let (lines, change) = anggaran ? try aturAnggaran(d) : tahunRenstra != nil || kondisiAwal != nil ? try aturRenstra(d) : try aturIndikator(d)
            laporan = lines
            return (d, Jejak(nilai: [change]))
        }
        // Said once the file is saved.
        for line in laporan { cetak(line) }
    }

    /// The value as typed, by the rules of `Isian`; refused with the reason.
    private func baca(_ text: String) throws -> Decimal { try diisi(Isian.nilai(text), text) }
    private func bacaRupiah(_ text: String) throws -> Int { try diisi(Isian.rupiah(text), text) }

    /// A value is required here; blanking has its own flags.
    private func diisi<Nilai>(_ result: Result<Nilai?, Pesan>, _ text: String) throws -> Nilai {
        guard let value = try nilaiIsian(result, text) else {
            throw GagalCLI(bahasaCLI.t("nilai kosong; untuk mengosongkan pakai --kosong. Berkas tidak diubah",
                             "empty value; to blank it use --kosong. The file is unchanged"))
        }
        return value
    }

    /// Changes one budget value; returns what to tell the user and the change.
    private func aturAnggaran(_ d: Dokumen) throws -> ([String], Perubahan) {
        guard let node = d.indeks(kode: kode), d.simpul[node].tingkat == .subKegiatan else {
            throw GagalCLI(bahasaCLI.t("\(berkas): '\(kode)' bukan sub kegiatan; anggaran diisi pada sub kegiatan",
                             "\(berkas): '\(kode)' is not a sub-activity; budgets are entered on sub-activities"))
        }
        let kolom: KolomAnggaran
        if pagu != nil || (kosong && tw == nil) {
            kolom = perubahan ? .paguPerubahan : .paguMurni
        } else {
            guard let tw else {
                throw GagalCLI(bahasaCLI.t("realisasi anggaran perlu --tw 1..4", "budget realisation needs --tw 1..4"), kode: 2)
            }
            kolom = .realisasi(tw: tw)
        }
        let value = try (pagu ?? realisasi).map(bacaRupiah)
        let entry = try siapkan(d, .anggaran(simpul: d.simpul[node].kode, kolom), value.map { "\($0)" })
        Isian.terapkan(d, [entry])
        let old = entry.perubahan.lama.flatMap { Int($0) }
        let sum = d.anggaran(node)
        let q = tw ?? 4
        return (["\(kode) \(namaKolom(kolom)): \(old.map(Format.rupiah) ?? "-") -> \(value.map(Format.rupiah) ?? "-")",
                 bahasaCLI.t("serapan s.d. TW \(TW.nama(q)): ", "absorption to Q\(q): ") + (sum.serapan(sd: q).map { Format.persen($0) + "%" } ?? "-")
               + bahasaCLI.t("; selisih ", "; remaining ") + (sum.selisih(sd: q).map(Format.rupiah) ?? "-")],
                entry.perubahan)
    }

    private func namaKolom(_ kolom: KolomAnggaran) -> String {
        switch kolom {
        case .paguMurni: bahasaCLI.t("pagu murni", "original pagu")
        case .paguPerubahan: bahasaCLI.t("pagu perubahan", "revised pagu")
        case .realisasi(let tw): bahasaCLI.t("realisasi TW \(TW.nama(tw))", "spent Q\(tw)")
        }
    }

    /// Changes one indicator value; returns what to tell the user and the change.
    private func aturIndikator(_ d: Dokumen) throws -> ([String], Perubahan) {
        let ref = try cariIndikator(d)
        let kolom: KolomIndikator = (target != nil || kosongTarget) ? .target(tw: tw) : .realisasi(tw: tw)
        let value = try (target ?? realisasi).map(baca)
        let entry = try siapkan(d, d.alamat(ref, kolom), value.map { "\($0)" })
        Isian.terapkan(d, [entry])
        let old = Decimal.tepat(entry.perubahan.lama)
        let ind = d.indikator(ref)
        let field: String = switch kolom {
        case .target: "target"
        case .realisasi: "realisasi"
        }
        let period = tw.map { "TW \(TW.nama($0))" } ?? bahasaCLI.t("tahunan", "yearly")
        var lines = ["\(kode) \(bahasaCLI.t("indikator", "indicator")) \(nomorIndikator(ref)) \(field) \(period): \(old.map { Format.id($0) } ?? "-") -> \(value.map { Format.id($0) } ?? "-")"]
        let q = tw ?? 4
        for (label, c) in [(bahasaCLI.t("s.d. TW ", "to Q") + TW.nama(q), ind.capaian(sd: q)), (bahasaCLI.t("tahun", "year"), ind.capaianTahun)] where q < 4 || label == bahasaCLI.t("tahun", "year") {
            let band = d.skala.kategori(c)?.nama(bahasaCLI) ?? (c.nilai == nil ? "" : "")
            var line = bahasaCLI.t("capaian ", "achievement ") + label + ": " + c.teks + (c.nilai != nil ? "% " + band : "")
            if case .tidakAda(let why) = c { line += " (" + why.pesan.teks(bahasaCLI) + ")" }
            lines.append(line)
        }
        return (lines, entry.perubahan)
    }

    /// Changes a Renstra indicator's baseline or another year's value, by its address.
    private func aturRenstra(_ d: Dokumen) throws -> ([String], Perubahan) {
        guard case .indikator(let p)? = TargetRincian.cari(kode, di: d) else {
            throw GagalCLI(bahasaCLI.t("\(berkas): '\(kode)' bukan nomor indikator Renstra (mis. 2.1.4); berkas tidak diubah",
                             "\(berkas): '\(kode)' is not a Renstra indicator number (e.g. 2.1.4); the file is unchanged"))
        }
        let a: AlamatNilai = tahunRenstra.map { .tahunRenstra(p, tahun: $0, realisasi: realisasi != nil || kosong) } ?? .kondisiAwal(p)
        guard case .some(let old) = d.nilai(a) else {
            throw GagalCLI(bahasaCLI.t("\(berkas): tahun \(tahunRenstra ?? 0) bukan tahun Renstra lain (\(d.renstra.tahunAwal)-\(d.renstra.tahunAkhir), selain \(d.tahun) yang diisi lewat --target/--tw); berkas tidak diubah",
                             "\(berkas): \(tahunRenstra ?? 0) is not another Renstra year (\(d.renstra.tahunAwal)-\(d.renstra.tahunAkhir), other than \(d.tahun), which --target/--tw set); the file is unchanged"))
        }
        let text = kondisiAwal ?? target ?? realisasi
        let value = try text.flatMap { try nilaiIsian(Isian.nilai($0), $0) }
        d.atur(a, value.map { "\($0)" })
        func shown(_ v: String?) -> String { Decimal.tepat(v).map { Format.id($0) } ?? "-" }
        return (["\(a.teks(bahasaCLI)): \(shown(old)) -> \(value.map { Format.id($0) } ?? "-")"], Perubahan(alamat: a, lama: old, baru: value.map { "\($0)" }))
    }

    /// The value through the rules every door applies (`Isian.periksa`): refused with the
    /// file unchanged, or taken with its warnings said on standard error.
    private func siapkan(_ d: Dokumen, _ a: AlamatNilai, _ text: String?) throws -> Masukan {
        switch Isian.siapkan(d, a, nilai: text) {
        case .failure(let why):
            throw GagalCLI("\(berkas): \(a.teks(bahasaCLI)): " + why.teks(bahasaCLI) + bahasaCLI.t("; berkas tidak diubah", "; the file is unchanged"))
        case .success(let entry):
            for w in entry.peringatan { tulisGalat(bahasaCLI.t("peringatan: ", "warning: ") + a.teks(bahasaCLI) + ": " + w.teks(bahasaCLI)) }
            return entry
        }
    }

    private func nomorIndikator(_ ref: RefIndikator) -> String {
        switch ref {
        case .simpul(_, let i): return "\(i + 1)"
        case .renstra(let p): return "\(p.indikator + 1)"
        }
    }

    private func cariIndikator(_ d: Dokumen) throws -> RefIndikator {
        func pick(_ count: Int, _ make: (Int) -> RefIndikator) throws -> RefIndikator {
            guard count > 0 else {
                throw GagalCLI(bahasaCLI.t("\(berkas): '\(kode)' tidak punya indikator", "\(berkas): '\(kode)' has no indicators"))
            }
            let n = indikator ?? (count == 1 ? 1 : 0)
            guard (1...count).contains(n) else {
                throw GagalCLI(bahasaCLI.t("\(berkas): '\(kode)' punya \(count) indikator; pilih dengan --indikator 1..\(count)",
                                 "\(berkas): '\(kode)' has \(count) indicators; choose one with --indikator 1..\(count)"), kode: indikator == nil ? 2 : 1)
            }
            return make(n - 1)
        }
        switch TargetRincian.cari(kode, di: d) {
        case .simpul(let node)?: return try pick(d.simpul[node].indikator.count) { .simpul(node, $0) }
        case .indikator(let p)?: return .renstra(p)
        case .tujuan(let t)?:
            return try pick(d.renstra.tujuan[t].indikator.count) { .renstra(PosisiRenstra(tujuan: t, sasaran: nil, indikator: $0)) }
        case .sasaran(let t, let s)?:
            return try pick(d.renstra.tujuan[t].sasaran[s].indikator.count) { .renstra(PosisiRenstra(tujuan: t, sasaran: s, indikator: $0)) }
        case nil:
            throw GagalCLI(bahasaCLI.t("\(berkas): kode '\(kode)' tidak ditemukan; berkas tidak diubah", "\(berkas): code '\(kode)' not found; the file is unchanged"))
        }
    }
}

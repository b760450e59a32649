import Foundation

/// What a column of an office's spreadsheet holds, recognised by its header.
public enum KolomImpor: Hashable, Sendable {
    case kode, nama, pagu, paguPerubahan
    case realisasiTW(Int), realisasiBulan(Int), realisasiTahun
    case indikator, satuan, target, targetTW(Int), realisasiKinerjaTW(Int)

    /// Headers as offices and the regional planning system write them (compared
    /// lower case, with `_` as a space and runs of spaces as one).
    static let judul: [String: KolomImpor] = {
        var map: [String: KolomImpor] = [:]
        for h in ["kode", "kode rekening", "kode sub giat", "kode giat", "kode program", "kode sub kegiatan", "kode kegiatan"] { map[h] = .kode }
        for h in ["nama", "uraian", "program/kegiatan/sub kegiatan", "nama sub giat", "nama giat", "nama program", "nama sub kegiatan"] { map[h] = .nama }
        for h in ["pagu", "pagu murni", "anggaran", "pagu (rp)", "anggaran (rp)", "pagu murni (rp)"] { map[h] = .pagu }
        for h in ["pagu perubahan", "pagu setelah perubahan", "pagu perubahan (rp)"] { map[h] = .paguPerubahan }
        let roman = ["i", "ii", "iii", "iv"]
        for q in 1...4 {
            for h in ["realisasi tw \(roman[q - 1])", "realisasi tw \(q)", "realisasi triwulan \(q)", "realisasi triwulan \(roman[q - 1])"] { map[h] = .realisasiTW(q) }
            for h in ["target tw \(roman[q - 1])", "target tw \(q)", "target triwulan \(q)"] { map[h] = .targetTW(q) }
            for h in ["realisasi kinerja tw \(roman[q - 1])", "realisasi kinerja tw \(q)", "realisasi kinerja triwulan \(q)"] { map[h] = .realisasiKinerjaTW(q) }
        }
        let months = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"]
        for (m, name) in months.enumerated() {
            map[name] = .realisasiBulan(m + 1)
            map["realisasi bulan \(m + 1)"] = .realisasiBulan(m + 1)
        }
        for h in ["realisasi", "realisasi (rp)", "realisasi anggaran", "realisasi anggaran (rp)"] { map[h] = .realisasiTahun }
        for h in ["indikator", "indikator kinerja", "tolok ukur"] { map[h] = .indikator }
        map["satuan"] = .satuan
        map["target"] = .target
        return map
    }()

    static func kenali(_ header: String) -> KolomImpor? {
        let words = header.lowercased().replacingOccurrences(of: "_", with: " ").split(whereSeparator: \.isWhitespace)
        return judul[words.joined(separator: " ")]
    }
}

/// What an import would do, worked out without writing anything.
public struct RencanaImpor: Sendable {
    /// A problem in one cell or row: (spreadsheet row, column letter or nil, what and why).
    public struct Masalah: Equatable, Sendable {
        public let baris: Int
        public let kolom: String?
        public let pesan: Pesan
    }

    public var kolomDikenal: [(String, KolomImpor)] = []
    public var kolomDiabaikan: [String] = []
    public var barisDilewati: [(Int, String)] = []
    public var masalah: [Masalah] = []
    /// Values taken that look like a slip (spending above the pagu, a capaian far above the usual).
    public var peringatan: [Masalah] = []
    /// Codes of nodes the sheet adds, in order.
    public var ditambah: [String] = []
    /// Values that change, old -> new.
    public var perubahan: [Perubahan] = []
    /// Totals a program or kegiatan row states (kept for `check`), old -> new.
    public var tertulis: [(String, Int?, Int)] = []
    /// Totals the sheet states, before they are compared with the sums.
    var dinyatakan: [(String, Int)] = []
    /// The dataset as it would be after the import (nil when there are problems).
    public var hasil: Berkas?
}

extension RencanaImpor {
    /// The dry run for people: columns used and ignored, every problem with its row and column,
    /// nodes added, values set (old -> new), stated totals, rows skipped.
    /// How many problems a preview lists before it counts the rest.
    public static let masalahDitampilkan = 50

    public func laporan(nama: String, jumlahBaris count: Int, bahasa b: Bahasa) -> [String] {
        var out = [b.t("\(nama): \(count) baris; kolom dikenal: ", "\(nama): \(count) rows; columns used: ") + kolomDikenal.map(\.0).joined(separator: ", ")]
        if !kolomDiabaikan.isEmpty { out.append(b.t("kolom diabaikan: ", "columns ignored: ") + kolomDiabaikan.joined(separator: ", ")) }
        // A sheet with thousands of bad rows: the first of them, and how many more (each row's the same fix).
        for m in masalah.prefix(RencanaImpor.masalahDitampilkan) {
            out.append("\(nama) " + b.t("baris", "row") + " \(m.baris)" + (m.kolom.map { b.t(" kolom ", " column ") + $0 } ?? "") + ": " + m.pesan.teks(b))
        }
        if masalah.count > RencanaImpor.masalahDitampilkan {
            let more = masalah.count - RencanaImpor.masalahDitampilkan
            out.append(b.t("… dan \(more) masalah lain (baris \(masalah[RencanaImpor.masalahDitampilkan].baris) dst.)", "… and \(more) more problems (rows \(masalah[RencanaImpor.masalahDitampilkan].baris) on)"))
        }
        guard masalah.isEmpty else { return out }
        for w in peringatan {
            out.append(b.t("peringatan: ", "warning: ") + "\(nama) " + b.t("baris", "row") + " \(w.baris): " + w.pesan.teks(b))
        }
        out.append(b.t("simpul ditambah: \(ditambah.count)", "nodes added: \(ditambah.count)"))
        out += ditambah.map { "  + " + $0 }
        let overwritten = perubahan.filter { $0.lama != nil }.count
        out.append(b.t("nilai diisi: \(perubahan.count) (\(overwritten) menimpa nilai lama)", "values set: \(perubahan.count) (\(overwritten) over an old value)"))
        func shown(_ v: String?) -> String { Decimal.tepat(v).map { Format.id($0) } ?? v ?? "-" }
        out += perubahan.map { "  " + $0.alamat.teks(b) + ": " + shown($0.lama) + " -> " + shown($0.baru) }
        out += tertulis.map { "  \($0.0) " + b.t("pagu tertulis", "stated pagu") + ": " + ($0.1.map(Format.rupiah) ?? "-") + " -> " + Format.rupiah($0.2) }
        if !barisDilewati.isEmpty {
            out.append(b.t("baris jumlah atau tanpa kode dilewati: ", "total rows and rows without a code skipped: ") + barisDilewati.map { "\($0.0) (\($0.1))" }.joined(separator: ", "))
        }
        return out
    }
}

/// Imports an office's spreadsheet (already split into rows of cells) into a dataset:
/// new codes become nodes under their parents; existing codes get values.
public enum Impor {
    /// The header row: the first whose cells name a Kode column and another known one.
    public static func barisJudul(_ rows: [[String]]) -> Int? {
        rows.firstIndex { row in
            let kinds = row.compactMap(KolomImpor.kenali)
            return kinds.contains(.kode) && kinds.count >= 2
        }
    }

    public static func rencana(_ d: Dokumen, baris rows: [[String]]) -> RencanaImpor {
        var plan = RencanaImpor()
        guard let headerIndex = barisJudul(rows) else {
            plan.masalah.append(.init(baris: 1, kolom: nil, pesan: Pesan(
                id: "tidak ada baris judul kolom yang dikenal (perlu kolom Kode dan satu kolom lain, mis. Nama atau Pagu)",
                en: "no header row found (it needs a Kode column and another known one, e.g. Nama or Pagu)")))
            return plan
        }
        let header = rows[headerIndex]
        var columns: [Int: KolomImpor] = [:]
        for (c, text) in header.enumerated() {
            if let kind = KolomImpor.kenali(text) { columns[c] = kind; plan.kolomDikenal.append((text, kind)) } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                plan.kolomDiabaikan.append(text)
            }
        }
        // Where each kind of column is (the first of its kind), looked up once per cell.
        let letak = Dictionary(columns.map { ($0.value, $0.key) }, uniquingKeysWith: min)
        var file = d.berkas()
        var peta = file.peta()
        var seen: [String: Int] = [:]
        var pending: [(Int, [String])] = []
        /// A row's cell of a kind of column, trimmed; empty where the sheet has none.
        func sel(_ row: [String], _ kind: KolomImpor) -> String {
            guard let c = letak[kind], c < row.count else { return "" }
            return row[c].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for (offset, row) in rows.enumerated().dropFirst(headerIndex + 1) {
            let line = offset + 1
            let kode = sel(row, .kode)
            // An OPD's row (urusan.bidang, e.g. 1.06) is the grand total: skipped like a "Jumlah" row.
            if kode.isEmpty || kode == d.opd.kode || Kode.sahOPD(kode) {
                if row.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    plan.barisDilewati.append((line, row.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""))
                }
                continue
            }
            if let first = seen[kode] {
                plan.masalah.append(.init(baris: line, kolom: huruf(letak, .kode), pesan: Pesan(
                    id: "kode \(kode) sudah ada di baris \(first); satu baris per kode", en: "code \(kode) already on row \(first); one row per code")))
                continue
            }
            seen[kode] = line
            pending.append((line, row))
        }
        // Programs before kegiatan before sub kegiatan, so that a parent in the same sheet comes first.
        let levels: [Tingkat] = [.program, .kegiatan, .subKegiatan]
        func level(_ kode: String) -> Tingkat? { levels.first { Kode.sahBentuk(kode, $0) } }
        for wanted in levels {
            for (line, row) in pending {
                let value = { (kind: KolomImpor) -> String in sel(row, kind) }
                let kode = value(.kode)
                guard let tingkat = level(kode) else {
                    if wanted == .program {
                        plan.masalah.append(.init(baris: line, kolom: huruf(letak, .kode), pesan: Pesan(
                            id: "'\(kode)' bukan kode program, kegiatan atau sub kegiatan (mis. 1.06.04, 1.06.04.2.01, 1.06.04.2.01.0001)",
                            en: "'\(kode)' is not a program, kegiatan or sub kegiatan code (e.g. 1.06.04, 1.06.04.2.01, 1.06.04.2.01.0001)")))
                    }
                    continue
                }
                guard tingkat == wanted else { continue }
                terapkanBaris(&file, &peta, &plan, d, line: line, kode: kode, tingkat: tingkat, letak: letak, value: value)
            }
        }
        plan.masalah.sort { ($0.baris, $0.kolom ?? "") < ($1.baris, $1.kolom ?? "") }
        guard plan.masalah.isEmpty else { return plan }
        do {
            var after = try Dokumen(berkas: file)
            // A stated total is kept (for `check` to compare) only where it is not just the sum.
            for (kode, stated) in plan.dinyatakan {
                guard let i = after.indeks(kode: kode), after.anggaran(i).paguAda != stated, after.simpul[i].tertulis?.pagu != stated else { continue }
                plan.tertulis.append((kode, after.simpul[i].tertulis?.pagu, stated))
                if let at = peta[kode] { file.ubah(at) { $0.tertulis = AnggaranTertulis(pagu: stated, realisasi: $0.tertulis?.realisasi) } }
            }
            if !plan.tertulis.isEmpty { after = try Dokumen(berkas: file) }
            plan.perubahan = d.perbedaan(ke: after) + d.nilaiBaru(di: after)
            // Every value through the rules every door applies, judged on the dataset as the sheet
            // leaves it: a closed quarter's values refused, likely slips warned about, each on its row.
            var warned = Set<String>()
            for change in plan.perubahan {
                let row = change.alamat.kode.flatMap { seen[$0] } ?? headerIndex + 1
                func place(_ p: Pesan) -> Pesan { Pesan(id: change.alamat.teks(.id) + ": " + p.id, en: change.alamat.teks(.en) + ": " + p.en) }
                switch Isian.periksa(after, change.alamat, nilai: change.baru) {
                case .failure(let why): plan.masalah.append(.init(baris: row, kolom: nil, pesan: place(why)))
                case .success(let warnings):
                    // The year's spending is one warning per node, not one per quarter.
                    for w in warnings where warned.insert((change.alamat.kode ?? "") + w.id).inserted {
                        plan.peringatan.append(.init(baris: row, kolom: nil, pesan: place(w)))
                    }
                }
            }
            if !plan.masalah.isEmpty { plan.perubahan = []; plan.peringatan = []; return plan }
            plan.hasil = file
        } catch {
            plan.masalah.append(.init(baris: headerIndex + 1, kolom: nil, pesan: Pesan(id: "\(error.tempat): \(error.pesan.id)", en: "\(error.tempat): \(error.pesan.en)")))
        }
        return plan
    }

    /// The column letter of a kind, as the spreadsheet shows it (A, B, ... AA).
    static func huruf(_ letak: [KolomImpor: Int], _ kind: KolomImpor) -> String? {
        letak[kind].map(hurufKolom)
    }

    public static func hurufKolom(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 { let r = (n - 1) % 26; out = String(UnicodeScalar(UInt8(65 + r))) + out; n = (n - 1) / 26 }
        return out
    }

    private static func terapkanBaris(_ file: inout Berkas, _ peta: inout [String: LetakSimpul], _ plan: inout RencanaImpor, _ d: Dokumen, line: Int, kode: String,
                                      tingkat: Tingkat, letak: [KolomImpor: Int], value: (KolomImpor) -> String) {
        func masalah(_ kind: KolomImpor?, _ id: String, _ en: String) {
            plan.masalah.append(.init(baris: line, kolom: kind.flatMap { huruf(letak, $0) }, pesan: Pesan(id: id, en: en)))
        }
        /// A cell by the entry rules: `.some(nil)` when empty or `-` (nothing changes), nil when refused.
        func baca<Nilai>(_ kind: KolomImpor, _ rule: (String) -> Result<Nilai?, Pesan>) -> Nilai?? {
            let text = value(kind)
            if text.isEmpty || text == "-" { return .some(nil) }
            if text.hasPrefix("=") {
                masalah(kind, "rumus \(text) tanpa nilai tersimpan; buka buku kerja di Excel atau LibreOffice dan simpan ulang agar nilainya tersimpan",
                        "formula \(text) without a stored value; open the workbook in Excel or LibreOffice and save it again so that its values are stored")
                return nil
            }
            switch rule(text) {
            case .success(let v): return .some(v)
            case .failure(let why): masalah(kind, "'\(text)': \(why.id)", "'\(text)': \(why.en)"); return nil
            }
        }
        func rupiah(_ kind: KolomImpor) -> Int?? { baca(kind, Isian.rupiah) }
        func angka(_ kind: KolomImpor) -> Decimal?? { baca(kind, Isian.nilai) }
        let pagu = rupiah(.pagu), perubahan = rupiah(.paguPerubahan)
        let quarters = (1...4).map { rupiah(.realisasiTW($0)) }
        let months = (1...12).map { rupiah(.realisasiBulan($0)) }
        let year = rupiah(.realisasiTahun)
        let target = angka(.target)
        let targets = (1...4).map { angka(.targetTW($0)) }
        let actuals = (1...4).map { angka(.realisasiKinerjaTW($0)) }
        if let existing = d.indeks(kode: kode), d.simpul[existing].tingkat != tingkat {
            masalah(.kode, "kode \(kode) ada di berkas sebagai \(d.simpul[existing].tingkat.nama(.id))", "code \(kode) is a \(d.simpul[existing].tingkat.nama(.en)) in the file")
            return
        }
        let name = value(.nama)
        if peta[kode] == nil {
            let parts = kode.split(separator: ".")
            let parent = tingkat == .program ? nil : parts.prefix(tingkat == .kegiatan ? 3 : 5).joined(separator: ".")
            if let parent, peta[parent] == nil {
                masalah(.kode, "induk \(parent) dari \(kode) tidak ada di berkas maupun di lembar ini; tambahkan barisnya",
                        "the parent \(parent) of \(kode) is neither in the file nor in this sheet; add its row")
                return
            }
            guard !name.isEmpty else {
                masalah(.nama, "\(kode) baru tetapi namanya kosong; isi kolom nama", "\(kode) is new but has no name; fill the name column")
                return
            }
            file.tambah(SimpulBerkas(kode: kode, nama: name), tingkat: tingkat, induk: parent, peta: &peta)
            plan.ditambah.append(kode)
        }
        guard let pagu, let perubahan, let year, !quarters.contains(where: { $0 == nil }), !months.contains(where: { $0 == nil }),
              let target, !targets.contains(where: { $0 == nil }), !actuals.contains(where: { $0 == nil }) else { return }
        if tingkat == .subKegiatan, year != nil, quarters.contains(where: { ($0 ?? nil) != nil }) || months.contains(where: { ($0 ?? nil) != nil }) {
            masalah(.realisasiTahun, "realisasi tahunan bersama realisasi triwulan/bulan pada baris yang sama; pakai salah satu",
                    "a yearly realisation next to quarterly/monthly ones on the same row; use one of them")
            return
        }
        var yearlyRefused = false
        guard let at = peta[kode] else { return }
        file.ubah(at) { node in
            if tingkat == .subKegiatan {
                var budget = node.anggaran ?? Anggaran()
                if let pagu { budget.paguMurni = pagu; budget.paguSementara = nil }
                if let perubahan { budget.paguPerubahan = perubahan; budget.paguSementara = nil }
                for q in 0..<4 {
                    let fromMonths = months[(q * 3)..<(q * 3 + 3)].compactMap { $0 ?? nil }
                    if let v = quarters[q] ?? nil { budget.realisasi[q] = v } else if !fromMonths.isEmpty { budget.realisasi[q] = fromMonths.reduce(0, +) }
                }
                // A yearly realisation is the year's total: kept in TW IV where no earlier quarter holds one.
                if let total = year ?? nil {
                    if budget.realisasi.prefix(3).contains(where: { $0 != nil }) && budget.realisasi.compactMap({ $0 }).reduce(0, +) != total {
                        yearlyRefused = true
                    } else if budget.realisasi.prefix(3).allSatisfy({ $0 == nil }) {
                        budget.realisasi[3] = total
                    }
                }
                node.anggaran = budget
            } else if let stated = pagu {
                // A total stated on a program or kegiatan row: compared with the sum once every row is in.
                plan.dinyatakan.append((kode, stated))
            }
            let uraian = value(.indikator)
            guard !uraian.isEmpty else { return }
            var list = node.indikator ?? []
            let unit = value(.satuan).isEmpty ? "-" : value(.satuan)
            let i = list.firstIndex { $0.uraian.lowercased() == uraian.lowercased() } ?? {
                list.append(Indikator(uraian: uraian, satuan: unit, agregasi: unit.contains("%") ? .akhir : .jumlah))
                return list.count - 1
            }()
            if let target { list[i].target = target }
            for q in 0..<4 {
                if let t = targets[q] ?? nil { list[i].triwulan[q].target = t }
                if let r = actuals[q] ?? nil { list[i].triwulan[q].realisasi = r }
            }
            node.indikator = list
        }
        if yearlyRefused {
            masalah(.realisasiTahun, "\(kode) sudah punya realisasi triwulan, jadi realisasi tahunan tidak dipakai; isi per triwulan (Realisasi TW I..IV)",
                    "\(kode) already has quarterly realisations, so a yearly one would not count; give it per quarter (Realisasi TW I..IV)")
        }
    }
}

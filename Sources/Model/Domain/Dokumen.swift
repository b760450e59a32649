import Foundation

/// A dataset in memory: the budget tree flattened into `simpul` (index 0 is the OPD),
/// the Renstra, and rollups recomputed incrementally: an edit marks its node and
/// ancestors stale, and a rollup is recomputed from its children's when read.
public final class Dokumen {
    public private(set) var opd: InfoOPD
    public let tahun: Int
    public var skala: Skala
    public private(set) var renstra: Renstra
    public private(set) var simpul: DaftarSimpul
    /// Closed quarters, by quarter.
    public private(set) var kunci: [Int: KunciTriwulan] = [:]
    /// Grows by one with every change; a UI compares it to know what is unsaved.
    public private(set) var revisi = 0

    private var indeksKode: [String: Int] = [:]
    private var indeksRenstra: [String: PosisiRenstra] = [:]
    private var cacheAnggaran: [RingkasAnggaran?]
    private var cacheCapaian: [[RingkasCapaian?]]

    /// A dataset after a change of structure: numbered on from `revisi`, so a UI sees it as a change.
    public convenience init(berkas: Berkas, revisi: Int) throws(GalatData) {
        try self.init(berkas: berkas)
        self.revisi = revisi
    }

    /// A copy that shares its storage until either side changes: what a save writes on
    /// another thread while this one goes on being edited and drawn.
    /// `denganRingkasan: false` for a copy that is only written out (a save, a recovery copy):
    /// the rollups stay this one's alone, so the first edit after does not copy them.
    public func salinan(denganRingkasan: Bool = true) -> Dokumen { Dokumen(salinanDari: self, denganRingkasan: denganRingkasan) }

    private init(salinanDari d: Dokumen, denganRingkasan: Bool) {
        opd = d.opd
        tahun = d.tahun
        skala = d.skala
        renstra = d.renstra
        simpul = d.simpul
        kunci = d.kunci
        revisi = d.revisi
        indeksKode = d.indeksKode
        indeksRenstra = d.indeksRenstra
        cacheAnggaran = denganRingkasan ? d.cacheAnggaran : Array(repeating: nil, count: d.simpul.count)
        cacheCapaian = denganRingkasan ? d.cacheCapaian : Array(repeating: [nil, nil, nil, nil], count: d.simpul.count)
    }

    public init(berkas: Berkas) throws(GalatData) {
        opd = berkas.opd
        tahun = berkas.tahun
        guard let scale = Skala.dengan(kode: berkas.skala) else {
            throw GalatData(tempat: "skala", pesan: Pesan(
                id: "skala kategori '\(berkas.skala)' tidak dikenal; pakai \"lkjip\" atau \"renja\"",
                en: "unknown category scale '\(berkas.skala)'; use \"lkjip\" or \"renja\""))
        }
        skala = scale
        try Dokumen.periksaTahun(berkas)
        renstra = berkas.renstra
        for lock in berkas.kunci ?? [] {
            guard (1...4).contains(lock.tw) else {
                throw GalatData(tempat: "kunci", pesan: Pesan(id: "triwulan \(lock.tw) tidak ada; tw 1 sampai 4", en: "there is no quarter \(lock.tw); tw 1 to 4"))
            }
            kunci[lock.tw] = lock
        }
        let root = Simpul(kode: berkas.opd.kode ?? "", nama: berkas.opd.nama, tingkat: .opd, induk: nil, anak: [],
                          indikator: [], anggaran: nil, mendukung: [], tertulis: nil,
                          catatan: Dokumen.empatCatatan(berkas.opd.catatan))
        simpul = [root]
        cacheAnggaran = []
        cacheCapaian = []
        for (i, program) in berkas.program.enumerated() {
            try tambah(program, tingkat: .program, induk: 0) { "program[\(i)]" }
        }
        try indeksRenstraBangun()
        cacheAnggaran = Array(repeating: nil, count: simpul.count)
        cacheCapaian = Array(repeating: [nil, nil, nil, nil], count: simpul.count)
    }

    /// Years a plan can have: 2000 to 2100, a Renstra of at most 10 years, first before last.
    public static let tahunSah = 2000...2100
    public static let panjangRenstraMaks = 10

    private static func periksaTahun(_ berkas: Berkas) throws(GalatData) {
        func year(_ value: Int, _ place: String) throws(GalatData) {
            guard tahunSah.contains(value) else {
                throw GalatData(tempat: place, pesan: Pesan(
                    id: "tahun \(value) di luar rentang \(tahunSah.lowerBound)-\(tahunSah.upperBound); periksa angkanya",
                    en: "year \(value) outside \(tahunSah.lowerBound)-\(tahunSah.upperBound); check the number"))
            }
        }
        try year(berkas.tahun, "tahun")
        try year(berkas.renstra.tahunAwal, "renstra.tahunAwal")
        try year(berkas.renstra.tahunAkhir, "renstra.tahunAkhir")
        let span = berkas.renstra.tahunAkhir - berkas.renstra.tahunAwal + 1
        guard (1...panjangRenstraMaks).contains(span) else {
            throw GalatData(tempat: "renstra.tahunAkhir", pesan: Pesan(
                id: "Renstra \(berkas.renstra.tahunAwal)-\(berkas.renstra.tahunAkhir) tidak sah: tahun akhir harus sesudah tahun awal dan paling lama \(panjangRenstraMaks) tahun",
                en: "Renstra \(berkas.renstra.tahunAwal)-\(berkas.renstra.tahunAkhir) is not valid: the last year must follow the first, at most \(panjangRenstraMaks) years"))
        }
        for (t, tujuan) in berkas.renstra.tujuan.enumerated() {
            let lists = [("renstra.tujuan[\(t)]", tujuan.indikator)]
                + tujuan.sasaran.enumerated().map { ("renstra.tujuan[\(t)].sasaran[\($0.offset)]", $0.element.indikator) }
            for (place, list) in lists {
                for (i, ind) in list.enumerated() {
                    for key in (ind.tahunan ?? [:]).keys.sorted() {
                        guard let value = Int(key), key.count == 4 else {
                            throw GalatData(tempat: "\(place).indikator[\(i)].tahunan.\(key)", pesan: Pesan(
                                id: "'\(key)' bukan tahun; kunci tahunan adalah tahun empat angka, mis. \"2022\"",
                                en: "'\(key)' is not a year; the keys of tahunan are four-digit years, e.g. \"2022\""))
                        }
                        try year(value, "\(place).indikator[\(i)].tahunan.\(key)")
                    }
                }
            }
        }
    }

    private static func empatCatatan(_ list: [Catatan]?) -> [Catatan] {
        // Most nodes have none: they all share one list of four empty notes.
        guard let given = list else { return empatKosong }
        return (0..<4).map { $0 < given.count ? given[$0] : Catatan() }
    }

    private static let empatKosong = [Catatan(), Catatan(), Catatan(), Catatan()]

    /// Adds a node and its children. `jalur` (the JSON path, for messages) is built only when one is needed.
    private func tambah(_ data: SimpulBerkas, tingkat: Tingkat, induk: Int, jalur: () -> String) throws(GalatData) {
        if let existing = indeksKode[data.kode] {
            throw GalatData(tempat: jalur() + ".kode", pesan: Pesan(
                id: "kode \(data.kode) ganda (sudah dipakai oleh \(simpul[existing].nama)); beri kode yang unik",
                en: "duplicate code \(data.kode) (already used by \(simpul[existing].nama)); give each node its own code"))
        }
        let wrongChildren: String? = switch tingkat {
        case .program: data.subKegiatan != nil ? "subKegiatan" : (data.anggaran != nil ? "anggaran" : nil)
        case .kegiatan: data.kegiatan != nil ? "kegiatan" : (data.anggaran != nil ? "anggaran" : nil)
        default: data.kegiatan != nil ? "kegiatan" : (data.subKegiatan != nil ? "subKegiatan" : nil)
        }
        if let key = wrongChildren {
            throw GalatData(tempat: jalur() + "." + key, pesan: Pesan(
                id: "'\(key)' tidak boleh ada pada \(tingkat.nama(.id)); program berisi kegiatan, kegiatan berisi subKegiatan, anggaran ada pada sub kegiatan",
                en: "'\(key)' is not allowed on a \(tingkat.nama(.en)); programs hold kegiatan, kegiatan hold subKegiatan, budgets sit on sub kegiatan"))
        }
        let index = simpul.count
        simpul.append(Simpul(kode: data.kode, nama: data.nama, tingkat: tingkat, induk: induk, anak: [],
                             indikator: data.indikator ?? [], anggaran: tingkat == .subKegiatan ? (data.anggaran ?? Anggaran()) : nil,
                             mendukung: data.mendukung ?? [], tertulis: data.tertulis,
                             catatan: Dokumen.empatCatatan(data.catatan)))
        simpul[induk].anak.append(index)
        indeksKode[data.kode] = index
        switch tingkat {
        case .program:
            for (i, child) in (data.kegiatan ?? []).enumerated() {
                try tambah(child, tingkat: .kegiatan, induk: index) { jalur() + ".kegiatan[\(i)]" }
            }
        case .kegiatan:
            for (i, child) in (data.subKegiatan ?? []).enumerated() {
                try tambah(child, tingkat: .subKegiatan, induk: index) { jalur() + ".subKegiatan[\(i)]" }
            }
        default: break
        }
    }

    private func indeksRenstraBangun() throws(GalatData) {
        var numbers = Set<String>()
        for (t, tujuan) in renstra.tujuan.enumerated() {
            guard numbers.insert(tujuan.nomor).inserted else {
                throw GalatData(tempat: "renstra.tujuan[\(t)].nomor", pesan: .nomorGanda(tujuan.nomor))
            }
            for (i, ind) in tujuan.indikator.enumerated() {
                try daftarkan(ind.nomor, PosisiRenstra(tujuan: t, sasaran: nil, indikator: i),
                              jalur: "renstra.tujuan[\(t)].indikator[\(i)].nomor", numbers: &numbers)
            }
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                guard numbers.insert(sasaran.nomor).inserted else {
                    throw GalatData(tempat: "renstra.tujuan[\(t)].sasaran[\(s)].nomor", pesan: .nomorGanda(sasaran.nomor))
                }
                for (i, ind) in sasaran.indikator.enumerated() {
                    try daftarkan(ind.nomor, PosisiRenstra(tujuan: t, sasaran: s, indikator: i),
                                  jalur: "renstra.tujuan[\(t)].sasaran[\(s)].indikator[\(i)].nomor", numbers: &numbers)
                }
            }
        }
    }

    private func daftarkan(_ nomor: String?, _ posisi: PosisiRenstra, jalur: String, numbers: inout Set<String>) throws(GalatData) {
        guard let nomor else { return }
        guard numbers.insert(nomor).inserted else { throw GalatData(tempat: jalur, pesan: .nomorGanda(nomor)) }
        indeksRenstra[nomor] = posisi
    }

    // MARK: - Back to the file's shape

    public func berkas() -> Berkas {
        var info = opd
        info.catatan = simpul[0].catatan.allSatisfy(\.isEmpty) ? nil : simpul[0].catatan
        var file = Berkas(opd: info, tahun: tahun, skala: skala.kode, renstra: renstra, program: [])
        file.program = simpul[0].anak.map(simpulBerkas)
        file.kunci = kunci.isEmpty ? nil : kunci.keys.sorted().map { kunci[$0]! }
        return file
    }

    private func simpulBerkas(_ index: Int) -> SimpulBerkas {
        let node = simpul[index]
        var data = SimpulBerkas(kode: node.kode, nama: node.nama,
                                indikator: node.indikator.isEmpty ? nil : node.indikator,
                                mendukung: node.mendukung.isEmpty ? nil : node.mendukung,
                                tertulis: node.tertulis, anggaran: node.anggaran)
        data.catatan = node.catatan.allSatisfy(\.isEmpty) ? nil : node.catatan
        switch node.tingkat {
        case .program: data.kegiatan = node.anak.map(simpulBerkas)
        case .kegiatan: data.subKegiatan = node.anak.map(simpulBerkas)
        default: break
        }
        return data
    }

    // MARK: - Look-ups

    public func indeks(kode: String) -> Int? { indeksKode[kode] }
    public func posisi(nomor: String) -> PosisiRenstra? { indeksRenstra[nomor] }

    public func indikator(_ ref: RefIndikator) -> Indikator {
        switch ref {
        case .simpul(let node, let i): return simpul[node].indikator[i]
        case .renstra(let p):
            let tujuan = renstra.tujuan[p.tujuan]
            return p.sasaran.map { tujuan.sasaran[$0].indikator[p.indikator] } ?? tujuan.indikator[p.indikator]
        }
    }

    /// Ancestors of a node, nearest first.
    public func leluhur(_ index: Int) -> [Int] {
        var out: [Int] = []
        var current = simpul[index].induk
        while let i = current { out.append(i); current = simpul[i].induk }
        return out
    }

    /// Every node below a node, depth first.
    public func keturunan(_ index: Int) -> [Int] {
        simpul[index].anak.flatMap { [$0] + keturunan($0) }
    }

    public var indeksSubKegiatan: [Int] { simpul.indices.filter { simpul[$0].tingkat == .subKegiatan } }

    /// The last quarter in which any realisation (indicator or budget) is entered; 1 when none.
    public var triwulanTerakhirTerisi: Int {
        var last = 1
        for node in simpul {
            for ind in node.indikator {
                for tw in stride(from: 4, to: last, by: -1) where ind.triwulan[tw - 1].realisasi != nil { last = tw; break }
            }
            if let a = node.anggaran {
                for tw in stride(from: 4, to: last, by: -1) where a.realisasi[tw - 1] != nil { last = tw; break }
            }
            if last == 4 { return 4 }
        }
        for ind in semuaIndikatorRenstra.map(\.1) {
            for tw in stride(from: 4, to: last, by: -1) where ind.triwulan[tw - 1].realisasi != nil { last = tw; break }
        }
        return last
    }

    /// Every Renstra indicator with its position, tujuan indicators before their sasaran's.
    public var semuaIndikatorRenstra: [(PosisiRenstra, Indikator)] {
        var out: [(PosisiRenstra, Indikator)] = []
        for (t, tujuan) in renstra.tujuan.enumerated() {
            for (i, ind) in tujuan.indikator.enumerated() { out.append((PosisiRenstra(tujuan: t, sasaran: nil, indikator: i), ind)) }
            for (s, sasaran) in tujuan.sasaran.enumerated() {
                for (i, ind) in sasaran.indikator.enumerated() { out.append((PosisiRenstra(tujuan: t, sasaran: s, indikator: i), ind)) }
            }
        }
        return out
    }

    // MARK: - Edits

    /// Sets one indicator value (nil blanks it) and returns the previous one.
    @discardableResult
    public func ubah(_ ref: RefIndikator, _ kolom: KolomIndikator, _ nilai: Decimal?) -> Decimal? {
        revisi += 1
        switch ref {
        case .simpul(let node, let i):
            let before = (1...4).map { simpul[node].indikator[i].capaian(sd: $0) }
            let old = simpul[node].indikator[i][kolom]
            simpul[node].indikator[i][kolom] = nilai
            let after = (1...4).map { simpul[node].indikator[i].capaian(sd: $0) }
            geserCapaian(node, tingkat: simpul[node].tingkat, dari: before, ke: after)
            return old
        case .renstra(let p):
            if let s = p.sasaran {
                let old = renstra.tujuan[p.tujuan].sasaran[s].indikator[p.indikator][kolom]
                renstra.tujuan[p.tujuan].sasaran[s].indikator[p.indikator][kolom] = nilai
                return old
            }
            let old = renstra.tujuan[p.tujuan].indikator[p.indikator][kolom]
            renstra.tujuan[p.tujuan].indikator[p.indikator][kolom] = nilai
            return old
        }
    }

    /// Sets one budget value of a sub kegiatan (nil blanks it) and returns the previous one.
    @discardableResult
    public func ubah(anggaran node: Int, _ kolom: KolomAnggaran, _ nilai: Int?) -> Int? {
        precondition(simpul[node].anggaran != nil, "budget values live on sub kegiatan")
        tandaiTertulisUsang(node, kolom, nilai)
        revisi += 1
        let before = Dokumen.sumbangan(simpul[node].anggaran!)
        let old = simpul[node].anggaran![kolom]
        simpul[node].anggaran![kolom] = nilai
        let after = Dokumen.sumbangan(simpul[node].anggaran!)
        var current: Int? = node
        while let i = current {
            cacheAnggaran[i]?.geser(dari: before, ke: after)
            current = simpul[i].induk
        }
        return old
    }

    /// A stated total above the node that matched its parts before this edit, and will not after it,
    /// is marked outdated (the edit is legitimate; the stated figure is what is old).
    private func tandaiTertulisUsang(_ node: Int, _ kolom: KolomAnggaran, _ nilai: Int?) {
        guard simpul[node].anggaran?[kolom] != nilai else { return }
        var current = simpul[node].induk
        while let i = current, i > 0 {
            if let stated = simpul[i].tertulis, stated.usang != true {
                let sum = anggaran(i)
                let matched: Bool = switch kolom {
                case .paguMurni, .paguPerubahan: stated.pagu != nil && stated.pagu == sum.pagu
                case .realisasi: stated.realisasi != nil && stated.realisasi == (sum.realisasiSd(4) ?? 0)
                }
                if matched { simpul[i].tertulis?.usang = true }
            }
            current = simpul[i].induk
        }
    }

    /// Sets a node's stated totals (nil drops them): brought up to date or removed.
    public func aturTertulis(simpul node: Int, _ t: AnggaranTertulis?) {
        revisi += 1
        simpul[node].tertulis = t
    }

    /// Sets one note of a node for a quarter and returns the previous text.
    @discardableResult
    public func ubahCatatan(simpul node: Int, tw: Int, _ jenis: JenisCatatan, _ teks: String?) -> String? {
        revisi += 1
        let old = simpul[node].catatan[tw - 1][jenis]
        simpul[node].catatan[tw - 1][jenis] = (teks ?? "").isEmpty ? nil : teks
        return old
    }

    /// Writes a reviewer's note on a node's quarter, with who and when; blank removes it.
    public func tulisVerifikasi(simpul node: Int, tw: Int, _ teks: String?, oleh: String, waktu: String) {
        ubahCatatan(simpul: node, tw: tw, .verifikasi, teks)
        tandaiVerifikasi(simpul: node, tw: tw, oleh: oleh, waktu: waktu)
    }

    /// A closing found on the file as it is now, marked on this dataset (not a change of it).
    public func tandaiKunci(_ lock: KunciTriwulan) {
        kunci[lock.tw] = lock
    }

    /// Who wrote the reviewer's note now in place, and when (none when there is no note).
    public func tandaiVerifikasi(simpul node: Int, tw: Int, oleh: String, waktu: String) {
        let written = !(simpul[node].catatan[tw - 1].verifikasi ?? "").isEmpty
        simpul[node].catatan[tw - 1].verifikasiOleh = written ? oleh : nil
        simpul[node].catatan[tw - 1].verifikasiWaktu = written ? waktu : nil
    }

    /// Sets one note of an indicator for a quarter and returns the previous text.
    @discardableResult
    public func ubahCatatan(_ ref: RefIndikator, tw: Int, _ jenis: JenisCatatan, _ teks: String?) -> String? {
        revisi += 1
        let value = (teks ?? "").isEmpty ? nil : teks
        func apply(_ ind: inout Indikator) -> String? {
            var note = ind.triwulan[tw - 1].catatan ?? Catatan()
            let old = note[jenis]
            note[jenis] = value
            ind.triwulan[tw - 1].catatan = note.isEmpty ? nil : note
            return old
        }
        switch ref {
        case .simpul(let node, let i): return apply(&simpul[node].indikator[i])
        case .renstra(let p):
            if let s = p.sasaran { return apply(&renstra.tujuan[p.tujuan].sasaran[s].indikator[p.indikator]) }
            return apply(&renstra.tujuan[p.tujuan].indikator[p.indikator])
        }
    }

    /// Sets a Renstra indicator's baseline (`tahun` nil) or one of its other years' target or
    /// realisation (the plan's own year is the indicator's own target and realisation).
    public func ubahRenstra(_ p: PosisiRenstra, tahun: Int?, realisasi: Bool, _ nilai: Decimal?) {
        revisi += 1
        func apply(_ ind: inout Indikator) {
            guard let tahun else { ind.kondisiAwal = nilai; return }
            var years = ind.tahunan ?? [:]
            var v = years[String(tahun)] ?? NilaiTahun()
            if realisasi { v.realisasi = nilai } else { v.target = nilai }
            years[String(tahun)] = v.kosong && v.satuan == nil ? nil : v
            ind.tahunan = years.isEmpty ? nil : years
        }
        if let s = p.sasaran { apply(&renstra.tujuan[p.tujuan].sasaran[s].indikator[p.indikator]) }
        else { apply(&renstra.tujuan[p.tujuan].indikator[p.indikator]) }
    }

    public func gantiSkala(_ baru: Skala) {
        revisi += 1
        skala = baru
    }

    /// Moves an indicator's contribution in the cached means of the node's ancestors:
    /// O(depth), so an edit costs the same at any dataset size.
    private func geserCapaian(_ node: Int, tingkat: Tingkat, dari before: [Capaian], ke after: [Capaian]) {
        var current = simpul[node].induk
        while let a = current {
            for q in 0..<4 where before[q] != after[q] {
                cacheCapaian[a][q]?[tingkat].geser(dari: before[q], ke: after[q])
            }
            current = simpul[a].induk
        }
    }

    /// What one sub kegiatan's budget adds to its ancestors' sums.
    static func sumbangan(_ own: Anggaran) -> RingkasAnggaran {
        var sum = RingkasAnggaran()
        if let pagu = own.pagu { sum.pagu = pagu; sum.denganPagu = 1 }
        for q in 0..<4 {
            sum.realisasi[q] = own.realisasi[q] ?? 0
            sum.terisi[q] = own.realisasi[q] == nil ? 0 : 1
        }
        sum.jumlahSub = 1
        return sum
    }

    // MARK: - Rollups

    /// The budget of a node: its own for a sub kegiatan, the sum of its children otherwise.
    public func anggaran(_ index: Int) -> RingkasAnggaran {
        if let cached = cacheAnggaran[index] { return cached }
        var sum = simpul[index].anggaran.map(Dokumen.sumbangan) ?? RingkasAnggaran()
        for child in simpul[index].anak { sum.tambah(anggaran(child)) }
        cacheAnggaran[index] = sum
        return sum
    }

    /// Works out the budget and the capaian means s.d. TW `tw` of every node, the programs'
    /// subtrees side by side (one per processor): what the first screen of a large file
    /// shows, ready before it is drawn. The same sums in the same order as `anggaran` and
    /// `ringkasCapaian` reach one by one; they keep them from here on.
    public func hitungRingkasan(sd tw: Int) {
        let nodes = simpul
        let programs = nodes[0].anak
        var parts = [[(Int, RingkasAnggaran, RingkasCapaian)]](repeating: [], count: programs.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            let out = Diserahkan(buffer)
            DispatchQueue.concurrentPerform(iterations: programs.count) { k in
                var found: [(Int, RingkasAnggaran, RingkasCapaian)]? = []
                _ = Dokumen.ringkas(programs[k], nodes, tw: tw, ke: &found)
                out.isi[k] = found ?? []
            }
        }
        for part in parts {
            for (i, budget, means) in part {
                cacheAnggaran[i] = budget
                cacheCapaian[i][tw - 1] = means
            }
        }
        _ = anggaran(0)
        _ = ringkasCapaian(0, sd: tw)
    }

    /// The OPD's and its programs' budget and the capaian their tree rows show, s.d. TW `tw`
    /// (the OPD first), worked out side by side without keeping the rollups of the nodes
    /// below: what a first screen to keep needs, at little memory.
    public func ringkasanAtas(sd tw: Int) -> [(anggaran: RingkasAnggaran, capaian: Rerata)] {
        let nodes = simpul
        let programs = nodes[0].anak
        var parts = [(RingkasAnggaran, RingkasCapaian)](repeating: (RingkasAnggaran(), RingkasCapaian()), count: programs.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            let out = Diserahkan(buffer)
            DispatchQueue.concurrentPerform(iterations: programs.count) { k in
                var none: [(Int, RingkasAnggaran, RingkasCapaian)]?
                out.isi[k] = Dokumen.ringkas(programs[k], nodes, tw: tw, ke: &none)
            }
        }
        // The OPD from its programs, in the order `anggaran` and `ringkasCapaian` add them.
        var budget = nodes[0].anggaran.map(Dokumen.sumbangan) ?? RingkasAnggaran()
        var means = RingkasCapaian()
        for (k, program) in programs.enumerated() {
            budget.tambah(parts[k].0)
            for ind in nodes[program].indikator { means[.program].tambah(ind.capaian(sd: tw)) }
            means.tambah(parts[k].1)
        }
        return [(budget, Dokumen.capaianBaris(sendiri: capaianSendiri(0, sd: tw), bawah: means))]
            + programs.enumerated().map { k, program in
                (parts[k].0, Dokumen.capaianBaris(sendiri: capaianSendiri(program, sd: tw), bawah: parts[k].1))
            }
    }

    /// One subtree's rollups, children first, touching no cache: safe beside other subtrees.
    /// Each node's are added to `found` where it is given.
    private static func ringkas(_ index: Int, _ nodes: DaftarSimpul, tw: Int,
                                ke found: inout [(Int, RingkasAnggaran, RingkasCapaian)]?) -> (RingkasAnggaran, RingkasCapaian) {
        var budget = nodes[index].anggaran.map(Dokumen.sumbangan) ?? RingkasAnggaran()
        var means = RingkasCapaian()
        for child in nodes[index].anak {
            let (childBudget, childMeans) = ringkas(child, nodes, tw: tw, ke: &found)
            budget.tambah(childBudget)
            for ind in nodes[child].indikator { means[nodes[child].tingkat].tambah(ind.capaian(sd: tw)) }
            means.tambah(childMeans)
        }
        found?.append((index, budget, means))
        return (budget, means)
    }

    /// Means of the capaian of the indicators of the nodes below `index`, s.d. TW `tw`.
    public func ringkasCapaian(_ index: Int, sd tw: Int) -> RingkasCapaian {
        if let cached = cacheCapaian[index][tw - 1] { return cached }
        var sum = RingkasCapaian()
        for child in simpul[index].anak {
            for ind in simpul[child].indikator { sum[simpul[child].tingkat].tambah(ind.capaian(sd: tw)) }
            sum.tambah(ringkasCapaian(child, sd: tw))
        }
        cacheCapaian[index][tw - 1] = sum
        return sum
    }

    /// The mean capaian of a node's own indicators, s.d. TW `tw`.
    public func capaianSendiri(_ index: Int, sd tw: Int) -> Rerata {
        var mean = Rerata()
        for ind in simpul[index].indikator { mean.tambah(ind.capaian(sd: tw)) }
        return mean
    }

    /// The capaian a tree row shows: the node's own indicators, or for a node without any
    /// (the OPD) the mean over its programs' indicators.
    public func capaianBaris(_ index: Int, sd tw: Int) -> Rerata {
        let own = capaianSendiri(index, sd: tw)
        if own.terhitung + own.tanpaCapaian > 0 { return own }
        return Dokumen.capaianBaris(sendiri: own, bawah: ringkasCapaian(index, sd: tw))
    }

    /// A row's capaian: its own indicators', else the highest level below that has one.
    private static func capaianBaris(sendiri own: Rerata, bawah below: RingkasCapaian) -> Rerata {
        if own.terhitung + own.tanpaCapaian > 0 { return own }
        for level in [Tingkat.program, .kegiatan, .subKegiatan] where below[level].terhitung > 0 { return below[level] }
        return own
    }

    /// Sasaran capaian: the mean of its indicators (Lampiran 1).
    public func capaianSasaran(tujuan t: Int, sasaran s: Int, sd tw: Int) -> Rerata {
        var mean = Rerata()
        for ind in renstra.tujuan[t].sasaran[s].indikator { mean.tambah(ind.capaian(sd: tw)) }
        return mean
    }

    /// The mean over all sasaran indicators ("rata-rata capaian sasaran").
    public func rerataIndikatorSasaran(sd tw: Int) -> Rerata {
        var mean = Rerata()
        for (p, ind) in semuaIndikatorRenstra where p.sasaran != nil { mean.tambah(ind.capaian(sd: tw)) }
        return mean
    }

    /// The mean over all tujuan indicators.
    public func rerataIndikatorTujuan(sd tw: Int) -> Rerata {
        var mean = Rerata()
        for (p, ind) in semuaIndikatorRenstra where p.sasaran == nil { mean.tambah(ind.capaian(sd: tw)) }
        return mean
    }

    /// Budget of the sub kegiatan linked to any sasaran of tujuan `t` (Tabel 3.6), each counted once.
    public func anggaranTujuan(_ t: Int) -> RingkasAnggaran {
        var sum = RingkasAnggaran()
        for i in indeksSubKegiatan where simpul[i].mendukung.contains(where: { indeksRenstra[$0]?.tujuan == t }) {
            sum.tambah(anggaran(i))
        }
        return sum
    }

    /// Budget of the sub kegiatan linked to an indicator of sasaran `s` of tujuan `t`.
    public func anggaranSasaran(tujuan t: Int, sasaran s: Int) -> RingkasAnggaran {
        var sum = RingkasAnggaran()
        for i in indeksSubKegiatan where simpul[i].mendukung.contains(where: {
            let p = indeksRenstra[$0]
            return p?.tujuan == t && p?.sasaran == s
        }) {
            sum.tambah(anggaran(i))
        }
        return sum
    }
}

extension Pesan {
    static func nomorGanda(_ nomor: String) -> Pesan {
        Pesan(id: "nomor \(nomor) ganda di Renstra; beri nomor yang unik",
              en: "duplicate number \(nomor) in the Renstra; give each its own number")
    }
}

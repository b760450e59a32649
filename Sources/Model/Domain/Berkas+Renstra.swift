import Foundation

/// The Renstra's tujuan and sasaran and its years. Tujuan are numbered `1`, `2`, ...,
/// sasaran `2.1`, `2.2`, ... and their indicators `2.1.1`, ...; numbers stay as given
/// (links refer to them), a new item takes the next free one.
extension Berkas {
    /// Where a tujuan (`2`) or sasaran (`2.1`) is.
    func letakRenstra(_ nomor: String) throws(GalatData) -> (tujuan: Int, sasaran: Int?) {
        for (t, tujuan) in renstra.tujuan.enumerated() {
            if tujuan.nomor == nomor { return (t, nil) }
            if let s = tujuan.sasaran.firstIndex(where: { $0.nomor == nomor }) { return (t, s) }
        }
        let known = renstra.tujuan.flatMap { [$0.nomor] + $0.sasaran.map(\.nomor) }
        throw GalatData(tempat: nomor, pesan: Pesan(
            id: "tidak ada tujuan atau sasaran \(nomor)" + (known.isEmpty ? "; Renstra masih kosong" : "; yang ada: " + known.joined(separator: ", ")),
            en: "there is no tujuan or sasaran \(nomor)" + (known.isEmpty ? "; the Renstra is empty" : "; there are: " + known.joined(separator: ", "))))
    }

    private static func wajibUraian(_ uraian: String, _ place: String) throws(GalatData) {
        guard !uraian.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalatData(tempat: place, pesan: Pesan(id: "uraian wajib diisi", en: "a description is required"))
        }
    }

    private static func berikut(_ numbers: [String], awalan: String) -> String {
        let n = (numbers.compactMap { Int($0.split(separator: ".").last ?? "") }.max() ?? 0) + 1
        return awalan + String(n)
    }

    /// Adds a tujuan at the end; returns its number.
    @discardableResult
    public mutating func tambahTujuan(uraian: String) throws(GalatData) -> String {
        try Berkas.wajibUraian(uraian, "renstra")
        let nomor = Berkas.berikut(renstra.tujuan.map(\.nomor), awalan: "")
        renstra.tujuan.append(Tujuan(nomor: nomor, uraian: uraian, indikator: [], sasaran: []))
        return nomor
    }

    /// Adds a sasaran at the end of tujuan `tujuan`; returns its number.
    @discardableResult
    public mutating func tambahSasaran(tujuan: String, uraian: String) throws(GalatData) -> String {
        let (t, s) = try letakRenstra(tujuan)
        guard s == nil else {
            throw GalatData(tempat: tujuan, pesan: Pesan(id: "\(tujuan) adalah sasaran; sasaran ditambahkan di bawah tujuan", en: "\(tujuan) is a sasaran; sasaran go under a tujuan"))
        }
        try Berkas.wajibUraian(uraian, tujuan)
        let nomor = Berkas.berikut(renstra.tujuan[t].sasaran.map(\.nomor), awalan: renstra.tujuan[t].nomor + ".")
        renstra.tujuan[t].sasaran.append(Sasaran(nomor: nomor, uraian: uraian, indikator: []))
        return nomor
    }

    /// Changes the description of a tujuan or sasaran.
    public mutating func ubahUraian(nomor: String, uraian: String) throws(GalatData) {
        let (t, s) = try letakRenstra(nomor)
        try Berkas.wajibUraian(uraian, nomor)
        if let s { renstra.tujuan[t].sasaran[s].uraian = uraian } else { renstra.tujuan[t].uraian = uraian }
    }

    /// Removes a tujuan or sasaran with its sasaran and indicators, and every budget node's link
    /// to those indicators; returns how many indicators and links went.
    @discardableResult
    public mutating func hapusRenstra(nomor: String) throws(GalatData) -> (indikator: Int, tautan: Int) {
        let (t, s) = try letakRenstra(nomor)
        let gone: [Indikator]
        if let s {
            gone = renstra.tujuan[t].sasaran.remove(at: s).indikator
        } else {
            let tujuan = renstra.tujuan.remove(at: t)
            gone = tujuan.indikator + tujuan.sasaran.flatMap(\.indikator)
        }
        return (gone.count, lepasSemua(Set(gone.compactMap(\.nomor))))
    }

    /// Sets the Renstra's first and last year. The plan's own year stays inside, and no
    /// year that holds a target or realisation falls outside.
    public mutating func aturTahunRenstra(awal: Int, akhir: Int) throws(GalatData) {
        guard Dokumen.tahunSah.contains(awal), Dokumen.tahunSah.contains(akhir), awal <= akhir,
              akhir - awal + 1 <= Dokumen.panjangRenstraMaks else {
            throw GalatData(tempat: "renstra", pesan: Pesan(
                id: "\(awal)-\(akhir) bukan rentang Renstra yang sah: tahun awal tidak sesudah tahun akhir, paling lama \(Dokumen.panjangRenstraMaks) tahun",
                en: "\(awal)-\(akhir) is not a valid Renstra span: first year not after the last, at most \(Dokumen.panjangRenstraMaks) years"))
        }
        guard (awal...akhir).contains(tahun) else {
            throw GalatData(tempat: "renstra", pesan: Pesan(
                id: "tahun rencana \(tahun) harus di dalam Renstra \(awal)-\(akhir)", en: "the plan's year \(tahun) must lie within the Renstra \(awal)-\(akhir)"))
        }
        let all = renstra.tujuan.flatMap { $0.indikator + $0.sasaran.flatMap(\.indikator) }
        let outside = Set(all.flatMap { ($0.tahunan ?? [:]).filter { !$0.value.kosong }.keys.compactMap(Int.init) }).filter { !(awal...akhir).contains($0) }
        if let year = outside.min() {
            throw GalatData(tempat: "renstra", pesan: Pesan(
                id: "tahun \(year) masih berisi target atau realisasi; kosongkan dulu nilainya", en: "year \(year) still holds targets or realisations; blank them first"))
        }
        renstra.tahunAwal = awal
        renstra.tahunAkhir = akhir
    }
}

extension NilaiTahun {
    /// Neither a target nor a realisation.
    var kosong: Bool { target == nil && realisasi == nil }
}

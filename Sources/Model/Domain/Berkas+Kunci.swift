import Foundation

/// Closing a quarter: its values refuse edits (in the interface, `set` and `import`)
/// until it is reopened, with a reason the journal keeps.
extension Berkas {
    public mutating func tutupTW(_ tw: Int, oleh: String, waktu: String) throws(GalatData) {
        try Berkas.periksaTW(tw)
        if let lock = kunci?.first(where: { $0.tw == tw }) {
            throw GalatData(tempat: "TW \(TW.nama(tw))", pesan: Pesan(
                id: "sudah ditutup oleh \(lock.oleh) pada \(lock.waktu)", en: "already closed by \(lock.oleh) at \(lock.waktu)"))
        }
        kunci = ((kunci ?? []) + [KunciTriwulan(tw: tw, oleh: oleh, waktu: waktu)]).sorted { $0.tw < $1.tw }
    }

    public mutating func bukaTW(_ tw: Int, alasan: String) throws(GalatData) {
        try Berkas.periksaTW(tw)
        guard !alasan.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalatData(tempat: "TW \(TW.nama(tw))", pesan: Pesan(
                id: "membuka triwulan yang ditutup perlu alasan (--reason \"...\")", en: "reopening a closed quarter needs a reason (--reason \"...\")"))
        }
        guard let i = kunci?.firstIndex(where: { $0.tw == tw }) else {
            throw GalatData(tempat: "TW \(TW.nama(tw))", pesan: Pesan(id: "belum ditutup", en: "is not closed"))
        }
        kunci?.remove(at: i)
        if kunci?.isEmpty == true { kunci = nil }
    }

    private static func periksaTW(_ tw: Int) throws(GalatData) {
        guard (1...4).contains(tw) else {
            throw GalatData(tempat: "tw", pesan: Pesan(id: "triwulan \(tw) tidak ada; tw 1 sampai 4", en: "there is no quarter \(tw); tw 1 to 4"))
        }
    }
}

extension AlamatNilai {
    /// The quarter a value belongs to; nil for yearly values, pagu, the scale and the Renstra years.
    public var triwulan: Int? {
        switch self {
        case .indikator(_, _, .target(let q)), .indikator(_, _, .realisasi(let q)), .renstra(_, .target(let q)), .renstra(_, .realisasi(let q)): q
        case .anggaran(_, .realisasi(let q)): q
        case .catatan(_, let q, _): q
        default: nil
        }
    }
}

extension Isian {
    /// A value of a closed quarter cannot change: refused with who closed it, when, and how to reopen it.
    public static func periksaKunci(_ d: Dokumen, _ a: AlamatNilai) -> Pesan? {
        penutup(a, d.kunci).map(pesanKunci)
    }

    /// The closing that holds a value, if any. A reviewer's note is not held: reviewing
    /// happens on a closed quarter.
    public static func penutup(_ a: AlamatNilai, _ kunci: [Int: KunciTriwulan]) -> KunciTriwulan? {
        if case .catatan(_, _, .verifikasi) = a { return nil }
        guard let q = a.triwulan else { return nil }
        return kunci[q]
    }

    /// Of a writer's changes, the ones a closed quarter holds (`kunci`, as the file has it
    /// now), leaving out the quarters this writer closed itself after changing them.
    public static func tertahan(_ changes: [Perubahan], kunci: [Int: KunciTriwulan], ditutupSendiri: Set<Int> = []) -> [(Perubahan, KunciTriwulan)] {
        changes.compactMap { c in
            guard let lock = penutup(c.alamat, kunci), !ditutupSendiri.contains(lock.tw) else { return nil }
            return (c, lock)
        }
    }

    /// A reviewer's note is changed only by the one who wrote it (on a file, by the name the
    /// note records; on the shared store the database holds it to the reviewer's role).
    public static func periksaPenulis(_ note: Catatan, oleh: String) -> Pesan? {
        guard let author = note.verifikasiOleh, !author.isEmpty, author != oleh, note.verifikasi != nil else { return nil }
        return Pesan(id: "catatan verifikasi ini ditulis \(author); hanya \(author) yang mengubahnya (tanggapan OPD ditulis di baris Tanggapan)",
                     en: "this reviewer's note was written by \(author); only \(author) changes it (the office answers on the Answer line)")
    }

    /// Short enough for an 80-column message line: who, which day, how to reopen.
    public static func pesanKunci(_ lock: KunciTriwulan) -> Pesan {
        let day = lock.waktu.prefix(10)
        return Pesan(id: "TW \(TW.nama(lock.tw)) ditutup oleh \(lock.oleh), \(day); buka: X atau kinerja unlock",
                     en: "Q\(lock.tw) closed by \(lock.oleh), \(day); reopen: X or kinerja unlock")
    }
}

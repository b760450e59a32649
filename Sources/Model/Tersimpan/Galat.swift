import Foundation

/// A problem in a dataset's content: the place (JSON path) and what is wrong.
public struct GalatData: Error, Equatable, Sendable {
    public let tempat: String
    public let pesan: Pesan

    public init(tempat: String, pesan: Pesan) {
        self.tempat = tempat
        self.pesan = pesan
    }
}

/// A file that cannot be loaded or saved: names the file, the place and what to do.
public struct GalatBerkas: Error, Equatable, Sendable, CustomStringConvertible {
    public let berkas: String
    /// JSON path, or "baris L, kolom C".
    public let tempat: Pesan?
    public let pesan: Pesan

    public init(berkas: String, tempat: Pesan? = nil, pesan: Pesan) {
        self.berkas = berkas
        self.tempat = tempat
        self.pesan = pesan
    }

    public func teks(_ bahasa: Bahasa) -> String {
        if let tempat { return "\(berkas): \(tempat.teks(bahasa)): \(pesan.teks(bahasa))" }
        return "\(berkas): \(pesan.teks(bahasa))"
    }

    public var description: String { teks(.id) }

    /// The same with the file's name alone, for a status line where the folder is known.
    public func teksPendek(_ bahasa: Bahasa) -> String {
        GalatBerkas(berkas: URL(fileURLWithPath: berkas).lastPathComponent, tempat: tempat, pesan: pesan).teks(bahasa)
    }
}

extension Pesan {
    public static let tidakDapatDibaca = Pesan(
        id: "berkas tidak dapat dibaca (izin akses?); periksa hak baca berkas",
        en: "the file cannot be read (permissions?); check read access")

    public static let berubahSejakDibaca = Pesan(
        id: "berkas diubah orang lain sejak dibaca; tidak ada yang ditulis. Jalankan lagi agar perubahan itu ikut terbaca",
        en: "the file was changed by someone else since it was read; nothing was written. Run again so that change is read too")
}

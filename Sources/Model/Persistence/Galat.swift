import Foundation

/// A problem in a dataset's content: the place (JSON path) and what is wrong.
public struct GalatData: Error, Equatable, Sendable {
    public let tempat: String
    public let pesan: Pesan
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
}

/// A value handed to another thread whole: the sender makes no further use of it (a
/// dataset's copy for a background save, a table for a sheet written beside the others).
public struct Diserahkan<Isi>: @unchecked Sendable {
    public let isi: Isi
    public init(_ isi: Isi) { self.isi = isi }
}

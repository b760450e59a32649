// Fuzz target: the number parser and the entry rules on arbitrary text.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func uji(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let value) = Bilangan.parse(text) {
        // A value read back from its own display form is the same value.
        guard value.magnitude <= Batas.nilaiMaksimum else { fatalError("out of range accepted: \(text)") }
        // Values of up to 15 digits survive being shown and typed again.
        let shown = Format.id(value, maxDecimals: 15)
        if text.filter(\.isNumber).count <= 15, case .success(let again) = Bilangan.parse(shown), again != value {
            fatalError("'\(text)' -> \(value) shown as '\(shown)' reads back as \(again)")
        }
    }
    _ = Isian.rupiah(text)
    _ = TeksAman.aman(text)
    return 0
}

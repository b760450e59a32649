// Fuzz target: the one-pass reader and the streaming writer against the exact
// route (scan + JSONDecoder, JSONEncoder) as the oracle. Whatever the reader
// accepts, the exact path reads as the same document; whatever loads, both
// writers turn into the same bytes. Built with the Model sources by tools/fuzz/run.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func uji(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let exact = try? BerkasJSON.uraiTepat(bytes, path: "fuzz.json")
    if let fast = PembacaJSON.berkas(bytes) {
        guard let exact else { fatalError("the one-pass reader accepts a document the exact path refuses") }
        guard fast == exact else { fatalError("the one-pass reader reads a document differently") }
    }
    if let exact, PenulisJSON.data(exact) != BerkasJSON.jsonCodable(exact) {
        fatalError("the streaming writer and the Codable route write different bytes")
    }
    return 0
}

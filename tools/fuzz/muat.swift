// Fuzz target: the loader (scan, decode, model checks) on arbitrary bytes.
// Built with the Model sources by tools/fuzz/run; any crash is a bug.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func uji(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    if let d = try? BerkasJSON.dokumen(bytes, path: "fuzz.json") {
        // What loads must also check, compute and save without trapping.
        _ = Pemeriksa.periksa(d)
        for i in d.simpul.indices { _ = d.anggaran(i).serapan(sd: 4); _ = d.capaianBaris(i, sd: 4) }
        let again = BerkasJSON.json(d.berkas())
        guard (try? BerkasJSON.dokumen(again, path: "ulang.json")) != nil else { fatalError("a saved file does not load again") }
    }
    return 0
}

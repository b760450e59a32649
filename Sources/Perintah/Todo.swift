import ArgumentParser
import Foundation
import Model
import Pelaporan
import Antarmuka

/// `kinerja todo`: the quarter's worklist, grouped by program and kegiatan.
struct Todo: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "todo", abstract: bahasaCLI.t(
            "Daftar isian yang masih kosong untuk satu triwulan, per program dan kegiatan.",
            "Lists what is still blank for a quarter, by program and activity."))
    }

    @OptionGroup var opsi: OpsiUmum
    @OptionGroup var sumber: OpsiSumber
    @Argument(help: .berkasAtauURL, completion: .file(extensions: ["json"])) var berkas: String
    @OptionGroup var triwulan: OpsiTW
    @Option(help: ArgumentHelp(bahasaCLI.t("text atau json.", "text or json."))) var format: FormatKeluaran = .text

    func run() throws {
        let d = try muat(berkas)
        let tw = triwulan.triwulan(d)
        let items = BelumDiisi.daftar(d, tw: tw)
        switch format {
        case .json: cetak(JSONNilai.daftar(items.map { json(d, $0, tw) }).render(), mesin: true)
        case .text: cetak(teks(d, items, tw), terminator: "")
        }
    }

    func uraian(_ jenis: IsianKosong.Jenis) -> String { jenis.teks(bahasaCLI) }

    /// Grouped under each item's program and kegiatan, with counts.
    func teks(_ d: Dokumen, _ items: [IsianKosong], _ tw: Int) -> String {
        var out = bahasaCLI.t("Belum diisi TW \(TW.nama(tw)): \(items.count) isian\n", "Still blank in Q\(tw): \(items.count) entries\n")
        var lastProgram: Int?? = .none, lastKegiatan: Int?? = .none
        func count(_ where: (IsianKosong) -> Bool) -> Int { items.filter(`where`).count }
        for item in items {
            let (program, kegiatan) = induk(d, item.simpul)
            if lastProgram != .some(program) {
                lastProgram = .some(program)
                lastKegiatan = .none
                if let p = program {
                    out += "\(d.simpul[p].kode) \(d.simpul[p].nama): \(count { induk(d, $0.simpul).0 == p })\n"
                } else {
                    out += "Renstra: \(count { $0.simpul == nil })\n"
                }
            }
            if let k = kegiatan, lastKegiatan != .some(k) {
                lastKegiatan = .some(k)
                out += "  \(d.simpul[k].kode) \(d.simpul[k].nama): \(count { induk(d, $0.simpul).1 == k })\n"
            }
            out += "    \(item.kode) \(item.nama): \(uraian(item.jenis))\n"
        }
        return out
    }

    /// The program and kegiatan a node belongs to (itself where it is one).
    func induk(_ d: Dokumen, _ node: Int?) -> (Int?, Int?) {
        guard let node else { return (nil, nil) }
        let chain = [node] + d.leluhur(node)
        return (chain.first { d.simpul[$0].tingkat == .program }, chain.first { d.simpul[$0].tingkat == .kegiatan })
    }

    func json(_ d: Dokumen, _ item: IsianKosong, _ tw: Int) -> JSONNilai {
        let (program, kegiatan) = induk(d, item.simpul)
        var pairs: [(String, JSONNilai)] = [("kode", .teks(item.kode)), ("nama", .teks(item.nama)), ("tw", .bulat(tw)),
                                            ("program", .teks(program.map { d.simpul[$0].kode })), ("kegiatan", .teks(kegiatan.map { d.simpul[$0].kode }))]
        switch item.jenis {
        case .realisasiIndikator(let n, let target):
            pairs += [("jenis", .teks("realisasi_indikator")), ("indikator", .bulat(n)), ("target", .angka(target))]
        case .realisasiAnggaran: pairs += [("jenis", .teks("realisasi_anggaran"))]
        case .catatan(let notes): pairs += [("jenis", .teks("catatan")), ("catatan", .daftar(notes.map { .teks($0.rawValue) }))]
        case .verifikasi(let note): pairs += [("jenis", .teks("verifikasi")), ("catatan", .teks(note))]
        }
        return .objek(pairs)
    }
}

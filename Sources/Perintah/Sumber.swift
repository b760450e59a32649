import ArgumentParser
import Foundation
import Model
import Antarmuka
import GudangPostgres

/// Which OPD-year a PostgreSQL URL in the place of FILE means: `--opd` and `--tahun`,
/// or the URL's query parameters (`?opd=1.06&tahun=2023`). Ignored for a data file.
struct OpsiSumber: ParsableArguments {
    @Option(help: ArgumentHelp(bahasaCLI.t("Kode OPD, bila BERKAS adalah URL PostgreSQL.", "The agency's code, when FILE is a PostgreSQL URL.")))
    var opd: String?
    @Option(help: ArgumentHelp(bahasaCLI.t("Tahun, bila BERKAS adalah URL PostgreSQL.", "The year, when FILE is a PostgreSQL URL.")))
    var tahun: Int?
}

extension ArgumentHelp {
    /// FILE of every command that also works on the shared store.
    static var berkasAtauURL: ArgumentHelp {
        ArgumentHelp(bahasaCLI.t("Berkas data JSON, atau URL PostgreSQL (dengan --opd dan --tahun).", "The JSON data file, or a PostgreSQL URL (with --opd and --tahun)."))
    }
}

/// A store at a URL, and the OPD-year meant; a clear message when either is missing.
func gudang(_ url: String, opd: String? = Konteks.sekarang.opd, tahun: Int? = Konteks.sekarang.tahun, perluOPD: Bool = true) throws -> (GudangPG, String, Int) {
    do {
        let a = try AlamatPG(url, lingkungan: Konteks.sekarang.lingkungan)
        let code = opd ?? a.opd, year = tahun ?? a.tahun
        guard perluOPD else { return (GudangPG(a), code ?? "", year ?? 0) }
        guard let code, let year else {
            throw GagalCLI(bahasaCLI.t("\(a.tampil): OPD dan tahun perlu disebut: --opd KODE --tahun TAHUN (atau ?opd=KODE&tahun=TAHUN di URL)",
                             "\(a.tampil): name the agency and the year: --opd CODE --tahun YEAR (or ?opd=CODE&tahun=YEAR in the URL)"), kode: 2)
        }
        return (GudangPG(a), code, year)
    } catch let g as GalatGudang {
        throw GagalCLI(g.teks(bahasaCLI))
    }
}

extension GagalCLI {
    init(_ galat: GalatGudang) { self.init(galat.teks(bahasaCLI)) }
}

/// Runs a store operation to its end from a command.
func diGudang<T: Sendable>(_ op: @escaping @Sendable () async throws(GalatGudang) -> T) throws -> T {
    do { return try GudangPG.tunggu(op) } catch { throw GagalCLI(error) }
}

/// An OPD-year from the store.
func muatPG(_ url: String) throws -> (Dokumen, Int64) {
    let (g, opd, tahun) = try gudang(url)
    let m = try diGudang { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }
    return (m.dokumen.isi, m.revisi)
}

/// `ubahBerkas` on the store. Values go over their base one by one, as the interface
/// writes them: others writing other values meanwhile change nothing, the same value
/// changed meanwhile is a conflict (base / mine / theirs, nothing written). A change of
/// shape or of the closed quarters is written over the shape read; when someone changed
/// the shape meanwhile it is read and made again (at most 5 times).
func ubahPG(_ url: String, sumber: String, _ ubah: (Dokumen) throws -> (Dokumen, Jejak)) throws -> Dokumen {
    let (g, opd, tahun) = try gudang(url)
    for _ in 0..<5 {
        let m = try diGudang { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }
        let before = m.dokumen.isi.salinan()
        let (after, jejak) = try ubah(m.dokumen.isi)
        if jejak.struktur.isEmpty && jejak.lain.isEmpty {
            let changes = jejak.nilai.filter { $0.lama != $0.baru }
            guard !changes.isEmpty else { return after }
            let (conflicts, _) = try diGudang { () async throws(GalatGudang) in try await g.tulis(opd: opd, tahun: tahun, changes, sumber: sumber) }
            guard conflicts.isEmpty else { throw GagalCLI(pesanKonflik(url, conflicts)) }
            return after
        }
        let pair = Diserahkan((before, after))
        let base = m.dasar, shape = jejak.struktur
        let written = try diGudang { () async throws(GalatGudang) in
            try await g.simpan(pair.isi.0, pair.isi.1, dasar: base, sumber: sumber, struktur: shape)
        }
        if written != nil { return after }
    }
    throw GagalCLI(bahasaCLI.t("\(url): OPD \(opd) \(tahun) terus diubah orang lain; coba lagi sebentar lagi",
                     "\(url): OPD \(opd) \(tahun) keeps being changed by others; try again in a moment"))
}

/// Values someone else changed between this command's reading and its writing: each with
/// its base, this command's value and theirs; none of them written.
func pesanKonflik(_ url: String, _ conflicts: [Konflik]) -> String {
    let lines = conflicts.map { c in
        "  " + c.perubahan.alamat.teks(bahasaCLI) + bahasaCLI.t(": dasar ", ": base ") + (c.perubahan.lama ?? "-") + bahasaCLI.t(", milik Anda ", ", mine ")
            + (c.perubahan.baru ?? "-") + bahasaCLI.t(", mereka ", ", theirs ") + ((c.mereka ?? nil) ?? "-")
    }
    return bahasaCLI.t("\(url): \(conflicts.count) nilai diubah orang lain sementara itu; tidak ditulis, periksa lalu ulangi:\n",
             "\(url): \(conflicts.count) values were changed by someone else meanwhile; not written, check and repeat:\n") + lines.joined(separator: "\n")
}

/// The commands that take `--opd` and `--tahun`.
extension Atur: MemakaiSumber {}
extension BukaTW: MemakaiSumber {}
extension DbPull: MemakaiSumber {}
extension Ekspor: MemakaiSumber {}
extension GantiKode: MemakaiSumber {}
extension GantiNama: MemakaiSumber {}
extension Hapus: MemakaiSumber {}
extension Impor: MemakaiSumber {}
extension Lapor: MemakaiSumber {}
extension LepasTautan: MemakaiSumber {}
extension Periksa: MemakaiSumber {}
extension Pindah: MemakaiSumber {}
extension Riwayat: MemakaiSumber {}
extension Tambah: MemakaiSumber {}
extension Tampil: MemakaiSumber {}
extension Tautkan: MemakaiSumber {}
extension TertulisCLI: MemakaiSumber {}
extension Todo: MemakaiSumber {}
extension TutupTW: MemakaiSumber {}
extension VerifikasiCLI: MemakaiSumber {}

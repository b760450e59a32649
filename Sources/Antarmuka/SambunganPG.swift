import Foundation
import Model
import GudangBerkas
import GudangPostgres

/// The interface on the shared store: which OPD-year it shows, the dataset as last read
/// or written there (the base of the next write of a changed shape), the revision seen,
/// and the listener that brings others' writes. The dataset itself lives in the state as
/// for a file; saves go through `tulis` from the save queue, never the main thread.
package final class SambunganPG: @unchecked Sendable {
    package let gudang: GudangPG
    package let opd: String
    package let tahun: Int
    private let kunci = NSLock()
    private var dasar: Dokumen
    private var revisi: Int64
    /// The revision of the shape and closed quarters the base has: a change of shape goes over it.
    private var revisiStruktur: Int64
    private var pendengar: Task<Void, Never>?
    /// When to try again a save that could not reach the server.
    package var cobaLagiPada: Date?

    package init(gudang: GudangPG, opd: String, tahun: Int, muatan: MuatanPG) {
        self.gudang = gudang
        self.opd = opd
        self.tahun = tahun
        dasar = muatan.dokumen.isi.salinan()
        revisi = muatan.revisi
        revisiStruktur = muatan.revisiStruktur
    }

    /// An OPD-year opened for the interface: read, with what this login may write on it
    /// (known from the first screen), and the state that shows it.
    package static func buka(_ g: GudangPG, opd: String, tahun: Int, bahasa: Bahasa,
                     cadangan: String = Pulih.folderCadangan()) throws(GalatGudang) -> (SambunganPG, Keadaan) {
        let m = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }
        let hak = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.hak(opd: opd) }
        let link = SambunganPG(gudang: g, opd: opd, tahun: tahun, muatan: m)
        var k = Keadaan(dokumen: m.dokumen.isi, path: pathLokal(g.alamat, opd: opd, tahun: tahun, cadangan: cadangan), bahasa: bahasa)
        k.basisData = link.nama
        k.hakGudang = hak
        return (link, k)
    }

    /// How the top line names the store: `pg 1.06/2023`.
    package var nama: String { "pg \(opd)/\(tahun)" }

    /// Where this session's recovery copies and presence entries go: a stand-in data path
    /// in the user's state folder, named after the server, the OPD and the year.
    package static func pathLokal(_ a: AlamatPG, opd: String, tahun: Int, cadangan: String = Pulih.folderCadangan()) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
        let name = "\(a.host)-\(a.port)-\(a.database)-\(opd)-\(tahun)".unicodeScalars.map { allowed.contains($0) ? String($0) : "_" }.joined()
        let folder = cadangan + "/pg"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder + "/" + name + ".json"
    }

    /// Reads the OPD-year again (a reload, a merge after a conflict); it becomes the base.
    package func muat() throws(GalatGudang) -> Dokumen {
        let g = gudang, opd = opd, tahun = tahun
        let m = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.tarik(opd: opd, tahun: tahun) }
        jadikanDasar(m.dokumen.isi, revisi: m.revisi, struktur: m.revisiStruktur)
        return m.dokumen.isi
    }

    private func jadikanDasar(_ d: Dokumen, revisi r: Int64, struktur: Int64) {
        let copy = d.salinan()
        kunci.lock()
        dasar = copy
        revisi = max(revisi, r)
        revisiStruktur = max(revisiStruktur, struktur)
        kunci.unlock()
    }

    /// Writes this session's changes: values one by one, each only over the value it was
    /// changed from (`perubahan`); a changed shape (`struktur`) as a whole, only over the
    /// version last read. Anything written meanwhile by others comes back as the OPD-year
    /// as it is now, for the merge (conflicts base / mine / theirs).
    package func tulis(_ d: Dokumen, perubahan: [Perubahan], struktur: [UbahStruktur]) -> HasilSimpan {
        let g = gudang, opd = opd, tahun = tahun
        do throws(GalatGudang) {
            if !struktur.isEmpty {
                kunci.lock()
                let pair = Diserahkan((dasar, d, MuatanPG.Revisi(nilai: revisi, struktur: revisiStruktur), struktur))
                kunci.unlock()
                let written = try GudangPG.tunggu { () async throws(GalatGudang) in
                    try await g.simpan(pair.isi.0, pair.isi.1, dasar: pair.isi.2, sumber: "antarmuka", struktur: pair.isi.3)
                }
                guard let written else { return .berubahDiGudang(try muat()) }
                // The shape as written is the base now; its revision is read again with the next batch.
                jadikanDasar(d, revisi: written, struktur: written)
                return .tersimpan(nil)
            }
            let changes = perubahan
            let (conflicts, written) = try GudangPG.tunggu { () async throws(GalatGudang) in
                try await g.tulis(opd: opd, tahun: tahun, changes, sumber: "antarmuka")
            }
            if !conflicts.isEmpty { return .berubahDiGudang(try muat()) }
            kunci.lock()
            for c in changes { dasar.atur(c.alamat, c.baru) }
            revisi = max(revisi, written)
            kunci.unlock()
            return .tersimpan(nil)
        } catch {
            // Refused by the database's rules: asking again would change nothing.
            if error.ditolak { return .ditolak(GalatBerkas(berkas: error.server, pesan: error.pesan)) }
            return .gagal(GalatBerkas(berkas: error.server, pesan: error.pesan))
        }
    }

    /// Others' values taken into the session: into the base too.
    package func terima(_ k: KabarPG) {
        kunci.lock()
        for c in k.nilai { dasar.atur(c.alamat, c.baru) }
        revisi = max(revisi, k.revisi)
        kunci.unlock()
    }

    /// The base after a refused write: what the database holds (the session goes back to it).
    package func dasarSekarang() -> Dokumen {
        kunci.lock()
        defer { kunci.unlock() }
        return dasar.salinan()
    }

    /// Starts listening; each batch and each change of the connection goes to the mailbox.
    package func mulaiDengar(_ kotak: KotakPeristiwa) {
        kunci.lock()
        let from = revisi
        kunci.unlock()
        let g = gudang, opd = opd, tahun = tahun
        pendengar = Task.detached(executorPreference: GudangPG.pelaksana) {
            await g.dengar(opd: opd, tahun: tahun, revisi: from,
                           kabar: { kotak.kirim(.kabarPG($0)) },
                           putus: { kotak.kirim(.sambunganPG(putus: $0?.pesan)) })
        }
    }

    package func berhentiDengar() {
        pendengar?.cancel()
        pendengar = nil
    }
}

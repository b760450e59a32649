import Foundation
import Model
import Pelaporan
import GudangPostgres

/// The shell's part on the shared store: the listener, writing each change at once,
/// the database's journal and every OPD's summary.
extension Aplikasi {
    /// Others' writes come to the mailbox from now on.
    package func mulaiDengar() { pg?.mulaiDengar(hasilLatar) }

    /// Every committed change is written at once (in the background), as in a web form:
    /// others see it within a second. One write at a time; after a failure, again every
    /// 5 seconds (the recovery copy keeps the changes meanwhile).
    package func simpanKeGudang() {
        guard let pg, keadaan.belumDisimpan, keadaan.menyimpan == nil, keadaan.mode == .normal, keadaan.konflikTertunda == nil else { return }
        if let due = pg.cobaLagiPada, jam() < due { return }
        pg.cobaLagiPada = nil
        mulaiSimpan(timpa: false)
    }

    /// Rows changed by others are marked for 3 seconds.
    package func akhiriSorotan() {
        if !keadaan.sorotan.isEmpty, jam().timeIntervalSince(sorotanSejak) > 3 { keadaan.tangani(.sorotanHabis) }
    }

    /// `H` on the store: the database's journal of this OPD-year.
    package func bacaJurnalGudang(_ about: RiwayatDari) {
        guard let pg else { return }
        let g = pg.gudang, opd = pg.opd, year = pg.tahun
        do throws(GalatGudang) {
            keadaan.tangani(.riwayat(about, try GudangPG.tunggu { () async throws(GalatGudang) in try await g.jurnal(opd: opd, tahun: year) }))
        } catch {
            keadaan.tangani(.gagal(error.teks(keadaan.bahasa)))
        }
    }

    /// `B`: every OPD of the year the role may read.
    package func bacaRekap() {
        guard let pg else { return }
        let g = pg.gudang, year = pg.tahun, tw = keadaan.tw, bahasa = keadaan.bahasa
        do throws(GalatGudang) {
            let docs = try GudangPG.tunggu { () async throws(GalatGudang) in try await g.semua(tahun: year) }
            keadaan.tangani(.rekap(BarisRekap.semua(docs.map(\.isi), tw: tw, bahasa: bahasa)))
        } catch {
            keadaan.tangani(.gagal(error.teks(bahasa)))
        }
    }
}

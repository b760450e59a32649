import ArgumentParser
import Foundation
import Model
import GudangBerkas
import Antarmuka
import GudangPostgres

/// `kinerja db init|push|pull|grant URL ...`: the shared PostgreSQL store.
struct DbCLI: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "db", abstract: bahasaCLI.t(
            "Penyimpanan bersama di PostgreSQL: init, push, pull, grant.",
            "The shared store on PostgreSQL: init, push, pull, grant."),
            subcommands: [DbInit.self, DbPush.self, DbPull.self, DbGrant.self])
    }
}

private let bantuanURL = ArgumentHelp(bahasaCLI.t("URL PostgreSQL, mis. postgresql://admin@localhost/pemda (sandi dari ~/.pgpass atau PGPASSWORD, tidak pernah di URL).",
                                        "A PostgreSQL URL, e.g. postgresql://admin@localhost/pemda (the password from ~/.pgpass or PGPASSWORD, never in the URL)."))

struct DbInit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: bahasaCLI.t(
            "Membuat atau memperbarui skema kinerja di database (dapat diulang).",
            "Creates or updates kinerja's schema in the database (safe to re-run)."))
    }
    @OptionGroup var opsi: OpsiUmum
    @Argument(help: bantuanURL) var url: String

    func run() throws {
        let (g, _, _) = try gudang(url, perluOPD: false)
        let (from, to) = try diGudang { () async throws(GalatGudang) in try await g.pasangSkema() }
        cetak(from == to ? bahasaCLI.t("\(g.alamat.tampil): skema sudah versi \(to)", "\(g.alamat.tampil): the schema is at version \(to) already")
                         : bahasaCLI.t("\(g.alamat.tampil): skema dipasang, versi \(from) → \(to)", "\(g.alamat.tampil): schema installed, version \(from) → \(to)"))
    }
}

struct DbPush: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "push", abstract: bahasaCLI.t(
            "Menyimpan satu OPD-tahun dari berkas JSON ke database, dalam satu transaksi.",
            "Stores one agency-year from a JSON file in the database, in one transaction."))
    }
    @OptionGroup var opsi: OpsiUmum
    @Argument(help: bantuanURL) var url: String
    @Argument(help: ArgumentHelp(bahasaCLI.t("Berkas data JSON.", "The JSON data file.")), completion: .file(extensions: ["json"])) var berkas: String
    @Flag(name: .customLong("replace"), help: ArgumentHelp(bahasaCLI.t("Ganti OPD-tahun yang sudah ada seluruhnya.", "Replace the agency-year if it is there already.")))
    var ganti = false

    func run() throws {
        let d = Diserahkan(try muat(berkas))
        let (g, _, _) = try gudang(url, perluOPD: false)
        let replace = ganti
        try diGudang { () async throws(GalatGudang) in try await g.dorong(d.isi, ganti: replace) }
        let file = d.isi.berkas()
        cetak(bahasaCLI.t("\(berkas) → \(g.alamat.tampil): OPD \(file.opd.kode ?? "") \(file.opd.nama) \(file.tahun) tersimpan",
                "\(berkas) → \(g.alamat.tampil): agency \(file.opd.kode ?? "") \(file.opd.nama) \(file.tahun) stored"))
    }
}

struct DbPull: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "pull", abstract: bahasaCLI.t(
            "Menulis satu OPD-tahun dari database ke berkas JSON (sama persis dengan yang dikirim).",
            "Writes one agency-year from the database to a JSON file (byte for byte what was pushed)."))
    }
    @OptionGroup var opsi: OpsiUmum
    @Argument(help: bantuanURL) var url: String
    @OptionGroup var sumber: OpsiSumber
    @Option(name: .short, help: ArgumentHelp(bahasaCLI.t("Berkas tujuan (- untuk keluaran standar).", "The file to write (- for standard output)."))) var o: String

    func run() throws {
        let d = try muatPG(url).0
        let data = BerkasJSON.json(d.berkas())
        if Keluaran.deskriptor(o) != nil || Keluaran.aliran(o) {
            do { try Keluaran.tulis(data, ke: o, seperti: nil) } catch { throw GagalCLI(error) }
            return
        }
        do { try Penyimpan.tulisAtomik(data, ke: o, cadangan: FileManager.default.fileExists(atPath: o)) } catch { throw GagalCLI(error) }
        cetak(bahasaCLI.t("\(o): ditulis dari \(url)", "\(o): written from \(url)"))
    }
}

struct DbGrant: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "grant", abstract: bahasaCLI.t(
            "Memberi peran login hak atas satu OPD, atau hak BAPPEDA (membaca semua, menutup triwulan, catatan verifikasi).",
            "Gives a login role the rights to one agency, or BAPPEDA's (reads all, closes quarters, reviewer notes)."))
    }
    @OptionGroup var opsi: OpsiUmum
    @Argument(help: bantuanURL) var url: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Nama peran login (dibuat bila belum ada).", "The login role's name (created if missing)."))) var user: String
    @Option(help: ArgumentHelp(bahasaCLI.t("Kode OPD.", "The agency's code."))) var opd: String?
    @Flag(help: ArgumentHelp(bahasaCLI.t("Hak BAPPEDA.", "BAPPEDA's rights."))) var bappeda = false

    func validate() throws {
        if (opd == nil) == !bappeda {
            throw ValidationError(bahasaCLI.t("sebut salah satu: --opd KODE atau --bappeda", "give one of --opd CODE or --bappeda"))
        }
    }

    func run() throws {
        let (g, _, _) = try gudang(url, perluOPD: false)
        let (who, code) = (user, opd)
        try diGudang { () async throws(GalatGudang) in try await g.beri(pengguna: who, opd: code) }
        cetak(code.map { bahasaCLI.t("\(who): berhak atas OPD \($0)", "\(who): has the rights to agency \($0)") }
              ?? bahasaCLI.t("\(who): berhak sebagai BAPPEDA", "\(who): has BAPPEDA's rights"))
    }
}

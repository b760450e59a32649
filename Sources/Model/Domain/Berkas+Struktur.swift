import Foundation

/// Changes to the shape of the budget tree and its links, with the rules of the
/// nomenclature: the code's form fits its level, it starts with its parent's code,
/// it is unique. Each refusal says why and what to do.
extension Berkas {
    /// The level a code's form gives (program, kegiatan, sub kegiatan).
    public static func tingkat(kode: String) -> Tingkat? {
        [Tingkat.program, .kegiatan, .subKegiatan].first { Kode.sahBentuk(kode, $0) }
    }

    /// The parent code of a kegiatan or sub kegiatan code.
    public static func induk(kode: String) -> String? {
        let parts = kode.split(separator: ".")
        switch tingkat(kode: kode) {
        case .kegiatan?: return parts.prefix(3).joined(separator: ".")
        case .subKegiatan?: return parts.prefix(5).joined(separator: ".")
        default: return nil
        }
    }

    /// Adds a program, kegiatan or sub kegiatan (its level from the code's form) at the end of its parent.
    public mutating func tambahSimpul(kode: String, nama: String) throws(GalatData) {
        guard let level = Berkas.tingkat(kode: kode) else {
            throw GalatData(tempat: kode, pesan: Pesan(
                id: "'\(kode)' bukan kode program, kegiatan atau sub kegiatan (mis. \(Kode.contoh(.program)), \(Kode.contoh(.kegiatan)), \(Kode.contoh(.subKegiatan)))",
                en: "'\(kode)' is not a program, kegiatan or sub kegiatan code (e.g. \(Kode.contoh(.program)), \(Kode.contoh(.kegiatan)), \(Kode.contoh(.subKegiatan)))"))
        }
        guard !ada(kode) else {
            throw GalatData(tempat: kode, pesan: Pesan(id: "kode \(kode) sudah dipakai; beri kode yang unik", en: "code \(kode) is taken; give a unique code"))
        }
        let parent = Berkas.induk(kode: kode)
        if let parent, !ada(parent) {
            throw GalatData(tempat: kode, pesan: Pesan(id: "induk \(parent) belum ada; tambahkan dulu induknya", en: "the parent \(parent) does not exist; add it first"))
        }
        guard !nama.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalatData(tempat: kode, pesan: Pesan(id: "nama wajib diisi", en: "a name is required"))
        }
        tambah(SimpulBerkas(kode: kode, nama: nama), tingkat: level, induk: parent)
    }

    /// Renames a node.
    public mutating func gantiNama(kode: String, nama: String) throws(GalatData) {
        try pastikanAda(kode)
        guard !nama.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GalatData(tempat: kode, pesan: Pesan(id: "nama wajib diisi", en: "a name is required"))
        }
        ubahSimpul(kode) { $0.nama = nama }
    }

    /// Removes a node with everything below it; returns how many nodes went.
    @discardableResult
    public mutating func hapusSimpul(kode: String) throws(GalatData) -> Int {
        try pastikanAda(kode)
        return keluarkan(kode).map(Berkas.jumlahSimpul) ?? 0
    }

    /// Links a node to a Renstra indicator it supports (Tabel 3.6, 3.7), or unlinks it.
    public mutating func tautkan(kode: String, nomor: String, lepas: Bool = false) throws(GalatData) {
        try pastikanAda(kode)
        let numbers = nomorIndikatorRenstra
        guard numbers.contains(nomor) else {
            throw GalatData(tempat: kode, pesan: Pesan(id: "indikator Renstra \(nomor) tidak ada; yang ada: \(numbers.joined(separator: ", "))",
                                                     en: "there is no Renstra indicator \(nomor); there are: \(numbers.joined(separator: ", "))"))
        }
        var problem: GalatData?
        ubahSimpul(kode) { node in
            var links = node.mendukung ?? []
            if lepas {
                guard let i = links.firstIndex(of: nomor) else {
                    problem = GalatData(tempat: kode, pesan: Pesan(id: "\(kode) tidak tertaut ke \(nomor)", en: "\(kode) is not linked to \(nomor)"))
                    return
                }
                links.remove(at: i)
            } else {
                guard !links.contains(nomor) else {
                    problem = GalatData(tempat: kode, pesan: Pesan(id: "\(kode) sudah tertaut ke \(nomor)", en: "\(kode) is already linked to \(nomor)"))
                    return
                }
                links.append(nomor)
            }
            node.mendukung = links.isEmpty ? nil : links
        }
        if let problem { throw problem }
    }

    func pastikanAda(_ kode: String) throws(GalatData) {
        guard ada(kode) else {
            throw GalatData(tempat: kode, pesan: Pesan(id: "kode \(kode) tidak ada", en: "there is no code \(kode)"))
        }
    }
}

extension Berkas {
    /// Gives a node a new code of the same level; its children's codes follow (their
    /// prefix changes with it). The new code's parent must be where the node is now:
    /// a change of parent is a move (`pindahSimpul`).
    public mutating func gantiKode(kode: String, baru: String) throws(GalatData) {
        try pastikanAda(kode)
        guard let level = Berkas.tingkat(kode: kode), Berkas.tingkat(kode: baru) == level else {
            throw GalatData(tempat: baru, pesan: Pesan(
                id: "'\(baru)' bukan kode \(Berkas.tingkat(kode: kode)?.nama(.id) ?? "simpul") (mis. \(Kode.contoh(Berkas.tingkat(kode: kode) ?? .program)))",
                en: "'\(baru)' is not a \(Berkas.tingkat(kode: kode)?.nama(.en) ?? "node") code (e.g. \(Kode.contoh(Berkas.tingkat(kode: kode) ?? .program)))"))
        }
        guard Berkas.induk(kode: baru) == Berkas.induk(kode: kode) else {
            throw GalatData(tempat: baru, pesan: Pesan(
                id: "\(baru) berada di bawah induk lain; untuk memindahkan pakai `kinerja move`",
                en: "\(baru) belongs under another parent; to move it use `kinerja move`"))
        }
        try pindahkan(kode, ke: baru)
    }

    /// Moves a node (with everything below it) under another parent of the right level;
    /// its code becomes the parent's code and its own last part (or `baru`), its children's follow.
    /// Returns the node's new code.
    @discardableResult
    public mutating func pindahSimpul(kode: String, induk: String, baru: String? = nil) throws(GalatData) -> String {
        try pastikanAda(kode)
        try pastikanAda(induk)
        guard let level = Berkas.tingkat(kode: kode), level != .program, Berkas.tingkat(kode: induk) == (level == .kegiatan ? .program : .kegiatan) else {
            throw GalatData(tempat: induk, pesan: Pesan(
                id: "\(induk) tidak dapat menjadi induk \(kode): kegiatan di bawah program, sub kegiatan di bawah kegiatan",
                en: "\(induk) cannot be the parent of \(kode): kegiatan go under programs, sub kegiatan under kegiatan"))
        }
        let target = baru ?? Berkas.kodePindah(kode, ke: induk)
        guard Berkas.tingkat(kode: target) == level, Berkas.induk(kode: target) == induk else {
            throw GalatData(tempat: target, pesan: Pesan(id: "kode baru \(target) tidak sesuai dengan induk \(induk)", en: "the new code \(target) does not fit the parent \(induk)"))
        }
        try pindahkan(kode, ke: target)
        return target
    }

    /// The code a node gets under a new parent: the parent's code and its own last part(s).
    public static func kodePindah(_ kode: String, ke induk: String) -> String {
        tingkat(kode: kode) == .kegiatan
            ? induk + "." + kode.split(separator: ".").suffix(2).joined(separator: ".")
            : induk + "." + (kode.split(separator: ".").last.map(String.init) ?? "")
    }

    /// Takes the node out, renames it and its children by prefix, and puts it under the new code's parent.
    private mutating func pindahkan(_ kode: String, ke target: String) throws(GalatData) {
        guard target == kode || !ada(target) else {
            throw GalatData(tempat: target, pesan: Pesan(id: "kode \(target) sudah dipakai; beri kode yang unik", en: "code \(target) is taken; give a unique code"))
        }
        var node: SimpulBerkas?
        ubahSimpul(kode) { node = $0 }
        guard var moved = node else { return }
        func rename(_ n: inout SimpulBerkas) {
            n.kode = target + n.kode.dropFirst(kode.count)
            if var list = n.kegiatan { for i in list.indices { rename(&list[i]) }; n.kegiatan = list }
            if var list = n.subKegiatan { for i in list.indices { rename(&list[i]) }; n.subKegiatan = list }
        }
        rename(&moved)
        func below(_ n: SimpulBerkas) -> [String] {
            ((n.kegiatan ?? []) + (n.subKegiatan ?? [])).flatMap { [$0.kode] + below($0) }
        }
        if target != kode, let clash = below(moved).first(where: ada) {
            throw GalatData(tempat: clash, pesan: Pesan(id: "kode \(clash) sudah dipakai; pindahkan atau ubah kode itu dulu", en: "code \(clash) is taken; move or recode it first"))
        }
        let level = Berkas.tingkat(kode: kode)!
        if Berkas.induk(kode: target) == Berkas.induk(kode: kode) {
            ubahSimpul(kode) { $0 = moved }
        } else {
            keluarkan(kode)
            tambah(moved, tingkat: level, induk: Berkas.induk(kode: target))
            // `tambah` gives a new sub kegiatan an empty budget; a moved one keeps its own.
            if level == .subKegiatan { ubahSimpul(target) { $0.anggaran = moved.anggaran } }
        }
    }
}

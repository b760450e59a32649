import Foundation
import Model
import Testing
@testable import Antarmuka
@testable import Perintah

/// 80x24 screens of the sample, as lines of text.
@Suite struct LayarTests {
    @Test func theTreeAsOpened() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        let tree = [
            "Kode                Nama                  Pagu (Rp) Serapan  Capaian Kategori",
            "▾ OPD               Dinas Sosial Ko… 35.272.253.286   88,98   100,00 Baik",
            "▸ 1.06.01           Penunjang Urusa… 10.737.798.025   97,32   100,00 Baik",
            "▸ 1.06.02           Pemberdayaan So…  7.651.690.831   95,20   100,00 Baik",
            "▸ 1.06.03           Penanganan Warg…     45.413.532   67,51   100,00 Baik",
            "▸ 1.06.04           Rehabilitasi So…  9.447.861.272   87,03   100,00 Baik",
            "▸ 1.06.05           Perlindungan da…  6.357.803.540   69,38   100,00 Baik",
            "▸ 1.06.06           Penanganan Benc…  1.031.686.086   95,64   100,00 Baik",
        ]
        // The tree has the focus: beside it, the selected row's summary.
        #expect(s.layar == [" kinerja │ dinsos.json │ Dinas Sosial Kota Semarang 2023      TW IV │ tersimpan"] + tree + [
            "",
            "",
            "",
            "",
            "",
            " OPD Dinas Sosial Kota Semarang",
            " s.d.TW IV                     Pagu/Target      Realisasi  Capaian Kategori",
            " Anggaran Rp                35.272.253.286 31.385.954.802   88,98%",
            " (tidak ada indikator)",
            " Catatan TW IV: belum ada (tekan c untuk menulis)",
            "",
            "",
            " Tab: rincian lengkap (per triwulan, ubah nilai, catatan)",
            "",
            "1Bantuan 2Ubah    3Cari    4Catatan 5Laporan 6Renstra 7Dasbor  9Susun   10Keluar",
        ])
        // Tab: the full detail, every quarter.
        s.ketik("<Tab>")
        #expect(Array(s.layar[1...16]) == tree + [
            " OPD Dinas Sosial Kota Semarang",
            " Anggaran Rp      TW I      TW II     TW III      TW IV  s.d.TW IV    Serapan",
            " Pagu          35,27 M",
            " Realisasi      4,71 M     7,85 M     7,85 M    10,99 M    31,39 M     88,98%",
            " Rata-rata capaian: Program 100,00% Baik (8) · Kegiatan 100,00% Baik (11) · Su…",
            " (tidak ada indikator)",
            " Catatan TW IV: belum ada (tekan c untuk menulis)",
            "",
        ])
        s.ketik("<Esc>")
        #expect(s.layar[14] == " OPD Dinas Sosial Kota Semarang", "Esc: back to the tree and its summary")
    }

    /// The indicators start on the same line at every level, so the pane stays put as the
    /// cursor moves and only what differs is sent: a kegiatan without sub kegiatan yet has its
    /// mean line in the place of the second budget row too.
    @Test func theIndicatorsStartOnTheSameLineAtEveryLevel() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        func line(_ code: String, _ prefix: String) -> Int? {
            s.ketik("g" + code + "<Enter><Tab>")
            defer { s.ketik("<Esc>") }
            return s.layar.firstIndex { $0.hasPrefix(prefix) }
        }
        let sub = line("1.06.06.2.01.03", " 1. ")
        s.ketik("g1.06.06<Enter>a<Enter>Kegiatan Baru<Enter><Tab>")
        let added = try #require(s.app.keadaan.simpulTerpilih.map { s.app.keadaan.dokumen.simpul[$0] })
        #expect(added.tingkat == .kegiatan && added.anak.isEmpty)
        #expect(s.layar.contains(" Rata-rata capaian: -"))
        #expect(sub != nil && s.layar.firstIndex(of: " (tidak ada indikator)") == sub)
        s.ketik("<Esc>")
        #expect(line("1.06.06.2.01", " 1. ") == sub)
    }

    @Test func theDetailOfASubKegiatan() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter>")
        #expect(Array(s.layar[13...21]) == [
            "    1.06.06.2.01.04 Penanganan Khus…     64.414.450   91,41   101,33 Sangat Baik",
            " Sub Kegiatan 1.06.06.2.01.03 Penyediaan Tempat Penampungan Pengungsi",
            " s.d.TW IV                     Pagu/Target      Realisasi  Capaian Kategori",
            " Anggaran Rp                    41.970.000     40.856.375   97,35%",
            " 1. Jumlah Penyediaan Temp…              5              2    40,00 Kurang",
            " Catatan TW IV: belum ada (tekan c untuk menulis)",
            "",
            "",
            " Tab: rincian lengkap (per triwulan, ubah nilai, catatan)",
        ])
        s.ketik("<Tab>")
        #expect(Array(s.layar[8...20]) == [
            "    1.06.06.2.01.03 Penyediaan Temp…     41.970.000   97,35    40,00 Kurang",
            " Sub Kegiatan 1.06.06.2.01.03 Penyediaan Tempat Penampungan Pengungsi",
            " Anggaran Rp      TW I      TW II     TW III      TW IV  s.d.TW IV    Serapan",
            " Pagu murni 41.970.000",
            " Perubahan           -",
            " Realisasi   6.128.456 10.214.093 10.214.093 14.299.733 40.856.375     97,35%",
            " 1. Jumlah Penyediaan Tempat Penampungan Pengungsi bagi korban bencana",
            "    satuan unit · polaritas positif · agregasi jumlah",
            "                  TW I      TW II     TW III      TW IV  s.d.TW IV      Tahun",
            " Target              1          1          1          2          5          5",
            " Realisasi           1          1          0          -          2          2",
            " Capaian %      100,00     100,00       0,00          -      40,00      40,00",
            " Kategori         Baik       Baik     Kurang          -     Kurang     Kurang",
        ])
    }

    @Test func helpListsEveryKey() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("?")
        let screen = s.layar.joined(separator: "\n")
        #expect(s.layar[1].contains("Bantuan: tombol"))
        for key in ["Ctrl-S", "q F10", "/ F3, n N", "u Ctrl-Z / Ctrl-R Ctrl-Y", "Esc lalu angka", "[ ]  atau 1-4", "Del"] {
            #expect(screen.contains(key), "help lacks \(key)")
        }
        s.ketik("x")
        #expect(s.app.keadaan.mode == .normal)
        s.ketik("<Esc>1")
        #expect(s.app.keadaan.mode == .bantuan)
    }

    @Test func anEditInProgressShowsTextAndParsedValue() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1.500")
        #expect(s.layar[18] == " Realisasi           1          1          0     1.500▏          2          2")
        #expect(s.layar[22].hasPrefix("Realisasi TW IV: 1.500▏ → 1.500   Enter simpan · Esc batal"))
        s.ketik("<Esc>")
        #expect(s.layar[22] == "Batal: tidak ada yang berubah")
        #expect(!s.app.keadaan.belumDisimpan)
    }

    @Test func aRefusedEntryChangesNothing() throws {
        let s = try SesiUji()
        defer { s.hapus() }
        s.ketik("g1.06.06.2.01.03<Enter><Tab><Down><Down><Down><Down>lll1,2,3")
        #expect(s.layar[22].contains("✗ bukan angka (contoh: 1.500 atau 99,81)"))
        s.ketik("<Enter>")
        #expect(s.layar[22] == "Realisasi TW IV: 1,2,3▏ ✗ bukan angka (contoh: 1.500 atau 99,81)")
        #expect(s.app.keadaan.pesan?.teks == "'1,2,3': bukan angka (contoh: 1.500 atau 99,81); tidak ada yang berubah")
        #expect(!s.app.keadaan.belumDisimpan)
        guard case .sunting = s.app.keadaan.mode else { Issue.record("still editing expected"); return }
    }

    @Test func tooSmallATerminalSaysSo() throws {
        let s = try SesiUji(lebar: 50, tinggi: 12)
        defer { s.hapus() }
        #expect(s.layar[0] == "Layar terlalu kecil")
        #expect(s.layar[2] == "sekarang 50x12")
    }

    @Test func widerTerminalsShowMoreOfTheName() throws {
        let s = try SesiUji(lebar: 120, tinggi: 30)
        defer { s.hapus() }
        #expect(s.layar[3].contains("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
    }

    @Test func englishAndTheRenstraTree() throws {
        let s = try SesiUji(bahasa: .en)
        defer { s.hapus() }
        #expect(s.layar[1].hasPrefix("Code "))
        s.ketik("tE")
        let screen = s.layar.joined(separator: "\n")
        #expect(screen.contains("1.1.1"))
        #expect(screen.contains("135,47 Very Good"))
        s.ketik("L")
        #expect(s.layar.joined(separator: "\n").contains("135,47 Sangat Baik"))
    }
}

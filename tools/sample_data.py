#!/usr/bin/env python3
"""Builds sample-data/dinsos-kota-semarang-2023.json from the figures of the
2023 LKjIP of Dinas Sosial Kota Semarang (Tabel 1.4, 2.1, 2.3, 3.1-3.12,
Lampiran 1-3). The seed gives yearly figures only; the quarterly split made
here is illustrative and keeps every yearly figure exactly the seed's."""
import json, sys
from decimal import Decimal as D

BLANK4 = lambda: [{} for _ in range(4)]

def num(x):
    """A JSON number from a decimal string such as '99,81' or '1.500'."""
    if x is None: return None
    s = str(x)
    if ',' in s: s = s.replace('.', '').replace(',', '.')
    elif s.count('.') >= 1 and all(len(g) == 3 for g in s.split('.')[1:]) and not s.startswith('0.'):
        s = s.replace('.', '')
    d = D(s)
    return int(d) if d == d.to_integral_value() else float(s)

def split_int(total, parts=4):
    return [total * (i + 1) // parts - total * i // parts for i in range(parts)]

def rupiah_quarters(total):
    # 15% / 25% / 25% / the rest: spending rises through the year.
    q1 = total * 15 // 100; q2 = total * 25 // 100; q3 = total * 25 // 100
    return [q1, q2, q3, total - q1 - q2 - q3]

def ind_jumlah(uraian, satuan, target, realisasi, real_quarters=None):
    t = split_int(target); r = real_quarters or split_int(realisasi)
    tw = []
    for i in range(4):
        q = {}
        if t[i]: q['target'] = t[i]
        if r[i] is not None: q['realisasi'] = r[i]
        tw.append(q)
    return {'uraian': uraian, 'satuan': satuan, 'polaritas': 'positif', 'agregasi': 'jumlah',
            'target': target, 'triwulan': tw}

def ind_akhir(uraian, satuan, target, path, polaritas='positif', **extra):
    """`path`: the four quarterly realisations, the last being the year's."""
    tw = [{'target': num(target), 'realisasi': num(p)} if p is not None else {'target': num(target)} for p in path]
    d = {'uraian': uraian, 'satuan': satuan, 'polaritas': polaritas, 'agregasi': 'akhir',
         'target': num(target), 'triwulan': tw}
    d.update(extra)
    return d

def ind_blank(uraian, satuan='%'):
    return {'uraian': uraian, 'satuan': satuan, 'polaritas': 'positif', 'agregasi': 'akhir', 'triwulan': BLANK4()}

def years(**kw):
    out = {}
    for y, v in kw.items():
        y = y[1:]
        e = {}
        if v[0] is not None: e['target'] = num(v[0])
        if len(v) > 1 and v[1] is not None: e['realisasi'] = num(v[1])
        if len(v) > 2: e['satuan'] = v[2]
        out[y] = e
    return out

PPKS = 'Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang ditangani'
renstra = {'tahunAwal': 2021, 'tahunAkhir': 2026, 'tujuan': [
  {'nomor': '1', 'uraian': 'Terwujudnya Pemerataan Kesejahteraan Masyarakat',
   'indikator': [ind_akhir('Angka Kemiskinan', '%', '4,30', ['4,25', '4,25', '4,25', '4,23'], 'negatif',
                           kondisiAwal=num('4,56'), tahunan=years(y2022=('4,32', '4,25'), y2024=('4,25',), y2025=('4,20',), y2026=('4,15',)))],
   'sasaran': [{'nomor': '1.1', 'uraian': 'Menurunnya Angka Kemiskinan', 'indikator': [
       ind_akhir('Menurunnya Angka DTKS (berdasarkan kelayakan penerima Bansos BPNT dan PKH)', '%', '15',
                 ['10,80', '10,35', '9,95', '9,68'], 'negatif', nomor='1.1.1', kondisiAwal=num('24,23'),
                 tahunan=years(y2021=('16,45', '24,23'), y2022=('16,10', '11,06'), y2024=('15,50',), y2025=('15,20',), y2026=('14,90',)))]}]},
  {'nomor': '2', 'uraian': 'Peningkatan Penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)',
   'indikator': [ind_akhir(PPKS, '%', '99,81', ['100'] * 4, kondisiAwal=100,
                           tahunan=years(y2021=('98', '100'), y2022=('99,75', '100'), y2024=('99,87',), y2025=('99,93',), y2026=('100',)))],
   'sasaran': [{'nomor': '2.1', 'uraian': 'Terwujudnya Pemerataan kesejahteraan dan perlindungan sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)', 'indikator': [
       ind_akhir(PPKS, '%', '99,81', ['100'] * 4, nomor='2.1.1', kondisiAwal=100,
                 tahunan=years(y2021=('98', '100'), y2022=('99,75', '100'), y2024=('99,87',), y2025=('99,93',), y2026=('100',))),
       ind_akhir('Persentase penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar dan gelandangan pengemis yang terpenuhi kebutuhan dasarnya di luar panti',
                 '%', '100', ['100'] * 4, nomor='2.1.2', kondisiAwal=100,
                 tahunan=years(y2022=('100', '100'), y2024=('100',), y2025=('100',), y2026=('100',))),
       ind_akhir('Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya pada saat dan setelah tanggap darurat bencana daerah kabupaten/kota',
                 '%', '100', ['100'] * 4, nomor='2.1.3', kondisiAwal=100,
                 tahunan=years(y2022=('100', '100'), y2024=('100',), y2025=('100',), y2026=('100',))),
       ind_akhir('Cakupan Potensi dan Sumber Kesejahteraan (PSKS) yang difasilitasi', '%', '78', ['85', '92', '97', '100'],
                 nomor='2.1.4', kondisiAwal=num('71,42'),
                 tahunan=years(y2021=('91,60', '71,42'), y2022=('66,67', '100'), y2024=('89',), y2025=('100',), y2026=('100',))),
       ind_akhir('Cakupan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yg memperoleh bantuan sosial', '%', '69,85',
                 ['85', '90', '94,5', '97,5'], nomor='2.1.5', kondisiAwal=num('63,37'),
                 tahunan=years(y2021=('16.200', '168.505', 'orang'), y2022=('69,15', '80,34'), y2024=('70,54',), y2025=('71,25',), y2026=('71,96',))),
   ]}]},
  {'nomor': '3', 'uraian': 'Menghasilkan Laporan kinerja yang berkualitas',
   'indikator': [ind_akhir('Persentase penyelesaian Manajemen Internal dinas sosial yang efektif, efisien dan akuntabel', '%', '100', ['100'] * 4,
                           kondisiAwal=100, tahunan=years(y2022=('100', '100'), y2024=('100',), y2025=('100',), y2026=('100',)))],
   'sasaran': [{'nomor': '3.1', 'uraian': 'Peningkatan Laporan kinerja yang efektif, efisien dan akuntabel', 'indikator': [
       ind_akhir('Persentase penyelesaian Manajemen Internal yang efektif, efisien dan akuntabel', '%', '100', ['100'] * 4, nomor='3.1.1',
                 kondisiAwal=100, tahunan=years(y2022=('100', '100'), y2024=('100',), y2025=('100',), y2026=('100',)))]}]},
]}

def pct100(uraian):
    return ind_akhir(uraian, '%', '100', ['100'] * 4)

# (kode suffix, name, pagu, realisasi) per sub kegiatan; None pagu = no budget.
P = {}
P['01'] = ('Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '10.737.798.025', '10.450.397.565',
  [pct100('Persentase perencanaan dan pelaporan kinerja Dinas Sosial'),
   pct100('Persentase kinerja administrasi dan pelaporan keuangan Dinas Sosial'),
   pct100('Persentase tersedianya sarana dan prasarana perkantoran Dinas Sosial')], ['3.1.1'], [
  ('2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [pct100('Tersedianya Dokumen Rencana Kerja dan Rencana Anggaran SKPD')], ['3.1.1'], [
    ('01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', '487.800', '482.000'),
    ('02', 'Koordinasi dan Penyusunan Dokumen RKA SKPD', '253.600', '253.550'),
    ('03', 'Koordinasi dan Penyusunan Dokumen Perubahan RKA SKPD', '355.890', '355.750'),
    ('04', 'Koordinasi dan Penyusunan DPA SKPD', '253.600', '253.500'),
    ('05', 'Koordinasi dan Penyusunan Perubahan DPA SKPD', '355.890', '354.750'),
    ('06', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', '1.933.200', '1.932.000'),
    ('07', 'Evaluasi Kinerja Perangkat Daerah', '617.280', '617.000')]),
  ('2.02', 'Administrasi Keuangan Perangkat Daerah', [pct100('Administrasi keuangan SKPD')], ['3.1.1'], [
    ('01', 'Penyediaan Gaji dan Tunjangan ASN', '7.901.815.875', '7.726.054.591'),
    ('02', 'Penyediaan Administrasi Pelaksanaan Tugas ASN', '324.643.200', '312.348.550'),
    ('04', 'Koordinasi dan Pelaksanaan Akuntansi SKPD', '253.600', '248.800'),
    ('05', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', '263.980', '253.300'),
    ('07', 'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD', '3.167.760', '3.167.700'),
    ('08', 'Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran', '201.600', '201.500')]),
  ('2.06', 'Administrasi Umum Perangkat Daerah', [pct100('Tersedianya kebutuhan rumah tangga SKPD')], ['3.1.1'], [
    ('01', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', '2.000.000', '1.804.370'),
    ('02', 'Penyediaan Peralatan dan Perlengkapan Kantor', '0', '0'),
    ('03', 'Penyediaan Peralatan Rumah Tangga', '13.000.000', '12.999.040'),
    ('04', 'Penyediaan Bahan Logistik Kantor', '13.339.950', '13.291.950'),
    ('05', 'Penyediaan Barang Cetak dan Penggandaan', '15.369.712', '15.298.500'),
    ('06', 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', '5.040.000', '5.040.000'),
    ('08', 'Fasilitasi Kunjungan Tamu', '70.275.000', '51.595.000'),
    ('09', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', '224.598.589', '221.366.380'),
    ('11', 'Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD', '221.862.271', '203.406.900')]),
  ('2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', [ind_blank('Tersedianya peralatan dan perlengkapan kantor')], [], [
    ('05', 'Pengadaan Mebel', '197.073.443', '194.460.250'),
    ('10', 'Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', '29.213.070', '25.729.800')]),
  ('2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', [ind_blank('Tersedianya kebutuhan jasa kantor')], [], [
    ('02', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', '126.292.784', '114.858.867')]),
  ('2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', [ind_blank('Pemeliharaan aset SKPD')], [], [
    ('01', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan', '40.313.180', '28.099.500'),
    ('02', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan', '579.269.724', '573.096.700'),
    ('05', 'Pemeliharaan Mebel', '3.636.000', '3.635.250'),
    ('09', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', '491.336.000', '487.481.557'),
    ('10', 'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya', '212.658.822', '200.956.636'),
    ('11', 'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya', '107.097.805', '105.310.450')]),
  ('2.13', 'Penataan Organisasi', [ind_blank('Dokumen Kelembagaan SKPD', 'dokumen')], [], [
    ('01', 'Pengelolaan Kelembagaan dan Analisis Jabatan', '150.818.400', '145.443.424')]),
])
J = ind_jumlah
P['02'] = ('Pemberdayaan Sosial', '7.651.690.831', '7.284.645.019',
  [pct100('Cakupan Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang difasilitasi')], ['2.1.4'], [
  ('2.02', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', [ind_blank('Terkelolanya sumbangan untuk bidang sosial')], [], [
    ('01', 'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang', '109.637.283', '94.317.760', [], [
      J('Kegiatan Sosialisasi Izin pelaksanaan Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang yang diterbitkan', 'kegiatan', 1, 1),
      J('Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang', 'dokumen', 3, 3)])]),
  ('2.03', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', [pct100('Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang terfasilitasi')], ['2.1.4'], [
    ('01', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', '5.373.737.338', '5.244.887.710', ['2.1.4'], [
      J('Terfasilitasi dan berdayanya PSM', 'kegiatan', 1, 3),
      ind_akhir('Terfasilitasinya Sistem Layanan dan Rujukan Terpadu (SLRT)', '%', '100', ['100'] * 4),
      J('Terpenuhinya pemberian tali asih Pekerja Sosial Masyarakat', 'orang', 177, 260),
      J('Jumlah Orang mendapat peningkatan kapasitas Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', 'orang', 260, 260)]),
    ('02', 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', '356.756.379', '348.291.620', ['2.1.4'], [
      J('Terpenuhinya pemberian tali asih Tenaga Kesejahteraan Sosial Kecamatan', 'orang', 16, 16),
      J('Jumlah Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota', 'orang', 16, 16)]),
    ('03', 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', '210.296.720', '181.859.800', ['2.1.4'], [
      J('Kegiatan Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota (Pendamping Program Keluarga Harapan (PKH))', 'kegiatan', 1, 1),
      J('Jumlah Keluarga yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota', 'keluarga', 4, 4)]),
    ('04', 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota', '680.756.451', '607.154.349', ['2.1.4'], [
      J('Terfasilitasi dan meningkatnya Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat kewenangan kabupaten/kota', 'kegiatan', 6, 6),
      J('Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota', 'lembaga', 5, 5)]),
    ('05', 'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)', '920.506.660', '808.133.780', ['2.1.4'], [
      J('Terlaksananya kegiatan Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)', 'kegiatan', 1, 1),
      J('Jumlah Sertifikat dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota', 'sertifikat', 9, 10)])]),
])
P['03'] = ('Penanganan Warga Negara Migran Korban Tindak Kekerasan', '45.413.532', '30.659.070',
  [pct100('Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) Pekerja Migran Bermasalah Sosial yang ditangani')], ['2.1.1'], [
  ('2.01', 'Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal',
   [pct100('Warga Negara Migran Korban Tindak Kekerasan yang ditangani')], ['2.1.1'], [
    ('01', 'Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal', '45.413.532', '30.659.070', ['2.1.1'], [])]),
])
R1 = ['2.1.1', '2.1.2']
P['04'] = ('Rehabilitasi Sosial', '9.447.861.272', '8.222.571.255', [pct100(PPKS)], ['2.1.1', '2.1.2', '2.1.5'], [
  ('2.01', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
   [pct100('Persentase (%) Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis yang terpenuhi kebutuhan dasarnya di luar panti')], R1, [
    ('01', 'Penyediaan Permakanan', '960.700.000', '959.940.000', R1, []),
    ('02', 'Penyediaan Sandang', '10.705.000', '10.678.250', R1, []),
    ('03', 'Penyediaan Alat Bantu', '804.100', '750.000', R1, []),
    ('04', 'Pemberian Pelayanan Reunifikasi Keluarga', '33.000.000', '32.171.000', R1, []),
    ('05', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', '752.408.140', '735.939.633', R1, []),
    ('06', 'Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat', '94.422.500', '94.185.000', R1, []),
    ('07', 'Fasilitasi Pembuatan Nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan Kartu Identitas Anak', '8.045.000', '7.375.000', R1, []),
    ('08', 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar', '1.702.720', '1.694.820', R1, []),
    ('09', 'Pemberian Layanan Data dan Pengaduan', '297.974.000', '276.892.953', R1, []),
    ('10', 'Pemberian Layanan Kedaruratan', '57.847.644', '41.445.000', R1, []),
    ('11', 'Pemberian Pelayanan Penelusuran Keluarga', '25.250.000', '24.931.500', R1, []),
    ('12', 'Pemberian Layanan Rujukan', '47.750.000', '47.311.000', R1, [])]),
  ('2.02', 'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial',
   [pct100('Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA yang direhabilitasi sosial di luar Panti Sosial')], ['2.1.1', '2.1.5'], [
    ('01', 'Pemberian Layanan Data dan Pengaduan', '478.890.800', '475.455.604', ['2.1.1'], []),
    ('02', 'Pemberian Layanan Kedaruratan', '78.100.000', '43.878.500', ['2.1.1'], []),
    ('03', 'Penyediaan Permakanan', '5.535.024.450', '4.447.841.764', ['2.1.1'], []),
    ('04', 'Penyediaan Sandang', '20.315.000', '19.500.000', ['2.1.1'], []),
    ('05', 'Penyediaan Alat Bantu', None, None, ['2.1.1'], []),
    ('06', 'Penyediaan Perbekalan Kesehatan di Luar Panti', '69.816.400', '69.639.631', ['2.1.1'], []),
    ('07', 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', '147.720.100', '147.635.500', ['2.1.1'], []),
    ('08', 'Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA', '129.851.000', '126.350.000', ['2.1.1'], []),
    ('09', 'Fasilitasi Pembuatan Nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah dan Kartu Identitas Anak', '48.764.452', '46.745.000', ['2.1.1'], []),
    ('10', 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar', '55.517.000', '49.872.000', ['2.1.1'], []),
    ('11', 'Pemberian Pelayanan Penelusuran Keluarga', '5.250.000', '5.250.000', ['2.1.1'], []),
    ('12', 'Pemberian Pelayanan Reunifikasi Keluarga', '5.250.000', '5.250.000', ['2.1.1'], []),
    ('13', 'Pemberian Layanan Rujukan', '15.900.000', '15.435.000', ['2.1.1'], []),
    ('14', 'Kerja Sama antar Lembaga dan Kemitraan dalam Pelaksanaan Rehabilitasi Sosial Kabupaten/Kota', '566.852.966', '536.404.100', ['2.1.1'], [])]),
])
P['05'] = ('Perlindungan dan Jaminan Sosial', '6.357.803.540', '4.410.933.488',
  [pct100('Cakupan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang memperoleh bantuan Sosial')], ['1.1.1', '2.1.1', '2.1.5'], [
  ('2.01', 'Pemeliharaan Anak-Anak Terlantar', [pct100('Pemberian perlindungan jaminan sosial kepada anak-anak terlantar')], ['2.1.1'], [
    ('01', 'Penjangkauan Anak-Anak Terlantar', '166.682.730', '151.869.540', ['2.1.1'], []),
    ('02', 'Rujukan Anak-Anak Terlantar', '52.763.770', '36.142.360', ['2.1.1'], []),
    ('03', 'Pemantauan terhadap Pelaksanaan Pemeliharaan Anak Terlantar', '22.845.860', '10.887.720', ['2.1.1'], [])]),
  ('2.02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', [pct100('Menurunnya angka DTKS')], ['1.1.1', '2.1.5'], [
    ('01', 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', '449.985.170', '444.220.800', ['1.1.1'], [
      J('Identifikasi data fakir miskin di Kota Semarang', 'kegiatan', 1, 4)]),
    ('02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', '478.173.336', '444.498.055', ['1.1.1'], [
      J('Verifikasi dan Validasi pengelolaan data fakir miskin cakupan daerah kabupaten/kota', 'kegiatan', 2, 2)]),
    ('03', 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', '4.808.996.430', '2.964.471.118', ['2.1.5'], [
      J('Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota', 'keluarga', 50000, 70439)]),
    ('04', 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat', '378.356.244', '358.843.895', ['2.1.5'], [
      J('Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota', 'keluarga', 1500, 4917)])]),
])
B = ['2.1.3']
P['06'] = ('Penanganan Bencana', '1.031.868.086', '986.748.405',
  [pct100('Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) korban bencana yang ditangani')], ['2.1.1', '2.1.3', '2.1.5'], [
  ('2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
   [pct100('Persentase (%) Korban Bencana alam dan sosial yang terpenuhi kebutuhan dasarnya pada saat dan setelah tanggap darurat bencana daerah kabupaten/kota')],
   ['2.1.1', '2.1.3', '2.1.5'], [
    ('01', 'Penyediaan Makanan', '196.849.660', '178.547.191', B, [
      J('Jumlah korban bencana yang mendapatkan paket bahan permakanan / makanan siap saji', 'orang', 373, 588)]),
    ('02', 'Penyediaan Sandang', '70.860.000', '68.503.280', B, [
      J('Jumlah korban bencana yang mendapatkan paket sandang dan perlengkapan keluarga serta family kids', 'orang', 373, 397)]),
    ('03', 'Penyediaan Tempat Penampungan Pengungsi', '41.970.000', '40.856.375', B, [
      J('Jumlah Penyediaan Tempat Penampungan Pengungsi bagi korban bencana', 'unit', 5, 3, [1, 1, 0, None])]),
    ('04', 'Penanganan Khusus bagi Kelompok Rentan', '64.414.450', '58.884.310', B, [
      J('Jumlah korban bencana kelompok rentan yang mendapatkan paket bahan permakanan khusus (Lanjut Usia, Ibu hamil, Penyandang Disabilitas dan Anak)', 'orang', 75, 76)]),
    ('05', 'Pelayanan Dukungan Psikososial', '223.561.926', '213.967.950', B, [
      J('Jumlah pelayanan dukungan psikososial pada saat dan setelah tanggap darurat bencana daerah kabupaten/kota', 'orang', 11, 56)])]),
  ('2.02', 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
   [pct100('Terlaksananya pemberdayaan masyarakat terhadap kesiapsiagaan bencana kota')], B, [
    ('01', 'Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana', '245.565.636', '242.677.450', B, [
      J('Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Alam dan Sosial', 'kegiatan', 1, 3)]),
    ('02', 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', '188.464.414', '183.311.849', B, [
      J('Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', 'kegiatan', 2, 7)])]),
])

TUJUAN3 = {'1.06.01.2.01', '1.06.01.2.02', '1.06.01.2.06'}

def build():
    programs = []
    for pk in sorted(P):
        name, pagu, real, inds, links, kegs = P[pk]
        pkode = '1.06.' + pk
        prog = {'kode': pkode, 'nama': name, 'indikator': inds, 'tertulis': {'pagu': num(pagu), 'realisasi': num(real)}, 'kegiatan': []}
        if links: prog['mendukung'] = links
        for kk, kname, kinds, klinks, subs in kegs:
            kkode = pkode + '.' + kk
            keg = {'kode': kkode, 'nama': kname, 'indikator': kinds, 'subKegiatan': []}
            if klinks: keg['mendukung'] = klinks
            tp = tr = 0
            for s in subs:
                sk, sname, spagu, sreal = s[:4]
                slinks = s[4] if len(s) > 4 else (['3.1.1'] if kkode in TUJUAN3 else [])
                sinds = s[5] if len(s) > 5 else []
                sub = {'kode': kkode + '.' + sk, 'nama': sname}
                if spagu is not None:
                    r = num(sreal)
                    sub['anggaran'] = {'paguMurni': num(spagu), 'realisasi': rupiah_quarters(r)}
                    tp += num(spagu); tr += r
                else:
                    sub['anggaran'] = {'realisasi': [None] * 4}
                if slinks: sub['mendukung'] = slinks
                if sinds: sub['indikator'] = sinds
                keg['subKegiatan'].append(sub)
            keg['tertulis'] = {'pagu': tp, 'realisasi': tr}
            prog['kegiatan'].append(keg)
        programs.append(prog)
    return {'schemaVersion': 1,
            'opd': {'nama': 'Dinas Sosial Kota Semarang', 'kode': '1.06', 'pemda': 'Kota Semarang'},
            'tahun': 2023, 'skala': 'lkjip', 'renstra': renstra, 'program': programs}

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else 'sample-data/dinsos-kota-semarang-2023.json'
    with open(out, 'w') as f:
        json.dump(build(), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write('\n')

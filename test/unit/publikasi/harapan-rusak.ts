/** What the validator must say for each broken case (file, line, field path, message), reviewed by hand. */
export const HARAPAN: Record<string, { baris?: number; jalur: string; pesan: string; message: string }[]> = {
  'tipe salah (wrong type)': [
    {
      baris: 4,
      jalur: 'singkatan',
      pesan: 'Input tidak valid: diharapkan string, diterima number',
      message: 'Invalid input: expected string, received number',
    },
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Instansi "dinas-contoh" tidak dikenal: folder ini tidak punya instansi.json yang valid.',
      message: 'Unknown agency "dinas-contoh": this folder has no valid instansi.json.',
    },
  ],
  'kolom wajib hilang (missing field)': [
    {
      baris: 1,
      jalur: 'sumber',
      pesan: 'Kolom wajib "sumber" tidak ada.',
      message: 'Required field "sumber" is missing.',
    },
  ],
  'kolom tidak dikenal (unknown field)': [
    {
      baris: 116,
      jalur: 'pengukuran.indikator[1].capaian',
      pesan: 'Kolom tidak dikenal: capaian.',
      message: 'Unknown field: capaian.',
    },
  ],
  'enum salah (bad enum)': [
    {
      baris: 4,
      jalur: 'tingkat',
      pesan:
        'Pilihan tidak valid: diharapkan salah satu dari "nasional"|"provinsi"|"kota"|"kabupaten"|"kementerian"|"lembaga"',
      message: 'Invalid option: expected one of "nasional"|"provinsi"|"kota"|"kabupaten"|"kementerian"|"lembaga"',
    },
  ],
  'id salah (bad id)': [
    {
      baris: 24,
      jalur: 'versi[0].tujuan[0].sasaran[0].id',
      pesan: 'id hanya boleh berisi huruf kecil, angka dan tanda hubung, mis. "bkd-kota-blitar"',
      message: 'an id may hold only lowercase letters, digits and hyphens, e.g. "bkd-kota-blitar"',
    },
  ],
  'angka tercetak salah (bad printed-number string)': [
    {
      baris: 71,
      jalur: 'pengukuran.indikator[0].capaian_tercetak',
      pesan:
        'angka tercetak ditulis sebagai teks dengan titik desimal dan desimal seperti tercetak, mis. "100.80" untuk 100,80',
      message: 'a printed number is a string with a dot decimal and its printed decimals, e.g. "100.80" for 100,80',
    },
  ],
  'di luar rentang (range)': [
    {
      baris: 202,
      jalur: 'anggaran[0].baris[1].pagu',
      pesan: 'Terlalu kecil: diharapkan number menjadi >=0',
      message: 'Too small: expected number to be >=0',
    },
  ],
  'rupiah pecahan (not whole rupiah)': [
    {
      baris: 203,
      jalur: 'anggaran[0].baris[1].realisasi',
      pesan: 'Input tidak valid: diharapkan int, diterima number',
      message: 'Invalid input: expected int, received number',
    },
  ],
  'front matter: bab salah (bad chapter)': [
    {
      baris: 1,
      jalur: 'front matter: bab',
      pesan: 'Pilihan tidak valid: diharapkan salah satu dari "ikhtisar"|"bab-1"|"bab-2"|"bab-3"|"bab-4"',
      message: 'Invalid option: expected one of "ikhtisar"|"bab-1"|"bab-2"|"bab-3"|"bab-4"',
    },
  ],
  'folder tahun ≠ tahun dokumen (year folder mismatch)': [
    {
      baris: 3,
      jalur: 'tahun',
      pesan: 'Tahun dokumen 2023 tidak sama dengan folder tahun 2022.',
      message: 'Document year 2023 does not match the year folder 2022.',
    },
  ],
  'instansi tidak dikenal (unknown agency)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Instansi "dinas-lain" tidak dikenal: folder ini tidak punya instansi.json yang valid.',
      message: 'Unknown agency "dinas-lain": this folder has no valid instansi.json.',
    },
  ],
  'wilayah tidak dikenal (unknown region)': [
    { baris: 5, jalur: 'wilayah', pesan: 'Wilayah "kota-lain" tidak dikenal.', message: 'Unknown region "kota-lain".' },
  ],
  'indikator tidak dikenal (unknown indicator id)': [
    {
      baris: 110,
      jalur: 'pengukuran.indikator[1].indikator',
      pesan: 'Indikator "waktu-tunggu" tidak ada di katalog indikator instansi.',
      message: 'Indicator "waktu-tunggu" is not in the agency\'s indicator catalogue.',
    },
  ],
  'indikator PK tidak ada di Renstra (PK indicator not in Renstra)': [
    {
      baris: 40,
      jalur: 'perjanjian_kinerja[0].sasaran[0].indikator[1].indikator',
      pesan: 'Target PK untuk indikator "indikator-baru" yang tidak ada di Renstra 2021-2026 (Renstra awal).',
      message: 'PK target for indicator "indikator-baru", which Renstra 2021-2026 (Renstra awal) does not have.',
    },
  ],
  'sasaran tidak dikenal (unknown sasaran)': [
    {
      baris: 32,
      jalur: 'perjanjian_kinerja[0].sasaran[0].sasaran',
      pesan: 'Sasaran "s9" tidak ada di Renstra 2021-2026 (Renstra awal) maupun di "sasaran" laporan ini.',
      message: 'Sasaran "s9" is in neither the Renstra 2021-2026 (Renstra awal) nor this report\'s "sasaran".',
    },
  ],
  'laporan ganda (duplicate report)': [
    {
      baris: 3,
      jalur: 'tahun',
      pesan: 'Tahun dokumen 2022 tidak sama dengan folder tahun 2023.',
      message: 'Document year 2022 does not match the year folder 2023.',
    },
    {
      baris: 3,
      jalur: 'tahun',
      pesan: 'Laporan 2022 ganda (juga di content/instansi/dinas-contoh/2022/lkjip.json).',
      message: 'Duplicate report for 2022 (also in content/instansi/dinas-contoh/2022/lkjip.json).',
    },
  ],
  'periode Renstra ≠ nama berkas (renstra period/file mismatch)': [
    {
      baris: 3,
      jalur: 'periode',
      pesan: 'Periode 2021-2025 tidak sama dengan nama berkas.',
      message: 'Period 2021-2025 does not match the file name.',
    },
  ],
  'atasan IKI tidak dikenal (IKI superior unknown)': [
    {
      baris: 19,
      jalur: 'jabatan[1].atasan',
      pesan: 'Atasan "kepala-dinas" bukan jabatan di dokumen ini.',
      message: 'Superior "kepala-dinas" is not a position in this document.',
    },
  ],
  'metode capaian tidak dikenal (unknown capaian method)': [
    {
      baris: 108,
      jalur: 'pengukuran.indikator[0].metode_capaian',
      pesan:
        'Pilihan tidak valid: diharapkan salah satu dari "realisasi-per-target"|"target-per-realisasi"|"dua-target-kurang-realisasi"|"rentang"|"kualitatif"',
      message:
        'Invalid option: expected one of "realisasi-per-target"|"target-per-realisasi"|"dua-target-kurang-realisasi"|"rentang"|"kualitatif"',
    },
  ],
  'pita skala tumpang tindih (overlapping scale bands)': [
    {
      baris: 34,
      jalur: 'skala[0].pita[1]',
      pesan: 'pita "Baik" dan "Cukup" tumpang tindih',
      message: 'bands "Baik" and "Cukup" overlap',
    },
  ],
  'skala bernama tidak dikenal (unknown named scale)': [
    {
      baris: 17,
      jalur: 'skala[0].acuan',
      pesan: 'Skala "skala-provinsi" tidak dikenal.',
      message: 'Unknown scale "skala-provinsi".',
    },
  ],
  'nilai di luar himpunannya (value outside its declared set)': [
    {
      baris: 122,
      jalur: 'pengukuran.indikator[2].realisasi',
      pesan: 'Nilai "Baik" tidak ada di himpunan nilai "Predikat SAKIP (AA–D)" (predikat-sakip).',
      message: 'Value "Baik" is not in the value set "Predikat SAKIP (AA–D)" (predikat-sakip).',
    },
  ],
  'nilai kualitatif tanpa himpunan (qualitative value, no declared set)': [
    {
      baris: 69,
      jalur: 'pengukuran.indikator[0].target',
      pesan:
        'Nilai kualitatif "Tinggi" untuk indikator "indeks-profesionalitas-asn", yang tidak menyatakan himpunan nilai.',
      message: 'Qualitative value "Tinggi" for indicator "indeks-profesionalitas-asn", which declares no value set.',
    },
  ],
  'himpunan nilai tidak dikenal (unknown value set)': [
    {
      baris: 30,
      jalur: 'indikator[2].himpunan_nilai',
      pesan: 'Himpunan nilai "opini-bpk" tidak dikenal.',
      message: 'Unknown value set "opini-bpk".',
    },
  ],
  'periode di luar tahun laporan (period outside the year)': [
    {
      baris: 120,
      jalur: 'pengukuran.indikator[1].periode.nilai[0].ke',
      pesan: 'periode di luar tahun laporan: triwulan ke-5',
      message: "a period outside the report's year: triwulan 5",
    },
  ],
  'unit organisasi tidak dikenal (unknown organisation unit)': [
    {
      baris: 108,
      jalur: 'pengukuran.indikator[0].unit',
      pesan: 'Unit organisasi "bidang-mutasi" tidak dikenal.',
      message: 'Unknown organisation unit "bidang-mutasi".',
    },
  ],
  'MDX import': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Pernyataan import/export tidak diizinkan di narasi: konten adalah data, bukan kode.',
      message: 'import/export statements are not allowed in a narrative: content is data, not code.',
    },
  ],
  'MDX export': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Pernyataan import/export tidak diizinkan di narasi: konten adalah data, bukan kode.',
      message: 'import/export statements are not allowed in a narrative: content is data, not code.',
    },
  ],
  'MDX <script>': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Elemen <script> tidak diizinkan: konten tidak boleh berisi kode.',
      message: '<script> elements are not allowed: content must not contain code.',
    },
  ],
  'MDX onclick': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Atribut penangan peristiwa "onclick" tidak diizinkan: konten tidak boleh berisi kode.',
      message: 'Event-handler attribute "onclick" is not allowed: content must not contain code.',
    },
  ],
  'MDX javascript: URL': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'MDX <iframe>': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Elemen <iframe> tidak diizinkan: narasi tidak boleh menyematkan halaman lain.',
      message: '<iframe> elements are not allowed: a narrative must not embed other pages.',
    },
  ],
  'MDX ekspresi {…} (expression)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Ekspresi JavaScript dalam kurung kurawal {…} tidak diizinkan di narasi.',
      message: 'JavaScript expressions in braces {…} are not allowed in a narrative.',
    },
  ],
  'JSON rusak (malformed JSON)': [
    {
      baris: 5,
      jalur: '(sintaks JSON / JSON syntax)',
      pesan: 'JSON tidak valid (PropertyNameExpected).',
      message: 'Malformed JSON (PropertyNameExpected).',
    },
  ],
  'pengodean Latin-1 (wrong encoding)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas tidak dalam pengodean UTF-8.',
      message: 'File is not UTF-8 encoded.',
    },
  ],
  'HTML di string JSON (HTML in a JSON string)': [
    {
      baris: 8,
      jalur: 'fungsi[0]',
      pesan: 'Teks berisi tag HTML <script>: konten adalah data, bukan kode.',
      message: 'Text contains the HTML tag <script>: content is data, not code.',
    },
  ],
};

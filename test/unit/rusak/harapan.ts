/** What the validator must say for each hostile case (line, field path, message) in the blamed file, reviewed by hand. */
export const HARAPAN_BERMUSUHAN: Record<string, { baris?: number; jalur: string; pesan: string; message: string }[]> = {
  'tautan javascript\\: (escaped colon)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan rujukan javascript\\: (reference-style, escaped colon)': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan javascript&#58; (numeric character reference)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan javascript&colon; (named character reference)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan jav&#x61;script: (reference inside the scheme)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan <javascript:…> (angle-bracket destination)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'gambar javascript\\: (image)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan rujukan dengan judul (reference definition with a title)': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan vbscript:': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "vbscript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "vbscript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan data:text/html': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "data:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "data:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'tautan file: (scheme not on the allow-list)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "file:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "file:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'autolink GFM xmpp: (a GitHub Markdown literal autolink)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan dengan skema "xmpp:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "xmpp:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'elemen <a href="javascript:…">': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Elemen atau komponen <a> tidak ada di daftar yang diizinkan.',
      message: 'Element or component <a> is not on the allow-list.',
    },
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Tautan "javascript:" (atau skema lain yang menjalankan kode) tidak diizinkan.',
      message: 'A "javascript:" link (or another scheme that runs code) is not allowed.',
    },
  ],
  'autolink <javascript:…>': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Narasi tidak dapat dibaca sebagai MDX.',
      message:
        'The narrative cannot be parsed as MDX (Unexpected character `(` (U+0028) in local name, ' +
        'expected a name character such as letters, digits, `$`, or `_`; whitespace before ' +
        'attributes; or the end of the tag).',
    },
  ],
  'komentar HTML (HTML comment)': [
    {
      baris: 7,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Narasi tidak dapat dibaca sebagai MDX.',
      message:
        'The narrative cannot be parsed as MDX (Unexpected character `!` (U+0021) before name, ' +
        'expected a character that can start a name, such as a letter, `$`, or `_` (note: to ' +
        'create a comment in MDX, use `{/* text */}`)).',
    },
  ],
  'front matter: kolom tak dikenal (layout injection)': [
    {
      baris: 1,
      jalur: 'front matter: layout',
      pesan: 'Kolom tidak dikenal: layout.',
      message: 'Unknown field: layout.',
    },
  ],
  'folder symlink ke luar repositori (directory symlink outside the repository)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Tautan simbolik (symlink) tidak diizinkan di folder konten: isinya bisa berasal dari luar repositori.',
      message: 'Symbolic links are not allowed in the content folder: their target may lie outside the repository.',
    },
  ],
  'lkjip.json symlink': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Tautan simbolik (symlink) tidak diizinkan di folder konten: isinya bisa berasal dari luar repositori.',
      message: 'Symbolic links are not allowed in the content folder: their target may lie outside the repository.',
    },
  ],
  'narasi symlink ke berkas luar (narrative symlink to an outside file)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Tautan simbolik (symlink) tidak diizinkan di folder konten: isinya bisa berasal dari luar repositori.',
      message: 'Symbolic links are not allowed in the content folder: their target may lie outside the repository.',
    },
  ],
  'folder content/ adalah symlink (content/ itself a symlink)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Tautan simbolik (symlink) tidak diizinkan di folder konten: isinya bisa berasal dari luar repositori.',
      message: 'Symbolic links are not allowed in the content folder: their target may lie outside the repository.',
    },
  ],
  'pipa bernama (named pipe)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Ini bukan berkas atau folder biasa (mis. pipe atau perangkat) dan tidak dibaca.',
      message: 'This is not a regular file or folder (e.g. a pipe or a device) and is not read.',
    },
  ],
  'berkas terlalu besar di disk, tidak dibaca (too large on disk, not read)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas terlalu besar: 3 MB, batasnya 2 MB.',
      message: 'File too large: 3 MB, the limit is 2 MB.',
    },
  ],
  'lkjip.json 84 MB (in memory)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas terlalu besar: 80,1 MB, batasnya 2 MB.',
      message: 'File too large: 80,1 MB, the limit is 2 MB.',
    },
  ],
  'narasi terlalu besar (narrative too large)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas terlalu besar: 2,2 MB, batasnya 2 MB.',
      message: 'File too large: 2,2 MB, the limit is 2 MB.',
    },
  ],
  'JSON bersarang 5000 tingkat (nested 5000 deep)': [
    {
      baris: 11,
      jalur: '(struktur JSON / JSON structure)',
      pesan: 'JSON bersarang terlalu dalam: lebih dari 32 tingkat objek/larik.',
      message: 'JSON is nested too deeply: more than 32 levels of objects/arrays.',
    },
  ],
  'JSON bersarang 33 tingkat (one level over the limit)': [
    {
      baris: 11,
      jalur: '(struktur JSON / JSON structure)',
      pesan: 'JSON bersarang terlalu dalam: lebih dari 32 tingkat objek/larik.',
      message: 'JSON is nested too deeply: more than 32 levels of objects/arrays.',
    },
  ],
  'Markdown bersarang 20000 kutipan (20,000 nested quotes)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan:
        'Narasi bersarang terlalu dalam: lebih dari 32 tingkat (kutipan, daftar atau elemen di dalam satu sama lain).',
      message:
        'The narrative is nested too deeply: more than 32 levels (quotes, lists or elements inside one another).',
    },
  ],
  'Markdown bersarang 40 daftar (40 nested lists)': [
    {
      baris: 20,
      jalur: '(isi narasi MDX / MDX body)',
      pesan:
        'Narasi bersarang terlalu dalam: lebih dari 32 tingkat (kutipan, daftar atau elemen di dalam satu sama lain).',
      message:
        'The narrative is nested too deeply: more than 32 levels (quotes, lists or elements inside one another).',
    },
  ],
  'kunci ganda: nilai terakhir menang (duplicate key: the last value wins)': [
    {
      baris: 14,
      jalur: 'pengukuran.indikator[0].realisasi',
      pesan:
        'Kolom "realisasi" ditulis dua kali dalam objek yang sama (juga di baris 13); hanya nilai terakhir yang akan terbaca.',
      message:
        'Field "realisasi" is written twice in the same object (also on line 13); only the last value would be read.',
    },
  ],
  'kunci ganda di tingkat teratas berkas (duplicate key at the top level)': [
    {
      baris: 1,
      jalur: 'nama',
      pesan:
        'Kolom "nama" ditulis dua kali dalam objek yang sama (juga di baris 1); hanya nilai terakhir yang akan terbaca.',
      message: 'Field "nama" is written twice in the same object (also on line 1); only the last value would be read.',
    },
  ],
  'kunci ganda lewat escape (duplicate key written with an escape)': [
    {
      baris: 1,
      jalur: 'nama',
      pesan:
        'Kolom "nama" ditulis dua kali dalam objek yang sama (juga di baris 1); hanya nilai terakhir yang akan terbaca.',
      message: 'Field "nama" is written twice in the same object (also on line 1); only the last value would be read.',
    },
  ],
  'narasi Latin-1 (narrative not UTF-8)': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas tidak dalam pengodean UTF-8.',
      message: 'File is not UTF-8 encoded.',
    },
  ],
  'JSON UTF-16': [
    {
      jalur: '(seluruh berkas / whole file)',
      pesan: 'Berkas tidak dalam pengodean UTF-8.',
      message: 'File is not UTF-8 encoded.',
    },
  ],
  'berkas kosong (empty file)': [
    {
      baris: 1,
      jalur: '(sintaks JSON / JSON syntax)',
      pesan: 'JSON tidak valid (ValueExpected).',
      message: 'Malformed JSON (ValueExpected).',
    },
  ],
  '__proto__ di JSON': [
    {
      baris: 1,
      jalur: '__proto__',
      pesan: 'Kolom tidak dikenal: __proto__.',
      message: 'Unknown field: __proto__.',
    },
  ],
  'bidi U+202E di nama (right-to-left override in a name)': [
    {
      baris: 3,
      jalur: 'nama',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
  ],
  'bidi isolate U+2066 di narasi': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
  ],
  'spasi lebar-nol memecah NIP (zero-width space splitting a NIP)': [
    {
      baris: 17,
      jalur: 'unit_organisasi[1].nama',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
  ],
  'karakter tag Unicode (Unicode tag characters)': [
    {
      baris: 226,
      jalur: 'catatan',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
  ],
  'karakter NUL': [
    {
      baris: 9,
      jalur: 'sumber.judul',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
  ],
  'bidi di kunci JSON (bidi in a JSON key)': [
    {
      baris: 1,
      jalur: 'catatan\u202e',
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
    },
    {
      baris: 1,
      jalur: 'catatan\u202e',
      pesan: 'Kolom tidak dikenal: catatan\u202e.',
      message: 'Unknown field: catatan\u202e.',
    },
  ],
  'NIP 18 angka di nama (18-digit NIP in a name)': [
    {
      baris: 17,
      jalur: 'unit_organisasi[1].nama',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'NIP berspasi 8 6 1 3 (NIP spaced 8 6 1 3)': [
    {
      baris: 226,
      jalur: 'catatan',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'NIP bertitik (NIP with dots)': [
    {
      baris: 108,
      jalur: 'pengukuran.indikator[0].catatan',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'NIP sebagai angka JSON (NIP typed as a JSON number)': [
    {
      baris: 13,
      jalur: 'pengukuran.indikator[0].realisasi',
      pesan: 'Angka 18 digit berbentuk NIP: nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "An 18-digit number shaped like an NIP: a civil servant's number is personal data and must not be published.",
    },
  ],
  'NIP angka lebar-penuh (NIP in full-width digits)': [
    {
      baris: 6,
      jalur: 'tugas',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'NIK 16 angka (16-digit NIK)': [
    {
      baris: 226,
      jalur: 'catatan',
      pesan:
        'Teks berisi angka berbentuk NIK (16 angka): nomor induk kependudukan adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIK-shaped number (16 digits): a resident's identity number is personal data and must not be published.",
    },
  ],
  'NIK berspasi 4 4 4 4 (NIK spaced 4 4 4 4)': [
    {
      baris: 8,
      jalur: 'fungsi[0]',
      pesan:
        'Teks berisi angka berbentuk NIK (16 angka): nomor induk kependudukan adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIK-shaped number (16 digits): a resident's identity number is personal data and must not be published.",
    },
  ],
  'NIP di narasi (NIP in a narrative)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'isian "ISI:" tertinggal (scaffold placeholder left)': [
    {
      baris: 10,
      jalur: 'sumber.berkas',
      pesan: 'Isian kerangka belum diganti: "ISI: penanda-isian-uji".',
      message: 'A scaffold placeholder is still here: "ISI: penanda-isian-uji".',
    },
  ],
  'isian "ISI:" di narasi (placeholder in a narrative)': [
    {
      baris: 5,
      jalur: '(isi narasi MDX / MDX body)',
      pesan: 'Isian kerangka belum diganti: "ISI: ringkasan-bab-uji".',
      message: 'A scaffold placeholder is still here: "ISI: ringkasan-bab-uji".',
    },
  ],
  'tabel anggaran kerangka tak diisi (untouched scaffolded budget table)': [
    {
      baris: 160,
      jalur: 'anggaran[0]',
      pesan: 'Tabel anggaran "Realisasi per program dan kegiatan" belum diisi: tidak ada satu pun pagu.',
      message: 'The budget table "Realisasi per program dan kegiatan" is not filled in: it has no pagu at all.',
    },
  ],
  'tabel pengukuran kerangka tak diisi (untouched scaffolded measurement table)': [
    {
      baris: 64,
      jalur: 'pengukuran.indikator',
      pesan: 'Tabel pengukuran belum diisi: realisasi 3 indikatornya masih null.',
      message: 'The measurement table is not filled in: the realisasi of all its 3 indicators is still null.',
    },
  ],
  'tag <img onerror> di JSON': [
    {
      baris: 226,
      jalur: 'catatan',
      pesan: 'Teks berisi tag HTML <img src=x onerror=alert(80)>: konten adalah data, bukan kode.',
      message: 'Text contains the HTML tag <img src=x onerror=alert(80)>: content is data, not code.',
    },
  ],
  'alamat javascript: di JSON (javascript: text in JSON)': [
    {
      baris: 6,
      jalur: 'tugas',
      pesan:
        'Teks berisi alamat yang menjalankan kode (javascript:, vbscript: atau data:): konten adalah data, bukan kode.',
      message: 'Text contains an address that runs code (javascript:, vbscript: or data:): content is data, not code.',
    },
  ],
  'alamat data:text/html di JSON': [
    {
      baris: 8,
      jalur: 'fungsi[0]',
      pesan:
        'Teks berisi alamat yang menjalankan kode (javascript:, vbscript: atau data:): konten adalah data, bukan kode.',
      message: 'Text contains an address that runs code (javascript:, vbscript: or data:): content is data, not code.',
    },
  ],
  'situs_web javascript: (a link field with a code-running scheme)': [
    {
      baris: 44,
      jalur: 'situs_web',
      pesan: 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "javascript:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'situs_web file: (a link field with a scheme not on the allow-list)': [
    {
      baris: 44,
      jalur: 'situs_web',
      pesan: 'Tautan dengan skema "file:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.',
      message: 'A link with the scheme "file:" is not allowed: only http, https, mailto or a relative address.',
    },
  ],
  'NIP angka Arab-India (NIP in Arabic-Indic digits)': [
    {
      baris: 6,
      jalur: 'tugas',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
  'realisasi rupiah negatif (negative budget realisation)': [
    {
      baris: 179,
      jalur: 'anggaran[0].baris[0].anak[0].realisasi',
      pesan: 'Terlalu kecil: diharapkan number menjadi >=0',
      message: 'Too small: expected number to be >=0',
    },
  ],
  'realisasi 1500 pada indikator persen (1500 on a percentage indicator)': [
    {
      baris: 70,
      jalur: 'pengukuran.indikator[0].realisasi',
      pesan: 'Realisasi 1.500 pada indikator bersatuan "%" melebihi 1.000 %: kemungkinan salah ketik.',
      message: 'Realisation 1.500 on an indicator measured in "%" exceeds 1.000 %: probably a typo.',
    },
    {
      baris: 70,
      jalur: 'pengukuran.indikator[0].realisasi',
      pesan: 'Capaian "Indeks Profesionalitas ASN" 2.083 %, melebihi 500 %: periksa target dan realisasinya.',
      message: 'The capaian of "Indeks Profesionalitas ASN" is 2.083 %, above 500 %: check its target and realisation.',
    },
  ],
  'target 2000 persen (target 2000 on a "persen" indicator)': [
    {
      baris: 37,
      jalur: 'perjanjian_kinerja[0].sasaran[0].indikator[0].target',
      pesan: 'Target 2.000 pada indikator bersatuan "Persen" melebihi 1.000 %: kemungkinan salah ketik.',
      message: 'Target 2.000 on an indicator measured in "Persen" exceeds 1.000 %: probably a typo.',
    },
  ],
  'realisasi negatif (negative realisation)': [
    {
      baris: 114,
      jalur: 'pengukuran.indikator[1].realisasi',
      pesan: 'Realisasi negatif (-12): periksa tanda minusnya.',
      message: 'Negative realisation (-12): check the minus sign.',
    },
  ],
  'capaian di atas 500 % (capaian over 500 %)': [
    {
      baris: 70,
      jalur: 'pengukuran.indikator[0].realisasi',
      pesan: 'Capaian "Indeks Profesionalitas ASN" 556 %, melebihi 500 %: periksa target dan realisasinya.',
      message: 'The capaian of "Indeks Profesionalitas ASN" is 556 %, above 500 %: check its target and realisation.',
    },
  ],
  'keluaran persen 5000 (a budget output in % at 5000)': [
    {
      baris: 185,
      jalur: 'anggaran[0].baris[0].anak[0].keluaran[0].realisasi',
      pesan: 'Realisasi 5.000 pada indikator bersatuan "%" melebihi 1.000 %: kemungkinan salah ketik.',
      message: 'Realisation 5.000 on an indicator measured in "%" exceeds 1.000 %: probably a typo.',
    },
  ],
  'draf dengan isian (a draft with placeholders)': [
    {
      baris: 10,
      jalur: 'sumber.berkas',
      pesan: 'Isian kerangka belum diganti (draf: masih harus diisi): "ISI: penanda-draf-uji".',
      message: 'A scaffold placeholder is still here (draft: still to fill in): "ISI: penanda-draf-uji".',
    },
    {
      baris: 226,
      jalur: 'draf',
      pesan:
        'Laporan ini draf ("draf": true): diperiksa, tetapi tidak diterbitkan (halaman, data terbuka dan pencarian melewatinya).',
      message:
        'This report is a draft ("draf": true): it is checked but not published (pages, open data and search leave it out).',
    },
  ],
  'NIP di jabatan IKI (NIP in an IKI position)': [
    {
      baris: 11,
      jalur: 'jabatan[0].jabatan',
      pesan:
        'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      message:
        "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
    },
  ],
};

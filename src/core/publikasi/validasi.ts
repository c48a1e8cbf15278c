/**
 * `npm run validate`: everything the loader checks (schemas and meaning, see
 * content/korpus.ts), plus what only makes sense for a publisher:
 * - budget warnings: program totals that are not the sum of their kegiatan and
 *   realisasi over pagu. Official documents do this, so they are warnings, not
 *   errors; they come from the audit and the computed budget tree (core/hitung),
 *   never from a second hand-written sum;
 * - HTML smuggled into JSON strings (a tag such as <script> or a javascript: URL).
 *   Astro renders strings as text anyway; this keeps such text out of the data.
 * Pure: files in, problems out.
 */
import { periksaTanggapan } from '../audit/tanggapan.ts';
import { rakitKorpus, pencariBaris, tanpaDraf, type BerkasKonten, type Korpus } from '../muat/korpus.ts';
import { CAPAIAN_MAKS } from '../muat/batas.ts';
import { KUNCI_TAUTAN } from '../muat/teks-aman.ts';
import { jalurTeks, type Masalah } from '../muat/masalah.ts';
import { urlBerbahaya } from '../muat/mdx-aman.ts';
import { hitungKorpus, type KorpusTerhitung } from '../hitung/korpus.ts';
import type { BarisTerhitung } from '../hitung/laporan.ts';
import type { TemuanAudit } from '../audit/audit.ts';

export interface HasilValidasi {
  /** the corpus as published: every file was checked, draft reports ("draf": true) are left out */
  korpus: Korpus;
  masalah: Masalah[];
  /** every published report computed and audited (undefined when the corpus cannot be computed) */
  terhitung?: KorpusTerhitung;
  galat: number;
  peringatan: number;
  sah: boolean;
}

const rp = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const angka = (n: number | string | null) => (typeof n === 'number' ? rp.format(n) : String(n));

type Baris = (berkas: string, jalur: readonly PropertyKey[]) => number | undefined;

/** "anggaran[0].baris[1].pagu" → ['anggaran', 0, 'baris', 1, 'pagu'] */
export function uraiJalur(jalur: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const cocok of jalur.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(cocok[2] !== undefined ? Number(cocok[2]) : cocok[1]!);
  return out;
}

const ambil = (o: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
    o,
  );

const BESARAN_JUMLAH = new Set<TemuanAudit['besaran']>(['jumlah_pagu', 'jumlah_realisasi', 'jumlah_pagu_pk']);

/** What a total's lines are, by their level (a budget tree may start at any level): "kegiatannya" / "its kegiatan". */
function namaRincian(baris: { tingkat: string }[] | undefined): [string, string] {
  const tingkat = new Set((baris ?? []).map((b) => b.tingkat));
  const satu = tingkat.size === 1 ? [...tingkat][0] : undefined;
  if (satu === 'program') return ['programnya', 'its programmes'];
  if (satu === 'kegiatan') return ['kegiatannya', 'its kegiatan'];
  if (satu === 'sub_kegiatan') return ['sub-kegiatannya', 'its sub-kegiatan'];
  return ['rinciannya', 'its lines'];
}

/**
 * The computed corpus, or undefined when it cannot be computed because of content the loader has
 * already reported as an error (a refused file can leave a report without its pieces): those errors
 * are the problems to show. A corpus without loader errors that fails to compute is a bug in the
 * engine, not bad content, and the exception is thrown.
 */
function hitungAman(korpus: Korpus, masalahMuat: readonly Masalah[]): KorpusTerhitung | undefined {
  try {
    return hitungKorpus(korpus);
  } catch (galat) {
    if (masalahMuat.some((m) => m.tingkat === 'galat')) return undefined;
    throw galat;
  }
}

/** Budget warnings of a computed corpus, from the audit and the computed budget tree. */
export function peringatanAnggaran(
  terhitung: KorpusTerhitung | undefined,
  barisDari: Baris = () => undefined,
): Masalah[] {
  const out: Masalah[] = [];
  if (!terhitung) return out; // the loader has already reported what makes the corpus uncomputable
  for (const laporan of terhitung.laporan) {
    for (const temuan of laporan.audit) {
      if (temuan.status !== 'berbeda' || !BESARAN_JUMLAH.has(temuan.besaran)) continue;
      const path = temuan.jalur;
      const apa = temuan.besaran === 'jumlah_realisasi' ? 'realisasi' : 'pagu';
      const induk = path.slice(0, -1);
      const ujung = induk.at(-2);
      // what the lines are, and whose total it is
      const [rincian, lines, nama] =
        temuan.besaran === 'jumlah_pagu_pk'
          ? ['program PK', 'PK programmes', 'Perjanjian Kinerja']
          : ujung === 'baris' || ujung === 'anak'
            ? [
                ...namaRincian((ambil(laporan.terhitung.laporan, induk) as { anak?: { tingkat: string }[] })?.anak),
                String((ambil(laporan.terhitung.laporan, induk) as { nama?: string })?.nama),
              ]
            : [
                ...namaRincian(
                  (ambil(laporan.terhitung.laporan, path.slice(0, 2)) as { baris?: { tingkat: string }[] })?.baris,
                ),
                String((ambil(laporan.terhitung.laporan, path.slice(0, 2)) as { judul?: string })?.judul),
              ];
      const baris = barisDari(temuan.berkas, path);
      out.push({
        tingkat: 'peringatan',
        berkas: temuan.berkas,
        ...(baris ? { baris } : {}),
        jalur: jalurTeks(temuan.jalur),
        pesan: `Jumlah ${apa} "${nama}" tercetak ${angka(Number(temuan.tercetak))}, tetapi jumlah ${rincian} ${angka(temuan.dihitung)} (selisih ${angka(temuan.selisih)}).`,
        message:
          `Printed ${apa} total of "${nama}" is ${angka(Number(temuan.tercetak))}, but the sum of ` +
          `${lines} is ${angka(temuan.dihitung)} (difference ${angka(temuan.selisih)}).`,
        diharapkan: `${angka(temuan.dihitung)} (jumlah ${rincian} / sum of ${lines})`,
        ditemukan: angka(Number(temuan.tercetak)),
        saran:
          'Jika dokumen resmi memang mencetak angka ini, biarkan apa adanya: audit situs menampilkan ' +
          'selisihnya (if the official document printed it, keep it as printed: the site audit shows ' +
          'the difference).',
      });
    }
    laporan.terhitung.anggaran.forEach((tabel) => {
      const periksa = (rincian: BarisTerhitung) => {
        if (rincian.pagu !== null && rincian.realisasi !== null && rincian.realisasi > rincian.pagu) {
          const jalur = [...rincian.jalur, 'realisasi'];
          const baris = barisDari(laporan.berkas, jalur);
          out.push({
            tingkat: 'peringatan',
            berkas: laporan.berkas,
            ...(baris ? { baris } : {}),
            jalur: jalurTeks(jalur),
            pesan: `Realisasi "${rincian.data.nama}" (${angka(rincian.realisasi)}) melebihi pagunya (${angka(rincian.pagu)}).`,
            message: `Realisation of "${rincian.data.nama}" (${angka(rincian.realisasi)}) exceeds its allocation (${angka(rincian.pagu)}).`,
            diharapkan: `paling banyak ${angka(rincian.pagu)} (at most the pagu)`,
            ditemukan: angka(rincian.realisasi),
            saran:
              'Periksa kolom pagu dan realisasi tidak tertukar; jika dokumen memang mencetak ini, ' +
              'biarkan (check the columns are not swapped; if the document printed it, keep it).',
          });
        }
        rincian.anak.forEach(periksa);
      };
      tabel.baris.forEach(periksa);
    });
  }
  return out;
}

/**
 * A capaian above CAPAIAN_MAKS: possible (a target set far too low), but usually a typed realisasi
 * off by a decimal mark, and it drives the agency's average and category.
 */
export function peringatanCapaian(
  terhitung: KorpusTerhitung | undefined,
  barisDari: Baris = () => undefined,
): Masalah[] {
  const out: Masalah[] = [];
  for (const laporan of terhitung?.laporan ?? [])
    for (const indikator of laporan.terhitung.indikator) {
      if (indikator.capaian.jenis !== 'persen' || !(indikator.capaian.nilai > CAPAIAN_MAKS)) continue;
      const indeks = laporan.terhitung.laporan.pengukuran.indikator.indexOf(indikator.data);
      const jalur = indeks >= 0 ? ['pengukuran', 'indikator', indeks, 'realisasi'] : ['pengukuran'];
      const baris = barisDari(laporan.berkas, jalur);
      const nilai = `${rp.format(indikator.capaian.nilai)} %`;
      out.push({
        tingkat: 'peringatan',
        berkas: laporan.berkas,
        ...(baris ? { baris } : {}),
        jalur: jalurTeks(jalur),
        pesan: `Capaian "${indikator.nama}" ${nilai}, melebihi ${CAPAIAN_MAKS} %: periksa target dan realisasinya.`,
        message: `The capaian of "${indikator.nama}" is ${nilai}, above ${CAPAIAN_MAKS} %: check its target and realisation.`,
        diharapkan: `paling banyak ${CAPAIAN_MAKS} % (at most ${CAPAIAN_MAKS} %)`,
        ditemukan: `${nilai} (target ${JSON.stringify(indikator.data.target)}, realisasi ${JSON.stringify(indikator.data.realisasi)})`,
        saran:
          'Periksa tanda desimal realisasi dan target dengan dokumen sumber; jika memang dicetak ' +
          'begitu, biarkan (check the decimal marks against the document; if printed so, keep them).',
      });
    }
  return out;
}

/** A complete HTML tag (`<script>`, `<img src=x onerror=…>`, `</b>`) inside a text value. */
const TAG_HTML = /<\/?[a-zA-Z][\w:-]*(\s[^<>]*)?\/?>/;

/** HTML or code-running URLs inside JSON strings. */
export function periksaHtmlJson(
  korpus: Korpus,
  barisDari: Baris = () => undefined,
  folderKonten = 'content',
): Masalah[] {
  const out: Masalah[] = [];
  const jelajah = (berkas: string, nilai: unknown, path: (string | number)[]) => {
    if (typeof nilai === 'string') {
      const tag = TAG_HTML.exec(nilai)?.[0];
      // a link field is held to the stricter allow-list already (muat/teks-aman.ts)
      const url = !tag && urlBerbahaya(nilai) && !KUNCI_TAUTAN.test(String(path.at(-1))) ? nilai : undefined;
      if (tag || url) {
        const baris = barisDari(berkas, path);
        out.push({
          tingkat: 'galat',
          berkas,
          ...(baris ? { baris } : {}),
          jalur: jalurTeks(path),
          pesan: tag
            ? `Teks berisi tag HTML ${tag}: konten adalah data, bukan kode.`
            : 'Teks berisi alamat yang menjalankan kode (javascript:, vbscript: atau data:): konten adalah data, bukan kode.',
          message: tag
            ? `Text contains the HTML tag ${tag}: content is data, not code.`
            : 'Text contains an address that runs code (javascript:, vbscript: or data:): content is data, not code.',
          diharapkan: 'teks biasa tanpa HTML (plain text, no HTML)',
          ditemukan: JSON.stringify(nilai.length > 60 ? `${nilai.slice(0, 57)}...` : nilai),
          saran:
            'Tulis teks apa adanya tanpa tag; format angka dan tabel dibuat oleh situs (write plain text without tags).',
        });
      }
    } else if (Array.isArray(nilai)) nilai.forEach((x, i) => jelajah(berkas, x, [...path, i]));
    else if (nilai && typeof nilai === 'object')
      for (const [kunci, anak] of Object.entries(nilai)) jelajah(berkas, anak, [...path, kunci]);
  };
  jelajah(`${folderKonten}/situs.json`, korpus.situs, []);
  for (const wilayah of korpus.wilayah) jelajah(wilayah.berkas, wilayah.data, []);
  for (const dataInstansi of korpus.instansi) {
    for (const dokumen of [
      dataInstansi,
      ...(dataInstansi.katalog ? [dataInstansi.katalog] : []),
      ...dataInstansi.renstra,
      ...dataInstansi.laporan,
      ...dataInstansi.iki,
    ])
      jelajah(dokumen.berkas, dokumen.data, []);
  }
  return out;
}

const dekoder = new TextDecoder('utf-8');

/** Hints for the loader's problems that come without one, by what the message says. */
const SARAN: [RegExp, { diharapkan?: string; saran: string }][] = [
  [
    /\/\^-\?\\d\+\(\\\.\\d\+\)\?\$\//,
    {
      diharapkan:
        'angka tercetak sebagai teks dengan titik desimal, mis. "100.80" (printed number as a dot-decimal string)',
      saran:
        'Tulis persis seperti dicetak, tetapi dengan titik desimal dan dalam tanda kutip: 100,80 → ' +
        '"100.80" (write it as printed, with a dot decimal, in quotes).',
    },
  ],
  [
    /\/\^\[a-z0-9\]\+/,
    {
      diharapkan: 'id: huruf kecil, angka dan tanda hubung, mis. "dinas-contoh" (lowercase kebab-case id)',
      saran: 'Gunakan huruf kecil dan tanda hubung, tanpa spasi (lowercase and hyphens, no spaces).',
    },
  ],
  [
    /\/\^\\d\{4\}-\\d\{4\}\$\//,
    {
      diharapkan: 'periode "AAAA-AAAA", mis. "2016-2021" (a period)',
      saran: 'Tulis periode Renstra sebagai "mulai-selesai" (write the Renstra period as "start-end").',
    },
  ],
  [
    /diharapkan int\b/,
    {
      diharapkan: 'bilangan bulat (whole number)',
      saran:
        'Rupiah ditulis bulat tanpa titik ribuan dan tanpa sen: Rp 1.168.174.816,00 → 1168174816 (whole rupiah, no separators).',
    },
  ],
  [
    /^Terlalu (kecil|besar)/,
    { saran: 'Periksa nilai ini dengan dokumen sumber (check this value against the source document).' },
  ],
  [
    /^Pilihan tidak valid/,
    {
      saran: 'Tulis salah satu pilihan persis seperti di atas, huruf kecil (use one of the options exactly as listed).',
    },
  ],
  [
    /diharapkan string, diterima number/,
    { saran: 'Tulis nilai ini sebagai teks dalam tanda kutip (write this value as text in quotes).' },
  ],
  [
    /tidak sama dengan folder tahun/,
    {
      saran:
        'Pindahkan berkas ke folder tahun yang benar, atau perbaiki "tahun" (move the file to the right year folder, or fix "tahun").',
    },
  ],
  [
    / ganda/,
    {
      saran: 'Setiap dokumen hanya boleh ada sekali; hapus salinannya (each document may exist once; remove the copy).',
    },
  ],
  [
    /tidak ada di Renstra/,
    {
      saran:
        'Gunakan id dari versi Renstra yang berlaku tahun itu, atau perbarui Renstra (use an id from the Renstra version in force that year).',
    },
  ],
  [
    /tidak sama dengan nama berkas/,
    { saran: 'Samakan isi dengan nama berkas, atau ganti nama berkas (make the content and the file name agree).' },
  ],
  [
    /tanpa lkjip\.json/,
    {
      saran:
        'Buat dulu lkjip.json tahun itu (npm run new-report), atau pindahkan narasi ke folder ' +
        "tahun yang benar (create that year's lkjip.json first, or move the narrative).",
    },
  ],
  [
    /^Atasan /,
    { saran: 'Gunakan id salah satu jabatan di berkas yang sama (use the id of a position in the same file).' },
  ],
  [
    /^Wilayah .* tidak dikenal/,
    {
      saran:
        'Gunakan id berkas di content/wilayah/, atau tambahkan wilayahnya (use a region file id, or add the region).',
    },
  ],
  [
    /diharapkan number, diterima string/,
    {
      saran:
        'Tulis angka tanpa tanda kutip, dengan titik desimal: "72,58" → 72.58 (write a plain number with a dot decimal).',
    },
  ],
];
/** Hints for a union that zod can only call "invalid input", by the field it is in. */
const SARAN_JALUR: [RegExp, { diharapkan: string; saran: string }][] = [
  [
    /(^|\.)realisasi$/,
    {
      diharapkan:
        'angka (72.58 atau "7.0"), label dari himpunan nilai indikator ("BB"), "N/A" tercetak, ' +
        'atau null bila tidak ada di sumber (a number, a label of its value set, a printed "N/A", ' +
        'or null when not in the source)',
      saran:
        'Tulis angka saja, tanpa satuan dan dengan titik desimal: "12 hari" → 12, "72,58" → 72.58; ' +
        'null bila dokumen tidak memuatnya (a plain number; null when the document does not give it).',
    },
  ],
  [
    /(^|\.)target$/,
    {
      diharapkan:
        'angka (72 atau "7.0"), rentang {"min": 70, "max": 80}, label dari himpunan nilai ' +
        'indikator ("BB"), "N/A" tercetak, atau null bila tidak ada di sumber (a number, a range, ' +
        'a label, "N/A", or null)',
      saran: 'Tulis angka saja, tanpa satuan dan dengan titik desimal (a plain number, no unit, dot decimal).',
    },
  ],
  [
    /_tercetak$/,
    {
      diharapkan:
        'angka tercetak sebagai teks dengan titik desimal, mis. "100.80", atau "N/A" (printed number as a dot-decimal string)',
      saran:
        'Tulis persis seperti dicetak, dengan titik desimal dan dalam tanda kutip: 100,80 → "100.80" (as printed, dot decimal, in quotes).',
    },
  ],
];
const SARAN_UMUM =
  'Lihat content/README.md dan skema JSON di schemas/ (see content/README.md and the JSON Schemas in schemas/).';

/** Adds the line (from the field path) and a hint where the loader gave none. */
export function lengkapiMasalah(masalah: Masalah, barisDari: Baris): Masalah {
  const out = { ...masalah };
  if (out.baris === undefined && out.berkas.endsWith('.json') && !out.jalur.startsWith('(')) {
    const baris = barisDari(out.berkas, uraiJalur(out.jalur));
    if (baris) out.baris = baris;
  }
  if (!out.saran) {
    const cocok =
      SARAN.find(([re]) => re.test(out.pesan))?.[1] ??
      (/^Input tidak valid$/.test(out.pesan) ? SARAN_JALUR.find(([re]) => re.test(out.jalur))?.[1] : undefined);
    if (cocok?.diharapkan && out.diharapkan === undefined) out.diharapkan = cocok.diharapkan;
    out.saran = cocok?.saran ?? SARAN_UMUM;
  }
  return out;
}

/**
 * Validates a set of content files: loader problems, unsafe strings, budget warnings.
 * `barisPeringatan: false` leaves the source line off warnings (errors always have it): finding a
 * line parses the whole file again, which a national build's thousands of warnings need not pay for.
 */
export function validasiBerkas(
  files: readonly BerkasKonten[],
  folderKonten = 'content',
  opsi: { barisPeringatan?: boolean } = {},
): HasilValidasi {
  const { korpus, masalah } = rakitKorpus(files, folderKonten);
  const teks = new Map(files.map((f) => [f.path, f.isi]));
  const pencari = new Map<string, ReturnType<typeof pencariBaris>>();
  const barisDari: Baris = (berkas, jalur) => {
    let pencariBerkas = pencari.get(berkas);
    if (!pencariBerkas) {
      const isi = teks.get(berkas);
      if (isi === undefined) return undefined;
      pencariBerkas = pencariBaris((typeof isi === 'string' ? isi : dekoder.decode(isi)).replace(/^\uFEFF/, ''));
      pencari.set(berkas, pencariBerkas);
    }
    return pencariBerkas.barisDariJalur(jalur);
  };
  // computed once: the warnings read it, and the build hands it on to the pages
  const terhitung = hitungAman(korpus, masalah);
  const tanpaBaris: Baris = () => undefined;
  const barisPeringatan = opsi.barisPeringatan === false ? tanpaBaris : barisDari;
  const semua = [
    ...masalah,
    ...periksaHtmlJson(korpus, barisDari, folderKonten),
    ...peringatanAnggaran(terhitung, barisPeringatan),
    ...peringatanCapaian(terhitung, barisPeringatan),
    ...(terhitung ? periksaTanggapan(terhitung) : []),
  ].map((m) => lengkapiMasalah(m, m.tingkat === 'galat' ? barisDari : barisPeringatan));
  const galat = semua.filter((m) => m.tingkat === 'galat').length;
  // drafts are checked above with everything else, and published by nothing: computed again without them
  const terbit = tanpaDraf(korpus);
  const terhitungTerbit = terbit === korpus ? terhitung : hitungAman(terbit, masalah);
  return {
    korpus: terbit,
    masalah: semua,
    ...(terhitungTerbit ? { terhitung: terhitungTerbit } : {}),
    galat,
    peringatan: semua.length - galat,
    sah: galat === 0,
  };
}

/**
 * The problems of one file as it would be (`isi`), checked with the rest of the content, before anything
 * is written (an import, a workbook's check). `juga` are other files that replace theirs too: the
 * workbooks of one pull request read before this one.
 */
export function validasiSatuBerkas(
  files: readonly BerkasKonten[],
  berkas: string,
  isi: string,
  juga: readonly BerkasKonten[] = [],
): Masalah[] {
  const baru = new Map([...juga, { path: berkas, isi }].map((f) => [f.path, f]));
  return validasiBerkas([...files.filter((f) => !baru.has(f.path)), ...baru.values()]).masalah.filter(
    (m) => m.berkas === berkas,
  );
}

/**
 * The spreadsheet route: a CSV sheet (templates/lkjip.csv) with the measurement
 * table and budget tables of one LKjIP, turned into content. Cells are read as
 * Indonesian documents print them (angka.ts); anything unreadable is reported
 * with its row and column, all at once. Pure: text and corpus in, report out.
 *
 * Sheet layout: rows whose first cell starts with "#" are settings
 * (`#instansi`, `#tahun`, `#data pengukuran|anggaran`, `#lokasi_tabel` …);
 * after each `#data` row, the first other row is the header, then the data rows.
 */
import type { Korpus } from '../muat/korpus.ts';
import type { Lokasi } from '../skema/common.ts';
import type { BarisAnggaran, Laporan, Pengukuran, TabelAnggaran, TingkatAnggaran } from '../skema/laporan.ts';
import { periodeId, type VersiRenstra } from '../skema/renstra.ts';
import { versiBerlaku } from '../rumus/renstra.ts';
import { bacaCsv, hurufKolom, type BarisCsv } from './csv-baca.ts';
import { bacaNilai, bacaRupiah, bacaTarget, bacaTercetak, type Hasil } from './angka.ts';
import { buatKerangka, GalatKerangka, rapikan } from './kerangka.ts';

export interface GalatImpor {
  /** row in the sheet (1-based) */
  baris: number;
  /** column letter and header, e.g. "E (realisasi)" */
  kolom?: string;
  pesan: string;
  message: string;
  ditemukan?: string;
  saran?: string;
}

const SARAN_ANGKA =
  'Periksa sel ini dengan dokumen sumber; format angka yang dibaca: templates/README.md ' +
  '(check this cell against the document; number formats: templates/README.md).';

export const formatGalatImpor = (berkas: string, g: GalatImpor) =>
  [
    `GALAT (error)  ${berkas}, baris (row) ${g.baris}${g.kolom ? `, kolom (column) ${g.kolom}` : ''}`,
    `  ${g.pesan}`,
    `  (${g.message})`,
    ...(g.ditemukan !== undefined ? [`  ditemukan (found): ${JSON.stringify(g.ditemukan)}`] : []),
    ...(g.saran ? [`  saran (hint): ${g.saran}`] : []),
  ].join('\n');

interface Sel {
  teks: string;
  /** a spreadsheet number cell */
  angka?: number | undefined;
  kolom: string;
}
interface BarisData {
  nomor: number;
  sel: Record<string, Sel>;
}
export interface Bagian {
  jenis: 'pengukuran' | 'anggaran';
  nomor: number;
  meta: Record<string, { nilai: string; nomor: number }>;
  baris: BarisData[];
}
export interface Lembar {
  meta: Record<string, { nilai: string; nomor: number }>;
  bagian: Bagian[];
}

const KOLOM = {
  pengukuran: ['sasaran', 'indikator', 'nama_tercetak', 'satuan', 'target', 'realisasi', 'capaian_tercetak', 'catatan'],
  anggaran: [
    'tingkat',
    'kode',
    'nama',
    'sasaran',
    'pagu_murni',
    'pagu',
    'realisasi',
    'serapan_tercetak',
    'fisik_tercetak',
    'catatan',
  ],
} as const;
const WAJIB = { pengukuran: ['indikator', 'target', 'realisasi'], anggaran: ['nama'] } as const;
const ALIAS: Record<string, string> = {
  capaian: 'capaian_tercetak',
  'capaian_%': 'capaian_tercetak',
  serapan: 'serapan_tercetak',
  'serapan_%': 'serapan_tercetak',
  fisik: 'fisik_tercetak',
  'fisik_%': 'fisik_tercetak',
  program: 'nama',
  'program/kegiatan': 'nama',
  uraian: 'nama',
  anggaran: 'pagu',
  pagu_anggaran: 'pagu',
};
const META_UMUM = ['instansi', 'tahun', 'renstra', 'sumber', 'berkas'];
const META_BAGIAN = ['id', 'judul', 'jenis', 'lokasi_bagian', 'lokasi_tabel', 'lokasi_halaman', 'lokasi_baris'];
const ABAIKAN = ['catatan', 'keterangan', ''];
/** Settings whose text may hold ";" and so may arrive over several cells. */
const TEKS_BERSAMBUNG = [
  'sumber',
  'berkas',
  'judul',
  'lokasi_bagian',
  'lokasi_tabel',
  'lokasi_halaman',
  'lokasi_baris',
];

const normal = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_')
    .replace(/\(%\)/, '%')
    .replace(/_\(%\)|\(%\)/, '_%');

/** Splits the sheet into settings and tables; problems for unknown settings and headers. */
export function bacaLembar(teks: string | readonly BarisCsv[]): { lembar: Lembar; galat: GalatImpor[] } {
  const galat: GalatImpor[] = [];
  const lembar: Lembar = { meta: {}, bagian: [] };
  let kini: Bagian | null = null;
  let kepala: (string | null)[] | null = null;
  // columns whose heading was refused (already an error): their cells are not reported again
  let kepalaDitolak = new Set<number>();
  const ditolak = (i: number) => kepalaDitolak.has(i);
  for (const baris of typeof teks === 'string' ? bacaCsv(teks) : teks) {
    const sel = baris.sel.map((s) => s.trim());
    if (sel.every((s) => s === '')) continue;
    if (sel[0]!.startsWith('#')) {
      const kunci = normal(sel[0]!.slice(1));
      const isian = sel.slice(1).filter((s) => s !== '');
      // a text setting split over cells (an unquoted ";" in "Tabel 3.1; Capaian") is joined back, never cut
      const nilai = TEKS_BERSAMBUNG.includes(kunci) ? isian.join('; ') : (isian[0] ?? '');
      if (!TEKS_BERSAMBUNG.includes(kunci) && isian.length > 1) {
        galat.push({
          baris: baris.nomor,
          kolom: hurufKolom(sel.indexOf(isian[1]!, 2)),
          pesan: `Pengaturan "#${kunci}" hanya berisi satu nilai, di kolom B.`,
          message: `The setting "#${kunci}" holds one value, in column B.`,
          ditemukan: isian.join(' | '),
        });
        continue;
      }
      if (kunci === 'data') {
        const jenis = nilai.toLowerCase();
        if (jenis !== 'pengukuran' && jenis !== 'anggaran') {
          galat.push({
            baris: baris.nomor,
            kolom: 'B',
            pesan: 'Jenis tabel harus "pengukuran" atau "anggaran".',
            message: 'The table kind must be "pengukuran" or "anggaran".',
            ditemukan: nilai,
          });
          kini = null;
          continue;
        }
        kini = { jenis, nomor: baris.nomor, meta: {}, baris: [] };
        kepala = null;
        kepalaDitolak = new Set();
        lembar.bagian.push(kini);
      } else if (ABAIKAN.includes(kunci)) continue;
      else if (!kini && META_UMUM.includes(kunci)) lembar.meta[kunci] = { nilai, nomor: baris.nomor };
      else if (kini && META_BAGIAN.includes(kunci)) kini.meta[kunci] = { nilai, nomor: baris.nomor };
      else
        galat.push({
          baris: baris.nomor,
          kolom: 'A',
          pesan: `Pengaturan "#${kunci}" tidak dikenal${kini ? ' di dalam tabel' : ''}.`,
          message: `Unknown setting "#${kunci}"${kini ? ' inside a table' : ''}.`,
          ditemukan: sel[0],
        });
      continue;
    }
    if (!kini) {
      galat.push({
        baris: baris.nomor,
        kolom: 'A',
        pesan: 'Baris data sebelum baris "#data pengukuran" atau "#data anggaran".',
        message: 'A data row before any "#data" row.',
        ditemukan: sel.join(' | '),
      });
      continue;
    }
    if (!kepala) {
      const kenal = KOLOM[kini.jenis] as readonly string[];
      kepala = sel.map((judul, indeks) => {
        if (judul === '') return null;
        const namaKolom = ALIAS[normal(judul)] ?? normal(judul);
        if (!kenal.includes(namaKolom)) {
          galat.push({
            baris: baris.nomor,
            kolom: `${hurufKolom(indeks)}`,
            pesan: `Judul kolom "${judul}" tidak dikenal untuk tabel ${kini!.jenis}.`,
            message: `Unknown column heading "${judul}" for a ${kini!.jenis} table.`,
            ditemukan: judul,
          });
          kepalaDitolak.add(indeks);
          return null;
        }
        const pertama = sel.findIndex((x) => x !== '' && (ALIAS[normal(x)] ?? normal(x)) === namaKolom);
        if (pertama !== indeks) {
          // the same column twice: which one holds the figure cannot be told (an error: nothing is written)
          galat.push({
            baris: baris.nomor,
            kolom: `${hurufKolom(indeks)}`,
            pesan: `Judul kolom "${judul}" sama dengan kolom ${hurufKolom(pertama)}: setiap kolom hanya sekali.`,
            message: `Column heading "${judul}" repeats column ${hurufKolom(pertama)}: each column may appear once.`,
            ditemukan: judul,
          });
          kepalaDitolak.add(indeks);
          return null;
        }
        return namaKolom;
      });
      for (const wajib of WAJIB[kini.jenis])
        if (!kepala.includes(wajib))
          galat.push({
            baris: baris.nomor,
            pesan: `Kolom wajib "${wajib}" tidak ada di baris judul.`,
            message: `Required column "${wajib}" is missing from the heading row.`,
          });
      continue;
    }
    if (baris.sel.length > kepala.length) {
      // the cells would shift under the headings: "91,25" unquoted in a comma-separated file is 91 and 25
      galat.push({
        baris: baris.nomor,
        kolom: `${hurufKolom(kepala.length)} (sel ke-${kepala.length + 1} / cell ${kepala.length + 1})`,
        pesan:
          `Baris ini punya ${baris.sel.length} sel, lebih banyak dari ${kepala.length} judul kolomnya: ` +
          `kemungkinan angka berkoma desimal tanpa tanda kutip di berkas yang dipisah koma ("91,25" ` +
          `terbaca 91 dan 25). Baris ini tidak dibaca.`,
        message:
          `This row has ${baris.sel.length} cells, more than its ${kepala.length} column headings: ` +
          `probably a decimal comma without quotes in a comma-separated file ("91,25" read as 91 and ` +
          `25). The row is not read.`,
        ditemukan: baris.sel.join(pemisahTampil(baris.sel)),
        saran:
          'Simpan lembar dengan pemisah titik koma (;) seperti templates/lkjip.csv, atau beri tanda ' +
          'kutip pada angka berkoma: "91,25" (save with ; separators like the template, or quote ' +
          'decimal numbers).',
      });
      continue;
    }
    const tanpaJudul = sel.findIndex((s, i) => s !== '' && !kepala![i] && !ditolak(i));
    if (tanpaJudul >= 0) {
      // a cell under no heading would be dropped without a word: often a note cut by an unquoted ";"
      galat.push({
        baris: baris.nomor,
        kolom: `${hurufKolom(tanpaJudul)} (tanpa judul / no heading)`,
        pesan: 'Sel ini berisi nilai tetapi kolomnya tidak berjudul, jadi tidak akan terbaca. Baris ini tidak dibaca.',
        message: 'This cell holds a value but its column has no heading, so it would not be read. The row is not read.',
        ditemukan: sel[tanpaJudul],
        saran:
          'Bila catatan berisi tanda ";", beri tanda kutip pada sel itu ("a; b"), atau beri judul ' +
          'kolomnya (if a note holds ";", quote the cell, or give the column a heading).',
      });
      continue;
    }
    const data: BarisData = { nomor: baris.nomor, sel: {} };
    sel.forEach((isiSel, indeks) => {
      const kunciKolom = kepala![indeks];
      if (kunciKolom)
        data.sel[kunciKolom] = {
          teks: isiSel,
          angka: baris.angka?.[indeks],
          kolom: `${hurufKolom(indeks)} (${kunciKolom})`,
        };
    });
    kini.baris.push(data);
  }
  return { lembar, galat };
}

/** Cells shown joined by a mark none of them holds, so the reader sees where the row split. */
const pemisahTampil = (sel: readonly string[]) => (sel.some((s) => s.includes('|')) ? ' ¦ ' : ' | ');

const cocokkan = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function lokasiDari(meta: Bagian['meta'], galat: GalatImpor[]): Lokasi | undefined {
  const lokasi: Lokasi = {};
  if (meta.lokasi_bagian?.nilai) lokasi.bagian = meta.lokasi_bagian.nilai;
  if (meta.lokasi_tabel?.nilai) lokasi.tabel = meta.lokasi_tabel.nilai;
  if (meta.lokasi_halaman?.nilai) {
    const halaman = Number(meta.lokasi_halaman.nilai);
    if (Number.isInteger(halaman) && halaman > 0) lokasi.halaman = halaman;
    else
      galat.push({
        baris: meta.lokasi_halaman.nomor,
        kolom: 'B',
        pesan: 'Halaman harus bilangan bulat positif.',
        message: 'The page must be a positive whole number.',
        ditemukan: meta.lokasi_halaman.nilai,
      });
  }
  if (meta.lokasi_baris?.nilai) {
    const cocok = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(meta.lokasi_baris.nilai);
    if (cocok) lokasi.baris = cocok[2] ? [Number(cocok[1]), Number(cocok[2])] : Number(cocok[1]);
    else
      galat.push({
        baris: meta.lokasi_baris.nomor,
        kolom: 'B',
        pesan: 'Baris sumber ditulis "1808" atau "1808-1824".',
        message: 'Source lines are written "1808" or "1808-1824".',
        ditemukan: meta.lokasi_baris.nilai,
      });
  }
  return Object.keys(lokasi).length ? lokasi : undefined;
}

export interface HasilImpor {
  laporan: Laporan;
  /** parts of the existing report this import replaces */
  diganti: string[];
  galat: GalatImpor[];
  catatan: string[];
}

/**
 * Builds the report: the existing one (`ada`) or a new skeleton (new-report),
 * with the sheet's measurement table and budget tables put in.
 */
/** Nomenclature depth of a budget row's level; levels outside it (sasaran, jenis belanja…) sit at the top. */
const URUTAN_TINGKAT: Record<TingkatAnggaran, number> = {
  sasaran: 0,
  jenis_belanja: 0,
  lainnya: 0,
  urusan: 1,
  bidang_urusan: 2,
  program: 3,
  kegiatan: 4,
  sub_kegiatan: 5,
};

/** Whether a budget tree holds any amount (a new-report skeleton holds none). */
const adaAngka = (baris: readonly BarisAnggaran[]): boolean =>
  baris.some(
    (b) => b.pagu !== undefined || b.realisasi !== undefined || b.pagu_murni !== undefined || adaAngka(b.anak),
  );

export function imporLaporan(opsi: {
  lembar: Lembar;
  korpus: Korpus;
  instansi: string;
  tahun: number;
  ada?: Laporan | undefined;
}): HasilImpor {
  const { lembar, korpus, instansi, tahun } = opsi;
  const galat: GalatImpor[] = [];
  const catatan: string[] = [];
  const diganti: string[] = [];
  const ins = korpus.instansi.find((i) => i.data.id === instansi);
  const kosong = { laporan: undefined as unknown as Laporan, diganti, galat, catatan };
  if (!ins) {
    galat.push({
      baris: lembar.meta.instansi?.nomor ?? 1,
      pesan: `Instansi "${instansi}" tidak dikenal.`,
      message: `Unknown agency "${instansi}".`,
      ditemukan: instansi,
    });
    return kosong;
  }

  let dasar: Laporan;
  if (opsi.ada) dasar = structuredClone(opsi.ada);
  else {
    try {
      dasar = buatKerangka(korpus, instansi, tahun).laporan;
      catatan.push(
        "Laporan baru dibuat dari Renstra dan LKjIP tahun sebelumnya (new report from the Renstra and last year's report).",
        'Laporan ini draf ("draf": true): tidak diterbitkan sampai semua isian lengkap dan "draf" ' +
          'dihapus (a draft: not published until complete and "draf" is removed).',
      );
    } catch (kesalahan) {
      if (!(kesalahan instanceof GalatKerangka)) throw kesalahan;
      galat.push({
        baris: lembar.meta.tahun?.nomor ?? 1,
        pesan: kesalahan.message,
        message: 'No report skeleton can be made for this agency and year.',
      });
      return kosong;
    }
  }
  // the sheet's "#sumber"/"#berkas" rows name the document, for a new report and an existing one alike
  if (lembar.meta.sumber?.nilai && lembar.meta.sumber.nilai !== dasar.sumber.judul) {
    if (opsi.ada) catatan.push(`sumber.judul: "${dasar.sumber.judul}" → "${lembar.meta.sumber.nilai}"`);
    dasar.sumber.judul = lembar.meta.sumber.nilai;
  }
  if (lembar.meta.berkas?.nilai && lembar.meta.berkas.nilai !== dasar.sumber.berkas) {
    if (opsi.ada) catatan.push(`sumber.berkas: "${dasar.sumber.berkas}" → "${lembar.meta.berkas.nilai}"`);
    dasar.sumber.berkas = lembar.meta.berkas.nilai;
  }
  dasar.anggaran ??= [];
  const rencana = dasar.rencana;
  const renstra =
    rencana?.jenis === 'renstra'
      ? ins.renstra.map((r) => r.data).find((r) => periodeId(r) === rencana.periode)
      : undefined;
  const versi: VersiRenstra | undefined = renstra ? versiBerlaku(renstra, tahun) : undefined;
  // the sasaran a row may name: the Renstra's and the report's own
  const sasaranVersi = [...(versi ? versi.tujuan.flatMap((t) => t.sasaran) : []), ...(dasar.sasaran ?? [])];
  const namaRencana = rencana
    ? `${rencana.jenis === 'renstra' ? 'Renstra' : rencana.jenis.toUpperCase()} ${rencana.periode}`
    : 'laporan';
  const katalog = ins.katalog?.data.indikator ?? [];

  const baca = <T>(barisData: BarisData, kolom: string, urai: (s: string | number) => Hasil<T>): T | undefined => {
    const isiSel = barisData.sel[kolom];
    if (!isiSel) return undefined;
    const hasil = urai(isiSel.angka ?? isiSel.teks);
    if (hasil.ok) return hasil.nilai;
    galat.push({
      baris: barisData.nomor,
      kolom: isiSel.kolom,
      pesan: hasil.pesan,
      message: hasil.message,
      ditemukan: isiSel.teks,
      saran: SARAN_ANGKA,
    });
    return undefined;
  };
  const teks = (d: BarisData, k: string) => (d.sel[k]?.teks ? d.sel[k]!.teks : undefined);
  const cariSasaran = (barisData: BarisData): string | undefined => {
    const selSasaran = barisData.sel.sasaran;
    if (!selSasaran || !selSasaran.teks) return undefined;
    const hit = sasaranVersi.find((x) => x.id === selSasaran.teks || cocokkan(x.nama) === cocokkan(selSasaran.teks));
    if (hit) return hit.id;
    galat.push({
      baris: barisData.nomor,
      kolom: selSasaran.kolom,
      pesan: `Sasaran "${selSasaran.teks}" tidak ada di ${namaRencana}${versi ? ` (${versi.nama})` : ''} maupun di sasaran laporan.`,
      message: `Sasaran "${selSasaran.teks}" is in neither ${namaRencana} nor the report's sasaran.`,
      ditemukan: selSasaran.teks,
    });
    return undefined;
  };

  // — measurement —
  const bagianUkur = lembar.bagian.filter((b) => b.jenis === 'pengukuran');
  if (bagianUkur.length > 1)
    galat.push({
      baris: bagianUkur[1]!.nomor,
      pesan: 'Hanya satu tabel pengukuran per lembar.',
      message: 'Only one measurement table per sheet.',
    });
  const ukur = bagianUkur[0];
  if (ukur) {
    const lama = new Map(dasar.pengukuran.indikator.map((p) => [p.indikator, p]));
    const baru: Pengukuran[] = [];
    for (const barisData of ukur.baris) {
      const selIndikator = barisData.sel.indikator;
      if (!selIndikator?.teks) {
        galat.push({
          baris: barisData.nomor,
          kolom: selIndikator?.kolom ?? 'indikator',
          pesan: 'Indikator kosong.',
          message: 'The indicator is empty.',
        });
        continue;
      }
      const def = katalog.find(
        (k) =>
          k.id === selIndikator.teks ||
          cocokkan(k.nama) === cocokkan(selIndikator.teks) ||
          k.varian_nama.some((v) => cocokkan(v) === cocokkan(selIndikator.teks)),
      );
      if (!def) {
        galat.push({
          baris: barisData.nomor,
          kolom: selIndikator.kolom,
          pesan: `Indikator "${selIndikator.teks}" tidak ada di katalog indikator instansi (id, nama, atau varian_nama).`,
          message: `Indicator "${selIndikator.teks}" is not in the agency's indicator catalogue (id, name or variant).`,
          ditemukan: selIndikator.teks,
        });
        continue;
      }
      const sasaran = cariSasaran(barisData);
      const target = baca(barisData, 'target', bacaTarget);
      const realisasi = baca(barisData, 'realisasi', bacaNilai);
      const capaian = baca(barisData, 'capaian_tercetak', bacaTercetak);
      const sebelumnya = lama.get(def.id);
      const nama =
        teks(barisData, 'nama_tercetak') ??
        (selIndikator.teks !== def.id && cocokkan(selIndikator.teks) !== cocokkan(def.nama)
          ? selIndikator.teks
          : undefined);
      baru.push(
        rapikan({
          ...(sebelumnya ?? {}),
          indikator: def.id,
          ...((sasaran ?? sebelumnya?.sasaran) ? { sasaran: sasaran ?? sebelumnya?.sasaran } : {}),
          ...((nama ?? sebelumnya?.nama_tercetak) ? { nama_tercetak: nama ?? sebelumnya?.nama_tercetak } : {}),
          satuan: teks(barisData, 'satuan') ?? sebelumnya?.satuan ?? def.satuan,
          // an empty cell is "not in the source" (null), never a made-up "N/A"
          target: target !== undefined ? target : (sebelumnya?.target ?? null),
          realisasi: realisasi === undefined ? null : realisasi,
          ...(capaian !== undefined ? { capaian_tercetak: capaian } : { capaian_tercetak: undefined }),
          ...(teks(barisData, 'catatan') ? { catatan: teks(barisData, 'catatan') } : {}),
        }) as Pengukuran,
      );
    }
    const dibuang = [...lama.keys()].filter((id) => !baru.some((p) => p.indikator === id));
    if (dibuang.length && opsi.ada)
      catatan.push(
        `Indikator yang tidak ada di lembar dihapus dari pengukuran: ${dibuang.join(', ')} (indicators not in the sheet were removed).`,
      );
    // a skeleton from new-report (every realisasi still null) is filled, not replaced: no --timpa needed
    if (opsi.ada?.pengukuran.indikator.some((p) => p.realisasi !== null)) diganti.push('pengukuran');
    dasar.pengukuran = { lokasi: lokasiDari(ukur.meta, galat) ?? dasar.pengukuran.lokasi, indikator: baru };
    if (!baru.length)
      galat.push({
        baris: ukur.nomor,
        pesan: 'Tabel pengukuran tanpa baris data.',
        message: 'The measurement table has no data rows.',
      });
  }

  // — budget —
  const ID_BAWAAN = { program_kegiatan: 'program-kegiatan', per_sasaran: 'per-sasaran', lra: 'lra' } as const;
  const JUDUL_BAWAAN = {
    program_kegiatan: `Realisasi anggaran per program dan kegiatan ${tahun}`,
    per_sasaran: `Realisasi anggaran sesuai Perjanjian Kinerja ${tahun}`,
    lra: `Laporan realisasi anggaran ${tahun}`,
  } as const;
  for (const bagian of lembar.bagian.filter((x) => x.jenis === 'anggaran')) {
    const jenisTeks = (bagian.meta.jenis?.nilai || 'program_kegiatan').toLowerCase().replace(/-/g, '_');
    if (!(jenisTeks in ID_BAWAAN)) {
      galat.push({
        baris: bagian.meta.jenis!.nomor,
        kolom: 'B',
        pesan: 'Jenis tabel anggaran: program_kegiatan, per_sasaran atau lra.',
        message: 'Budget table kind: program_kegiatan, per_sasaran or lra.',
        ditemukan: bagian.meta.jenis!.nilai,
      });
      continue;
    }
    const jenis = jenisTeks as keyof typeof ID_BAWAAN;
    const id = bagian.meta.id?.nilai || ID_BAWAAN[jenis];
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      galat.push({
        baris: bagian.meta.id!.nomor,
        kolom: 'B',
        pesan: 'id tabel: huruf kecil, angka dan tanda hubung.',
        message: 'Table id: lowercase letters, digits and hyphens.',
        ditemukan: id,
      });
      continue;
    }
    const baris: BarisAnggaran[] = [];
    // The lines still open for children, from the top level down: a row goes under the nearest
    // open line of a higher nomenclature level, so a tree may start at any level (a unit's at kegiatan).
    const terbuka: BarisAnggaran[] = [];
    let jumlah: TabelAnggaran['jumlah'];
    // "-" is not printed (null): the field is left out, never Rp 0
    const uang = (d: BarisData, k: string) => (d.sel[k]?.teks ? (baca(d, k, bacaRupiah) ?? undefined) : undefined);
    for (const barisData of bagian.baris) {
      const nama = teks(barisData, 'nama');
      const tingkatTeks = (teks(barisData, 'tingkat') ?? '').toLowerCase().replace(/[\s-]/g, '_');
      const tingkat =
        tingkatTeks === ''
          ? nama && /^(jumlah|total)\b/i.test(nama)
            ? 'jumlah'
            : 'program'
          : tingkatTeks === 'subkegiatan'
            ? 'sub_kegiatan'
            : tingkatTeks;
      const isi = {
        ...(teks(barisData, 'kode') ? { kode: teks(barisData, 'kode') } : {}),
        nama: nama ?? '',
        ...(uang(barisData, 'pagu_murni') !== undefined ? { pagu_murni: uang(barisData, 'pagu_murni') } : {}),
        ...(uang(barisData, 'pagu') !== undefined ? { pagu: uang(barisData, 'pagu') } : {}),
        ...(uang(barisData, 'realisasi') !== undefined ? { realisasi: uang(barisData, 'realisasi') } : {}),
        ...(baca(barisData, 'serapan_tercetak', bacaTercetak) !== undefined
          ? { serapan_tercetak: baca(barisData, 'serapan_tercetak', bacaTercetak) }
          : {}),
        ...(baca(barisData, 'fisik_tercetak', bacaTercetak) !== undefined
          ? { fisik_tercetak: baca(barisData, 'fisik_tercetak', bacaTercetak) }
          : {}),
        ...(teks(barisData, 'catatan') ? { catatan: teks(barisData, 'catatan') } : {}),
      };
      if (tingkat === 'jumlah') {
        jumlah = rapikan({ pagu: isi.pagu, realisasi: isi.realisasi, serapan_tercetak: isi.serapan_tercetak });
        continue;
      }
      if (!nama) {
        galat.push({
          baris: barisData.nomor,
          kolom: barisData.sel.nama?.kolom ?? 'nama',
          pesan: 'Nama program/kegiatan kosong.',
          message: 'The programme/kegiatan name is empty.',
        });
        continue;
      }
      if (!(tingkat in URUTAN_TINGKAT)) {
        galat.push({
          baris: barisData.nomor,
          kolom: barisData.sel.tingkat?.kolom,
          pesan: `Tingkat harus salah satu dari: ${Object.keys(URUTAN_TINGKAT).join(', ')}, atau jumlah.`,
          message: `The level must be one of: ${Object.keys(URUTAN_TINGKAT).join(', ')}, or jumlah.`,
          ditemukan: teks(barisData, 'tingkat'),
        });
        continue;
      }
      const tingkatAnggaran = tingkat as TingkatAnggaran;
      const sasaran = cariSasaran(barisData);
      const line = {
        tingkat: tingkatAnggaran,
        ...isi,
        ...(sasaran ? { sasaran } : {}),
        keluaran: [],
        indikator: [],
        anak: [],
      } as BarisAnggaran;
      while (terbuka.length && URUTAN_TINGKAT[terbuka.at(-1)!.tingkat] >= URUTAN_TINGKAT[tingkatAnggaran])
        terbuka.pop();
      (terbuka.at(-1)?.anak ?? baris).push(line);
      terbuka.push(line);
    }
    if (!baris.length) {
      galat.push({
        baris: bagian.nomor,
        pesan: 'Tabel anggaran tanpa baris.',
        message: 'The budget table has no lines.',
      });
      continue;
    }
    const tabel = rapikan({
      id,
      judul: bagian.meta.judul?.nilai || JUDUL_BAWAAN[jenis],
      jenis,
      lokasi: lokasiDari(bagian.meta, galat) ?? {},
      baris,
      ...(jumlah && Object.keys(jumlah).length ? { jumlah } : {}),
    }) as TabelAnggaran;
    const indeks = dasar.anggaran.findIndex((t) => t.id === id);
    if (indeks >= 0) {
      const lamaT = (opsi.ada?.anggaran ?? []).find((t) => t.id === id);
      if (lamaT && adaAngka(lamaT.baris)) diganti.push(`anggaran "${id}"`);
      dasar.anggaran[indeks] = tabel;
    } else dasar.anggaran = [...dasar.anggaran, tabel];
  }
  if (!lembar.bagian.length)
    galat.push({
      baris: 1,
      pesan: 'Lembar tidak berisi tabel ("#data pengukuran" atau "#data anggaran").',
      message: 'The sheet holds no table.',
    });

  return { laporan: rapikan(dasar), diganti, galat, catatan };
}

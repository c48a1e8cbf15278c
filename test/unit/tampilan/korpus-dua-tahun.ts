/**
 * The synthetic fixture (test/fixtures/konten-contoh) with a second year: its 2022 report copied as 2023
 * (without a PK or an evaluation), a 2023 narrative, and a history of commits over those files.
 */
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { riwayatDariGit } from '../../../src/core/muat/riwayat.ts';
import { PROYEK_CONTOH, BERKAS_LKJIP } from '../audit/korpus-contoh.ts';

export const DINAS = 'dinas-contoh';
export const L2022 = BERKAS_LKJIP;
export const L2023 = `content/instansi/${DINAS}/2023/lkjip.json`;
export const N2022 = `content/instansi/${DINAS}/2022/narasi/bab-1.mdx`;
export const N2023 = `content/instansi/${DINAS}/2023/narasi/bab-1.mdx`;
export const PROFIL = `content/instansi/${DINAS}/instansi.json`;
export const KATALOG = `content/instansi/${DINAS}/indikator.json`;
export const RENSTRA = `content/instansi/${DINAS}/renstra-2021-2026.json`;

export function korpusDuaTahun() {
  const files = bacaFolder(PROYEK_CONTOH, 'content', null);
  const teks = (p: string) => Buffer.from(files.find((f) => f.path === p)!.isi).toString('utf8');
  const dokumen = JSON.parse(teks(L2022));
  dokumen.tahun = 2023;
  dokumen.perjanjian_kinerja = [];
  delete dokumen.evaluasi_sakip;
  files.push({ path: L2023, isi: JSON.stringify(dokumen) }, { path: N2023, isi: teks(N2022) });
  const { korpus, masalah } = rakitKorpus(files);
  const galat = masalah.filter((m) => m.tingkat === 'galat');
  if (galat.length) throw new Error(JSON.stringify(galat, null, 1));
  return hitungKorpus(korpus);
}

export const sha = (c: string) => c.repeat(40);
const rekaman = (s: string, tanggal: string, judul: string, berkas: [string, string][]) =>
  `\x1e${sha(s)}\x1f${tanggal}\x1f${judul}\0\n${berkas.map(([st, p]) => `${st}\0${p}\0`).join('')}`;

/** Newest first: 2023's report corrected, then 2023 added, then everything of 2022 added. */
export const RIWAYAT = riwayatDariGit(
  [
    rekaman('e', '2026-05-04T23:30:00+07:00', 'Koreksi realisasi 2023', [['M', L2023]]),
    rekaman('d', '2026-04-01T00:00:00+00:00', 'Laporan 2023', [
      ['A', L2023],
      ['A', N2023],
    ]),
    rekaman('c', '2026-03-01T00:00:00+00:00', 'Narasi 2022 diperbaiki', [['M', N2022]]),
    rekaman('b', '2026-01-01T00:00:00+00:00', 'Awal', [
      ['A', L2022],
      ['A', N2022],
      ['A', PROFIL],
      ['A', KATALOG],
      ['A', RENSTRA],
      ['A', 'content/situs.json'],
    ]),
  ].join(''),
  false,
);

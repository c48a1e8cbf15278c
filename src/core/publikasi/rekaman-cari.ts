/**
 * Search records built from the content, not from the built pages (scripts/indeks-cari.ts feeds them to
 * Pagefind's Node API, `addCustomRecord`, once for both bundles). Every page built from one agency's
 * content (profile, report, IKI, Renstra) gets a record: its URL, title, filters and meta as the page
 * gives them (src/layouts/Dasar.astro), and the text a reader searches for: the page's title and
 * section titles, every word of the content it shows (names of sasaran, indicators, programs and
 * kegiatan, notes, sources), the names of the indicators it uses, and the agency's acronyms with extra
 * weight. Numbers are left out, as the HTML index leaves numeric cells out: they are read, not searched.
 * Narratives go into the full bundle only.
 * The site's other pages (methodology, data, indicators) are not one agency's and do not grow with the
 * corpus; the script indexes their HTML.
 */
import type { DataInstansi, Korpus, NarasiDokumen } from '../muat/korpus.ts';
import { periodeId } from '../skema/renstra.ts';
import { AKRONIM_UMUM, kataKunciInstansi, singkatanInstansi } from '../tampilan/kata-kunci.ts';
import { JUDUL_BAB, URUTAN_BAB, namaDenganWilayah } from '../tampilan/laporan.ts';
import { tanpaKataSatuHuruf } from './teks-cari.ts';

export type Cakupan = 'ringkas' | 'lengkap';

/** A piece of a page's searchable text; `bobot` as Pagefind's data-pagefind-weight (1 when absent). */
export interface BagianTeks {
  teks: string;
  bobot?: number;
  /** only the full bundle indexes it (narratives) */
  hanyaLengkap?: boolean;
}

export interface RekamanCari {
  /** the page's path from the site's root ("/instansi/x/2021/") */
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  bagian: BagianTeks[];
}

/** Weights Pagefind gives HTML by itself: the first heading (h1) 7, what the pages mark as search words 6. */
const BOBOT_JUDUL = 7;
const BOBOT_KATA_KUNCI = 6;

/**
 * Keys whose values are not read as words on the pages: ids, file locations, links, dates and the
 * printed figures kept as strings (`*_tercetak`). Any other string in the content is shown somewhere.
 */
const BUKAN_TEKS = new RegExp(
  `^(${[
    ...['id', '.*_id', 'instansi', 'indikator', 'sasaran', 'induk', 'atasan', 'wilayah', 'berkas', 'lokasi', 'url'],
    ...['tanggal.*', '.*_tercetak', 'jenis', 'metode.*', 'polaritas', 'satuan_id', 'tingkat', 'kode', 'skala'],
    ...['cakupan', 'bab', 'status'],
  ].join('|')})$`,
);
/** A string that is a figure, a year or a code, not words. */
const ANGKA = /^[\d\s.,:%/()–—+\-−×]*$/;

/** Every string of a content document that is words, in document order. */
export function teksKonten(nilai: unknown, lewati?: RegExp, kunci = ''): string[] {
  if (typeof nilai === 'string')
    return BUKAN_TEKS.test(kunci) || lewati?.test(kunci) || ANGKA.test(nilai) ? [] : [nilai];
  if (Array.isArray(nilai)) return nilai.flatMap((x) => teksKonten(x, lewati, kunci));
  if (nilai && typeof nilai === 'object')
    return Object.entries(nilai).flatMap(([k, v]) => (lewati?.test(k) ? [] : teksKonten(v, lewati, k)));
  return [];
}

/** What an agency's profile page does not show: the transcribers' notes. */
const TIDAK_DI_PROFIL = /^catatan$/;

/** Markdown as the words a reader sees: marks, link targets and table rules left out. */
export function teksMarkdown(md: string): string {
  return md
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?[\s:|-]+\|?\s*$/gm, '')
    .replace(/[*_`|~]+/g, ' ');
}

/**
 * A record's content for one bundle: each piece ends a sentence (as Pagefind ends one at a block
 * element), weighted pieces are wrapped in Pagefind's weight marks (what its HTML reader makes of
 * data-pagefind-weight and headings; a record's content is read the same way), and no single-character
 * word is left to match (see scripts/lib/teks-indeks.ts).
 */
export function isiRekaman(rekaman: RekamanCari, cakupan: Cakupan): string {
  return rekaman.bagian
    .filter((b) => cakupan === 'lengkap' || !b.hanyaLengkap)
    .map((bagian) => {
      const teks = tanpaKataSatuHuruf(bagian.teks.replace(/\s+/g, ' ').trim());
      if (!teks) return '';
      const kalimat = /[\p{L}\p{N}'")$*]$/u.test(teks) ? `${teks}.` : teks;
      return bagian.bobot && bagian.bobot !== 1
        ? `___PAGEFIND_WEIGHT___${bagian.bobot} ${kalimat} ___END_PAGEFIND_WEIGHT___`
        : kalimat;
    })
    .filter(Boolean)
    .join(' ');
}

const teks = (xs: readonly string[], bobot?: number): BagianTeks[] =>
  xs.filter(Boolean).map((t) => (bobot ? { teks: t, bobot } : { teks: t }));

/** Every page built from one agency's content, as search records. */
export function rekamanCari(korpus: Korpus): RekamanCari[] {
  const wilayah = new Map(korpus.wilayah.map((w) => [w.data.id, w.data.nama]));
  const narasi = new Map<string, NarasiDokumen[]>();
  for (const dataInstansi of korpus.instansi)
    for (const isiNarasi of dataInstansi.narasi)
      narasi.set(`${isiNarasi.instansi}/${isiNarasi.tahun}`, [
        ...(narasi.get(`${isiNarasi.instansi}/${isiNarasi.tahun}`) ?? []),
        isiNarasi,
      ]);
  return korpus.instansi.flatMap((i) => rekamanInstansi(korpus, i, wilayah.get(i.data.wilayah), narasi));
}

function rekamanInstansi(
  korpus: Korpus,
  dataInstansi: DataInstansi,
  namaWilayah: string | undefined,
  narasi: Map<string, NarasiDokumen[]>,
): RekamanCari[] {
  const identitas = dataInstansi.data;
  const alamatInstansi = `/instansi/${identitas.id}/`;
  const singkatan = singkatanInstansi(korpus, dataInstansi);
  const katalog = new Map((dataInstansi.katalog?.data.indikator ?? []).map((x) => [x.id, x]));
  const namaIndikator = (dok: unknown) =>
    [...new Set(JSON.stringify(dok).match(/"indikator":"[^"]+"/g) ?? [])]
      .map((m) => katalog.get(m.slice(13, -1))?.nama ?? '')
      .filter(Boolean);
  const rekaman = (
    url: string,
    jenis: string,
    judul: string,
    bagian: BagianTeks[],
    kataKunci: string[],
    tahun?: number,
  ): RekamanCari => ({
    url,
    meta: {
      title: judul,
      jenis,
      instansi: identitas.nama,
      ...(tahun !== undefined ? { tahun: String(tahun) } : {}),
      singkatan,
    },
    filters: {
      jenis: [jenis],
      instansi: [identitas.nama],
      ...(tahun !== undefined ? { tahun: [String(tahun)] } : {}),
      ...(namaWilayah ? { wilayah: [namaWilayah] } : {}),
    },
    sort: tahun !== undefined ? { tahun: String(tahun) } : {},
    bagian: [
      { teks: judul, bobot: BOBOT_JUDUL },
      ...teks([namaWilayah ?? '']),
      ...bagian,
      ...teks(kataKunciInstansi(korpus, dataInstansi, kataKunci), BOBOT_KATA_KUNCI),
    ],
  });

  const profil = rekaman(
    alamatInstansi,
    'Profil instansi',
    identitas.nama,
    [
      ...teks(teksKonten(identitas, TIDAK_DI_PROFIL)),
      ...teks(dataInstansi.laporan.map((l) => `LKjIP ${l.data.tahun}`)),
      ...teks(dataInstansi.renstra.map((r) => `Renstra ${r.data.periode.mulai}–${r.data.periode.selesai}`)),
    ],
    AKRONIM_UMUM,
  );

  const laporan = dataInstansi.laporan.map((berkasLaporan) => {
    const isiLaporan = berkasLaporan.data;
    const bab = narasi.get(`${identitas.id}/${isiLaporan.tahun}`) ?? [];
    return rekaman(
      `${alamatInstansi}${isiLaporan.tahun}/`,
      'LKjIP',
      `Laporan Kinerja ${isiLaporan.tahun}: ${identitas.nama}`,
      [
        ...teks([
          `Laporan Kinerja Instansi Pemerintah (LKjIP) ${namaDenganWilayah(identitas.singkatan, namaWilayah)} tahun ${isiLaporan.tahun}`,
          ...URUTAN_BAB.map((b) => JUDUL_BAB[b]),
          'Capaian kinerja organisasi',
          'Realisasi anggaran, serapan anggaran',
        ]),
        ...teks(namaIndikator(isiLaporan)),
        ...teks(teksKonten(isiLaporan)),
        ...URUTAN_BAB.flatMap((b) =>
          bab
            .filter((n) => n.data.bab === b)
            .map((n): BagianTeks => ({ teks: teksMarkdown(n.isi), hanyaLengkap: true })),
        ),
      ],
      AKRONIM_UMUM,
      isiLaporan.tahun,
    );
  });

  const iki = dataInstansi.iki.map((x) =>
    rekaman(
      `${alamatInstansi}${x.data.tahun}/iki/`,
      'IKI',
      `Indikator Kinerja Individu ${x.data.tahun}: ${identitas.nama}`,
      [...teks(namaIndikator(x.data)), ...teks(teksKonten(x.data))],
      ['IKI', 'Indikator Kinerja Individu', 'cascading'],
      x.data.tahun,
    ),
  );

  const renstra = dataInstansi.renstra.map((r) =>
    rekaman(
      `${alamatInstansi}renstra/${periodeId(r.data)}/`,
      'Renstra',
      `Rencana Strategis ${r.data.periode.mulai}–${r.data.periode.selesai}: ${identitas.nama}`,
      [...teks(namaIndikator(r.data)), ...teks(teksKonten(r.data))],
      ['Renstra', 'Rencana Strategis', 'reviu'],
    ),
  );

  return [profil, ...laporan, ...iki, ...renstra];
}

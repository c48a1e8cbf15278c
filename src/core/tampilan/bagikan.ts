/**
 * Sharing a page: what its preview image says (Open Graph, Twitter), which feeds it links, the items of
 * those feeds, and how to cite a report. Numbers here are raw; src/lib/bagikan.ts words and formats them
 * once for the image, the feed and the page.
 */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { RiwayatKonten } from '../muat/riwayat.ts';
import type { IndikatorBanding } from './pilihan-banding.ts';
import { labelInstansi } from './label-instansi.ts';
import { berkasHalaman, terakhirDiperbarui, type IsiHalaman } from './riwayat.ts';

/** The plain headline of a report: indicators met of those measured, the computed average, the budget absorbed. */
export interface PratinjauLaporan {
  instansi: string;
  label: string;
  tahun: number;
  /** met or exceeded */
  tercapai: number;
  /** indicators whose capaian could be computed */
  terukur: number;
  rataRata: number | null;
  serapan: number | null;
}

export function pratinjauLaporan(l: LaporanLengkap, label: string): PratinjauLaporan {
  const t = l.terhitung;
  return {
    instansi: l.instansi.data.nama,
    label,
    tahun: t.laporan.tahun,
    tercapai: t.ringkasan.melebihi + t.ringkasan.tercapai,
    terukur: t.indikator.length - t.ringkasan.tak_terhitung,
    rataRata: t.rataRata.nilai,
    serapan: t.anggaranUtama?.serapan ?? null,
  };
}

/** A comparison's headline: one indicator, the agencies that measure it, the years, each agency's latest capaian. */
export interface PratinjauBanding {
  indikator: string;
  satuan: string;
  tahun: { dari: number; sampai: number } | null;
  instansi: { label: string; tahun: number | null; capaian: number | null }[];
}

export function pratinjauBanding(ind: IndikatorBanding): PratinjauBanding {
  const tahun = ind.seri.flatMap((s) => s.titik.map((t) => t.tahun));
  return {
    indikator: ind.nama,
    satuan: ind.satuan,
    tahun: tahun.length ? { dari: Math.min(...tahun), sampai: Math.max(...tahun) } : null,
    instansi: ind.seri.map((s) => {
      const akhir = s.titik.findLast((t) => t.capaian !== null) ?? null;
      return { label: s.label, tahun: akhir?.tahun ?? null, capaian: akhir?.capaian ?? null };
    }),
  };
}

/** The preview image of a page, site-relative; pages without one of their own share the site's. */
export function jalurPratinjau(isi: IsiHalaman | undefined, adaBanding: (indikator: string) => boolean): string {
  if (isi?.jenis === 'laporan') return `/pratinjau/instansi/${isi.instansi}/${isi.tahun}.png`;
  if (isi?.jenis === 'indikator' && adaBanding(isi.indikator)) return `/pratinjau/indikator/${isi.indikator}.png`;
  return '/pratinjau/situs.png';
}

export interface Umpan {
  judul: string;
  /** site-relative */
  jalur: string;
}

/** The feeds a page links: the site's, and on an agency's pages that agency's. */
export function umpanHalaman(k: KorpusTerhitung, isi: IsiHalaman | undefined): Umpan[] {
  const situs = { judul: `Laporan kinerja terbaru · ${k.korpus.situs.nama}`, jalur: '/rss.xml' };
  if (!isi || !('instansi' in isi)) return [situs];
  const ins = k.korpus.instansi.find((i) => i.data.id === isi.instansi);
  return ins
    ? [situs, { judul: `Laporan kinerja ${ins.data.nama}`, jalur: `/instansi/${ins.data.id}/rss.xml` }]
    : [situs];
}

export interface ItemUmpan {
  laporan: LaporanLengkap;
  pratinjau: PratinjauLaporan;
  /** site-relative */
  jalur: string;
  /** the last change of the report's files (ISO date and time), null without history */
  waktu: string | null;
  /** the last change's commit message */
  perubahan: string | null;
}

/** Every published report (of one agency, or all), with its last change, newest change first. */
export function itemUmpan(k: KorpusTerhitung, riwayat: RiwayatKonten, instansi?: string): ItemUmpan[] {
  const label = labelInstansi(k.korpus);
  return k.laporan
    .filter((l) => instansi === undefined || l.instansi.data.id === instansi)
    .map((l) => {
      const id = l.instansi.data.id;
      const tahun = l.terhitung.laporan.tahun;
      const p = terakhirDiperbarui(riwayat, berkasHalaman(k.korpus, { jenis: 'laporan', instansi: id, tahun }));
      return {
        laporan: l,
        pratinjau: pratinjauLaporan(l, label.get(id) ?? l.instansi.data.singkatan),
        jalur: `/instansi/${id}/${tahun}/`,
        waktu: p.ada ? p.waktu : null,
        perubahan: p.ada ? p.judul : null,
      };
    })
    .sort(
      (a, b) =>
        (b.waktu ?? '').localeCompare(a.waktu ?? '') ||
        b.pratinjau.tahun - a.pratinjau.tahun ||
        a.pratinjau.instansi.localeCompare(b.pratinjau.instansi, 'id'),
    );
}

/** A part of a citation: text, or the place for the reader's access date (filled in by the page's script). */
export type BagianKutipan = string | { tanggalAkses: true };

export interface IsianKutipan {
  situs: string;
  instansi: string;
  tahun: number;
  /** the source document's title, and its year when it is dated */
  judulSumber: string;
  tahunSumber: number | null;
  /** the page's last update, already in words ("24 November 2026"), or null without history */
  diperbarui: string | null;
  /** the page's permanent absolute URL */
  url: string;
}

/** A citation in an APA-like style and a plain one, with the access date left for the reader (or the script). */
export function kutipan(i: IsianKutipan): { apa: BagianKutipan[]; biasa: BagianKutipan[] } {
  const akses = { tanggalAkses: true } as const;
  const diperbarui = i.diperbarui ? `; diperbarui ${i.diperbarui}` : '';
  return {
    apa: [
      `${i.instansi}. (${i.tahunSumber ?? 't.t.'}). ${i.judulSumber} [Data terbuka, dihitung ulang${diperbarui}]. ${i.situs}. Diakses `,
      akses,
      `, dari ${i.url}`,
    ],
    biasa: [
      `LKjIP ${i.tahun} ${i.instansi}, ${i.situs}${i.diperbarui ? ` (diperbarui ${i.diperbarui})` : ''}, ${i.url} (diakses `,
      akses,
      ').',
    ],
  };
}

export interface IsianTag {
  situs: string;
  judul: string;
  deskripsi: string;
  /** absolute URLs */
  url: string;
  gambar: string | null;
  artikel: boolean;
}

/** The Open Graph and Twitter card tags of a page, as `<meta>` attribute, name and content. */
export function tagBagikan(i: IsianTag): { atribut: 'property' | 'name'; nama: string; isi: string }[] {
  const og = (nama: string, isi: string) => ({ atribut: 'property' as const, nama: `og:${nama}`, isi });
  const tw = (nama: string, isi: string) => ({ atribut: 'name' as const, nama: `twitter:${nama}`, isi });
  const alt = `${i.judul} · ${i.situs}`;
  return [
    og('type', i.artikel ? 'article' : 'website'),
    og('site_name', i.situs),
    og('locale', 'id_ID'),
    og('title', i.judul),
    og('description', i.deskripsi),
    og('url', i.url),
    ...(i.gambar
      ? [
          og('image', i.gambar),
          og('image:type', 'image/png'),
          og('image:width', '1200'),
          og('image:height', '630'),
          og('image:alt', alt),
        ]
      : []),
    tw('card', i.gambar ? 'summary_large_image' : 'summary'),
    tw('title', i.judul),
    tw('description', i.deskripsi),
    ...(i.gambar ? [tw('image', i.gambar), tw('image:alt', alt)] : []),
  ];
}

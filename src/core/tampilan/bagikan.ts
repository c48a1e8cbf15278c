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

export function pratinjauLaporan(laporan: LaporanLengkap, label: string): PratinjauLaporan {
  const terhitung = laporan.terhitung;
  return {
    instansi: laporan.instansi.data.nama,
    label,
    tahun: terhitung.laporan.tahun,
    tercapai: terhitung.ringkasan.melebihi + terhitung.ringkasan.tercapai,
    terukur: terhitung.indikator.length - terhitung.ringkasan.tak_terhitung,
    rataRata: terhitung.rataRata.nilai,
    serapan: terhitung.anggaranUtama?.serapan ?? null,
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
    instansi: ind.seri.map((seri) => {
      const akhir = seri.titik.findLast((t) => t.capaian !== null) ?? null;
      return { label: seri.label, tahun: akhir?.tahun ?? null, capaian: akhir?.capaian ?? null };
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
export function umpanHalaman(korpus: KorpusTerhitung, isi: IsiHalaman | undefined): Umpan[] {
  const situs = { judul: `Laporan kinerja terbaru · ${korpus.korpus.situs.nama}`, jalur: '/rss.xml' };
  if (!isi || !('instansi' in isi)) return [situs];
  const ins = korpus.korpus.instansi.find((i) => i.data.id === isi.instansi);
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
export function itemUmpan(korpus: KorpusTerhitung, riwayat: RiwayatKonten, instansi?: string): ItemUmpan[] {
  const label = labelInstansi(korpus.korpus);
  return korpus.laporan
    .filter((l) => instansi === undefined || l.instansi.data.id === instansi)
    .map((laporan) => {
      const id = laporan.instansi.data.id;
      const tahun = laporan.terhitung.laporan.tahun;
      const diperbarui = terakhirDiperbarui(
        riwayat,
        berkasHalaman(korpus.korpus, { jenis: 'laporan', instansi: id, tahun }),
      );
      return {
        laporan,
        pratinjau: pratinjauLaporan(laporan, label.get(id) ?? laporan.instansi.data.singkatan),
        jalur: `/instansi/${id}/${tahun}/`,
        waktu: diperbarui.ada ? diperbarui.waktu : null,
        perubahan: diperbarui.ada ? diperbarui.judul : null,
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
export function kutipan(isian: IsianKutipan): { apa: BagianKutipan[]; biasa: BagianKutipan[] } {
  const akses = { tanggalAkses: true } as const;
  const diperbarui = isian.diperbarui ? `; diperbarui ${isian.diperbarui}` : '';
  return {
    apa: [
      `${isian.instansi}. (${isian.tahunSumber ?? 't.t.'}). ${isian.judulSumber} [Data terbuka, dihitung ulang${diperbarui}]. ${isian.situs}. Diakses `,
      akses,
      `, dari ${isian.url}`,
    ],
    biasa: [
      `LKjIP ${isian.tahun} ${isian.instansi}, ${isian.situs}${isian.diperbarui ? ` (diperbarui ${isian.diperbarui})` : ''}, ${isian.url} (diakses `,
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
export function tagBagikan(isian: IsianTag): { atribut: 'property' | 'name'; nama: string; isi: string }[] {
  const og = (nama: string, isi: string) => ({ atribut: 'property' as const, nama: `og:${nama}`, isi });
  const tw = (nama: string, isi: string) => ({ atribut: 'name' as const, nama: `twitter:${nama}`, isi });
  const alt = `${isian.judul} · ${isian.situs}`;
  return [
    og('type', isian.artikel ? 'article' : 'website'),
    og('site_name', isian.situs),
    og('locale', 'id_ID'),
    og('title', isian.judul),
    og('description', isian.deskripsi),
    og('url', isian.url),
    ...(isian.gambar
      ? [
          og('image', isian.gambar),
          og('image:type', 'image/png'),
          og('image:width', '1200'),
          og('image:height', '630'),
          og('image:alt', alt),
        ]
      : []),
    tw('card', isian.gambar ? 'summary_large_image' : 'summary'),
    tw('title', isian.judul),
    tw('description', isian.deskripsi),
    ...(isian.gambar ? [tw('image', isian.gambar), tw('image:alt', alt)] : []),
  ];
}

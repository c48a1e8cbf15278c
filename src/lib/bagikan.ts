/**
 * Sharing, in words and pictures: the plain headline of a report (one wording for its preview image, its
 * feed item and its page's description), and the preview images (PNG, 1200 × 630) drawn at build time
 * with satori (layout to SVG) and resvg (SVG to PNG), in Noto Sans from node_modules: nothing downloads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type SatoriNode } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import rss from '@astrojs/rss';
import type { ItemUmpan, PratinjauBanding, PratinjauLaporan } from '../core/tampilan/bagikan.ts';
import type { AngkaUtama } from '../core/tampilan/ringkasan.ts';
import { dataBanding, type IndikatorBanding } from '../core/tampilan/bandingkan.ts';
import { jumlah, persen } from './format.ts';
import { dataSitus, url } from './situs.ts';

import { grafikSematan, type GrafikSematan } from '../core/tampilan/sematkan.ts';
import type { Grafik } from '../core/tampilan/grafik.ts';

let sematan: Map<string, GrafikSematan> | undefined;
/** Every embeddable chart by id, listed once per build. */
export const daftarSematan = () => (sematan ??= new Map(grafikSematan(dataSitus()).map((s) => [s.grafik.id, s])));
/** The embed of this very chart (same id and same data), if there is one. */
export function sematanGrafik(grafik: Grafik): GrafikSematan | undefined {
  const terdaftar = daftarSematan().get(grafik.id);
  return terdaftar && JSON.stringify(terdaftar.grafik) === JSON.stringify(grafik) ? terdaftar : undefined;
}

let banding: Map<string, IndikatorBanding> | undefined;
/** Every measured indicator as the compare page has it (its comparisons get a preview image), computed once. */
export const indikatorBanding = () => (banding ??= new Map(dataBanding(dataSitus()).indikator.map((i) => [i.id, i])));

/** "5 dari 7 indikator terukur tercapai", "rata-rata capaian 104,21 %", "serapan anggaran 97,30 %". */
export function kalimatLaporan(pratinjau: PratinjauLaporan): string[] {
  return [
    pratinjau.terukur === 0
      ? 'belum ada indikator yang capaiannya dapat dihitung'
      : `${jumlah(pratinjau.tercapai)} dari ${jumlah(pratinjau.terukur)} indikator terukur tercapai`,
    ...(pratinjau.rataRata === null ? [] : [`rata-rata capaian ${persen(pratinjau.rataRata)}`]),
    ...(pratinjau.serapan === null ? [] : [`serapan anggaran ${persen(pratinjau.serapan)}`]),
  ];
}

/** What a preview image says: a line above, the title, the figures, a line below. */
export interface KartuPratinjau {
  atas: string;
  judul: string;
  baris: string[];
  bawah: string;
}

export const kartuLaporan = (p: PratinjauLaporan, situs: string): KartuPratinjau => ({
  atas: `${situs} · LKjIP ${p.tahun}`,
  judul: p.instansi,
  baris: kalimatLaporan(p),
  bawah: 'Setiap angka dihitung ulang dari dokumen sumber dan diaudit',
});

export const kartuBanding = (p: PratinjauBanding, situs: string): KartuPratinjau => ({
  atas: `${situs} · Perbandingan indikator${p.tahun ? ` ${p.tahun.dari === p.tahun.sampai ? p.tahun.dari : `${p.tahun.dari}–${p.tahun.sampai}`}` : ''}`,
  judul: p.indikator,
  baris: [
    ...p.instansi
      .slice(0, 4)
      .map(
        (i) =>
          `${i.label}: ${i.capaian === null ? 'capaian tak terhitung' : `capaian ${persen(i.capaian)} (${i.tahun})`}`,
      ),
    ...(p.instansi.length > 4 ? [`dan ${jumlah(p.instansi.length - 4)} instansi lain`] : []),
  ],
  bawah: `${jumlah(p.instansi.length)} instansi${p.satuan ? ` · satuan: ${p.satuan}` : ''}`,
});

export const kartuSitus = (a: AngkaUtama, situs: string, tagline: string): KartuPratinjau => ({
  atas: 'Laporan kinerja instansi pemerintah',
  judul: situs,
  baris: [
    `${jumlah(a.instansi)} instansi, ${jumlah(a.laporan)} laporan kinerja`,
    `${jumlah(a.tercapai)} dari ${jumlah(a.indikator)} pengukuran indikator tercapai`,
    `${jumlah(a.angkaBerbeda)} dari ${jumlah(a.angkaDiperiksa)} angka tercetak berbeda dari hitung ulang`,
  ],
  bawah: tagline,
});

export const LEBAR = 1200;
export const TINGGI = 630;

const cari = createRequire(import.meta.url);
let huruf: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** Noto Sans, Latin and Latin Extended (every letter of Indonesian names), as WOFF: satori reads WOFF, not WOFF2. */
const hurufNoto = () =>
  (huruf ??= (['latin', 'latin-ext'] as const).flatMap((sub) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      weight,
      style: 'normal' as const,
      data: readFileSync(cari.resolve(`@fontsource/noto-sans/files/noto-sans-${sub}-${weight}-normal.woff`)),
    })),
  ));

type Simpul = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const kotak = (style: Record<string, unknown>, children: unknown): Simpul => ({
  type: 'div',
  props: { style, children },
});

function susun(kartu: KartuPratinjau): Simpul {
  const besar = kartu.judul.length > 70 ? 44 : kartu.judul.length > 40 ? 52 : 60;
  const isi = LEBAR - 2 * 64;
  // satori adds padding and border to the size given (content-box)
  return kotak(
    {
      width: isi,
      height: TINGGI - 16 - 48 - 40,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '48px 64px 40px',
      background: '#ffffff',
      borderTop: '16px solid #0b5394',
      fontFamily: 'Noto Sans',
      color: '#1b1f24',
    },
    [
      kotak({ display: 'flex', flexDirection: 'column', width: isi }, [
        kotak({ fontSize: 28, color: '#0b5394', fontWeight: 700 }, kartu.atas),
        kotak({ fontSize: besar, fontWeight: 700, lineHeight: 1.15, marginTop: 16 }, kartu.judul),
      ]),
      kotak(
        { display: 'flex', flexDirection: 'column', width: isi },
        kartu.baris.map((b) => kotak({ fontSize: 34, lineHeight: 1.35 }, `• ${b}`)),
      ),
      kotak({ fontSize: 24, color: '#4a5260', width: isi }, kartu.bawah),
    ],
  );
}

/** Each text laid out on the image, with its box: the tests look for a text's ink where it was laid out. */
export type TeksTerletak = Pick<SatoriNode, 'left' | 'top' | 'width' | 'height'> & { teks: string };

/** The preview image as PNG, and where each text was laid out. */
export async function gambarPratinjau(kartu: KartuPratinjau): Promise<{ png: Uint8Array; teks: TeksTerletak[] }> {
  const teks: TeksTerletak[] = [];
  const svg = await satori(susun(kartu) as Parameters<typeof satori>[0], {
    width: LEBAR,
    height: TINGGI,
    fonts: hurufNoto(),
    onNodeDetected: (simpul) => {
      if (simpul.textContent)
        teks.push({
          teks: simpul.textContent,
          left: simpul.left,
          top: simpul.top,
          width: simpul.width,
          height: simpul.height,
        });
    },
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png: new Uint8Array(png), teks };
}

/** An endpoint's answer for a PNG. */
export const jawabanPng = (png: Uint8Array) =>
  new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });

/**
 * A feed (RSS 2.0, what @astrojs/rss writes) of published reports, each with its plain headline and its
 * last change. `asal` is the site's origin (Astro's `site`); `jalur` the feed's own site-relative path.
 */
export function jawabanUmpan(isian: {
  judul: string;
  deskripsi: string;
  asal: URL | string;
  jalur: string;
  item: ItemUmpan[];
}) {
  const mutlak = (jalur: string) => new URL(url(jalur), isian.asal).href;
  return rss({
    title: isian.judul,
    description: isian.deskripsi,
    site: mutlak('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${mutlak(isian.jalur)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: isian.item.map((i) => ({
      title: `LKjIP ${i.pratinjau.tahun} ${i.pratinjau.instansi}`,
      link: mutlak(i.jalur),
      ...(i.waktu ? { pubDate: new Date(i.waktu) } : {}),
      description: `${kalimatLaporan(i.pratinjau).join('; ')}.${i.perubahan ? ` Perubahan terakhir: ${i.perubahan}` : ''}`,
      categories: [i.pratinjau.label],
    })),
  });
}

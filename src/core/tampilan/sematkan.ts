/**
 * Charts other sites may embed: each chart of the reports, the agency profiles and the compare page, with
 * the page it comes from, for an `/sematkan/<chart-id>/` page of its own (the chart and its data table,
 * nothing else) and the iframe code shown beside the chart. A chart on a page gets the "Sematkan" control
 * only when this list holds the very same chart (src/components/Grafik.astro), so a page that draws a
 * chart differently never points to an embed that shows something else.
 */
import { hasilBelanja } from './hasil-belanja.ts';
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { adaData, type Grafik } from './grafik.ts';
import { grafikCapaian, grafikSerapanProgram } from './laporan.ts';
import {
  grafikLintasan,
  grafikSakip,
  grafikTren,
  laporanInstansi,
  lintasanRenstra,
  riwayatSakip,
  trenIndikator,
} from './profil.ts';
import { grafikDistribusi, grafikEfisiensi, grafikSerapan } from './bandingkan.ts';

export interface GrafikSematan {
  grafik: Grafik;
  /** the page the chart is on, site-relative, and its title */
  halaman: string;
  judulHalaman: string;
  /** the agency (and year) the chart is about, for the cache key and the PNG download's caption */
  instansi?: string;
  tahun?: number;
}

/** Every chart with data on more than one category (the pages draw no others), in page order. */
export function grafikSematan(korpus: KorpusTerhitung): GrafikSematan[] {
  const out: GrafikSematan[] = [];
  const tambah = (grafik: Grafik, sematan: Omit<GrafikSematan, 'grafik'>) => {
    if (adaData(grafik) && grafik.label.length > 1) out.push({ grafik, ...sematan });
  };
  for (const dataInstansi of korpus.korpus.instansi) {
    const id = dataInstansi.data.id;
    const profil = { halaman: `/instansi/${id}/`, judulHalaman: dataInstansi.data.nama, instansi: id };
    const laporan = laporanInstansi(korpus, id);
    tambah(grafikSakip(riwayatSakip(laporan), id), profil);
    for (const tren of trenIndikator(laporan)) tambah(grafikTren(tren, id), profil);
    const katalog = new Map((dataInstansi.katalog?.data.indikator ?? []).map((d) => [d.id, d.nama]));
    for (const renstra of dataInstansi.renstra) {
      const lintasan = lintasanRenstra(renstra.data, laporan, (x) => katalog.get(x));
      for (const ind of lintasan.indikator) tambah(grafikLintasan(lintasan, ind, id), profil);
    }
    for (const satuLaporan of laporan) {
      const tahun = satuLaporan.terhitung.laporan.tahun;
      const sematan = {
        halaman: `/instansi/${id}/${tahun}/`,
        judulHalaman: `LKjIP ${tahun} ${dataInstansi.data.nama}`,
        instansi: id,
        tahun,
      };
      tambah(grafikCapaian(satuLaporan.terhitung, `${id}-${tahun}`), sematan);
      for (const tabel of satuLaporan.terhitung.anggaran)
        tambah(grafikSerapanProgram(tabel, `${id}-${tahun}`), sematan);
      for (const hasil of hasilBelanja(satuLaporan.terhitung, `${id}-${tahun}`))
        if (hasil.grafik) tambah(hasil.grafik, sematan);
    }
  }
  const banding = { halaman: '/bandingkan/', judulHalaman: 'Bandingkan instansi' };
  for (const grafik of [grafikSerapan(korpus), grafikEfisiensi(korpus), grafikDistribusi(korpus)])
    tambah(grafik, banding);
  return out;
}

/** The iframe code a reader copies to embed a chart (`src` absolute). */
export const kodeSematan = (src: string, judul: string) =>
  `<iframe src="${src}" title="${judul.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" ` +
  `width="100%" height="520" style="border:0" loading="lazy"></iframe>`;

/**
 * The `_headers` file (Netlify, Cloudflare Pages and other hosts that read it): only the embed pages may be
 * framed by other sites; every other page refuses any frame. `frame-ancestors` counts only in an HTTP header
 * (browsers ignore it in the pages' <meta> Content-Security-Policy), so it cannot go with the rest of the CSP
 * in astro.config.mjs. GitHub Pages sets no custom headers: there every page can be framed, as before.
 * One rule per top folder of the site (Cloudflare reads at most 100), none overlapping, so no host has to
 * choose between two rules.
 */
export function kepalaBingkai(halaman: readonly string[], base = '/'): string {
  const atas = new Set<string>();
  for (const isian of halaman) {
    const bagian = isian.replace(/^\/+/, '').split('/')[0] ?? '';
    if (bagian !== 'sematkan' && !/\.[a-z0-9]+$/i.test(bagian)) atas.add(bagian);
  }
  const tolak = ["  Content-Security-Policy: frame-ancestors 'none'", '  X-Frame-Options: DENY'];
  const aturan = [...atas].sort().map((a) => [a === '' ? base : `${base}${a}/*`, ...tolak].join('\n'));
  return [
    '# Hanya /sematkan/ yang boleh dipasang situs lain dalam iframe (only embed pages may be framed by other sites).',
    ...aturan,
    [`${base}sematkan/*`, '  Content-Security-Policy: frame-ancestors *'].join('\n'),
    '',
  ].join('\n');
}

/**
 * npm run bench -- --agencies N --years Y --indeks-nasional
 *
 * The portal's first search at any scale, without building the region sites: the national index reads
 * only the names each region site publishes (rekaman-nasional.ts), so the synthetic content's names are
 * gathered as it is generated (nothing is written but the index), grouped by province as build:wilayah
 * groups them, and indexed with the build's own code. The portal's search page comes from a real
 * build:wilayah of the bundled content, its national index replaced by the synthetic one; Chromium then
 * measures a first query as the bench does on a full build.
 */
import { join } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import type { IndeksNamaWilayah, SitusWilayah } from '../../src/core/publikasi/rekaman-nasional.ts';
import { BUNDEL_NASIONAL, tulisIndeksNasional } from '../indeks-cari.ts';
import { jalankan } from '../lib/proses.ts';
import { ukurCariPortal } from './browser.ts';
import { susunKonten, type OpsiSintetis } from './sintetis.ts';

type InstansiNama = IndeksNamaWilayah['instansi'][number];

/** Each synthetic province's site as the national index sees it: its regions, agencies and indicators. */
export function situsSintetis(opsi: OpsiSintetis): SitusWilayah[] {
  const wilayah = new Map<string, { id: string; nama: string; induk?: string }>();
  const instansi = new Map<string, InstansiNama>();
  const indikator = new Map<string, Map<string, string>>();
  const milik = (id: string) => {
    if (!instansi.has(id))
      instansi.set(id, { id, nama: id, singkatan: '', wilayah: '', laporan: [], iki: [], renstra: [] });
    return instansi.get(id)!;
  };
  susunKonten(opsi, ({ path, isi }) => {
    const [, jenis, id, ...sisa] = path.split('/');
    const berkas = sisa.at(-1) ?? '';
    if (jenis === 'wilayah' && id) {
      const data = JSON.parse(isi) as { id: string; nama: string; induk?: string };
      wilayah.set(data.id, data);
    } else if (jenis === 'instansi' && id) {
      if (berkas === 'instansi.json') {
        const data = JSON.parse(isi) as InstansiNama;
        Object.assign(milik(id), { nama: data.nama, singkatan: data.singkatan, wilayah: data.wilayah });
      } else if (berkas === 'indikator.json') {
        const katalog = JSON.parse(isi) as { indikator: { id: string; nama: string }[] };
        indikator.set(id, new Map(katalog.indikator.map((x) => [x.id, x.nama])));
      } else if (berkas === 'lkjip.json') milik(id).laporan.push({ tahun: Number(sisa[0]) });
      else if (/^renstra-\d+-\d+\.json$/.test(berkas))
        milik(id).renstra.push({ periode: berkas.replace(/^renstra-|\.json$/g, '') });
    }
  });
  const teratas = (id: string): string => {
    const induk = wilayah.get(id)?.induk;
    return induk ? teratas(induk) : id;
  };
  return [...wilayah.values()]
    .filter((w) => !w.induk)
    .map((provinsi) => {
      const milikSitus = [...instansi.values()].filter((x) => teratas(x.wilayah) === provinsi.id);
      const namaIndikator = new Map<string, string>();
      for (const butir of milikSitus)
        for (const [id, nama] of indikator.get(butir.id) ?? []) if (!namaIndikator.has(id)) namaIndikator.set(id, nama);
      return {
        id: provinsi.id,
        nama: provinsi.nama,
        indeks: {
          wilayah: [...wilayah.values()].filter((w) => teratas(w.id) === provinsi.id),
          instansi: milikSitus,
        },
        indikator: [...namaIndikator].map(([id, nama]) => ({ id, nama })).sort((a, b) => a.id.localeCompare(b.id)),
      };
    });
}

const ukuran = (folder: string, pilih: (nama: string) => boolean) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((x) => x.isFile() && pilih(join(x.parentPath, x.name)))
    .reduce((total, x) => total + statSync(join(x.parentPath, x.name)).size, 0);

export async function ukurIndeksNasional(
  opsi: OpsiSintetis,
  kerja: string,
  /** inside the project, as Astro keeps a build's intermediate files beside its outDir there */
  portal: string,
  proyek: string,
  baris: (nama: string, nilai: string | number) => void,
) {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const mulai = performance.now();
  const situs = situsSintetis(opsi);
  const jumlahInstansi = situs.reduce((t, x) => t + x.indeks.instansi.length, 0);
  const jumlahLaporan = situs.reduce((t, x) => t + x.indeks.instansi.reduce((s, i) => s + i.laporan.length, 0), 0);
  baris('nama dari konten sintetis', `${((performance.now() - mulai) / 1000).toFixed(1)} s`);
  baris('situs wilayah / instansi / laporan', `${situs.length} / ${jumlahInstansi} / ${jumlahLaporan}`);

  const build = await jalankan(process.execPath, [
    join(proyek, 'scripts/build-wilayah.ts'),
    '--keluar',
    portal,
    '--cache',
    join(kerja, 'cache'),
  ]);
  if (build.kode !== 0) {
    console.error(build.out.slice(-4000));
    throw new Error('build:wilayah konten bawaan gagal (failed)');
  }
  const indeks = await tulisIndeksNasional(situs, portal);
  const bundel = join(portal, BUNDEL_NASIONAL);
  baris('indeks nasional: rekaman', `${indeks.rekaman} dalam ${(indeks.ms / 1000).toFixed(1)} s`);
  baris('indeks nasional: daftar halaman (pf_meta)', kb(ukuran(bundel, (x) => x.endsWith('.pf_meta'))));
  baris('indeks nasional: filter', kb(ukuran(join(bundel), (x) => x.includes('/filter/'))));
  baris('indeks nasional: seluruh bundel', kb(ukuran(bundel, () => true)));
  baris('pencarian portal: kueri pertama (indeks nama nasional)', kb(await ukurCariPortal(portal)));
}

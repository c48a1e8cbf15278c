/** The page types of the built site, found from its own open data (works on real content and the fixture). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, indeks, laporanPertama } from './alat.ts';

export interface JenisHalaman {
  nama: string;
  jalur: string;
}

export function jenisHalaman(dir = DIST): JenisHalaman[] {
  const ix = indeks(dir);
  const { instansi, tahun } = laporanPertama(dir);
  const out: JenisHalaman[] = [
    { nama: 'beranda', jalur: '' },
    { nama: 'instansi', jalur: 'instansi/' },
    { nama: 'profil', jalur: `instansi/${instansi.id}/` },
    { nama: 'laporan', jalur: `instansi/${instansi.id}/${tahun}/` },
    { nama: 'indikator', jalur: 'indikator/' },
    { nama: 'bandingkan', jalur: 'bandingkan/' },
    { nama: 'cari', jalur: 'cari/' },
    { nama: 'metodologi', jalur: 'metodologi/' },
    { nama: 'data', jalur: 'data/' },
  ];
  const ind = existsSync(join(dir, 'indikator'))
    ? readdirSync(join(dir, 'indikator')).find((d) => existsSync(join(dir, 'indikator', d, 'index.html')))
    : undefined;
  if (ind) out.push({ nama: 'indikator-detail', jalur: `indikator/${ind}/` });
  const ikiIns = ix.instansi.find((i) => i.iki.length);
  if (ikiIns) out.push({ nama: 'iki', jalur: `instansi/${ikiIns.id}/${ikiIns.iki[0]!.tahun}/iki/` });
  const renIns = ix.instansi.find((i) => i.renstra.length);
  if (renIns) out.push({ nama: 'renstra', jalur: `instansi/${renIns.id}/renstra/${renIns.renstra[0]!.periode}/` });
  out.push({ nama: 'riwayat', jalur: `instansi/${instansi.id}/${tahun}/riwayat/` });
  out.push({ nama: 'terbitan', jalur: 'terbitan/' });
  const sematan = existsSync(join(dir, 'sematkan')) ? readdirSync(join(dir, 'sematkan')).sort()[0] : undefined;
  if (sematan) out.push({ nama: 'sematkan', jalur: `sematkan/${sematan}/` });
  // every other page at the top of the site (audit, glosarium, panduan, tentang…): a new one is covered too
  const sudah = new Set(out.map((h) => h.jalur));
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()))
    if (existsSync(join(dir, folder.name, 'index.html')) && !sudah.has(`${folder.name}/`))
      out.push({ nama: folder.name, jalur: `${folder.name}/` });
  out.push({ nama: '404', jalur: 'tidak-ada-halaman-ini/' });
  return out;
}

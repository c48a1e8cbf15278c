/**
 * What a page says about its history: the content files it shows, when they last changed, and a report's
 * revision history in words with links to each change. The history itself comes from git at build time
 * (src/core/muat/riwayat.ts); without it, pages say the history is not available instead of guessing.
 */
import type { DataInstansi, Korpus } from '../muat/korpus.ts';
import { letakBerkas } from '../muat/korpus.ts';
import { komitBerkas, type PerubahanBerkas, type RiwayatKonten, type StatusBerkas } from '../muat/riwayat.ts';
import { periodeId } from '../skema/renstra.ts';
import { repositori } from './repositori.ts';

/** What a page shows, so the layout can name its files, its feed and its preview image. */
export type IsiHalaman =
  | { jenis: 'situs' }
  | { jenis: 'instansi'; instansi: string }
  | { jenis: 'laporan'; instansi: string; tahun: number }
  | { jenis: 'iki'; instansi: string; tahun: number }
  | { jenis: 'renstra'; instansi: string; periode: string }
  | { jenis: 'indikator'; indikator: string };

const berkasInstansi = (i: DataInstansi) => [
  i.berkas,
  ...(i.katalog ? [i.katalog.berkas] : []),
  ...i.renstra.map((r) => r.berkas),
  ...i.laporan.map((l) => l.berkas),
  ...i.iki.map((x) => x.berkas),
  ...i.narasi.map((n) => n.berkas),
];

/**
 * The content files whose data a page shows. Site settings (situs.json) are left out: a new tagline is
 * not a change of the data. A report page shows its LKjIP, that year's narratives, the agency's profile,
 * its indicator catalogue and the Renstra the report belongs to.
 */
export function berkasHalaman(korpus: Korpus, isi: IsiHalaman): string[] {
  if (isi.jenis === 'situs')
    return [...korpus.wilayah.map((w) => w.berkas), ...korpus.instansi.flatMap(berkasInstansi)];
  if (isi.jenis === 'indikator') {
    const pemakai = korpus.instansi.filter((i) => i.katalog?.data.indikator.some((d) => d.id === isi.indikator));
    return pemakai.flatMap((i) => [
      i.katalog!.berkas,
      ...i.laporan
        .filter((l) => l.data.pengukuran.indikator.some((p) => p.indikator === isi.indikator))
        .map((l) => l.berkas),
    ]);
  }
  const dataInstansi = korpus.instansi.find((x) => x.data.id === isi.instansi);
  if (!dataInstansi) return [];
  if (isi.jenis === 'instansi') return berkasInstansi(dataInstansi);
  const katalog = dataInstansi.katalog ? [dataInstansi.katalog.berkas] : [];
  if (isi.jenis === 'iki')
    return [dataInstansi.berkas, ...dataInstansi.iki.filter((x) => x.data.tahun === isi.tahun).map((x) => x.berkas)];
  if (isi.jenis === 'renstra')
    return [
      dataInstansi.berkas,
      ...katalog,
      ...dataInstansi.renstra.filter((r) => periodeId(r.data) === isi.periode).map((r) => r.berkas),
    ];
  const laporan = dataInstansi.laporan.find((l) => l.data.tahun === isi.tahun);
  return [
    dataInstansi.berkas,
    ...katalog,
    ...(laporan ? [laporan.berkas] : []),
    ...dataInstansi.renstra
      .filter((r) => laporan?.data.rencana?.jenis === 'renstra' && periodeId(r.data) === laporan.data.rencana.periode)
      .map((r) => r.berkas),
    ...dataInstansi.narasi.filter((n) => n.tahun === isi.tahun).map((n) => n.berkas),
  ];
}

/** A commit's date as the committer saw it, YYYY-MM-DD. */
export const tanggalKomit = (iso: string) => iso.slice(0, 10);

export type Pembaruan =
  | {
      ada: true;
      tanggal: string;
      /** full ISO date and time */ waktu: string;
      sha: string;
      judul: string;
      tautan: string | null;
    }
  | { ada: false; alasan: string };

/** When a page's files last changed (the newest commit touching any of them), or why that is not known. */
export function terakhirDiperbarui(riwayat: RiwayatKonten, berkas: readonly string[], urlRepo?: string): Pembaruan {
  if (!riwayat.tersedia) return { ada: false, alasan: riwayat.alasan };
  const [baru] = komitBerkas(riwayat, berkas);
  if (!baru) return { ada: false, alasan: 'berkas halaman ini belum tercatat dalam riwayat git' };
  return {
    ada: true,
    tanggal: tanggalKomit(baru.tanggal),
    waktu: baru.tanggal,
    sha: baru.sha,
    judul: baru.judul,
    tautan: repositori(urlRepo)?.komit(baru.sha) ?? null,
  };
}

const KATA_STATUS: Record<StatusBerkas, string> = { tambah: 'ditambahkan', ubah: 'diubah', hapus: 'dihapus' };

/** A content file in a reader's words: "LKjIP 2021", "Narasi bab 2 (2021)", "Renstra 2016–2021". */
export function namaBerkas(path: string, folderKonten = 'content'): string {
  const letak = letakBerkas(path, folderKonten);
  switch (letak?.jenis) {
    case 'situs':
      return 'Pengaturan situs';
    case 'wilayah':
      return 'Data wilayah';
    case 'instansi':
      return 'Profil instansi';
    case 'indikator':
      return 'Katalog indikator (IKU)';
    case 'renstra':
      return `Renstra ${letak.periode!.replace('-', '–')}`;
    case 'lkjip':
      return `Data LKjIP ${letak.tahun}`;
    case 'iki':
      return `IKI ${letak.tahun}`;
    case 'narasi': {
      const bab = /([^/]+)\.mdx$/.exec(path)![1]!;
      return `Narasi ${bab === 'ikhtisar' ? 'ikhtisar eksekutif' : bab.replace('bab-', 'bab ')} (${letak.tahun})`;
    }
    default:
      return path;
  }
}

/** "Data LKjIP 2021 diubah". */
export const uraianPerubahan = (p: PerubahanBerkas) => `${namaBerkas(p.path)} ${KATA_STATUS[p.status]}`;

export interface BarisRiwayat {
  sha: string;
  /** the first 7 characters, as git shows it */
  pendek: string;
  tanggal: string;
  judul: string;
  perubahan: string[];
  tautan: string | null;
}

export type RiwayatHalaman = { tersedia: true; baris: BarisRiwayat[] } | { tersedia: false; alasan: string };

/** A page's revision history: every commit that changed one of its files, newest first, in words. */
export function riwayatHalaman(riwayat: RiwayatKonten, berkas: readonly string[], urlRepo?: string): RiwayatHalaman {
  if (!riwayat.tersedia) return riwayat;
  const repo = repositori(urlRepo);
  return {
    tersedia: true,
    baris: komitBerkas(riwayat, berkas).map((k) => ({
      sha: k.sha,
      pendek: k.sha.slice(0, 7),
      tanggal: tanggalKomit(k.tanggal),
      judul: k.judul,
      perubahan: k.berkas.map(uraianPerubahan),
      tautan: repo?.komit(k.sha) ?? null,
    })),
  };
}

/** When a file first appeared and last changed, YYYY-MM-DD (null without history or before its first commit). */
export function tanggalBerkas(riwayat: RiwayatKonten, path: string): { terbit: string; diperbarui: string } | null {
  const komit = komitBerkas(riwayat, [path]);
  if (!komit.length) return null;
  const tambah = komit.findLast((x) => x.berkas.some((b) => b.status === 'tambah')) ?? komit.at(-1)!;
  return { terbit: tanggalKomit(tambah.tanggal), diperbarui: tanggalKomit(komit[0]!.tanggal) };
}

/** A report's history page: the files it covers, in words, and every change to them. */
export function riwayatLaporan(
  korpus: Korpus,
  riwayat: RiwayatKonten,
  instansi: string,
  tahun: number,
): { cakupan: string[]; riwayat: RiwayatHalaman } {
  const berkas = berkasHalaman(korpus, { jenis: 'laporan', instansi, tahun });
  return {
    cakupan: berkas.map((b) => namaBerkas(b)),
    riwayat: riwayatHalaman(riwayat, berkas, korpus.situs.repositori),
  };
}

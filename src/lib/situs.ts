/**
 * The one place pages get data from: the content loaded, validated, computed and
 * audited once per build. The integration has already stopped the build on errors.
 */
import { muatKonten } from '../core/muat/baca-folder.ts';
import { folderProyek } from '../core/lingkungan.ts';
import { adaGalat } from '../core/muat/korpus.ts';
import { formatMasalah } from '../core/muat/masalah.ts';
import { hitungKorpus, type KorpusTerhitung } from '../core/hitung/korpus.ts';
import { muatanBersama } from '../integration/serah-terima.ts';
import { bacaRiwayatGit } from '../integration/riwayat-git.ts';
import type { RiwayatKonten } from '../core/muat/riwayat.ts';
import { namaUnduhan } from '../core/data-terbuka/terbuka.ts';

let cache: KorpusTerhitung | undefined;

export function dataSitus(): KorpusTerhitung {
  if (cache) return cache;
  const proyek = folderProyek();
  const bersama = muatanBersama(proyek);
  const { korpus, masalah } = bersama ?? muatKonten(proyek);
  if (adaGalat(masalah))
    throw new Error(
      masalah
        .filter((m) => m.tingkat === 'galat')
        .map(formatMasalah)
        .join('\n\n'),
    );
  // the build's integration computed every report already; dev and tests compute here
  return (cache = bersama?.terhitung ?? hitungKorpus(korpus));
}

let riwayat: RiwayatKonten | undefined;

/** The content's git history: the build read it once (src/integration/riwayat-git.ts); dev and tests read it here. */
export function riwayatSitus(): RiwayatKonten {
  const proyek = folderProyek();
  return (riwayat ??= muatanBersama(proyek)?.riwayat ?? bacaRiwayatGit(proyek));
}

/**
 * `{ cacheKey }` for a page built from one agency's content (see src/core/muat/kunci-cache.ts), so an
 * incremental build copies it from the last build when nothing it reads changed; `{}` outside a build.
 */
export function kunciCacheInstansi(id: string): { cacheKey?: string } {
  const kunci = muatanBersama(folderProyek())?.kunci.get(id);
  return kunci ? { cacheKey: kunci } : {};
}

/** `getStaticPaths` of a page per report (`/instansi/<id>/<tahun>/…`): params, the report as `l`, its agency's cache key. */
export const jalurLaporan = () =>
  dataSitus().laporan.map((l) => ({
    params: { instansi: l.instansi.data.id, tahun: String(l.terhitung.laporan.tahun) },
    props: { l },
    ...kunciCacheInstansi(l.instansi.data.id),
  }));

/** `getStaticPaths` of a page per agency (`/instansi/<id>/…`): params, the agency as `i`, its cache key. */
export const jalurInstansi = () =>
  dataSitus().korpus.instansi.map((i) => ({
    params: { instansi: i.data.id },
    props: { i },
    ...kunciCacheInstansi(i.data.id),
  }));

/** A site-relative URL under the configured base path. */
export const url = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;

/** Static paths of a per-report file (/data/laporan/<instansi>-<tahun>.<ext>): one per report, cached per agency. */
export const jalurPerLaporan = () =>
  dataSitus().laporan.map((l) => ({
    params: { id: namaUnduhan(l) },
    props: { l },
    ...kunciCacheInstansi(l.instansi.data.id),
  }));

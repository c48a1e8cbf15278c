/**
 * Portal mode (KINERJA_PORTAL=<folder of a build:wilayah run>): the national pages read each
 * top-level region's published index from <folder>/wilayah/<id>/data/index.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ringkasPortal, type IndeksWilayah } from '../core/tampilan/portal.ts';
import { folderPortal } from '../core/lingkungan.ts';
import { dataSitus } from './situs.ts';

let cache: ReturnType<typeof ringkasPortal> | undefined;

/** Read once per build: the home, search and 404 pages all list the regions. */
export function dataPortal() {
  if (cache) return cache;
  const folder = folderPortal();
  if (!folder)
    throw new Error('KINERJA_PORTAL tidak diatur (not set): halaman portal hanya dibangun oleh npm run build:wilayah.');
  const wilayah = dataSitus()
    .korpus.wilayah.map((w) => w.data)
    .filter((w) => !w.induk)
    .map((dataWilayah) => {
      const berkas = join(folder, 'wilayah', dataWilayah.id, 'data', 'index.json');
      if (!existsSync(berkas))
        throw new Error(`${berkas}: situs wilayah ${dataWilayah.id} belum dibangun (region site not built yet).`);
      return {
        id: dataWilayah.id,
        nama: dataWilayah.nama,
        indeks: JSON.parse(readFileSync(berkas, 'utf8')) as IndeksWilayah,
      };
    });
  return (cache = ringkasPortal(wilayah));
}

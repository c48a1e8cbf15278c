/**
 * Portal mode (KINERJA_PORTAL=<folder of a build:wilayah run>): the national pages read each
 * top-level region's published index from <folder>/wilayah/<id>/data/index.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ringkasPortal, type IndeksWilayah } from '../core/tampilan/portal.ts';
import { dataSitus } from './situs.ts';

export const folderPortal = (): string | undefined => process.env.KINERJA_PORTAL || undefined;

export function dataPortal() {
  const folder = folderPortal();
  if (!folder) throw new Error('KINERJA_PORTAL tidak diatur (not set): halaman portal hanya dibangun oleh npm run build:wilayah.');
  const wilayah = dataSitus()
    .korpus.wilayah.map((w) => w.data)
    .filter((w) => !w.induk)
    .map((w) => {
      const berkas = join(folder, 'wilayah', w.id, 'data', 'index.json');
      if (!existsSync(berkas)) throw new Error(`${berkas}: situs wilayah ${w.id} belum dibangun (region site not built yet).`);
      return { id: w.id, nama: w.nama, indeks: JSON.parse(readFileSync(berkas, 'utf8')) as IndeksWilayah };
    });
  return ringkasPortal(wilayah);
}

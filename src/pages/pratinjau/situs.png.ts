import { dataSitus } from '../../lib/situs.ts';
import { angkaUtama } from '../../core/tampilan/ringkasan.ts';
import { gambarPratinjau, jawabanPng, kartuSitus } from '../../lib/bagikan.ts';

/** The site's preview image, for the pages that have none of their own. */
export async function GET() {
  const korpus = dataSitus();
  const { situs } = korpus.korpus;
  return jawabanPng(
    (await gambarPratinjau(kartuSitus(angkaUtama(korpus), situs.nama, situs.tagline || situs.deskripsi))).png,
  );
}

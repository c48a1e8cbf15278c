import { dataSitus } from '../../lib/situs.ts';
import { angkaUtama } from '../../core/tampilan/ringkasan.ts';
import { gambarPratinjau, jawabanPng, kartuSitus } from '../../lib/bagikan.ts';

/** The site's preview image, for the pages that have none of their own. */
export async function GET() {
  const k = dataSitus();
  const { situs } = k.korpus;
  return jawabanPng(
    (await gambarPratinjau(kartuSitus(angkaUtama(k), situs.nama, situs.tagline || situs.deskripsi))).png,
  );
}

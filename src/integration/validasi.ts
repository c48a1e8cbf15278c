/**
 * Validates all content before Astro builds anything: on any error the build
 * stops with the problems listed (file, line, field, expected, found) and no
 * page is written. In dev, problems are shown and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { bacaKonten } from '../core/muat/baca-folder.ts';
import { validasiBerkas } from '../core/publikasi/validasi.ts';
import { folderPortal, folderProyek } from '../core/lingkungan.ts';
import { adaGalat } from '../core/muat/korpus.ts';
import { kunciCache } from '../core/muat/kunci-cache.ts';
import { laporanMasalahBuild } from '../core/muat/masalah.ts';
import { kunciDenganRiwayat } from '../core/muat/riwayat.ts';
import { bagikanMuatan } from './serah-terima.ts';
import { bacaRiwayatGit } from './riwayat-git.ts';

/**
 * The build's stop on invalid content. Content problems are not bugs, so no stack trace; and the text
 * Astro reads for its own hints is the headline only: Astro swaps the hint of any error whose text holds
 * "document" or "window" (astro/dist/core/errors/dev/utils.js, generateHint) for advice about browser
 * APIs, and the problem list quotes content ("official document…").
 */
class GalatKonten extends AstroError {
  constructor(teks: string) {
    super(
      `${JUDUL}:\n\n${teks}`,
      'Perbaiki setiap GALAT di atas, lalu jalankan `npm run validate` untuk memeriksa ulang tanpa membangun ' +
        '(fix every GALAT above, then run `npm run validate` to check again without building).',
    );
    this.stack = '';
  }
  override toString() {
    return JUDUL;
  }
}
const JUDUL = 'Konten tidak valid, build dihentikan (invalid content, build stopped)';

export default function validasiKonten(): AstroIntegration {
  return {
    name: 'kinerja-terbuka:validasi',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const t0 = performance.now();
        const proyek = folderProyek();
        // The same checks as `npm run validate`, so a build never accepts what the validator refuses.
        // a national portal shows regions, not agencies: their content is built and checked by the region builds
        // the folder is listed once: the files, and the subset ids it does not have
        const { files, masalah: takDikenal } = bacaKonten(
          proyek,
          'content',
          undefined,
          folderPortal() ? (p) => !p.startsWith('content/instansi/') : undefined,
        );
        // a build's log shows only the first warnings, so it does not look up their source lines
        const hasil = validasiBerkas(files, 'content', { barisPeringatan: command !== 'build' });
        const masalah = [...takDikenal, ...hasil.masalah];
        logger.info(`konten dimuat dan divalidasi dalam ${Math.round(performance.now() - t0)} ms`);
        // A build reads the content once: pages reuse what was validated here (see src/lib/situs.ts),
        // and the narrative loader its chapters (src/lib/narasi-loader.ts).
        if (command === 'build') {
          const riwayat = bacaRiwayatGit(proyek);
          bagikanMuatan(proyek, { ...hasil, riwayat, kunci: kunciDenganRiwayat(kunciCache(files), riwayat) });
        }
        if (!masalah.length) return;
        const teks = laporanMasalahBuild(masalah);
        if (adaGalat(masalah) && command === 'build') throw new GalatKonten(teks);
        logger.warn(teks);
      },
    },
  };
}

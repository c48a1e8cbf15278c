import { dataSitus } from '../../lib/situs.ts';
import { deskriptorPaket } from '../../core/data-terbuka/paket.ts';

/** The Frictionless Data Package describing every CSV under /data/ (relative paths). */
export const GET = () => {
  const korpus = dataSitus();
  const situs = korpus.korpus.situs;
  return Response.json(
    deskriptorPaket(korpus, {
      nama:
        situs.nama
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'data',
      judul: situs.nama,
      lisensi: situs.lisensi_data,
      homepage: new URL(`${situs.base.replace(/\/?$/, '/')}data/`, situs.url).href,
    }),
  );
};

import { dataSitus } from '../../lib/situs.ts';
import { deskriptorPaket } from '../../core/data-terbuka/paket.ts';

/** The Frictionless Data Package describing every CSV under /data/ (relative paths). */
export const GET = () => {
  const k = dataSitus();
  const s = k.korpus.situs;
  return Response.json(
    deskriptorPaket(k, {
      nama:
        s.nama
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'data',
      judul: s.nama,
      lisensi: s.lisensi_data,
      homepage: new URL(`${s.base.replace(/\/?$/, '/')}data/`, s.url).href,
    }),
  );
};

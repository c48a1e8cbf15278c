/**
 * Values per month, quarter or semester, on measurements and budget lines, with the rule
 * that consolidates them into the year's value. A document that prints monthly values without
 * saying which month each is keeps them in order, without `ke`.
 */
import { z } from 'zod';
import { JUMLAH_PERIODE, ATURAN_KONSOLIDASI, type JenisPeriode as JenisPeriodeRumus } from '../rumus/periode.ts';
import { Lokasi } from './common.ts';

export const JenisPeriode = z
  .enum(Object.keys(JUMLAH_PERIODE) as [JenisPeriodeRumus, ...JenisPeriodeRumus[]])
  .describe('bulan (12 per tahun), triwulan (4) atau semester (2)');

export const Konsolidasi = z
  .enum(Object.keys(ATURAN_KONSOLIDASI) as [keyof typeof ATURAN_KONSOLIDASI, ...(keyof typeof ATURAN_KONSOLIDASI)[]])
  .describe(
    'Aturan nilai tahunan dari nilai periode: jumlah, terakhir, rata_rata atau maks; tidak diisi bila dokumen tidak menyatakannya',
  );

/** The ordinal of a period in the year (month 1–12, quarter 1–4, semester 1–2), when the document says it. */
export const KePeriode = z
  .number()
  .int()
  .positive()
  .describe(
    'Urutan periode dalam tahun (bulan 1–12, triwulan 1–4, semester 1–2); tidak diisi bila dokumen tidak menyebutnya',
  );

/** Periods of one kind: the values in order, with the rule (when declared) that makes the year's value. */
export function rincianPeriode<T extends z.ZodObject>(nilai: T) {
  return z
    .object({
      jenis: JenisPeriode,
      konsolidasi: Konsolidasi.optional(),
      nilai: z.array(nilai).min(1).describe('Nilai per periode, urut seperti tercetak'),
      lokasi: Lokasi.optional(),
      catatan: z.string().optional().describe('Catatan transkripsi'),
    })
    .strict()
    .superRefine((periode, ctx) => {
      const jumlah = JUMLAH_PERIODE[periode.jenis];
      const ke = periode.nilai.map((v) => (v as { ke?: number }).ke);
      if (periode.nilai.length > jumlah)
        ctx.addIssue({
          code: 'custom',
          path: ['nilai'],
          message: `${periode.nilai.length} nilai ${periode.jenis}, padahal setahun hanya ${jumlah} (${periode.nilai.length} ${periode.jenis} values, but a year has only ${jumlah})`,
          params: {
            diharapkan: `paling banyak ${jumlah} (at most ${jumlah})`,
            ditemukan: String(periode.nilai.length),
          },
        });
      ke.forEach((nomorKe, indeks) => {
        if (nomorKe !== undefined && nomorKe > jumlah)
          ctx.addIssue({
            code: 'custom',
            path: ['nilai', indeks, 'ke'],
            message: `periode di luar tahun laporan: ${periode.jenis} ke-${nomorKe} (a period outside the report's year: ${periode.jenis} ${nomorKe})`,
            params: { diharapkan: `1–${jumlah}`, ditemukan: String(nomorKe) },
          });
        if (nomorKe !== undefined && ke.indexOf(nomorKe) !== indeks)
          ctx.addIssue({
            code: 'custom',
            path: ['nilai', indeks, 'ke'],
            message: `${periode.jenis} ke-${nomorKe} tercatat dua kali (${periode.jenis} ${nomorKe} is given twice)`,
            params: { ditemukan: String(nomorKe) },
          });
      });
      const ada = ke.filter((k) => k !== undefined).length;
      if (ada > 0 && ada < ke.length)
        ctx.addIssue({
          code: 'custom',
          path: ['nilai'],
          message:
            '"ke" diisi pada sebagian nilai saja: isi pada semua nilai, atau tidak sama sekali bila ' +
            'dokumen tidak menyebut periodenya ("ke" is given on some values only: give it on all, or ' +
            'on none when the document does not say which period each is)',
          params: { ditemukan: `${ada} dari ${ke.length} (${ada} of ${ke.length})` },
        });
    });
}

import { z } from 'zod';
import { Id, Lokasi, Polaritas, Sumber, TabelUmum, Tahun, Target, TargetTahunan, Nilai } from './common.ts';

export const IndikatorRenstra = z
  .object({
    indikator: Id,
    /** the wording this Renstra version uses */
    nama_tercetak: z.string().optional(),
    satuan: z.string().optional(),
    polaritas: Polaritas.optional(),
    formula: z.string().optional(),
    baseline: z.object({ tahun: Tahun, nilai: Nilai, lokasi: Lokasi.optional() }).strict().optional(),
    target: z.array(TargetTahunan).default([]),
    /** the end-of-period target, when printed apart from the yearly targets */
    target_akhir: Target.optional(),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type IndikatorRenstra = z.infer<typeof IndikatorRenstra>;

export const SasaranRenstra = z
  .object({ id: Id, nama: z.string().min(1), indikator: z.array(IndikatorRenstra).default([]) })
  .strict();

export const TujuanRenstra = z
  .object({
    id: Id,
    nama: z.string().min(1),
    indikator: z.array(IndikatorRenstra).default([]),
    sasaran: z.array(SasaranRenstra).default([]),
  })
  .strict();

/** One indicator set of the Renstra: the original, or one after a mid-period review. */
export const VersiRenstra = z
  .object({
    id: Id,
    nama: z.string().min(1),
    tanggal: z.iso.date().optional(),
    /** the first year this version applies to */
    berlaku_mulai: Tahun,
    alasan: z.string().optional(),
    sumber: Sumber.optional(),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional(),
    tujuan: z.array(TujuanRenstra).min(1),
  })
  .strict();
export type VersiRenstra = z.infer<typeof VersiRenstra>;

export const Renstra = z
  .object({
    instansi: Id,
    periode: z.object({ mulai: Tahun, selesai: Tahun }).strict(),
    visi: z.string().optional(),
    misi: z.array(z.string()).default([]),
    sumber: z.array(Sumber).min(1),
    versi: z.array(VersiRenstra).min(1),
    tabel_lain: z.array(TabelUmum).default([]),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.periode.selesai < r.periode.mulai)
      ctx.addIssue({
        code: 'custom',
        path: ['periode', 'selesai'],
        message: 'tahun selesai sebelum tahun mulai (end year before start year)',
      });
  });
export type Renstra = z.infer<typeof Renstra>;

export const periodeId = (r: { periode: { mulai: number; selesai: number } }) =>
  `${r.periode.mulai}-${r.periode.selesai}`;

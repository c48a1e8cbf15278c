import { z } from 'zod';
import {
  Id,
  Lokasi,
  MetodeCapaian,
  Polaritas,
  Sumber,
  TabelUmum,
  Tahun,
  Target,
  TargetTahunan,
  Nilai,
} from './common.ts';

export const IndikatorRenstra = z
  .object({
    indikator: Id.describe('Id indikator di katalog indikator instansi'),
    nama_tercetak: z.string().optional().describe('Nama indikator di versi Renstra ini'),
    satuan: z.string().optional().describe('Satuan seperti tercetak'),
    polaritas: Polaritas.optional(),
    metode_capaian: MetodeCapaian.optional().describe('Metode capaian yang dinyatakan Renstra'),
    formula: z.string().optional().describe('Formula seperti tercetak'),
    baseline: z
      .object({ tahun: Tahun, nilai: Nilai, lokasi: Lokasi.optional() })
      .strict()
      .optional()
      .describe('Nilai awal (baseline)'),
    target: z.array(TargetTahunan).default([]).describe('Target per tahun'),
    target_akhir: Target.optional().describe('Target akhir periode, bila dicetak terpisah dari target tahunan'),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional().describe('Catatan transkripsi'),
  })
  .strict()
  .describe('Indikator Renstra');
export type IndikatorRenstra = z.infer<typeof IndikatorRenstra>;

export const SasaranRenstra = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama sasaran strategis'),
    indikator: z.array(IndikatorRenstra).default([]).describe('Indikator sasaran'),
  })
  .strict()
  .describe('Sasaran strategis');

export const TujuanRenstra = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama tujuan'),
    indikator: z.array(IndikatorRenstra).default([]).describe('Indikator tujuan'),
    sasaran: z.array(SasaranRenstra).default([]).describe('Sasaran tujuan ini'),
  })
  .strict()
  .describe('Tujuan');

/** One indicator set of the Renstra: the original, or one after a mid-period review. */
export const VersiRenstra = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama versi, mis. "Renstra awal" atau "Reviu Renstra"'),
    tanggal: z.iso.date().optional().describe('Tanggal (YYYY-MM-DD)'),
    berlaku_mulai: Tahun.describe('Tahun pertama versi ini berlaku'),
    alasan: z.string().optional().describe('Alasan reviu'),
    sumber: Sumber.optional(),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional().describe('Catatan transkripsi'),
    tujuan: z.array(TujuanRenstra).min(1).describe('Tujuan dan sasaran'),
  })
  .strict()
  .describe('Satu versi Renstra');
export type VersiRenstra = z.infer<typeof VersiRenstra>;

export const Renstra = z
  .object({
    instansi: Id.describe('Id instansi'),
    periode: z.object({ mulai: Tahun, selesai: Tahun }).strict().describe('Periode Renstra'),
    visi: z.string().optional().describe('Visi seperti tercetak'),
    misi: z.array(z.string()).default([]).describe('Misi seperti tercetak'),
    sumber: z.array(Sumber).min(1).describe('Dokumen sumber'),
    versi: z.array(VersiRenstra).min(1).describe('Versi Renstra (awal dan reviu)'),
    tabel_lain: z.array(TabelUmum).default([]).describe('Tabel lain'),
  })
  .strict()
  .superRefine((renstra, ctx) => {
    if (renstra.periode.selesai < renstra.periode.mulai)
      ctx.addIssue({
        code: 'custom',
        path: ['periode', 'selesai'],
        message: 'tahun selesai sebelum tahun mulai (end year before start year)',
      });
  })
  .describe('Rencana Strategis (Renstra) instansi');
export type Renstra = z.infer<typeof Renstra>;

export const periodeId = (r: { periode: { mulai: number; selesai: number } }) =>
  `${r.periode.mulai}-${r.periode.selesai}`;

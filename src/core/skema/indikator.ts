import { z } from 'zod';
import { Id, Periode, Polaritas, Sumber } from './common.ts';

/**
 * An agency's indicator catalogue (its IKU and any other indicator it reports).
 * The `id` is stable across wording changes, years and agencies: the same
 * indicator reported by two agencies carries the same id
 * (e.g. `indeks-profesionalitas-asn`).
 */
export const DefinisiIndikator = z
  .object({
    id: Id,
    nama: z.string().min(1),
    /** other wordings of the same indicator in tables, years or agencies */
    varian_nama: z.array(z.string()).default([]),
    satuan: z.string().min(1),
    polaritas: Polaritas,
    formula: z.string().optional(),
    sumber_data: z.string().optional(),
    penanggung_jawab: z.string().optional(),
    /** Renstra periods in which this indicator is an IKU, e.g. ["2016-2021"] */
    iku: z.array(Periode).default([]),
    /** national/global reference (e.g. the BKN definition) */
    keterangan: z.string().optional(),
  })
  .strict();
export type DefinisiIndikator = z.infer<typeof DefinisiIndikator>;

export const KatalogIndikator = z
  .object({
    instansi: Id,
    sumber: z.array(Sumber).default([]),
    indikator: z.array(DefinisiIndikator).min(1),
  })
  .strict();
export type KatalogIndikator = z.infer<typeof KatalogIndikator>;

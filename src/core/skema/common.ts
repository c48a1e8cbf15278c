/**
 * Building blocks shared by every content schema.
 * Pure zod, no Astro: the same schemas validate content in Astro collections,
 * in `npm run validate` and in the JSON Schemas for editors.
 */
import { z } from 'zod';

/** Ids are lowercase kebab-case so they can be used in URLs as they are. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'id hanya boleh berisi huruf kecil, angka dan tanda hubung, mis. "bkd-kota-blitar" (an id may hold only lowercase letters, digits and hyphens, e.g. "bkd-kota-blitar")',
  );

/** A Renstra period, "2016-2021". */
export const Periode = z
  .string()
  .regex(
    /^\d{4}-\d{4}$/,
    'periode ditulis "tahun-tahun", mis. "2016-2021" (a period is written "year-year", e.g. "2016-2021")',
  );

export const Tahun = z.number().int().min(1990).max(2100);

/** Rupiah are whole numbers: the reports print ",00" sen at most. */
export const Rupiah = z.number().int().min(0);

/** Ordinal grades used for SAKIP categories and qualitative targets, best first. */
export const GRADES = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

/** "N/A" as printed: an explicit value, never a magic number. */
export const NA = z.literal('N/A');

/**
 * A derived value exactly as the document printed it, as a dot-decimal string
 * ("100.80", "2.55", "-3"), so that its printed precision survives JSON
 * (100.80 as a JSON number would become 100.8). "N/A" when the document says so.
 */
export const Tercetak = z.union([
  z
    .string()
    .regex(
      /^-?\d+(\.\d+)?$/,
      'angka tercetak ditulis sebagai teks dengan titik desimal dan desimal seperti tercetak, mis. "100.80" untuk 100,80 (a printed number is a string with a dot decimal and its printed decimals, e.g. "100.80" for 100,80)',
    ),
  NA,
]);
export type Tercetak = z.infer<typeof Tercetak>;

/** Where a figure stands in its source document, so a reader can trace it back. */
export const Lokasi = z
  .object({
    /** the source file, when it is not the document's own (e.g. a figure taken from another seed) */
    berkas: z.string().optional(),
    bagian: z.string().optional().describe('Bab/bagian, mis. "BAB III"'),
    tabel: z.string().optional().describe('Nomor/judul tabel, mis. "Tabel 3.1"'),
    halaman: z.number().int().positive().optional(),
    baris: z
      .union([z.number().int().positive(), z.tuple([z.number().int().positive(), z.number().int().positive()])])
      .optional()
      .describe('Baris pada berkas teks sumber (satu baris atau [awal, akhir])'),
  })
  .strict();
export type Lokasi = z.infer<typeof Lokasi>;

/** The document a file was transcribed from. */
export const Sumber = z
  .object({
    judul: z.string().min(1),
    nomor: z.string().optional(),
    tanggal: z.iso.date().optional().describe('Tanggal dokumen (YYYY-MM-DD)'),
    penandatangan: z.string().optional().describe('Jabatan penandatangan (bukan NIP)'),
    berkas: z.string().min(1).describe('Berkas sumber yang ditranskripsi'),
    catatan: z.string().optional(),
  })
  .strict();
export type Sumber = z.infer<typeof Sumber>;

export const Polaritas = z
  .enum(['naik', 'turun', 'rentang', 'kualitatif'])
  .describe(
    'naik = makin tinggi makin baik; turun = makin rendah makin baik; rentang = target berupa rentang; kualitatif = target berupa predikat',
  );
export type Polaritas = z.infer<typeof Polaritas>;

/** A measured value: a number, a grade, or N/A. */
export const Nilai = z.union([z.number(), Grade, NA]);
export type Nilai = z.infer<typeof Nilai>;

export const Rentang = z.object({ min: z.number(), max: z.number() }).strict();
export type Rentang = z.infer<typeof Rentang>;

/** A target: a number, a range, a grade, or N/A. */
export const Target = z.union([z.number(), Rentang, Grade, NA]);
export type Target = z.infer<typeof Target>;

export const TargetTahunan = z.object({ tahun: Tahun, target: Target, lokasi: Lokasi.optional() }).strict();

/** A free table for figures the model does not type (history tables, service lists). */
export const TabelUmum = z
  .object({
    judul: z.string().min(1),
    lokasi: Lokasi,
    kolom: z.array(z.string()).min(1),
    baris: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
    catatan: z.string().optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.baris.forEach((row, i) => {
      if (row.length !== t.kolom.length)
        ctx.addIssue({
          code: 'custom',
          path: ['baris', i],
          message: `baris berisi ${row.length} sel, kolom ada ${t.kolom.length} (row has ${row.length} cells, expected ${t.kolom.length})`,
        });
    });
  });
export type TabelUmum = z.infer<typeof TabelUmum>;

/** A category scale: bands from the top down; a score belongs to the first band whose lower bound it passes. */
export const Skala = z
  .object({
    id: Id,
    nama: z.string(),
    pita: z
      .array(
        z
          .object({
            kode: z.string(),
            label: z.string(),
            /** lower bound of the band */
            min: z.number(),
            /** whether the lower bound itself belongs to the band ("> 90" is exclusive, "≥ 91" inclusive) */
            minInklusif: z.boolean(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Skala = z.infer<typeof Skala>;

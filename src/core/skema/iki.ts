import { z } from 'zod';
import { Id, Lokasi, Sumber, Tahun } from './common.ts';

/**
 * The levels of a cascading table (pohon kinerja): the PK column groups from the head's sasaran down to
 * staff. `non_eselon` is staff below the eselon IV (kegiatan) holder, not a budget sub-kegiatan.
 */
export const TINGKAT_IKI = ['sasaran_strategis', 'program', 'kegiatan', 'sub_kegiatan', 'non_eselon'] as const;
export const TingkatIki = z
  .enum(TINGKAT_IKI)
  .describe(
    'Tingkat dalam tabel cascading: sasaran_strategis (PK eselon II), program (eselon III), kegiatan (eselon IV), sub_kegiatan, non_eselon (staf)',
  );
export type TingkatIki = z.infer<typeof TingkatIki>;

/**
 * Individual performance indicators (IKI) of one agency-year: either one entry per position (IKI documents
 * signed per jabatan), or one entry per row of a cascading table, where `atasan` is the row it cascades
 * from and `tingkat`/`nomor` place it in the table.
 */
export const Jabatan = z
  .object({
    id: Id,
    jabatan: z
      .string()
      .min(1)
      .optional()
      .describe('Nama jabatan (penanggung jawab) seperti tercetak; kosong bila tidak tercetak'),
    tingkat: TingkatIki.optional(),
    nomor: z.string().min(1).optional().describe('Nomor baris seperti tercetak, mis. "2.11.1"'),
    nomor_disimpulkan: z
      .string()
      .min(1)
      .optional()
      .describe('Nomor yang dimaksud bila nomor tercetak salah urut atau tidak lengkap (mis. "6" untuk 4.6)'),
    program_kegiatan: z
      .string()
      .min(1)
      .optional()
      .describe('Nama program atau kegiatan baris ini seperti tercetak (tabel cascading)'),
    diwarisi: z
      .array(z.enum(['nomor', 'program_kegiatan', 'sasaran']))
      .optional()
      .describe('Medan yang tercetak sekali untuk beberapa baris (sel gabungan) dan diambil dari baris di atasnya'),
    unit: z.string().optional().describe('Unit kerja seperti tercetak'),
    /** id of the superior position (the "pihak kedua" who signs), or the row a cascading row comes from */
    atasan: Id.optional().describe('Id jabatan atasan (pihak kedua), atau baris induk dalam tabel cascading'),
    /** the official's name where printed; never a NIP */
    pejabat: z.string().optional().describe('Nama pejabat bila tercetak; tidak pernah NIP'),
    sasaran: z
      .array(
        z
          .object({
            nama: z.string().min(1).optional().describe('Nama sasaran; kosong bila tidak tercetak'),
            indikator: z
              .array(
                z
                  .object({
                    nama: z.string().min(1).describe('Nama indikator'),
                    formula: z.string().optional().describe('Formula seperti tercetak'),
                    sumber_data: z.string().optional().describe('Sumber data'),
                    target: z.union([z.number(), z.string()]).optional().describe('Target seperti tercetak'),
                    target_tercetak: z
                      .string()
                      .min(1)
                      .optional()
                      .describe(
                        'Target persis seperti tercetak bila angkanya memakai pemisah ribuan yang bisa terbaca lain (mis. "1,250")',
                      ),
                    satuan: z.string().optional().describe('Satuan'),
                  })
                  .strict(),
              )
              .default([])
              .describe('Indikator sasaran ini; kosong bila tidak tercetak'),
          })
          .strict(),
      )
      .default([])
      .describe('Sasaran jabatan ini'),
    /** how sure the transcriber is of this row, given the OCR: the page marks rendah */
    keyakinan: z
      .enum(['tinggi', 'sedang', 'rendah'])
      .default('tinggi')
      .describe(
        'tinggi = sel utuh dan berurutan; sedang = sel tergeser dan dipasangkan menurut urutan dan makna; rendah = pemasangan tidak pasti atau OCR terlalu kabur',
      ),
    catatan: z.string().optional().describe('Catatan transkripsi'),
    lokasi: Lokasi,
  })
  .strict()
  .superRefine((baris, ctx) => {
    // A per-position IKI document always names its position; only a cascading row may leave it unprinted.
    if (baris.jabatan === undefined && baris.tingkat === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['jabatan'],
        message:
          'jabatan wajib bila baris bukan baris tabel cascading (tanpa tingkat) (jabatan is required unless the row has a tingkat)',
      });
  })
  .describe('Satu jabatan, atau satu baris tabel cascading, dan indikator kinerjanya');
export type Jabatan = z.infer<typeof Jabatan>;

export const Iki = z
  .object({
    instansi: Id.describe('Id instansi'),
    tahun: Tahun,
    sumber: Sumber,
    jabatan: z.array(Jabatan).min(1).describe('Jabatan'),
  })
  .strict()
  .describe('Indikator Kinerja Individu (IKI) satu tahun');
export type Iki = z.infer<typeof Iki>;

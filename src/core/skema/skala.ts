/**
 * Category scales: bands with bounds as printed, and the scopes a scale applies to.
 * A report declares its scales or cites a named one (situs.json, or the built-in KemenPAN).
 */
import { z } from 'zod';
import { Id, Lokasi } from './common.ts';
import { pitaTumpang } from '../rumus/kategori.ts';

export const CakupanSkala = z
  .enum(['indikator', 'rata_rata', 'serapan', 'nilai_sakip'])
  .describe(
    'Yang dinilai skala: indikator = capaian tiap indikator; rata_rata = rata-rata capaian ' +
      '(laporan/sasaran); serapan = serapan anggaran; nilai_sakip = nilai evaluasi SAKIP',
  );
export type CakupanSkala = z.infer<typeof CakupanSkala>;

const Batas = z
  .object({
    nilai: z.number().describe('Angka batas'),
    inklusif: z
      .boolean()
      .describe('true bila angka batas termasuk pita ini ("≤ 50", "≥ 91"); false bila tidak ("> 90")'),
  })
  .strict();

export const PitaSkala = z
  .object({
    kode: z.string().optional().describe('Kode pita bila tercetak, mis. "AA"'),
    label: z.string().min(1).describe('Label pita seperti tercetak, mis. "Sangat Baik"'),
    bawah: Batas.optional().describe('Batas bawah; tidak diisi bila pita tidak berbatas bawah ("≤ 50")'),
    atas: Batas.optional().describe('Batas atas; tidak diisi bila pita tidak berbatas atas ("> 100")'),
    khusus: z
      .enum(['tanpa_target'])
      .optional()
      .describe('Pita khusus tanpa batas angka: tanpa_target = baris tanpa target ("Tidak Ada Target")'),
  })
  .strict()
  .describe('Satu pita skala');
export type PitaSkala = z.infer<typeof PitaSkala>;

const namaPita = (p: PitaSkala) => `"${p.kode ? `${p.kode} ` : ''}${p.label}"`;

export const Skala = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama skala seperti tercetak atau uraiannya'),
    cakupan: z.array(CakupanSkala).min(1).describe('Apa saja yang dinilai dengan skala ini'),
    pita: z
      .array(PitaSkala)
      .min(1)
      .describe('Pita-pita skala; boleh ada celah di antaranya, tidak boleh tumpang tindih'),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional().describe('Catatan, mis. cara membaca batas yang tercetak'),
  })
  .strict()
  .superRefine((skala, ctx) => {
    skala.pita.forEach((pita, indeks) => {
      if (!pita.khusus && !pita.bawah && !pita.atas)
        ctx.addIssue({
          code: 'custom',
          path: ['pita', indeks],
          message: `pita ${namaPita(pita)} tanpa batas bawah, batas atas maupun "khusus" (band ${namaPita(pita)} has no lower bound, upper bound or "khusus")`,
          params: { diharapkan: 'bawah dan/atau atas, atau khusus (a bound, or khusus)' },
        });
      if (
        pita.bawah &&
        pita.atas &&
        (pita.bawah.nilai > pita.atas.nilai ||
          (pita.bawah.nilai === pita.atas.nilai && !(pita.bawah.inklusif && pita.atas.inklusif)))
      )
        ctx.addIssue({
          code: 'custom',
          path: ['pita', indeks],
          message:
            `pita ${namaPita(pita)} kosong: batas bawah ${pita.bawah.nilai} tidak di bawah batas atas ` +
            `${pita.atas.nilai} (band ${namaPita(pita)} is empty: its lower bound is not below its upper bound)`,
          params: { diharapkan: 'bawah < atas', ditemukan: `bawah ${pita.bawah.nilai}, atas ${pita.atas.nilai}` },
        });
      for (let indeksLain = 0; indeksLain < indeks; indeksLain++)
        if (pitaTumpang(skala.pita[indeksLain]!, pita))
          ctx.addIssue({
            code: 'custom',
            path: ['pita', indeks],
            message: `pita ${namaPita(skala.pita[indeksLain]!)} dan ${namaPita(pita)} tumpang tindih (bands ${namaPita(skala.pita[indeksLain]!)} and ${namaPita(pita)} overlap)`,
            params: {
              diharapkan: 'pita yang tidak berbagi angka mana pun (bands that share no number)',
              ditemukan: `pita[${indeksLain}] dan pita[${indeks}] (bands ${indeksLain} and ${indeks})`,
            },
          });
    });
  })
  .describe('Skala kategori: pita dengan batas bawah dan atas seperti tercetak');
export type Skala = z.infer<typeof Skala>;

/** A report citing a named scale (from situs.json or the built-in "kemenpan"). */
export const AcuanSkala = z
  .object({
    acuan: Id.describe('Id skala bernama: "kemenpan" atau id skala di situs.json'),
    cakupan: z
      .array(CakupanSkala)
      .min(1)
      .optional()
      .describe('Cakupan yang dipakai laporan; bila tidak diisi, cakupan skala itu sendiri'),
    lokasi: Lokasi.optional(),
  })
  .strict()
  .describe('Mengutip skala bernama');
export type AcuanSkala = z.infer<typeof AcuanSkala>;

export const SkalaLaporan = z
  .union([Skala, AcuanSkala])
  .describe('Skala yang dinyatakan laporan, atau kutipan skala bernama');
export type SkalaLaporan = z.infer<typeof SkalaLaporan>;

/**
 * The yearly performance report (LKjIP) of one agency.
 * Inputs (targets, realisasi, pagu) sit next to every derived value the
 * document printed (`*_tercetak`), kept exactly as printed: the engine
 * recomputes them and the audit compares (DOMAIN.md §4).
 */
import { z } from 'zod';
import {
  Grade,
  Id,
  Lokasi,
  Periode,
  Nilai,
  Rupiah,
  Skala,
  Sumber,
  TabelUmum,
  Tahun,
  Target,
  Tercetak,
} from './common.ts';

export const IndikatorPK = z
  .object({
    indikator: Id,
    nama_tercetak: z.string().optional(),
    satuan: z.string().optional(),
    target: Target,
  })
  .strict();

export const PerjanjianKinerja = z
  .object({
    versi: z.enum(['murni', 'perubahan']),
    tanggal: z.iso.date().optional(),
    lokasi: Lokasi,
    sasaran: z
      .array(
        z
          .object({
            /** the Renstra sasaran id */
            sasaran: Id.optional(),
            nama: z.string().min(1),
            indikator: z.array(IndikatorPK).min(1),
          })
          .strict(),
      )
      .min(1),
    program: z
      .array(z.object({ kode: z.string().optional(), nama: z.string().min(1), pagu: Rupiah }).strict())
      .default([]),
    jumlah_pagu_tercetak: Rupiah.optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type PerjanjianKinerja = z.infer<typeof PerjanjianKinerja>;

const Pembanding = {
  capaian_tercetak: Tercetak.optional(),
  lokasi: Lokasi.optional(),
};

export const Pengukuran = z
  .object({
    indikator: Id,
    sasaran: Id.optional(),
    nama_tercetak: z.string().optional(),
    satuan: z.string().min(1),
    target: Target,
    /** null: the document gives no realisasi */
    realisasi: Nilai.nullable(),
    capaian_tercetak: Tercetak.optional(),
    triwulan: z
      .array(
        z
          .object({
            triwulan: z.number().int().min(1).max(4),
            target: Target.optional(),
            realisasi: Nilai.nullable(),
            ...Pembanding,
          })
          .strict(),
      )
      .default([]),
    /** components that add up to the realisasi (e.g. the four IP ASN dimensions) */
    rincian: z
      .array(z.object({ nama: z.string(), nilai: z.number(), maks: z.number().optional() }).strict())
      .default([]),
    rincian_lokasi: Lokasi.optional(),
    tahun_sebelumnya: z
      .array(
        z
          .object({
            tahun: Tahun,
            target: Target.optional(),
            realisasi: Nilai.nullable(),
            /** printed change from that year to this one, in points */
            selisih_tercetak: Tercetak.optional(),
            ...Pembanding,
          })
          .strict(),
      )
      .default([]),
    akhir_renstra: z
      .object({ tahun: Tahun, target: Target, ...Pembanding })
      .strict()
      .optional(),
    nasional: z
      .object({ target: Target, sumber: z.string(), ...Pembanding })
      .strict()
      .optional(),
    /** the same figure printed again elsewhere in the document, possibly differently */
    tercetak_lain: z
      .array(
        z
          .object({
            besaran: z.enum(['capaian', 'realisasi', 'target']),
            nilai: z.union([Tercetak, z.number(), Grade]),
            lokasi: Lokasi,
          })
          .strict(),
      )
      .default([]),
    lokasi: Lokasi.optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type Pengukuran = z.infer<typeof Pengukuran>;

export const RataRata = z
  .object({
    cakupan: z.enum(['laporan', 'sasaran']),
    sasaran: Id.optional(),
    /** the indicators the document averaged, when it says (or evidently used) fewer than all */
    indikator: z.array(Id).optional(),
    tercetak: Tercetak,
    kategori_tercetak: z.string().optional(),
    lokasi: Lokasi,
  })
  .strict();
export type RataRata = z.infer<typeof RataRata>;

export const EvaluasiSakip = z
  .object({
    skala: Skala.optional(),
    penilaian: z
      .array(
        z
          .object({
            /** the year whose accountability was evaluated */
            tahun: Tahun,
            komponen: z
              .array(
                z.object({ komponen: z.string().min(1), bobot: z.number().min(0), nilai: z.number().min(0) }).strict(),
              )
              .default([]),
            nilai_tercetak: Tercetak,
            kategori_tercetak: Grade.optional(),
            sumber: z.string().optional(),
            lokasi: Lokasi,
            catatan: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    rekomendasi: z
      .array(
        z
          .object({
            komponen: z.string(),
            rekomendasi: z.array(z.string()).min(1),
            tindak_lanjut: z.array(z.string()).default([]),
          })
          .strict(),
      )
      .default([]),
    rekomendasi_lokasi: Lokasi.optional(),
  })
  .strict();
export type EvaluasiSakip = z.infer<typeof EvaluasiSakip>;

export const Keluaran = z
  .object({
    indikator: z.string().min(1),
    target: z.union([z.number(), z.string()]).optional(),
    realisasi: z.union([z.number(), z.string()]).optional(),
    satuan: z.string().optional(),
    capaian_tercetak: Tercetak.optional(),
  })
  .strict();
export type Keluaran = z.infer<typeof Keluaran>;

/** Fields shared by every budget line. On a line with children, pagu and realisasi are the printed subtotals. */
const baris = {
  kode: z.string().optional(),
  nama: z.string().min(1),
  pagu_murni: Rupiah.optional(),
  /** the final allocation (after APBD-P where there was one) */
  pagu: Rupiah.optional(),
  realisasi: Rupiah.optional(),
  serapan_tercetak: Tercetak.optional(),
  /** physical progress as printed, in % */
  fisik_tercetak: Tercetak.optional(),
  keluaran: z.array(Keluaran).default([]),
  lokasi: Lokasi.optional(),
  catatan: z.string().optional(),
};

export const SubKegiatan = z.object(baris).strict();
export const Kegiatan = z.object({ ...baris, sub_kegiatan: z.array(SubKegiatan).default([]) }).strict();
export const Program = z
  .object({
    ...baris,
    /** the Renstra sasaran this program supports */
    sasaran: Id.optional(),
    kegiatan: z.array(Kegiatan).default([]),
  })
  .strict();
export type Program = z.infer<typeof Program>;
export type Kegiatan = z.infer<typeof Kegiatan>;
export type SubKegiatan = z.infer<typeof SubKegiatan>;

export const TabelAnggaran = z
  .object({
    id: Id,
    judul: z.string().min(1),
    /** program_kegiatan: the main tree; per_sasaran: budget per PK sasaran; lra: realisation by spending type */
    jenis: z.enum(['program_kegiatan', 'per_sasaran', 'lra']),
    lokasi: Lokasi,
    program: z.array(Program).min(1),
    jumlah: z
      .object({ pagu: Rupiah.optional(), realisasi: Rupiah.optional(), serapan_tercetak: Tercetak.optional() })
      .strict()
      .optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type TabelAnggaran = z.infer<typeof TabelAnggaran>;

export const METODE_EFISIENSI = {
  selisih: 'capaian % − serapan %',
  rasio: 'capaian % ÷ serapan %',
  sisa_persen: '100 − serapan %',
  sisa_rupiah: 'pagu − realisasi (Rp)',
} as const;

export const Efisiensi = z
  .object({
    metode: z.enum(['selisih', 'rasio', 'sisa_persen', 'sisa_rupiah']),
    rumus_tercetak: z.string().optional(),
    indikator: Id.optional(),
    sasaran: Id.optional(),
    capaian_tercetak: Tercetak.optional(),
    serapan_tercetak: Tercetak.optional(),
    pagu: Rupiah.optional(),
    realisasi: Rupiah.optional(),
    /** the result as printed; for sisa_rupiah a whole-rupiah string */
    efisiensi_tercetak: Tercetak,
    lokasi: Lokasi,
  })
  .strict();
export type Efisiensi = z.infer<typeof Efisiensi>;

export const Laporan = z
  .object({
    instansi: Id,
    tahun: Tahun,
    /** the Renstra period this report belongs to, e.g. "2016-2021" */
    renstra: Periode,
    sumber: Sumber,
    /** the scale the report uses for average capaian; default KemenPAN AA…D */
    skala: Skala.optional(),
    perjanjian_kinerja: z.array(PerjanjianKinerja).default([]),
    pengukuran: z.object({ lokasi: Lokasi, indikator: z.array(Pengukuran).min(1) }).strict(),
    rata_rata: z.array(RataRata).default([]),
    evaluasi_sakip: EvaluasiSakip.optional(),
    anggaran: z.array(TabelAnggaran).default([]),
    efisiensi: z.array(Efisiensi).default([]),
    tabel_lain: z.array(TabelUmum).default([]),
    catatan: z.string().optional(),
    /** a draft: validated (its placeholders listed as still missing) but not published */
    draf: z.boolean().optional(),
  })
  .strict();
export type Laporan = z.infer<typeof Laporan>;

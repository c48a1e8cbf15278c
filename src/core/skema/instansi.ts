import { z } from 'zod';
import { Id, Lokasi, Rupiah, Sumber, Tahun } from './common.ts';

const Rincian = z.object({ kategori: z.string().min(1), jumlah: z.number().min(0) }).strict();

/** Staff counts of one year, by one breakdown (education, rank, sex, position…). */
export const TabelPegawai = z
  .object({
    tahun: Tahun,
    menurut: z.enum(['pendidikan', 'golongan', 'jenis_kelamin', 'jabatan', 'eselon', 'unit', 'status', 'usia']),
    rincian: z.array(Rincian).min(1),
    jumlah_tercetak: z.number().int().min(0).optional(),
    lokasi: Lokasi,
    catatan: z.string().optional(),
  })
  .strict();

export const TabelAset = z
  .object({
    tahun: Tahun,
    rincian: z
      .array(
        z
          .object({
            nama: z.string().min(1),
            jumlah: z.number().min(0),
            satuan: z.string().optional(),
            kondisi: z.string().optional(),
            nilai: Rupiah.optional(),
          })
          .strict(),
      )
      .min(1),
    lokasi: Lokasi,
    catatan: z.string().optional(),
  })
  .strict();

export const TabelBelanja = z
  .object({
    tahun: Tahun,
    rincian: z
      .array(z.object({ jenis: z.string().min(1), pagu: Rupiah, realisasi: Rupiah.optional() }).strict())
      .min(1),
    lokasi: Lokasi,
    catatan: z.string().optional(),
  })
  .strict();

/** An agency (perangkat daerah, ministry or unit) and its profile. */
export const Instansi = z
  .object({
    id: Id,
    nama: z.string().min(1),
    singkatan: z.string().min(1),
    singkatan_unik: z
      .string()
      .min(1)
      .describe(
        'Label pendek yang unik di seluruh situs, mis. "BKD Kota Blitar"; tanpa ini situs membuatnya dari singkatan dan wilayah (a short label unique across the site; without it the site makes one from the acronym and the region)',
      )
      .optional(),
    nama_lama: z
      .array(
        z
          .object({
            nama: z.string(),
            singkatan: z.string().optional(),
            dari: Tahun.optional(),
            sampai: Tahun.optional(),
          })
          .strict(),
      )
      .default([]),
    wilayah: Id,
    alamat: z.string().optional(),
    situs_web: z.url().optional(),
    dasar_hukum: z.array(z.string()).default([]),
    tugas: z.string().min(1),
    fungsi: z.array(z.string()).default([]),
    unit_organisasi: z.array(z.object({ id: Id, nama: z.string(), induk: Id.optional() }).strict()).default([]),
    /** GitHub accounts that may change this agency's folder (used for CODEOWNERS) */
    pemelihara: z
      .array(
        z
          .string()
          .regex(
            /^@?[A-Za-z0-9-]+(\/[A-Za-z0-9-]+)?$/,
            'nama akun GitHub, mis. "@nama-pengguna" (a GitHub account, e.g. "@username")',
          ),
      )
      .default([]),
    profil: z
      .object({
        pegawai: z.array(TabelPegawai).default([]),
        aset: z.array(TabelAset).default([]),
        belanja: z.array(TabelBelanja).default([]),
      })
      .strict()
      .default({ pegawai: [], aset: [], belanja: [] }),
    sumber: z.array(Sumber).default([]),
  })
  .strict();
export type Instansi = z.infer<typeof Instansi>;

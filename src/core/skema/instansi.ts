import { z } from 'zod';
import { Id, Lokasi, Rupiah, Sumber, Tahun } from './common.ts';

const Rincian = z
  .object({
    kategori: z.string().min(1).describe('Kategori seperti tercetak'),
    jumlah: z.number().min(0).describe('Jumlah'),
  })
  .strict();

/** Staff counts of one year, by one breakdown (education, rank, sex, position…). */
export const TabelPegawai = z
  .object({
    tahun: Tahun,
    menurut: z
      .enum(['pendidikan', 'golongan', 'jenis_kelamin', 'jabatan', 'eselon', 'unit', 'status', 'usia'])
      .describe('Rincian menurut apa'),
    rincian: z.array(Rincian).min(1).describe('Jumlah per kategori'),
    jumlah_tercetak: z.number().int().min(0).optional().describe('Jumlah seperti tercetak'),
    lokasi: Lokasi,
    catatan: z.string().optional().describe('Catatan transkripsi'),
  })
  .strict()
  .describe('Jumlah pegawai satu tahun menurut satu rincian');

export const TabelAset = z
  .object({
    tahun: Tahun,
    rincian: z
      .array(
        z
          .object({
            nama: z.string().min(1).describe('Nama aset'),
            jumlah: z.number().min(0).describe('Jumlah'),
            satuan: z.string().optional().describe('Satuan'),
            kondisi: z.string().optional().describe('Kondisi seperti tercetak'),
            nilai: Rupiah.optional().describe('Nilai (Rp)'),
          })
          .strict(),
      )
      .min(1)
      .describe('Aset'),
    lokasi: Lokasi,
    catatan: z.string().optional().describe('Catatan transkripsi'),
  })
  .strict()
  .describe('Aset satu tahun');

export const TabelBelanja = z
  .object({
    tahun: Tahun,
    rincian: z
      .array(
        z
          .object({
            jenis: z.string().min(1).describe('Jenis belanja'),
            pagu: Rupiah,
            realisasi: Rupiah.optional().describe('Realisasi (Rp)'),
          })
          .strict(),
      )
      .min(1)
      .describe('Belanja per jenis'),
    lokasi: Lokasi,
    catatan: z.string().optional().describe('Catatan transkripsi'),
  })
  .strict()
  .describe('Belanja satu tahun');

export const Eselon = z.enum(['I', 'II', 'III', 'IV', 'V']).describe('Eselon seperti tercetak');

/** An agency (perangkat daerah, a regional government, a ministry, or an eselon III/IV unit) and its profile. */
export const Instansi = z
  .object({
    id: Id.describe('Id instansi (nama foldernya)'),
    nama: z.string().min(1).describe('Nama instansi seperti tercetak'),
    singkatan: z.string().min(1).optional().describe('Singkatan seperti tercetak; bila tidak ada, situs memakai nama'),
    kode: z.string().optional().describe('Kode unit/organisasi seperti tercetak, mis. "1.24.2.1"'),
    eselon: Eselon.optional(),
    singkatan_unik: z
      .string()
      .min(1)
      .describe(
        'Label pendek yang unik di seluruh situs, mis. "BKD Kota Blitar"; tanpa ini situs ' +
          'membuatnya dari singkatan dan wilayah (a short label unique across the site; without it ' +
          'the site makes one from the acronym and the region)',
      )
      .optional(),
    nama_lama: z
      .array(
        z
          .object({
            nama: z.string().describe('Nama lama'),
            singkatan: z.string().optional().describe('Singkatan lama'),
            dari: Tahun.optional().describe('Tahun mulai'),
            sampai: Tahun.optional().describe('Tahun akhir'),
          })
          .strict(),
      )
      .default([])
      .describe('Nama-nama lama instansi'),
    wilayah: Id.describe('Id wilayah (content/wilayah/<id>.json)'),
    alamat: z.string().optional().describe('Alamat'),
    situs_web: z.url().optional().describe('Situs web resmi'),
    dasar_hukum: z.array(z.string()).default([]).describe('Dasar hukum pembentukan'),
    tugas: z.string().min(1).optional().describe('Tugas seperti tercetak; tidak diisi bila dokumen tidak mencetaknya'),
    fungsi: z.array(z.string()).default([]).describe('Fungsi seperti tercetak'),
    unit_organisasi: z
      .array(
        z
          .object({
            id: Id,
            nama: z.string().describe('Nama unit'),
            induk: Id.optional().describe('Id unit induk'),
            kode: z.string().optional().describe('Kode unit seperti tercetak'),
            eselon: Eselon.optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Unit organisasi (bidang, subbidang…) yang dapat memiliki pengukuran sendiri'),
    pemelihara: z
      .array(
        z
          .string()
          .regex(
            /^@?[A-Za-z0-9-]+(\/[A-Za-z0-9-]+)?$/,
            'nama akun GitHub, mis. "@nama-pengguna" (a GitHub account, e.g. "@username")',
          ),
      )
      .default([])
      .describe('Akun GitHub yang boleh mengubah folder instansi ini (untuk CODEOWNERS)'),
    profil: z
      .object({
        pegawai: z.array(TabelPegawai).default([]).describe('Tabel pegawai'),
        aset: z.array(TabelAset).default([]).describe('Tabel aset'),
        belanja: z.array(TabelBelanja).default([]).describe('Tabel belanja'),
      })
      .strict()
      .default({ pegawai: [], aset: [], belanja: [] })
      .describe('Profil instansi'),
    sumber: z.array(Sumber).default([]).describe('Dokumen sumber profil'),
  })
  .strict()
  // Pages show a short name everywhere: the printed abbreviation, else the name itself (never a made-up one).
  .transform((i) => ({ ...i, singkatan: i.singkatan ?? i.nama }))
  .describe('Instansi dan profilnya');
export type Instansi = z.infer<typeof Instansi>;

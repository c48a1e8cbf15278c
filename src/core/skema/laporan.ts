/**
 * The yearly performance report (LKjIP) of one agency or unit, content model v2.
 * Inputs (targets, realisasi, pagu) sit next to every derived value the
 * document printed (`*_tercetak`), kept exactly as printed: the engine
 * recomputes them and the audit compares (docs/domain.md §4). Whatever the document
 * does not print is left out (or `null` where a value is required): nothing is
 * invented, not a plan, not a scale, not a category.
 */
import { z } from 'zod';
import {
  AngkaMasukan,
  KlaimNarasi,
  BatasAtasCapaian,
  Id,
  Label,
  Lokasi,
  MetodeCapaian,
  Periode,
  Nilai,
  Rupiah,
  Sumber,
  TabelUmum,
  Tahun,
  Target,
  Tercetak,
} from './common.ts';
import { SkalaLaporan } from './skala.ts';
import { KePeriode, rincianPeriode } from './periode.ts';

/** The levels a sasaran (and its measurement) can sit at. */
export const TingkatSasaran = z
  .enum(['tujuan', 'sasaran_strategis', 'program', 'kegiatan', 'sub_kegiatan'])
  .describe(
    'Tingkat sasaran: tujuan, sasaran_strategis, program (sasaran program), kegiatan (sasaran kegiatan) atau sub_kegiatan (sasaran sub-kegiatan)',
  );
export type TingkatSasaran = z.infer<typeof TingkatSasaran>;

const Catatan = z.string().describe('Catatan transkripsi, mis. bacaan yang dipilih bila OCR meragukan');

export const IndikatorPK = z
  .object({
    indikator: Id.describe('Id indikator di katalog indikator instansi'),
    nama_tercetak: z.string().optional().describe('Nama indikator seperti tercetak di PK'),
    satuan: z.string().optional().describe('Satuan seperti tercetak'),
    target: Target,
  })
  .strict()
  .describe('Satu indikator Perjanjian Kinerja');

export const PerjanjianKinerja = z
  .object({
    versi: z.enum(['murni', 'perubahan']).describe('murni = PK awal; perubahan = Perubahan PK'),
    tanggal: z.iso.date().optional().describe('Tanggal PK (YYYY-MM-DD)'),
    lokasi: Lokasi,
    sasaran: z
      .array(
        z
          .object({
            sasaran: Id.optional().describe('Id sasaran (di Renstra atau di "sasaran" laporan ini)'),
            nama: z.string().min(1).describe('Nama sasaran seperti tercetak'),
            indikator: z.array(IndikatorPK).min(1).describe('Indikator sasaran ini'),
          })
          .strict(),
      )
      .min(1)
      .describe('Sasaran dan indikator PK'),
    program: z
      .array(
        z
          .object({
            kode: z.string().optional().describe('Kode program seperti tercetak'),
            nama: z.string().min(1).describe('Nama program'),
            pagu: Rupiah,
          })
          .strict(),
      )
      .default([])
      .describe('Program dan anggarannya di PK'),
    jumlah_pagu_tercetak: Rupiah.optional().describe('Jumlah anggaran program seperti tercetak'),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Perjanjian Kinerja (PK) tahun laporan, murni atau perubahan');
export type PerjanjianKinerja = z.infer<typeof PerjanjianKinerja>;

const Pembanding = {
  capaian_tercetak: Tercetak.optional().describe('Capaian seperti tercetak'),
  lokasi: Lokasi.optional(),
};

/** A value per period of a measurement. */
const NilaiPeriode = z
  .object({
    ke: KePeriode.optional(),
    target: Target.nullable().optional().describe('Target periode ini; null bila tidak ada di sumber'),
    realisasi: Nilai.nullable().describe('Realisasi periode ini; null bila tidak ada di sumber'),
    ...Pembanding,
    catatan: Catatan.optional(),
  })
  .strict();

export const RincianPeriodeUkur = rincianPeriode(NilaiPeriode).describe(
  'Nilai per bulan, triwulan atau semester, dengan aturan konsolidasi ke nilai tahunan',
);
export type RincianPeriodeUkur = z.infer<typeof RincianPeriodeUkur>;

export const Pengukuran = z
  .object({
    indikator: Id.describe('Id indikator di katalog indikator instansi'),
    sasaran: Id.optional().describe('Id sasaran (di Renstra atau di "sasaran" laporan ini)'),
    tingkat: TingkatSasaran.optional().describe('Tingkat pengukuran bila tidak ditentukan oleh sasarannya'),
    unit: Id.optional().describe('Id unit organisasi (instansi.json) yang memiliki pengukuran ini'),
    kelompok: z.string().optional().describe('Kelompok seperti tercetak, mis. perspektif Balanced Scorecard'),
    pejabat: z.string().optional().describe('Jabatan penanggung jawab seperti tercetak (bukan NIP)'),
    nama_tercetak: z.string().optional().describe('Nama indikator seperti tercetak di tabel ini'),
    satuan: z.string().min(1).optional().describe('Satuan seperti tercetak; bila tidak diisi, satuan di katalog'),
    metode_capaian: MetodeCapaian.optional().describe('Metode capaian yang dipakai dokumen untuk indikator ini'),
    batas_atas_capaian: BatasAtasCapaian.optional(),
    target: Target.nullable().describe('Target tahun ini; null bila tidak ada di sumber'),
    realisasi: Nilai.nullable().describe('Realisasi tahun ini; null bila tidak ada di sumber'),
    masukan_rinci: z
      .object({
        target: AngkaMasukan.describe('Target yang sama sebelum dibulatkan, mis. 162 (per 100.000)'),
        realisasi: AngkaMasukan.describe('Realisasi yang sama sebelum dibulatkan'),
        satuan: z.string().optional().describe('Satuan angka rinci ini'),
        lokasi: Lokasi.optional(),
        catatan: Catatan.optional(),
      })
      .strict()
      .optional()
      .describe('Target dan realisasi yang sama dengan presisi lebih halus, bila dokumen menyebutnya (mis. di teks)'),
    capaian_tercetak: Tercetak.optional().describe('Capaian seperti tercetak'),
    kategori_tercetak: z.string().min(1).optional().describe('Kategori capaian seperti tercetak, mis. "Baik"'),
    periode: RincianPeriodeUkur.optional(),
    rincian: z
      .array(
        z
          .object({
            nama: z.string().describe('Nama komponen'),
            nilai: z.number().describe('Nilai komponen'),
            maks: z.number().optional().describe('Nilai maksimum komponen'),
          })
          .strict(),
      )
      .default([])
      .describe('Komponen yang dijumlahkan menjadi realisasi (mis. empat dimensi IP ASN)'),
    rincian_lokasi: Lokasi.optional(),
    tahun_sebelumnya: z
      .array(
        z
          .object({
            tahun: Tahun,
            target: Target.nullable().optional().describe('Target tahun itu; tidak diisi bila tidak ada di sumber'),
            realisasi: Nilai.nullable().describe('Realisasi tahun itu; null bila tidak ada di sumber'),
            selisih_tercetak: Tercetak.optional().describe(
              'Perubahan tercetak dari tahun itu ke tahun ini, dalam poin',
            ),
            ...Pembanding,
            catatan: Catatan.optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Nilai tahun-tahun sebelumnya yang dicetak laporan'),
    akhir_renstra: z
      .object({
        tahun: Tahun,
        target: Target.describe('Target akhir periode seperti tercetak di laporan'),
        ...Pembanding,
      })
      .strict()
      .optional()
      .describe('Target akhir periode rencana yang dicetak laporan ini'),
    nasional: z
      .object({ target: Target, sumber: z.string().describe('Sumber target nasional seperti disebut'), ...Pembanding })
      .strict()
      .optional()
      .describe('Target nasional yang disebut laporan'),
    tercetak_lain: z
      .array(
        z
          .object({
            besaran: z.enum(['capaian', 'realisasi', 'target']).describe('Angka apa yang dicetak lagi'),
            nilai: z.union([Tercetak, z.number(), Label]).describe('Nilai seperti tercetak di tempat lain'),
            lokasi: Lokasi,
          })
          .strict(),
      )
      .default([])
      .describe('Angka yang sama dicetak lagi di tempat lain dokumen, mungkin berbeda'),
    lokasi: Lokasi.optional(),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Pengukuran satu indikator');
export type Pengukuran = z.infer<typeof Pengukuran>;

/** A sasaran the report itself declares (when no Renstra holds it, e.g. an eselon-IV unit's sasaran kegiatan). */
export const SasaranLaporan = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama sasaran seperti tercetak'),
    tingkat: TingkatSasaran,
    unit: Id.optional().describe('Id unit organisasi (instansi.json) pemilik sasaran ini'),
    kelompok: z.string().optional().describe('Kelompok seperti tercetak, mis. perspektif Balanced Scorecard'),
    induk: Id.optional().describe('Id sasaran induk'),
    lokasi: Lokasi.optional(),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Sasaran yang dinyatakan laporan sendiri');
export type SasaranLaporan = z.infer<typeof SasaranLaporan>;

export const RataRata = z
  .object({
    cakupan: z
      .enum(['laporan', 'sasaran', 'kelompok'])
      .describe('laporan = seluruh indikator; sasaran = indikator satu sasaran; kelompok = indikator satu kelompok'),
    sasaran: Id.optional().describe('Id sasaran, untuk cakupan sasaran'),
    kelompok: z.string().optional().describe('Nama kelompok, untuk cakupan kelompok'),
    tahun: Tahun.optional().describe('Tahun yang dirata-ratakan; bila tidak diisi, tahun laporan'),
    operasi: z.enum(['rata_rata', 'jumlah']).default('rata_rata').describe('rata_rata (bawaan) atau jumlah capaian'),
    indikator: z
      .array(Id)
      .optional()
      .describe('Indikator yang dirata-ratakan dokumen, bila dokumen menyebut (atau jelas memakai) kurang dari semua'),
    batas_atas_capaian: BatasAtasCapaian.optional().describe(
      'Batas atas (%) yang diterapkan pada tiap capaian sebelum dirata-ratakan, bila dokumen menyatakannya',
    ),
    tercetak: Tercetak,
    kategori_tercetak: z.string().min(1).optional().describe('Kategori seperti tercetak, mis. "Baik"'),
    lokasi: Lokasi,
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Rata-rata (atau jumlah) capaian yang dicetak dokumen, dengan aturannya');
export type RataRata = z.infer<typeof RataRata>;

export const EvaluasiSakip = z
  .object({
    penilaian: z
      .array(
        z
          .object({
            tahun: Tahun.describe('Tahun akuntabilitas yang dievaluasi'),
            komponen: z
              .array(
                z
                  .object({
                    komponen: z.string().min(1).describe('Nama komponen'),
                    bobot: z.number().min(0).describe('Bobot komponen'),
                    nilai: z.number().min(0).describe('Nilai komponen'),
                  })
                  .strict(),
              )
              .default([])
              .describe('Nilai per komponen'),
            nilai_tercetak: Tercetak.describe('Nilai SAKIP seperti tercetak'),
            kategori_tercetak: z.string().min(1).optional().describe('Kategori/predikat seperti tercetak, mis. "BB"'),
            sumber: z.string().optional().describe('Sumber nilai seperti disebut (mis. nomor LHE)'),
            lokasi: Lokasi,
            catatan: Catatan.optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Hasil evaluasi per tahun'),
    rekomendasi: z
      .array(
        z
          .object({
            komponen: z.string().describe('Komponen'),
            rekomendasi: z.array(z.string()).min(1).describe('Rekomendasi seperti tercetak'),
            tindak_lanjut: z.array(z.string()).default([]).describe('Tindak lanjut seperti tercetak'),
          })
          .strict(),
      )
      .default([])
      .describe('Rekomendasi evaluasi dan tindak lanjutnya'),
    rekomendasi_lokasi: Lokasi.optional(),
  })
  .strict()
  .describe('Hasil evaluasi SAKIP yang dicetak laporan; skalanya dinyatakan di "skala" laporan (cakupan nilai_sakip)');
export type EvaluasiSakip = z.infer<typeof EvaluasiSakip>;

export const Keluaran = z
  .object({
    indikator: z.string().min(1).describe('Indikator keluaran seperti tercetak'),
    target: z.union([z.number(), z.string()]).optional().describe('Target seperti tercetak'),
    realisasi: z.union([z.number(), z.string()]).optional().describe('Realisasi seperti tercetak'),
    satuan: z.string().optional().describe('Satuan'),
    capaian_tercetak: Tercetak.optional().describe('Capaian seperti tercetak'),
  })
  .strict()
  .describe('Indikator keluaran sebuah baris anggaran');
export type Keluaran = z.infer<typeof Keluaran>;

/** The levels of a budget line; a tree may start at any of them. */
export const TingkatAnggaran = z
  .enum(['urusan', 'bidang_urusan', 'program', 'kegiatan', 'sub_kegiatan', 'sasaran', 'jenis_belanja', 'lainnya'])
  .describe(
    'Tingkat baris anggaran: urusan, bidang_urusan, program, kegiatan, sub_kegiatan ' +
      '(nomenklatur Permendagri), sasaran (anggaran per sasaran), jenis_belanja (LRA) atau lainnya',
  );
export type TingkatAnggaran = z.infer<typeof TingkatAnggaran>;

const PeriodeAnggaran = rincianPeriode(
  z
    .object({
      ke: KePeriode.optional(),
      realisasi: Rupiah.nullable().describe('Realisasi periode ini (Rp); null bila tidak ada di sumber'),
      lokasi: Lokasi.optional(),
    })
    .strict(),
).describe('Realisasi per bulan, triwulan atau semester, dengan aturan konsolidasi (biasanya jumlah)');

/** One budget line and its children, at any level. On a line with children, pagu and realisasi are the printed subtotals. */
export const BarisAnggaran = z
  .object({
    tingkat: TingkatAnggaran,
    kode: z
      .string()
      .optional()
      .describe('Kode seperti tercetak; kode Permendagri 90/2019 (x.xx.xx.x.xx.xx) diperiksa bentuknya'),
    nama: z.string().min(1).describe('Nama seperti tercetak'),
    pagu_murni: Rupiah.optional().describe('Pagu APBD murni (sebelum perubahan)'),
    pagu: Rupiah.optional().describe('Pagu akhir (setelah APBD-P bila ada)'),
    realisasi: Rupiah.optional().describe('Realisasi (Rp)'),
    serapan_tercetak: Tercetak.optional().describe('Serapan (%) seperti tercetak'),
    fisik_tercetak: Tercetak.optional().describe('Realisasi fisik (%) seperti tercetak'),
    kategori_tercetak: z.string().min(1).optional().describe('Kategori serapan seperti tercetak'),
    keluaran: z.array(Keluaran).default([]).describe('Indikator keluaran'),
    indikator: z.array(Id).default([]).describe('Id indikator (yang diukur laporan ini) yang didukung baris ini'),
    sasaran: Id.optional().describe('Id sasaran yang didukung baris ini'),
    unit: Id.optional().describe('Id unit organisasi pelaksana (instansi.json)'),
    pejabat: z.string().optional().describe('Jabatan penanggung jawab seperti tercetak (bukan NIP)'),
    periode: PeriodeAnggaran.optional(),
    lokasi: Lokasi.optional(),
    catatan: Catatan.optional(),
    get anak() {
      return z.array(BarisAnggaran).default([]).describe('Baris rincian di bawah baris ini');
    },
  })
  .strict()
  .describe('Satu baris anggaran dan rinciannya');
export type BarisAnggaran = z.infer<typeof BarisAnggaran>;

export const TabelAnggaran = z
  .object({
    id: Id,
    judul: z.string().min(1).describe('Judul tabel seperti tercetak'),
    jenis: z
      .enum(['program_kegiatan', 'per_sasaran', 'lra'])
      .describe(
        'program_kegiatan = pohon anggaran utama; per_sasaran = anggaran per sasaran PK; lra = realisasi menurut jenis belanja',
      ),
    lokasi: Lokasi,
    baris: z.array(BarisAnggaran).min(1).describe('Baris teratas tabel; pohon boleh mulai dari tingkat mana pun'),
    jumlah: z
      .object({
        pagu: Rupiah.optional().describe('Jumlah pagu seperti tercetak'),
        realisasi: Rupiah.optional().describe('Jumlah realisasi seperti tercetak'),
        serapan_tercetak: Tercetak.optional().describe('Serapan total seperti tercetak'),
      })
      .strict()
      .optional()
      .describe('Baris jumlah tabel seperti tercetak'),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Satu tabel anggaran');
export type TabelAnggaran = z.infer<typeof TabelAnggaran>;

export const METODE_EFISIENSI = {
  selisih: 'capaian % − serapan %',
  rasio: 'capaian % ÷ serapan %',
  sisa_persen: '100 − serapan %',
  sisa_rupiah: 'pagu − realisasi (Rp)',
} as const;

/** Rows of a budget table (by its id) whose pagu and realisasi, summed, are the base of a printed serapan. */
const DasarAnggaran = z
  .object({
    tabel: Id.describe('Id tabel anggaran di laporan ini'),
    baris: z.array(z.number().int().min(0)).min(1).describe('Nomor baris teratas tabel itu (mulai 0) yang dijumlahkan'),
  })
  .strict()
  .describe('Baris tabel anggaran yang pagu dan realisasinya dijumlahkan');

export const Efisiensi = z
  .object({
    metode: z
      .enum(['selisih', 'rasio', 'sisa_persen', 'sisa_rupiah'])
      .describe('Metode efisiensi yang dipakai dokumen'),
    rumus_tercetak: z.string().optional().describe('Rumus seperti tercetak'),
    indikator: Id.optional().describe('Id indikator yang capaiannya dipakai'),
    sasaran: Id.optional().describe('Id sasaran'),
    capaian_tercetak: Tercetak.optional().describe('Capaian seperti tercetak di tabel efisiensi'),
    serapan_tercetak: Tercetak.optional().describe('Serapan seperti tercetak di tabel efisiensi'),
    pagu: Rupiah.optional().describe('Pagu di tabel efisiensi'),
    realisasi: Rupiah.optional().describe('Realisasi di tabel efisiensi'),
    anggaran: DasarAnggaran.optional().describe(
      'Bila tabel efisiensi tidak mencetak pagu dan realisasinya: baris tabel anggaran yang menjadi dasar serapan (mis. baris sasaran di tabel anggaran sesuai PK)',
    ),
    anggaran_lain: z
      .array(DasarAnggaran)
      .min(1)
      .optional()
      .describe(
        'Dasar lain di dokumen yang sama (mis. program sasaran itu di tabel per program): serapan yang cocok dengannya adalah temuan cakupan',
      ),
    efisiensi_tercetak: Tercetak.describe('Hasil seperti tercetak; untuk sisa_rupiah teks rupiah bulat'),
    lokasi: Lokasi,
  })
  .strict()
  .describe('Efisiensi penggunaan sumber daya menurut metode dokumen');
export type Efisiensi = z.infer<typeof Efisiensi>;

/** The plan a report serves, when it says (a Renstra, an RPJMD…); absent when it does not. */
export const Rencana = z
  .object({
    jenis: z
      .enum(['renstra', 'rpjmd', 'rpjmn', 'lainnya'])
      .describe('renstra (berkas renstra-<periode>.json instansi ini bila ada), rpjmd, rpjmn atau lainnya'),
    periode: Periode,
    nama: z.string().optional().describe('Nama rencana seperti tercetak'),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Rencana yang dilayani laporan; tidak diisi bila dokumen tidak menyebutnya');
export type Rencana = z.infer<typeof Rencana>;

/** How much of the document the file holds: all of it, or an excerpt. */
export const Transkripsi = z
  .object({
    cakupan: z
      .enum(['lengkap', 'sebagian'])
      .describe('lengkap = seluruh tabel laporan; sebagian = kutipan (situs memberi label transkripsi sebagian)'),
    bagian: z
      .array(z.string().min(1))
      .default([])
      .describe('Bagian dokumen yang ditranskripsi, mis. "BAB III, Tabel 3.1"'),
    catatan: Catatan.optional(),
  })
  .strict()
  .describe('Cakupan transkripsi berkas ini');
export type Transkripsi = z.infer<typeof Transkripsi>;

/**
 * The agency's right of reply (hak jawab) to one audit finding: not part of the document as printed, so it
 * sits in its own list, by the finding's stable id (its permalink on /audit/ and on the report page).
 */
export const Tanggapan = z
  .object({
    temuan: z.string().min(1).describe('Id temuan audit yang ditanggapi (tautan permanennya: /audit/#<id>)'),
    isi: z.string().min(1).describe('Tanggapan instansi, dengan kata-katanya sendiri'),
    tanggal: z.iso.date().describe('Tanggal tanggapan (YYYY-MM-DD)'),
    oleh: z.string().min(1).describe('Jabatan yang menanggapi, mis. "Sekretaris Dinas" (bukan NIP)'),
  })
  .strict()
  .describe('Tanggapan instansi atas satu temuan audit (hak jawab)');
export type Tanggapan = z.infer<typeof Tanggapan>;

export const Laporan = z
  .object({
    instansi: Id.describe('Id instansi (nama foldernya)'),
    tahun: Tahun.describe('Tahun laporan'),
    rencana: Rencana.optional(),
    sumber: Sumber,
    transkripsi: Transkripsi,
    metode_capaian: MetodeCapaian.optional().describe(
      'Metode capaian bawaan laporan; bila tidak diisi di mana pun, metode disimpulkan dari polaritas indikator',
    ),
    batas_atas_capaian: BatasAtasCapaian.optional().describe(
      'Batas atas capaian (%) yang diterapkan laporan pada semua indikator',
    ),
    skala: z
      .array(SkalaLaporan)
      .default([])
      .describe('Skala kategori yang dinyatakan laporan (atau dikutip); tanpa skala, situs tidak menampilkan kategori'),
    sasaran: z
      .array(SasaranLaporan)
      .default([])
      .describe('Sasaran yang dinyatakan laporan sendiri (bila tidak ada di Renstra)'),
    perjanjian_kinerja: z.array(PerjanjianKinerja).default([]).describe('Perjanjian Kinerja, bila dicetak'),
    pengukuran: z
      .object({
        lokasi: Lokasi.optional(),
        indikator: z
          .array(Pengukuran)
          .default([])
          .describe('Indikator yang diukur; boleh kosong (laporan anggaran saja)'),
      })
      .strict()
      .default({ indikator: [] })
      .describe('Tabel pengukuran kinerja'),
    rata_rata: z.array(RataRata).default([]).describe('Rata-rata capaian yang dicetak dokumen'),
    evaluasi_sakip: EvaluasiSakip.optional(),
    anggaran: z.array(TabelAnggaran).default([]).describe('Tabel anggaran'),
    efisiensi: z.array(Efisiensi).default([]).describe('Perhitungan efisiensi yang dicetak dokumen'),
    tabel_lain: z.array(TabelUmum).default([]).describe('Tabel lain yang tidak bertipe'),
    klaim_narasi: z
      .array(KlaimNarasi)
      .default([])
      .describe('Angka yang dicetak di narasi, dengan masukan dan aturannya, untuk audit'),
    catatan: Catatan.optional(),
    tanggapan: z
      .array(Tanggapan)
      .optional()
      .describe('Tanggapan instansi atas temuan audit laporan ini (hak jawab), satu per temuan'),
    draf: z
      .boolean()
      .optional()
      .describe(
        'Draf: divalidasi (isian yang belum diisi didaftar) tetapi tidak diterbitkan; hapus bila laporan sudah lengkap',
      ),
  })
  .strict()
  .describe('Laporan Kinerja Instansi Pemerintah (LKjIP) satu tahun');
export type Laporan = z.infer<typeof Laporan>;

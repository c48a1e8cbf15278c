/**
 * Building blocks shared by every content schema (content model v2).
 * Pure zod, no Astro: the same schemas validate content in Astro collections,
 * in `npm run validate` and in the JSON Schemas for editors (`npm run schemas`),
 * which is why every field carries a `.describe()` in Indonesian.
 */
import { z } from 'zod';
import { ID_METODE_CAPAIAN } from '../rumus/metode.ts';

/** Ids are lowercase kebab-case so they can be used in URLs as they are. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'id hanya boleh berisi huruf kecil, angka dan tanda hubung, mis. "bkd-kota-blitar" (an id ' +
      'may hold only lowercase letters, digits and hyphens, e.g. "bkd-kota-blitar")',
  )
  .describe('Id huruf kecil dengan tanda hubung, mis. "bkd-kota-blitar"');

/** A plan period, "2016-2021". */
export const Periode = z
  .string()
  .regex(
    /^\d{4}-\d{4}$/,
    'periode ditulis "tahun-tahun", mis. "2016-2021" (a period is written "year-year", e.g. "2016-2021")',
  )
  .describe('Periode rencana "tahun-tahun", mis. "2016-2021"');

export const Tahun = z.number().int().min(1990).max(2100).describe('Tahun, mis. 2020');

/** Rupiah are whole numbers: the reports print ",00" sen at most. */
export const Rupiah = z.number().int().min(0).describe('Rupiah, bilangan bulat tanpa pemisah ribuan');

/** "N/A" as printed: an explicit value, never a magic number. `null` is "not in the source". */
export const NA = z.literal('N/A').describe('Dokumen mencetak "N/A" (atau "n/a", "-" bermakna tidak berlaku)');

const POLA_ANGKA_TEKS = /^-?\d+(\.\d+)?$/;

/** A dot-decimal string with its printed decimals ("100.80", "7.0"). */
const AngkaTeks = z
  .string()
  .regex(
    POLA_ANGKA_TEKS,
    'angka ditulis sebagai teks dengan titik desimal dan desimal seperti tercetak, mis. ' +
      '"100.80" untuk 100,80 (a number as text has a dot decimal and its printed decimals, e.g. ' +
      '"100.80" for 100,80)',
  );

/**
 * A derived value exactly as the document printed it, as a dot-decimal string
 * ("100.80", "2.55", "-3"), so that its printed precision survives JSON
 * (100.80 as a JSON number would become 100.8). "N/A" when the document says so.
 */
export const Tercetak = z
  .union([
    z
      .string()
      .regex(
        POLA_ANGKA_TEKS,
        'angka tercetak ditulis sebagai teks dengan titik desimal dan desimal seperti tercetak, ' +
          'mis. "100.80" untuk 100,80 (a printed number is a string with a dot decimal and its ' +
          'printed decimals, e.g. "100.80" for 100,80)',
      ),
    NA,
  ])
  .describe('Angka turunan seperti tercetak: teks bertitik desimal dengan desimal tercetak ("100.80"), atau "N/A"');
export type Tercetak = z.infer<typeof Tercetak>;

/**
 * An input number (target, realisasi): a JSON number, or a dot-decimal string where the printed
 * precision matters ("7.0" for a target printed 7,0). Read it through `bacaAngka` (rumus/presisi.ts).
 */
export const AngkaMasukan = z
  .union([z.number(), AngkaTeks])
  .describe('Angka masukan: angka JSON, atau teks bertitik desimal bila presisi tercetak penting ("7.0")');
export type AngkaMasukan = z.infer<typeof AngkaMasukan>;

/**
 * A qualitative value as printed ("WTP", "Level 3", "BB"): checked against the value set the
 * indicator declares (muat/makna.ts). A number is never a label.
 */
export const Label = z
  .string()
  .min(1)
  .refine((s) => s !== 'N/A' && !/^[-+]?[\d.,\s]+%?$/.test(s), {
    message:
      'angka ditulis sebagai angka JSON atau teks bertitik desimal ("7.0"), bukan "7,0" atau "7 ' +
      '%" (a number is a JSON number or dot-decimal text, not "7,0" or "7 %")',
  })
  .describe('Nilai kualitatif seperti tercetak (mis. "WTP", "Level 3"), dari himpunan nilai yang dinyatakan');

/** Where a figure stands in its source document, so a reader can trace it back. */
export const Lokasi = z
  .object({
    berkas: z.string().optional().describe('Berkas sumber, bila bukan berkas dokumen ini sendiri'),
    bagian: z.string().optional().describe('Bab/bagian, mis. "BAB III"'),
    tabel: z.string().optional().describe('Nomor/judul tabel, mis. "Tabel 3.1"'),
    halaman: z.number().int().positive().optional().describe('Halaman dokumen'),
    baris: z
      .union([z.number().int().positive(), z.tuple([z.number().int().positive(), z.number().int().positive()])])
      .optional()
      .describe('Baris pada berkas teks sumber (satu baris atau [awal, akhir])'),
  })
  .strict()
  .describe('Letak angka di dokumen sumber');
export type Lokasi = z.infer<typeof Lokasi>;

/** The document a file was transcribed from. */
export const Sumber = z
  .object({
    judul: z.string().min(1).describe('Judul dokumen seperti tercetak'),
    nomor: z.string().optional().describe('Nomor dokumen'),
    tanggal: z.iso.date().optional().describe('Tanggal dokumen (YYYY-MM-DD)'),
    penandatangan: z.string().optional().describe('Jabatan penandatangan (bukan NIP)'),
    berkas: z.string().min(1).describe('Berkas sumber yang ditranskripsi'),
    url: z.url().optional().describe('Alamat web tempat dokumen atau kutipannya diterbitkan'),
    // a bare file name: no folder, so it cannot point outside the content file's own folder
    berkas_pdf: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/, {
        message:
          'nama berkas PDF di folder yang sama, mis. "lkjip-2020.pdf", tanpa folder (a PDF file name in the same folder, e.g. "lkjip-2020.pdf", without folders)',
      })
      .optional()
      .describe(
        'PDF dokumen ini yang disimpan instansi di samping berkas konten (nama berkas saja, mis. "lkjip-2020.pdf"); letak berhalaman menautkan ke halamannya',
      ),
    catatan: z.string().optional().describe('Catatan transkripsi'),
  })
  .strict()
  .describe('Dokumen sumber');
export type Sumber = z.infer<typeof Sumber>;

export const Polaritas = z
  .enum(['naik', 'turun', 'rentang', 'kualitatif'])
  .describe(
    'naik = makin tinggi makin baik; turun = makin rendah makin baik; rentang = target berupa rentang; kualitatif = target berupa predikat',
  );
export type Polaritas = z.infer<typeof Polaritas>;

/** A measured value: a number, a label of the indicator's value set, or N/A. `null` (not in the source) is added where allowed. */
export const Nilai = z
  .union([AngkaMasukan, NA, Label])
  .describe('Nilai terukur: angka, label kualitatif dari himpunan nilai indikator, atau "N/A"');
export type Nilai = z.infer<typeof Nilai>;

export const Rentang = z
  .object({
    min: AngkaMasukan.describe('Batas bawah rentang'),
    max: AngkaMasukan.describe('Batas atas rentang'),
  })
  .strict()
  .describe('Target berupa rentang [min, max]');
export type Rentang = z.infer<typeof Rentang>;

/** A target: a number, a range, a label, or N/A. `null` (not in the source) is added where allowed. */
export const Target = z
  .union([AngkaMasukan, Rentang, NA, Label])
  .describe('Target: angka, rentang {min, max}, label kualitatif, atau "N/A"');
export type Target = z.infer<typeof Target>;

export const TargetTahunan = z
  .object({ tahun: Tahun, target: Target, lokasi: Lokasi.optional() })
  .strict()
  .describe('Target satu tahun');

/** How the document computed capaian: an id of the one table of methods (rumus/metode.ts). */
export const MetodeCapaian = z
  .enum(ID_METODE_CAPAIAN)
  .describe(
    'Metode capaian: realisasi-per-target, target-per-realisasi, dua-target-kurang-realisasi, rentang atau kualitatif (lihat halaman metodologi)',
  );

/** The cap (in %) the document applied to capaian, e.g. 120. */
export const BatasAtasCapaian = z
  .number()
  .positive()
  .describe('Batas atas capaian (%) yang diterapkan dokumen, mis. 120; capaian di atasnya dihitung sama dengan batas');

/** An ordered set of qualitative values (best first), declared once and cited by id. */
export const HimpunanNilai = z
  .object({
    id: Id,
    nama: z.string().min(1).describe('Nama himpunan, mis. "Opini BPK"'),
    nilai: z
      .array(z.string().min(1))
      .min(2)
      .describe('Label seperti tercetak, urut dari yang terbaik, mis. ["WTP", "WDP", "TW", "TMP"]'),
    keterangan: z.string().optional().describe('Dasar atau penjelasan himpunan ini'),
  })
  .strict()
  .superRefine((himpunan, ctx) => {
    const ganda = himpunan.nilai.filter((v, i) => himpunan.nilai.indexOf(v) !== i);
    if (ganda.length)
      ctx.addIssue({
        code: 'custom',
        path: ['nilai'],
        message: `label ganda dalam himpunan: ${ganda.join(', ')} (duplicate labels in the set: ${ganda.join(', ')})`,
      });
  })
  .describe('Himpunan nilai kualitatif yang berurutan (terbaik lebih dulu)');
export type HimpunanNilai = z.infer<typeof HimpunanNilai>;

const NamaKolom = z.string().min(1).describe('Judul kolom seperti di "kolom"');
const DaftarBaris = z.array(z.number().int().min(0)).min(1).describe('Nomor baris (mulai 0) tempat aturan berlaku');
const SatuanAturan = z
  .enum(['rupiah', 'persen', 'poin', 'jumlah', 'angka'])
  .describe('Satuan hasil: rupiah, persen, poin, jumlah (cacah) atau angka');

/**
 * Another base the document states for a rule (another denominator, other rows or columns summed): the
 * rule's own input fields, replaced. A printed cell that follows from it is a finding of class cakupan.
 */
const DasarLain = z
  .object({
    dari: z
      .union([NamaKolom, z.array(NamaKolom).min(1)])
      .optional()
      .describe('Kolom "dari" pengganti (satu kolom, atau daftar kolom untuk jumlah_baris)'),
    dari_baris: z.array(z.number().int().min(0)).min(1).optional().describe('Baris rincian pengganti (jumlah_kolom)'),
    pembilang: NamaKolom.optional().describe('Kolom pembilang pengganti'),
    penyebut: NamaKolom.optional().describe('Kolom penyebut pengganti'),
    kurang: NamaKolom.optional().describe('Kolom pengurang pengganti'),
    pagu: NamaKolom.optional().describe('Kolom pagu pengganti'),
    realisasi: NamaKolom.optional().describe('Kolom realisasi pengganti'),
  })
  .strict()
  .refine((d) => Object.keys(d).length > 0, 'dasar lain kosong (empty alternative base)')
  .describe('Masukan aturan yang diganti untuk dasar lain');

/**
 * A derived column or total a table prints, declared so that the audit can check it without code
 * written for this table (content/README.md, "Aturan tabel"). Columns are named by their header.
 */
export const AturanTabel = z
  .discriminatedUnion('jenis', [
    z
      .object({
        jenis: z.literal('jumlah_baris'),
        hasil: NamaKolom,
        dari: z.array(NamaKolom).min(2).describe('Kolom yang dijumlahkan'),
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = jumlah sel "dari" di baris yang sama'),
    z
      .object({
        jenis: z.literal('jumlah_kolom'),
        kolom: z.array(NamaKolom).min(1).describe('Kolom yang dijumlahkan'),
        hasil_baris: z.number().int().min(0).describe('Baris jumlah (mulai 0)'),
        dari_baris: z.array(z.number().int().min(0)).min(1).describe('Baris rincian yang dijumlahkan'),
      })
      .strict()
      .describe('Baris "hasil_baris" = jumlah baris "dari_baris", di setiap kolom yang disebut'),
    z
      .object({
        jenis: z.literal('sama'),
        hasil: NamaKolom,
        dari: NamaKolom.describe('Kolom yang nilainya diulang, mis. target tahun terakhir'),
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = sel "dari" (mis. kondisi akhir periode = target tahun terakhir)'),
    z
      .object({
        jenis: z.literal('rasio'),
        hasil: NamaKolom,
        pembilang: NamaKolom,
        penyebut: NamaKolom,
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = pembilang ÷ penyebut × 100'),
    z
      .object({
        jenis: z.literal('selisih'),
        hasil: NamaKolom,
        dari: NamaKolom.describe('Kolom yang dikurangi'),
        kurang: NamaKolom.describe('Kolom pengurang'),
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = "dari" − "kurang"'),
    z
      .object({
        jenis: z.literal('silpa'),
        hasil: NamaKolom,
        pagu: NamaKolom,
        realisasi: NamaKolom,
        baris: DaftarBaris,
      })
      .strict()
      .describe('SILPA = pagu − realisasi (Rp)'),
    z
      .object({
        jenis: z.literal('silpa_persen'),
        hasil: NamaKolom,
        pagu: NamaKolom,
        realisasi: NamaKolom,
        baris: DaftarBaris,
      })
      .strict()
      .describe('SILPA % = (pagu − realisasi) ÷ pagu × 100'),
    z
      .object({
        jenis: z.literal('rata_rata'),
        hasil: NamaKolom,
        dari: z.array(NamaKolom).min(2).describe('Kolom yang dirata-ratakan'),
        aturan: z.literal('aritmetika').describe('Rata-rata hitung sederhana, seperti dinyatakan dokumen'),
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = rata-rata sel "dari"'),
    z
      .object({
        jenis: z.literal('pertumbuhan'),
        hasil: NamaKolom,
        dari: z.array(NamaKolom).min(2).describe('Kolom nilai per tahun, urut waktu'),
        aturan: z
          .enum(['rata_rata_tahunan', 'majemuk'])
          .describe('rata_rata_tahunan = rata-rata laju tahun-ke-tahun; majemuk = laju majemuk (CAGR)'),
        baris: DaftarBaris,
      })
      .strict()
      .describe('Sel "hasil" = laju pertumbuhan (%) nilai "dari"'),
  ])
  .and(
    z.object({
      satuan: SatuanAturan.optional(),
      desimal: z
        .number()
        .int()
        .min(0)
        .max(6)
        .optional()
        .describe('Desimal tercetak bila sel disimpan sebagai angka JSON (mis. 2 untuk 95,80 yang disimpan 95.8)'),
      keterangan: z.string().optional().describe('Catatan aturan, mis. rumus seperti tercetak'),
      dasar_lain: z
        .array(DasarLain)
        .min(1)
        .optional()
        .describe(
          'Dasar lain yang dinyatakan dokumen (mis. penyebut lain, baris rincian lain): sel yang cocok dengannya adalah temuan cakupan',
        ),
    }),
  )
  .describe('Aturan kolom turunan atau jumlah yang diperiksa audit');
export type AturanTabel = z.infer<typeof AturanTabel>;

/**
 * A figure printed in the prose (a narrative chapter), with the inputs it follows from by a named rule,
 * so that the audit checks it like a table figure.
 */
export const KlaimNarasi = z
  .object({
    kutipan: z.string().min(1).describe('Kalimat seperti tercetak'),
    bab: z.string().optional().describe('Bab narasi, mis. "bab-1" atau "ikhtisar"'),
    besaran: z.string().min(1).describe('Apa angka itu, mis. "serapan Belanja Langsung"'),
    tercetak: Tercetak.describe('Angka yang dicetak di kalimat, teks bertitik desimal ("94.34")'),
    aturan: z
      .enum(['sama', 'jumlah', 'selisih', 'rasio', 'perubahan_persen', 'rata_rata'])
      .describe(
        'sama = sama dengan masukan pertama; jumlah; selisih = m1 − m2; rasio = m1 ÷ m2 × 100; perubahan_persen = (m2 − m1) ÷ m1 × 100; rata_rata',
      ),
    masukan: z
      .array(
        z
          .object({
            nama: z.string().min(1).describe('Apa masukan ini, mis. "realisasi BL (Tabel 2.5)"'),
            nilai: AngkaMasukan,
            lokasi: Lokasi.optional(),
          })
          .strict()
          .describe('Satu masukan: angka tercetak lain dan letaknya'),
      )
      .min(1)
      .describe('Angka tercetak lain yang menjadi dasar angka ini, urut sesuai aturan'),
    satuan: SatuanAturan.optional(),
    lokasi: Lokasi,
  })
  .strict()
  .superRefine((kolom, ctx) => {
    const perlu = { sama: 1, jumlah: 2, selisih: 2, rasio: 2, perubahan_persen: 2, rata_rata: 2 }[kolom.aturan];
    const pas =
      kolom.aturan === 'jumlah' || kolom.aturan === 'rata_rata'
        ? kolom.masukan.length >= perlu
        : kolom.masukan.length === perlu;
    if (!pas)
      ctx.addIssue({
        code: 'custom',
        path: ['masukan'],
        message: `aturan "${kolom.aturan}" perlu ${perlu} masukan, ada ${kolom.masukan.length} (rule "${kolom.aturan}" needs ${perlu} inputs, found ${kolom.masukan.length})`,
      });
  })
  .describe('Angka dalam narasi beserta masukan dan aturannya');
export type KlaimNarasi = z.infer<typeof KlaimNarasi>;

/** A free table for figures the model does not type (history tables, service lists). */
export const TabelUmum = z
  .object({
    judul: z.string().min(1).describe('Judul tabel seperti tercetak'),
    lokasi: Lokasi,
    kolom: z.array(z.string()).min(1).describe('Judul kolom'),
    baris: z.array(z.array(z.union([z.string(), z.number(), z.null()]))).describe('Baris tabel, satu sel per kolom'),
    catatan: z.string().optional().describe('Catatan transkripsi'),
    aturan: z.array(AturanTabel).default([]).describe('Kolom turunan dan jumlah yang dicetak tabel, untuk audit'),
  })
  .strict()
  .superRefine((tabel, ctx) => {
    const kolomAturan = (a: AturanTabel) =>
      'kolom' in a
        ? a.kolom
        : [
            a.hasil,
            ...('dari' in a ? [a.dari].flat() : []),
            ...('kurang' in a ? [a.kurang] : []),
            ...('pembilang' in a ? [a.pembilang, a.penyebut] : []),
            ...('pagu' in a ? [a.pagu, a.realisasi] : []),
          ];
    tabel.aturan.forEach((aturan, indeks) => {
      for (const [indeksDasar, dasarLain] of (aturan.dasar_lain ?? []).entries())
        for (const kunci of Object.keys(dasarLain))
          if (!(kunci in aturan))
            ctx.addIssue({
              code: 'custom',
              path: ['aturan', indeks, 'dasar_lain', indeksDasar],
              message: `dasar lain mengganti "${kunci}", yang bukan masukan aturan "${aturan.jenis}" (the alternative base replaces "${kunci}", not an input of rule "${aturan.jenis}")`,
            });
      const semuaKolom = [
        aturan,
        ...(aturan.dasar_lain ?? []).map((d) => ({ ...aturan, ...d }) as AturanTabel),
      ].flatMap(kolomAturan);
      for (const kunci of new Set(semuaKolom))
        if (!tabel.kolom.includes(kunci))
          ctx.addIssue({
            code: 'custom',
            path: ['aturan', indeks],
            message: `kolom "${kunci}" tidak ada di tabel; kolom yang ada: ${tabel.kolom.join(', ')} (column "${kunci}" is not in the table)`,
          });
      const baris =
        'hasil_baris' in aturan
          ? [aturan.hasil_baris, ...aturan.dari_baris, ...(aturan.dasar_lain ?? []).flatMap((d) => d.dari_baris ?? [])]
          : aturan.baris;
      for (const nomorBaris of baris)
        if (nomorBaris >= tabel.baris.length)
          ctx.addIssue({
            code: 'custom',
            path: ['aturan', indeks],
            message: `baris ${nomorBaris} tidak ada: tabel berisi ${tabel.baris.length} baris (row ${nomorBaris} does not exist: the table has ${tabel.baris.length} rows)`,
          });
    });
    tabel.baris.forEach((row, indeks) => {
      if (row.length !== tabel.kolom.length)
        ctx.addIssue({
          code: 'custom',
          path: ['baris', indeks],
          message: `baris berisi ${row.length} sel, kolom ada ${tabel.kolom.length} (row has ${row.length} cells, expected ${tabel.kolom.length})`,
        });
    });
  })
  .describe('Tabel bebas untuk angka yang tidak bertipe');
export type TabelUmum = z.infer<typeof TabelUmum>;

/**
 * The open data as one Frictionless tabular Data Package: every published table is declared once here
 * (file, title, columns with their meaning and type, keys, rows), and the CSV files, `datapackage.json`,
 * the per-report zip and XLSX, the /data/ page and the data dictionary are all written from this list.
 */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { periodeId } from '../skema/renstra.ts';
import { csv, type Sel } from './csv.ts';
import { ringkasAudit } from '../tampilan/laporan.ts';
import { JUMLAH_PERIODE } from '../rumus/periode.ts';
import {
  KOLOM_ANGGARAN,
  KOLOM_AUDIT,
  KOLOM_INDIKATOR,
  barisAnggaran,
  barisIndikator,
  barisTemuan,
  capaianTeks,
  nilaiTeks,
  persen,
  type Lingkup,
} from './terbuka.ts';
import { KOLOM_TERBITAN, barisTerbitan } from './terbitan.ts';
import { tanggapanTemuan } from '../audit/tanggapan.ts';

/** Table Schema field types used here (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type TipeKolom = 'string' | 'integer' | 'number';

export interface TabelTerbuka {
  /** resource name and file name (`<nama>.csv`) */
  nama: string;
  judul: string;
  deskripsi: string;
  /** column → meaning (units and derivation included); the order is the file's */
  kolom: Readonly<Record<string, string>>;
  /** columns that are not text */
  tipe: Readonly<Record<string, TipeKolom>>;
  kunci?: string[];
  /** rows of one report: (instansi, tahun) refers to its row in ringkasan.csv */
  perLaporan?: boolean;
  baris: (lk: Lingkup) => Sel[][];
}

const INSTANSI = 'id instansi (sama dengan URL /instansi/<id>/)';
const TAHUN = 'tahun laporan';
const CAPAIAN = 'capaian dihitung ulang, % (2 desimal, pembulatan setengah ke atas; metode capaian indikatornya)';
const tahunan = { tahun: 'integer' } as const;

export const TABEL: readonly TabelTerbuka[] = [
  {
    nama: 'indikator',
    judul: 'Capaian indikator',
    deskripsi:
      'Satu baris per indikator per laporan: indikator kinerja utama dan indikator sasaran di setiap tingkat, indikator keluaran kegiatan dan sub-kegiatan di tabel anggaran, dan indikator kinerja individu (IKI).',
    kolom: KOLOM_INDIKATOR,
    tipe: { ...tahunan, capaian_masukan_rinci: 'number', jumlah_rincian: 'number', realisasi_gabungan: 'number' },
    baris: barisIndikator,
  },
  {
    nama: 'indikator-periode',
    perLaporan: true,
    judul: 'Indikator per periode',
    deskripsi: 'Nilai indikator per bulan, triwulan atau semester yang dicetak laporan.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      indikator_id: 'id indikator (lihat indikator.csv)',
      jenis_periode: 'bulan | triwulan | semester',
      periode_per_tahun: 'jumlah periode jenis itu dalam setahun (12, 4 atau 2)',
      ke: 'urutan periode dalam tahun, bila dokumen menyebutnya',
      konsolidasi:
        'aturan nilai tahunan dari nilai periode yang dinyatakan dokumen (jumlah | terakhir | rata_rata | maks)',
      target: 'target periode ini seperti tercetak',
      realisasi: 'realisasi periode ini seperti tercetak',
      capaian: CAPAIAN,
      capaian_tercetak: 'capaian periode seperti tercetak',
    },
    tipe: { ...tahunan, periode_per_tahun: 'integer', ke: 'integer' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.indikator.flatMap((ind) =>
          (ind.data.periode?.nilai ?? []).map((p, i) => [
            l.instansi.data.id,
            l.terhitung.laporan.tahun,
            ind.data.indikator,
            ind.data.periode!.jenis,
            JUMLAH_PERIODE[ind.data.periode!.jenis],
            p.ke ?? null,
            ind.data.periode!.konsolidasi ?? null,
            nilaiTeks(p.target),
            nilaiTeks(p.realisasi),
            capaianTeks(ind.periode?.nilai[i]?.capaian ?? null),
            p.capaian_tercetak ?? null,
          ]),
        ),
      ),
  },
  {
    nama: 'indikator-pembanding',
    perLaporan: true,
    judul: 'Tahun sebelumnya, target akhir Renstra dan target nasional',
    deskripsi:
      'Nilai pembanding yang dicetak laporan untuk tiap indikator: realisasi tahun-tahun sebelumnya, target akhir periode Renstra dan target nasional.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      indikator_id: 'id indikator (lihat indikator.csv)',
      pembanding: 'tahun_sebelumnya | akhir_renstra | nasional',
      tahun_pembanding: 'tahun nilai pembanding (tahun sebelumnya, atau tahun akhir Renstra)',
      target:
        'target pembanding seperti tercetak (untuk akhir_renstra: dari laporan, atau dari Renstra bila laporan tidak mencetaknya)',
      realisasi: 'realisasi tahun itu seperti tercetak (tahun_sebelumnya)',
      capaian: `${CAPAIAN}; untuk akhir_renstra dan nasional: realisasi tahun laporan terhadap target pembanding`,
      capaian_tercetak: 'capaian seperti tercetak',
      perubahan: 'realisasi tahun laporan − realisasi tahun itu, dalam satuan indikator (tahun_sebelumnya)',
      perubahan_tercetak: 'perubahan seperti tercetak',
      perubahan_relatif: 'perubahan ÷ realisasi tahun itu × 100, % (2 desimal)',
      sumber: 'untuk nasional: sumber target seperti disebut; untuk akhir_renstra: laporan | renstra',
    },
    tipe: { ...tahunan, tahun_pembanding: 'integer', perubahan: 'number', perubahan_relatif: 'number' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.indikator.flatMap((ind) => {
          const dasar = [l.instansi.data.id, l.terhitung.laporan.tahun, ind.data.indikator];
          const sebelum = ind.data.tahun_sebelumnya.map((sebelumnya, indeks) => {
            const hitungan = ind.tahunSebelumnya[indeks];
            const perubahan = hitungan?.perubahan;
            return [
              ...dasar,
              'tahun_sebelumnya',
              sebelumnya.tahun,
              nilaiTeks(sebelumnya.target),
              nilaiTeks(sebelumnya.realisasi),
              capaianTeks(hitungan?.capaian ?? null),
              sebelumnya.capaian_tercetak ?? null,
              perubahan?.selisih ?? null,
              sebelumnya.selisih_tercetak ?? null,
              persen(perubahan?.relatif),
              null,
            ];
          });
          const akhir = ind.akhirRenstra
            ? [
                [
                  ...dasar,
                  'akhir_renstra',
                  ind.akhirRenstra.tahun,
                  nilaiTeks(ind.akhirRenstra.target),
                  null,
                  capaianTeks(ind.akhirRenstra.capaian),
                  ind.data.akhir_renstra?.capaian_tercetak ?? null,
                  null,
                  null,
                  null,
                  ind.akhirRenstra.dari,
                ],
              ]
            : [];
          const nasional = ind.nasional
            ? [
                [
                  ...dasar,
                  'nasional',
                  null,
                  nilaiTeks(ind.nasional.target),
                  null,
                  capaianTeks(ind.nasional.capaian),
                  ind.data.nasional?.capaian_tercetak ?? null,
                  null,
                  null,
                  null,
                  ind.nasional.sumber,
                ],
              ]
            : [];
          return [...sebelum, ...akhir, ...nasional];
        }),
      ),
  },
  {
    nama: 'rata-rata',
    perLaporan: true,
    judul: 'Rata-rata capaian',
    deskripsi: 'Rata-rata (atau jumlah) capaian yang dicetak dokumen, dengan hasil hitung ulang menurut aturannya.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      tahun_rata: 'tahun yang dirata-ratakan',
      cakupan: 'laporan | sasaran | kelompok',
      sasaran_kelompok: 'id sasaran atau nama kelompok, untuk cakupan sasaran atau kelompok',
      operasi: 'rata_rata | jumlah',
      tercetak: 'nilai seperti tercetak',
      dihitung:
        'rata-rata capaian hitung ulang semua indikator dalam cakupannya, dengan batas atas yang dinyatakan, % (2 desimal)',
      dihitung_sebagian:
        'rata-rata hitung ulang hanya atas indikator yang disebut dokumen, bila dokumen menyebut kurang dari semua, %',
      dari_tercetak: 'aturan dokumen atas capaian yang dicetaknya, % (2 desimal)',
      kategori: 'kategori pada skala yang dinyatakan dokumen',
      kategori_tercetak: 'kategori seperti tercetak',
    },
    tipe: {
      ...tahunan,
      tahun_rata: 'integer',
      dihitung: 'number',
      dihitung_sebagian: 'number',
      dari_tercetak: 'number',
    },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.rataRataTercetak.map((r) => [
          l.instansi.data.id,
          l.terhitung.laporan.tahun,
          r.tahun,
          r.data.cakupan,
          r.data.sasaran ?? r.data.kelompok ?? null,
          r.data.operasi,
          r.data.tercetak,
          persen(r.dihitung.nilai),
          persen(r.dihitungSebagian?.nilai),
          persen(r.dariTercetak),
          r.kategori?.label ?? null,
          r.data.kategori_tercetak ?? null,
        ]),
      ),
  },
  {
    nama: 'ringkasan',
    judul: 'Ringkasan laporan',
    deskripsi: 'Angka utama tiap laporan: jumlah indikator menurut predikat, rata-rata capaian dan anggaran utama.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      indikator: 'jumlah indikator yang diukur',
      melebihi: 'jumlah indikator dengan capaian di atas 100%',
      tercapai: 'jumlah indikator yang tercapai (100%, atau target kualitatif terpenuhi)',
      tidak_tercapai: 'jumlah indikator yang tidak tercapai',
      tak_terhitung: 'jumlah indikator yang capaiannya tidak dapat dihitung',
      rata_rata_capaian: 'rata-rata capaian hitung ulang semua indikator yang terhitung, % (2 desimal)',
      pagu: 'pagu tabel anggaran utama (Rp): jumlah baris teratasnya',
      realisasi: 'realisasi tabel anggaran utama (Rp)',
      serapan: 'realisasi ÷ pagu × 100, % (2 desimal)',
      angka_diperiksa: 'jumlah angka tercetak laporan yang diperiksa audit (baris pemeriksaan.csv laporan ini)',
      angka_cocok: 'jumlah yang cocok dengan hitung ulang',
      angka_berbeda: 'jumlah yang berbeda dari hitung ulang',
      angka_tak_terhitung: 'jumlah yang tidak dapat diperiksa',
      efisiensi_seragam:
        'efisiensi menurut metode seragam situs: rata-rata capaian ÷ serapan total tabel anggaran utama (2 desimal; lihat /metodologi/)',
      rata_rata_tercapai: 'dari indikator dalam rata-rata capaian, jumlah yang mencapai atau melebihi target',
      rata_rata_median: 'nilai tengah (median) capaian indikator dalam rata-rata, % (2 desimal)',
      indikator_pendorong:
        'id indikator yang paling menggeser rata-rata, bila menggesernya 10 poin atau lebih (lihat /metodologi/)',
      rata_rata_tanpa_pendorong: 'rata-rata capaian tanpa indikator pendorong itu, % (2 desimal)',
    },
    tipe: {
      ...tahunan,
      indikator: 'integer',
      melebihi: 'integer',
      tercapai: 'integer',
      tidak_tercapai: 'integer',
      tak_terhitung: 'integer',
      rata_rata_capaian: 'number',
      pagu: 'integer',
      realisasi: 'integer',
      serapan: 'number',
      angka_diperiksa: 'integer',
      angka_cocok: 'integer',
      angka_berbeda: 'integer',
      angka_tak_terhitung: 'integer',
      efisiensi_seragam: 'number',
      rata_rata_tercapai: 'integer',
      rata_rata_median: 'number',
      rata_rata_tanpa_pendorong: 'number',
    },
    kunci: ['instansi', 'tahun'],
    baris: (lk) =>
      lk.laporan.map((laporan) => {
        const terhitung = laporan.terhitung;
        const utama = terhitung.anggaranUtama;
        const ra = ringkasAudit(laporan.audit);
        const sebaran = terhitung.sebaranRata;
        return [
          laporan.instansi.data.id,
          terhitung.laporan.tahun,
          terhitung.indikator.length,
          terhitung.ringkasan.melebihi,
          terhitung.ringkasan.tercapai,
          terhitung.ringkasan.tidak_tercapai,
          terhitung.ringkasan.tak_terhitung,
          persen(terhitung.rataRata.nilai),
          utama?.pagu ?? null,
          utama?.realisasi ?? null,
          persen(utama?.serapan),
          ra.diperiksa,
          ra.cocok,
          ra.berbeda,
          ra.takTerhitung,
          persen(terhitung.efisiensiSeragam),
          sebaran?.tercapai ?? null,
          persen(sebaran?.median),
          sebaran?.pendorong?.indikator.data.indikator ?? null,
          persen(sebaran?.pendorong?.tanpa),
        ];
      }),
  },
  {
    nama: 'anggaran',
    perLaporan: true,
    judul: 'Anggaran',
    deskripsi:
      'Satu baris per baris anggaran di setiap tingkat (program, kegiatan, sub-kegiatan, anggaran per sasaran PK, jenis belanja LRA), ditambah satu baris jumlah per tabel.',
    kolom: KOLOM_ANGGARAN,
    tipe: {
      ...tahunan,
      pagu: 'integer',
      realisasi: 'integer',
      serapan: 'number',
      pagu_rincian: 'integer',
      realisasi_rincian: 'integer',
      silpa: 'integer',
      silpa_persen: 'number',
      pagu_murni: 'integer',
      realisasi_periode: 'integer',
    },
    baris: (lk) => lk.laporan.flatMap(barisAnggaran),
  },
  {
    nama: 'indikator-rincian',
    perLaporan: true,
    judul: 'Rincian indikator',
    deskripsi: 'Komponen yang dijumlahkan menjadi realisasi indikator (mis. empat dimensi Indeks Profesionalitas ASN).',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      indikator_id: 'id indikator (lihat indikator.csv, kolom jumlah_rincian)',
      komponen: 'nama komponen seperti tercetak',
      nilai: 'nilai komponen (satuan indikator)',
      maks: 'nilai maksimum komponen, bila tercetak',
    },
    tipe: { ...tahunan, nilai: 'number', maks: 'number' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.indikator.flatMap((ind) =>
          ind.data.rincian.map((r) => [
            l.instansi.data.id,
            l.terhitung.laporan.tahun,
            ind.data.indikator,
            r.nama,
            r.nilai,
            r.maks ?? null,
          ]),
        ),
      ),
  },
  {
    nama: 'skala',
    perLaporan: true,
    judul: 'Skala kategori',
    deskripsi:
      'Pita skala kategori yang dinyatakan atau dikutip laporan (capaian, serapan, nilai SAKIP…), dengan batasnya.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      cakupan: 'apa yang dinilai dengan skala ini (capaian_indikator, serapan, nilai_sakip, …)',
      skala: 'id skala',
      nama_skala: 'nama skala',
      kode: 'kode pita bila tercetak',
      label: 'label pita seperti tercetak',
      bawah: 'batas bawah (satuan yang dinilai); kosong bila tidak berbatas bawah',
      bawah_inklusif: 'ya bila batas bawah termasuk pita (≥), tidak bila tidak (>)',
      atas: 'batas atas; kosong bila tidak berbatas atas',
      atas_inklusif: 'ya bila batas atas termasuk pita (≤), tidak bila tidak (<)',
      khusus: 'pita khusus tanpa batas angka, mis. tanpa_target',
    },
    tipe: { ...tahunan, bawah: 'number', atas: 'number' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        Object.entries(l.terhitung.skala).flatMap(([cakupan, sk]) =>
          (sk?.pita ?? []).map((p) => [
            l.instansi.data.id,
            l.terhitung.laporan.tahun,
            cakupan,
            sk!.id,
            sk!.nama,
            p.kode ?? null,
            p.label,
            p.bawah?.nilai ?? null,
            p.bawah ? (p.bawah.inklusif ? 'ya' : 'tidak') : null,
            p.atas?.nilai ?? null,
            p.atas ? (p.atas.inklusif ? 'ya' : 'tidak') : null,
            p.khusus ?? null,
          ]),
        ),
      ),
  },
  {
    nama: 'hasil-belanja',
    perLaporan: true,
    judul: 'Hasil belanja per program',
    deskripsi:
      'Satu baris per program tabel anggaran yang mencetak keluaran: anggarannya dan capaian keluaran kegiatannya (median), seperti bagian "Apa yang dibeli dengan anggaran ini?" di halaman laporan.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      tabel: 'id tabel anggaran (lihat anggaran.csv)',
      program: 'nama program seperti tercetak',
      pagu: 'pagu program (Rp)',
      realisasi: 'realisasi program (Rp)',
      serapan:
        'realisasi ÷ pagu × 100, % (2 desimal); dari baris terdalam bila subtotal tercetaknya berbeda dari rinciannya',
      jumlah_keluaran: 'jumlah indikator keluaran program, kegiatan dan sub-kegiatannya',
      keluaran_terhitung: 'jumlah keluaran yang target dan realisasinya angka, sehingga capaiannya dapat dihitung',
      capaian_keluaran_median: 'median capaian keluaran yang terhitung (realisasi ÷ target × 100), % (2 desimal)',
    },
    tipe: {
      ...tahunan,
      pagu: 'integer',
      realisasi: 'integer',
      serapan: 'number',
      jumlah_keluaran: 'integer',
      keluaran_terhitung: 'integer',
      capaian_keluaran_median: 'number',
    },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.belanja.flatMap((h) =>
          h.program.map((p) => [
            l.instansi.data.id,
            l.terhitung.laporan.tahun,
            h.idTabel,
            p.nama,
            p.pagu,
            p.realisasi,
            persen(p.serapan),
            p.jumlahKeluaran,
            p.jumlahDihitung,
            persen(p.capaianKeluaran),
          ]),
        ),
      ),
  },
  {
    nama: 'anggaran-periode',
    perLaporan: true,
    judul: 'Realisasi anggaran per periode',
    deskripsi: 'Realisasi baris anggaran per bulan, triwulan atau semester yang dicetak laporan.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      tabel: 'id tabel anggaran (lihat anggaran.csv)',
      kode: 'kode baris seperti tercetak',
      nama: 'nama baris anggaran',
      jenis_periode: 'bulan | triwulan | semester',
      periode_per_tahun: 'jumlah periode jenis itu dalam setahun (12, 4 atau 2)',
      urutan: 'urutan nilai seperti tercetak (mulai 1)',
      ke: 'urutan periode dalam tahun, bila dokumen menyebutnya',
      konsolidasi: 'aturan realisasi tahunan dari nilai periode yang dinyatakan dokumen',
      realisasi: 'realisasi periode ini (Rp)',
    },
    tipe: { ...tahunan, periode_per_tahun: 'integer', urutan: 'integer', ke: 'integer', realisasi: 'integer' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.anggaran.flatMap((t) =>
          t.baris.flatMap(function datar(baris): Sel[][] {
            const per = baris.data.periode;
            return [
              ...(per?.nilai ?? []).map((v, i) => [
                l.instansi.data.id,
                l.terhitung.laporan.tahun,
                t.data.id,
                baris.data.kode ?? null,
                baris.data.nama,
                per!.jenis,
                JUMLAH_PERIODE[per!.jenis],
                i + 1,
                v.ke ?? null,
                per!.konsolidasi ?? null,
                v.realisasi,
              ]),
              ...baris.anak.flatMap(datar),
            ];
          }),
        ),
      ),
  },
  {
    nama: 'perjanjian-kinerja',
    perLaporan: true,
    judul: 'Perjanjian Kinerja',
    deskripsi:
      'Target indikator dan anggaran program di Perjanjian Kinerja (murni dan perubahan). Baris jenis "program" memuat anggarannya; baris "jumlah" memuat jumlah tercetak dan jumlah hitung ulang.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      versi: 'murni | perubahan',
      jenis: 'indikator | program | jumlah',
      sasaran: 'nama sasaran seperti tercetak (indikator)',
      indikator_id: 'id indikator (indikator)',
      nama: 'nama indikator atau program seperti tercetak',
      kode: 'kode program seperti tercetak',
      satuan: 'satuan seperti tercetak',
      target: 'target seperti tercetak',
      pagu: 'anggaran program (Rp); untuk jumlah: jumlah anggaran program hitung ulang',
      pagu_tercetak: 'untuk jumlah: jumlah anggaran seperti tercetak (Rp)',
    },
    tipe: { ...tahunan, pagu: 'integer', pagu_tercetak: 'integer' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.laporan.perjanjian_kinerja.flatMap((pk) => {
          const dasar = [l.instansi.data.id, l.terhitung.laporan.tahun, pk.versi];
          return [
            ...pk.sasaran.flatMap((sa) =>
              sa.indikator.map((x) => [
                ...dasar,
                'indikator',
                sa.nama,
                x.indikator,
                x.nama_tercetak ?? null,
                null,
                x.satuan ?? null,
                nilaiTeks(x.target),
                null,
                null,
              ]),
            ),
            ...pk.program.map((p) => [
              ...dasar,
              'program',
              null,
              null,
              p.nama,
              p.kode ?? null,
              null,
              null,
              p.pagu,
              null,
            ]),
            ...(pk.program.length
              ? [
                  [
                    ...dasar,
                    'jumlah',
                    null,
                    null,
                    'Jumlah',
                    null,
                    null,
                    null,
                    pk.program.reduce((s, p) => s + p.pagu, 0),
                    pk.jumlah_pagu_tercetak ?? null,
                  ],
                ]
              : []),
          ];
        }),
      ),
  },
  {
    nama: 'efisiensi',
    perLaporan: true,
    judul: 'Efisiensi',
    deskripsi: 'Perhitungan efisiensi yang dicetak dokumen, dengan metode dokumen diterapkan pada angka tercetaknya.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      metode:
        'selisih (capaian % − serapan %) | rasio (capaian % ÷ serapan %) | sisa_persen (100 − serapan %) | sisa_rupiah (pagu − realisasi, Rp)',
      indikator_id: 'id indikator yang capaiannya dipakai',
      sasaran: 'id sasaran',
      capaian_tercetak: 'capaian (%) seperti tercetak di tabel efisiensi',
      serapan_tercetak: 'serapan (%) seperti tercetak di tabel efisiensi',
      pagu: 'pagu (Rp) di tabel efisiensi',
      realisasi: 'realisasi (Rp) di tabel efisiensi',
      efisiensi_tercetak: 'hasil seperti tercetak (%, atau Rp untuk sisa_rupiah)',
      efisiensi: 'metode dokumen diterapkan pada angka tercetaknya (%, atau Rp untuk sisa_rupiah)',
    },
    tipe: { ...tahunan, pagu: 'integer', realisasi: 'integer', efisiensi: 'number' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        l.terhitung.efisiensi.map((e) => [
          l.instansi.data.id,
          l.terhitung.laporan.tahun,
          e.data.metode,
          e.data.indikator ?? null,
          e.data.sasaran ?? null,
          e.data.capaian_tercetak ?? null,
          e.data.serapan_tercetak ?? null,
          e.data.pagu ?? null,
          e.data.realisasi ?? null,
          e.data.efisiensi_tercetak,
          e.dariTercetak === null ? null : e.data.metode === 'sisa_rupiah' ? e.dariTercetak : persen(e.dariTercetak),
        ]),
      ),
  },
  {
    nama: 'sakip',
    perLaporan: true,
    judul: 'Nilai evaluasi SAKIP',
    deskripsi:
      'Nilai evaluasi SAKIP per komponen yang dicetak laporan; baris komponen "Jumlah" memuat nilai tercetak dan jumlah komponen hitung ulang.',
    kolom: {
      instansi: INSTANSI,
      tahun: TAHUN,
      tahun_evaluasi: 'tahun akuntabilitas yang dievaluasi',
      komponen: 'nama komponen seperti tercetak, atau "Jumlah"',
      bobot: 'bobot komponen (poin); untuk Jumlah: jumlah bobot',
      nilai: 'nilai komponen (poin); untuk Jumlah: jumlah nilai komponen hitung ulang',
      nilai_tercetak: 'untuk Jumlah: nilai SAKIP seperti tercetak',
      kategori: 'untuk Jumlah: kategori nilai hitung ulang pada skala yang dinyatakan dokumen',
      kategori_tercetak: 'untuk Jumlah: kategori/predikat seperti tercetak',
    },
    tipe: { ...tahunan, tahun_evaluasi: 'integer', bobot: 'number', nilai: 'number' },
    baris: (lk) =>
      lk.laporan.flatMap((l) =>
        (l.terhitung.laporan.evaluasi_sakip?.penilaian ?? []).flatMap((penilaian) => {
          const dasar = [l.instansi.data.id, l.terhitung.laporan.tahun, penilaian.tahun];
          const hasil = l.terhitung.sakip.find((s) => s.tahun === penilaian.tahun)?.hasil;
          return [
            ...penilaian.komponen.map((c) => [...dasar, c.komponen, c.bobot, c.nilai, null, null, null]),
            [
              ...dasar,
              'Jumlah',
              penilaian.komponen.length ? (hasil?.totalBobot ?? null) : null,
              penilaian.komponen.length ? (hasil?.nilai ?? null) : null,
              penilaian.nilai_tercetak,
              hasil?.kategori?.label ?? null,
              penilaian.kategori_tercetak ?? null,
            ],
          ];
        }),
      ),
  },
  {
    nama: 'renstra-target',
    judul: 'Target Renstra',
    deskripsi: 'Nilai awal, target per tahun dan target akhir setiap indikator Renstra, per versi (awal dan reviu).',
    kolom: {
      instansi: INSTANSI,
      periode: 'periode Renstra, mis. 2021-2026',
      versi: 'id versi Renstra',
      tingkat: 'tujuan | sasaran',
      sasaran: 'id tujuan atau sasaran',
      indikator_id: 'id indikator',
      indikator: 'nama indikator di versi ini seperti tercetak',
      satuan: 'satuan seperti tercetak',
      jenis: 'baseline | tahunan | akhir',
      tahun: 'tahun nilai atau target',
      nilai: 'nilai awal atau target seperti tercetak (angka, rentang "a-b", atau label)',
    },
    tipe: { tahun: 'integer' },
    baris: (lk) =>
      lk.instansi.flatMap((ins) =>
        ins.renstra.flatMap((r) =>
          r.data.versi.flatMap((v) =>
            v.tujuan.flatMap((tj) =>
              [
                ...tj.indikator.map((x) => ['tujuan', tj.id, x] as const),
                ...tj.sasaran.flatMap((sa) => sa.indikator.map((x) => ['sasaran', sa.id, x] as const)),
              ].flatMap(([tingkat, sasaran, idIndikator]) => {
                const dasar = [
                  ins.data.id,
                  periodeId(r.data),
                  v.id,
                  tingkat,
                  sasaran,
                  idIndikator.indikator,
                  idIndikator.nama_tercetak ?? null,
                  idIndikator.satuan ?? null,
                ];
                return [
                  ...(idIndikator.baseline
                    ? [[...dasar, 'baseline', idIndikator.baseline.tahun, nilaiTeks(idIndikator.baseline.nilai)]]
                    : []),
                  ...idIndikator.target.map((t) => [...dasar, 'tahunan', t.tahun, nilaiTeks(t.target)]),
                  ...(idIndikator.target_akhir !== undefined
                    ? [[...dasar, 'akhir', r.data.periode.selesai, nilaiTeks(idIndikator.target_akhir)]]
                    : []),
                ];
              }),
            ),
          ),
        ),
      ),
  },
  {
    nama: 'profil-pegawai',
    judul: 'Profil pegawai',
    deskripsi: 'Jumlah pegawai instansi per tahun menurut satu rincian (pendidikan, golongan, jenis kelamin…).',
    kolom: {
      instansi: INSTANSI,
      tahun: 'tahun data',
      menurut: 'rincian: pendidikan | golongan | jenis_kelamin | jabatan | eselon | unit | status | usia',
      kategori: 'kategori seperti tercetak, atau "Jumlah"',
      jumlah: 'jumlah pegawai (orang); untuk Jumlah: jumlah rincian hitung ulang',
      jumlah_tercetak: 'untuk Jumlah: jumlah seperti tercetak',
    },
    tipe: { tahun: 'integer', jumlah: 'number', jumlah_tercetak: 'integer' },
    baris: (lk) =>
      lk.instansi.flatMap((ins) =>
        ins.data.profil.pegawai.flatMap((p) => [
          ...p.rincian.map((r) => [ins.data.id, p.tahun, p.menurut, r.kategori, r.jumlah, null]),
          [
            ins.data.id,
            p.tahun,
            p.menurut,
            'Jumlah',
            p.rincian.reduce((s, r) => s + r.jumlah, 0),
            p.jumlah_tercetak ?? null,
          ],
        ]),
      ),
  },
  {
    nama: 'profil-aset',
    judul: 'Profil aset',
    deskripsi: 'Aset instansi per tahun seperti tercetak.',
    kolom: {
      instansi: INSTANSI,
      tahun: 'tahun data',
      nama: 'nama aset',
      jumlah: 'jumlah',
      satuan: 'satuan',
      kondisi: 'kondisi seperti tercetak',
      nilai: 'nilai (Rp)',
    },
    tipe: { tahun: 'integer', jumlah: 'number', nilai: 'integer' },
    baris: (lk) =>
      lk.instansi.flatMap((ins) =>
        ins.data.profil.aset.flatMap((a) =>
          a.rincian.map((r) => [
            ins.data.id,
            a.tahun,
            r.nama,
            r.jumlah,
            r.satuan ?? null,
            r.kondisi ?? null,
            r.nilai ?? null,
          ]),
        ),
      ),
  },
  {
    nama: 'profil-belanja',
    judul: 'Profil belanja',
    deskripsi: 'Belanja instansi per tahun menurut jenis, seperti tercetak di profil.',
    kolom: {
      instansi: INSTANSI,
      tahun: 'tahun data',
      jenis: 'jenis belanja',
      pagu: 'pagu (Rp)',
      realisasi: 'realisasi (Rp)',
      serapan: 'realisasi ÷ pagu × 100, % (2 desimal)',
    },
    tipe: { tahun: 'integer', pagu: 'integer', realisasi: 'integer', serapan: 'number' },
    baris: (lk) =>
      lk.instansi.flatMap((ins) =>
        ins.data.profil.belanja.flatMap((b) =>
          b.rincian.map((r) => [
            ins.data.id,
            b.tahun,
            r.jenis,
            r.pagu,
            r.realisasi ?? null,
            r.realisasi !== undefined && r.pagu ? persen((r.realisasi / r.pagu) * 100) : null,
          ]),
        ),
      ),
  },
  {
    nama: 'tabel-lain',
    judul: 'Tabel lain',
    deskripsi:
      'Tabel tanpa tipe di laporan dan Renstra, dalam bentuk panjang: satu baris per sel, seperti tercetak (tanpa hitung ulang).',
    kolom: {
      instansi: INSTANSI,
      dokumen: 'tahun laporan (mis. 2023) atau periode Renstra (mis. renstra-2021-2026)',
      tabel: 'urutan tabel di dokumen (mulai 1)',
      judul: 'judul tabel seperti tercetak',
      baris: 'urutan baris (mulai 1)',
      kolom: 'judul kolom seperti tercetak',
      nilai: 'isi sel seperti tercetak',
    },
    tipe: { tabel: 'integer', baris: 'integer' },
    kunci: ['instansi', 'dokumen', 'tabel', 'baris', 'kolom'],
    baris: (lk) => {
      const sel = (
        instansi: string,
        dokumen: string,
        tabel: readonly { judul: string; kolom: string[]; baris: (string | number | null)[][] }[],
      ) =>
        tabel.flatMap((t, ti) =>
          t.baris.flatMap((r, ri) =>
            r.map((v, ci) => [instansi, dokumen, ti + 1, t.judul, ri + 1, `${ci + 1}. ${t.kolom[ci]}`, v]),
          ),
        );
      return [
        ...lk.laporan.flatMap((l) =>
          sel(l.instansi.data.id, String(l.terhitung.laporan.tahun), l.terhitung.laporan.tabel_lain),
        ),
        ...lk.instansi.flatMap((ins) =>
          ins.renstra.flatMap((r) => sel(ins.data.id, `renstra-${periodeId(r.data)}`, r.data.tabel_lain)),
        ),
      ];
    },
  },
  {
    nama: 'pemeriksaan',
    judul: 'Pemeriksaan angka tercetak',
    deskripsi:
      'Setiap angka tercetak yang diperiksa audit, cocok maupun tidak, dengan kelas perbedaannya. Hanya yang berbeda: audit.csv.',
    kolom: KOLOM_AUDIT,
    tipe: { tahun: 'integer', selisih: 'number' },
    baris: (lk) => lk.temuan.map(barisTemuan),
  },
  {
    nama: 'audit',
    judul: 'Selisih audit',
    deskripsi:
      'Setiap angka tercetak yang berbeda dari hasil hitung ulang (baris pemeriksaan.csv berstatus berbeda), dengan tanggapan instansi bila ada (hak jawab).',
    kolom: {
      ...KOLOM_AUDIT,
      tanggapan: 'tanggapan instansi atas temuan ini (hak jawab), dengan kata-katanya sendiri; kosong bila tidak ada',
      tanggapan_tanggal: 'tanggal tanggapan (YYYY-MM-DD)',
      tanggapan_oleh: 'jabatan yang menanggapi',
    },
    tipe: { tahun: 'integer', selisih: 'number' },
    baris: (lk) => {
      const tanggapan = tanggapanTemuan(lk.laporan);
      return lk.temuan
        .filter((a) => a.status === 'berbeda')
        .map((temuan) => {
          const balasan = tanggapan.get(temuan.id);
          return [...barisTemuan(temuan), balasan?.isi ?? null, balasan?.tanggal ?? null, balasan?.oleh ?? null];
        });
    },
  },
  {
    nama: 'terbitan',
    judul: 'Papan terbitan',
    deskripsi:
      'Satu baris per instansi per tahun: dokumen SAKIP yang terbit di situs ini, kapan (dari riwayat git), dan berapa angka tercetak yang diperiksa dan berbeda. Versi JSON dengan berkas dan tanggal perubahan terakhir: terbitan.json.',
    kolom: KOLOM_TERBITAN,
    tipe: { tahun: 'integer', angka_diperiksa: 'integer', angka_berbeda: 'integer' },
    kunci: ['instansi', 'tahun'],
    baris: (lk) => barisTerbitan(lk.terbitan ?? []),
  },
];

export const tabelBernama = (nama: string) => TABEL.find((t) => t.nama === nama);

export const csvTabel = (t: TabelTerbuka, lk: Lingkup) => csv(Object.keys(t.kolom), t.baris(lk));

export interface LisensiData {
  nama: string;
  url: string;
}

/** `datapackage.json` (Frictionless tabular-data-package profile), over every table or the ones given. */
export function deskriptorPaket(
  korpus: KorpusTerhitung,
  opsi: {
    nama: string;
    judul: string;
    lisensi: LisensiData;
    homepage?: string;
    tabel?: readonly TabelTerbuka[];
  },
) {
  const tabel = opsi.tabel ?? TABEL;
  const dipakai = new Set(tabel.map((t) => t.nama));
  return {
    profile: 'tabular-data-package',
    name: opsi.nama,
    title: opsi.judul,
    description: korpus.korpus.situs.deskripsi || undefined,
    ...(opsi.homepage ? { homepage: opsi.homepage } : {}),
    // the spec wants an identifier as the name (SPDX-like, "CC-BY-4.0"), the readable one as title
    licenses: [
      {
        name: opsi.lisensi.nama.trim().replace(/[^-a-zA-Z0-9._]+/g, '-'),
        path: opsi.lisensi.url,
        title: opsi.lisensi.nama,
      },
    ],
    resources: tabel.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.nama,
      path: `${t.nama}.csv`,
      title: t.judul,
      description: t.deskripsi,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: Object.entries(t.kolom).map(([name, description]) => ({
          name,
          type: t.tipe[name] ?? 'string',
          description,
        })),
        missingValues: [''],
        ...(t.kunci ? { primaryKey: t.kunci } : {}),
        ...(t.perLaporan && dipakai.has('ringkasan')
          ? {
              foreignKeys: [
                { fields: ['instansi', 'tahun'], reference: { resource: 'ringkasan', fields: ['instansi', 'tahun'] } },
              ],
            }
          : {}),
      },
    })),
  };
}

/** Each table with its number of rows over a scope: what the /data/ page and the dictionary list. */
export const isiPaket = (lk: Lingkup) => TABEL.map((t) => ({ t, jumlah: t.baris(lk).length }));

const JENIS_TEKS: Record<TipeKolom, string> = { string: 'teks', integer: 'bilangan bulat', number: 'angka' };
const sel = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/data-terbuka.md: the data dictionary, written from the same table list (npm run schemas). */
export function kamusData(): string {
  const bagian = TABEL.map((t) =>
    [
      `## ${t.judul}: \`${t.nama}.csv\``,
      '',
      t.deskripsi,
      ...(t.kunci ? ['', `Kunci utama: ${t.kunci.map((k) => `\`${k}\``).join(', ')}.`] : []),
      ...(t.perLaporan ? ['', '`instansi`, `tahun` merujuk ke satu baris `ringkasan.csv`.'] : []),
      '',
      '| Kolom | Jenis | Arti |',
      '| --- | --- | --- |',
      ...Object.entries(t.kolom).map(([n, a]) => `| \`${n}\` | ${JENIS_TEKS[t.tipe[n] ?? 'string']} | ${sel(a)} |`),
    ].join('\n'),
  );
  return `# Kamus data terbuka

<!-- Ditulis oleh \`npm run schemas\` dari src/core/data-terbuka/paket.ts; jangan disunting langsung. -->

Situs menerbitkan tabel-tabel ini di \`/data/<nama>.csv\`, dijelaskan oleh \`/data/datapackage.json\`
(Frictionless Tabular Data Package). Setiap laporan juga dapat diunduh sebagai ZIP (CSV tabel yang berisi,
\`datapackage.json\`, README) dan XLSX di \`/data/laporan/<instansi>-<tahun>.zip|.xlsx\`. CSV: koma, titik
desimal, UTF-8, RFC 4180; sel teks yang dapat dibaca spreadsheet sebagai rumus diawali apostrof (OWASP);
angka paling banyak 15 angka penting. Lisensi: \`lisensi_data\` di \`content/situs.json\` (bawaan CC BY 4.0).

${bagian.join('\n\n')}
`;
}

/**
 * The broken corpus: the valid synthetic fixture with ONE thing broken per case.
 * Each case names the file the validator must blame and what it must say there.
 */
import type { BerkasKonten } from '../../../src/core/muat/korpus.ts';
import { berkasFixture, ganti, isiTeks, narasi, JALUR_CONTOH, ubahJson } from './bantuan.ts';

export interface KasusRusak {
  nama: string;
  files: () => BerkasKonten[];
  /** the file blamed */
  berkas: string;
}

const dasar = berkasFixture;
const IKI = 'content/instansi/dinas-contoh/2022/iki.json';
const iki = (atasan: string) =>
  JSON.stringify(
    {
      instansi: 'dinas-contoh',
      tahun: 2022,
      sumber: { judul: 'IKI sintetis', berkas: 'sintetis' },
      jabatan: [
        { id: 'kepala', jabatan: 'Kepala Dinas', lokasi: { baris: 1 } },
        { id: 'sekretaris', jabatan: 'Sekretaris', atasan, lokasi: { baris: 2 } },
      ],
    },
    null,
    2,
  );

export const KASUS: KasusRusak[] = [
  // — schema rules —
  {
    nama: 'tipe salah (wrong type)',
    berkas: JALUR_CONTOH.instansi,
    files: () => ubahJson(dasar(), JALUR_CONTOH.instansi, (j) => (j.singkatan = 12)),
  },
  {
    nama: 'kolom wajib hilang (missing field)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => delete j.sumber),
  },
  {
    nama: 'kolom tidak dikenal (unknown field)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[1].capaian = 83.33)),
  },
  {
    nama: 'enum salah (bad enum)',
    berkas: JALUR_CONTOH.kota,
    files: () => ubahJson(dasar(), JALUR_CONTOH.kota, (j) => (j.tingkat = 'desa')),
  },
  {
    nama: 'id salah (bad id)',
    berkas: JALUR_CONTOH.renstra,
    files: () => ubahJson(dasar(), JALUR_CONTOH.renstra, (j) => (j.versi[0].tujuan[0].sasaran[0].id = 'Sasaran 1')),
  },
  {
    nama: 'angka tercetak salah (bad printed-number string)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[0].capaian_tercetak = '100,80')),
  },
  {
    nama: 'di luar rentang (range)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.anggaran[0].baris[1].pagu = -50)),
  },
  {
    nama: 'rupiah pecahan (not whole rupiah)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.anggaran[0].baris[1].realisasi = 50.5)),
  },
  {
    nama: 'front matter: bab salah (bad chapter)',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, '---\nbab: bab-9\njudul: Pendahuluan\n---\nTeks.\n'),
  },
  // — meaning —
  {
    nama: 'folder tahun ≠ tahun dokumen (year folder mismatch)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.tahun = 2023)),
  },
  {
    nama: 'instansi tidak dikenal (unknown agency)',
    berkas: 'content/instansi/dinas-lain/instansi.json',
    files: () => ganti(dasar(), 'content/instansi/dinas-lain/2022/lkjip.json', isiTeks(dasar(), JALUR_CONTOH.lkjip)),
  },
  {
    nama: 'wilayah tidak dikenal (unknown region)',
    berkas: JALUR_CONTOH.instansi,
    files: () => ubahJson(dasar(), JALUR_CONTOH.instansi, (j) => (j.wilayah = 'kota-lain')),
  },
  {
    nama: 'indikator tidak dikenal (unknown indicator id)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[1].indikator = 'waktu-tunggu')),
  },
  {
    nama: 'indikator PK tidak ada di Renstra (PK indicator not in Renstra)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      ubahJson(
        ubahJson(dasar(), JALUR_CONTOH.indikator, (j) =>
          j.indikator.push({ id: 'indikator-baru', nama: 'Indikator baru', satuan: '%', polaritas: 'naik' }),
        ),
        JALUR_CONTOH.lkjip,
        (j) => j.perjanjian_kinerja[0].sasaran[0].indikator.push({ indikator: 'indikator-baru', target: 50 }),
      ),
  },
  {
    nama: 'sasaran tidak dikenal (unknown sasaran)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.perjanjian_kinerja[0].sasaran[0].sasaran = 's9')),
  },
  {
    nama: 'laporan ganda (duplicate report)',
    berkas: 'content/instansi/dinas-contoh/2023/lkjip.json',
    files: () => ganti(dasar(), 'content/instansi/dinas-contoh/2023/lkjip.json', isiTeks(dasar(), JALUR_CONTOH.lkjip)),
  },
  {
    nama: 'periode Renstra ≠ nama berkas (renstra period/file mismatch)',
    berkas: JALUR_CONTOH.renstra,
    files: () => ubahJson(dasar(), JALUR_CONTOH.renstra, (j) => (j.periode.selesai = 2025)),
  },
  {
    nama: 'atasan IKI tidak dikenal (IKI superior unknown)',
    berkas: IKI,
    files: () => ganti(dasar(), IKI, iki('kepala-dinas')),
  },
  // — content model v2: methods, scales, value sets, periods, units —
  {
    nama: 'metode capaian tidak dikenal (unknown capaian method)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      ubahJson(
        dasar(),
        JALUR_CONTOH.lkjip,
        (j) => (j.pengukuran.indikator[0].metode_capaian = 'realisasi-dibagi-target'),
      ),
  },
  {
    nama: 'pita skala tumpang tindih (overlapping scale bands)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      ubahJson(
        dasar(),
        JALUR_CONTOH.lkjip,
        (j) =>
          (j.skala = [
            {
              id: 'skala-rusak',
              nama: 'Skala rusak',
              cakupan: ['rata_rata'],
              pita: [
                { label: 'Baik', bawah: { nilai: 70, inklusif: true }, atas: { nilai: 100, inklusif: true } },
                { label: 'Cukup', bawah: { nilai: 50, inklusif: true }, atas: { nilai: 70, inklusif: true } },
              ],
            },
          ]),
      ),
  },
  {
    nama: 'skala bernama tidak dikenal (unknown named scale)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.skala = [{ acuan: 'skala-provinsi' }])),
  },
  {
    nama: 'nilai di luar himpunannya (value outside its declared set)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[2].realisasi = 'Baik')),
  },
  {
    nama: 'nilai kualitatif tanpa himpunan (qualitative value, no declared set)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[0].target = 'Tinggi')),
  },
  {
    nama: 'himpunan nilai tidak dikenal (unknown value set)',
    berkas: JALUR_CONTOH.indikator,
    files: () => ubahJson(dasar(), JALUR_CONTOH.indikator, (j) => (j.indikator[2].himpunan_nilai = 'opini-bpk')),
  },
  {
    nama: 'periode di luar tahun laporan (period outside the year)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      ubahJson(
        dasar(),
        JALUR_CONTOH.lkjip,
        (j) => (j.pengukuran.indikator[1].periode = { jenis: 'triwulan', nilai: [{ ke: 5, realisasi: 12 }] }),
      ),
  },
  {
    nama: 'unit organisasi tidak dikenal (unknown organisation unit)',
    berkas: JALUR_CONTOH.lkjip,
    files: () => ubahJson(dasar(), JALUR_CONTOH.lkjip, (j) => (j.pengukuran.indikator[0].unit = 'bidang-mutasi')),
  },
  // — unsafe MDX —
  {
    nama: 'MDX import',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('Teks.\n\nimport Grafik from "../../x.astro"')),
  },
  {
    nama: 'MDX export',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('export const data = 1')),
  },
  {
    nama: 'MDX <script>',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('Teks.\n\n<script>alert(1)</script>')),
  },
  {
    nama: 'MDX onclick',
    berkas: JALUR_CONTOH.narasi,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.narasi,
        narasi('Lihat <abbr title="Aparatur Sipil Negara" onclick="alert(1)">ASN</abbr>.'),
      ),
  },
  {
    nama: 'MDX javascript: URL',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('Teks.\n\n[unduh](javascript:alert(1))')),
  },
  {
    nama: 'MDX <iframe>',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('<iframe src="https://example.com"></iframe>')),
  },
  {
    nama: 'MDX ekspresi {…} (expression)',
    berkas: JALUR_CONTOH.narasi,
    files: () => ganti(dasar(), JALUR_CONTOH.narasi, narasi('Capaian {72.58 / 72 * 100} persen.')),
  },
  // — files —
  {
    nama: 'JSON rusak (malformed JSON)',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        '{\n  "id": "kota-contoh",\n  "nama": "Kota Contoh",\n  "tingkat": "kota",\n}\n',
      ),
  },
  {
    nama: 'pengodean Latin-1 (wrong encoding)',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        Uint8Array.from(
          Buffer.from(
            '{ "id": "kota-contoh", "nama": "Kota Contoh Caf\u00e9", "tingkat": "kota", "induk": "provinsi-contoh" }',
            'latin1',
          ),
        ),
      ),
  },
  {
    nama: 'HTML di string JSON (HTML in a JSON string)',
    berkas: JALUR_CONTOH.instansi,
    files: () => ubahJson(dasar(), JALUR_CONTOH.instansi, (j) => (j.fungsi = ['Menguji <script>alert(1)</script>'])),
  },
];

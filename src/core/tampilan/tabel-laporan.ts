/**
 * The report page's fixed tables as `TabelKolom` tables (`tabel-kolom.ts`): the sasaran, the Perjanjian
 * Kinerja, the values per period, the breakdown of composite indicators, the comparisons, the efficiency
 * methods, a program's outputs, the SAKIP evaluations and the audit's differing figures. Numbers
 * are written by the caller's formatter (the site's id-ID one, `src/lib/format.ts`), so the core stays
 * format-free. Pure.
 */
import type { Capaian } from '../rumus/capaian.ts';
import type { Nilai, Target } from '../skema/common.ts';
import { METODE_EFISIENSI } from '../skema/laporan.ts';
import { LABEL_KELAS, type TemuanAudit } from '../audit/audit.ts';
import type { KeluaranProgram, ProgramBelanja } from '../hitung/belanja.ts';
import { namaKategori, type HalamanLaporan } from './halaman-laporan.ts';
import { LABEL_PERUBAHAN, LABEL_PERUBAHAN_PAGU, LABEL_TINGKAT_SASARAN } from './laporan.ts';
import type { Baris, Isi, Kolom, Sel, Tabel } from './tabel-kolom.ts';

/** What the tables need of the site's formatter. */
export interface PemformatTabel {
  angka: (v: number | null | undefined) => string;
  rupiah: (v: number | null | undefined) => string;
  tercetak: (t: string | number | null | undefined) => string;
  target: (t: Target | null | undefined) => string;
  nilai: (v: Nilai | null | undefined) => string;
  capaian: (c: Capaian | null | undefined) => string;
  efisiensi: (metode: string, v: number | null) => string;
  nilaiTemuan: (temuan: Pick<TemuanAudit, 'satuan'>, v: string | number | null) => string;
  selisihTemuan: (temuan: Pick<TemuanAudit, 'satuan' | 'selisih'>) => string;
  selisih: (v: number | null | undefined) => string;
  persen: (v: number | null | undefined) => string;
  jumlah: (v: number | null | undefined) => string;
  tanggal: (iso: string | null | undefined) => string;
  TIDAK_ADA_DI_SUMBER: string;
}

/** A printed figure the document may leave out. */
const tercetakAtauKosong = (teks: string | undefined, format: PemformatTabel) => (teks ? format.tercetak(teks) : '–');

const KOLOM_PERIODE: Kolom[] = [
  { judul: 'Periode', kepalaBaris: true },
  { judul: 'Target', angka: true },
  { judul: 'Realisasi', angka: true },
  { judul: 'Capaian dihitung', angka: true },
  { judul: 'Capaian tercetak', angka: true },
];

/** Indicators measured per month/quarter/semester: each period, and the annual value by the declared rule. */
export function tabelPeriode(halaman: HalamanLaporan, format: PemformatTabel): Tabel[] {
  return halaman.periode.map((ringkas) => {
    const { indikator, jenis, aturan } = ringkas;
    return {
      label: `Nilai per ${jenis} ${indikator.nama}`,
      judul:
        `${indikator.nama}: nilai per ${jenis}` +
        (aturan ? `; nilai tahunan = ${aturan}` : '; dokumen tidak menyatakan aturan nilai tahunannya'),
      id: halaman.indikatorAudit.get(indikator)?.periode,
      kolom: KOLOM_PERIODE,
      baris: ringkas.baris.map((periode) => [
        periode.periode,
        format.target(periode.target),
        format.nilai(periode.realisasi),
        format.capaian(periode.capaian),
        tercetakAtauKosong(periode.capaianTercetak, format),
      ]),
      // the printed annual value is words across the two capaian columns
      kaki: aturan
        ? [
            [
              'Nilai tahunan (dihitung)',
              undefined,
              format.angka(ringkas.gabungan),
              { isi: [`tercetak: ${format.nilai(indikator.data.realisasi)}`], rentang: 2, teks: true },
            ],
          ]
        : [],
    };
  });
}

const KOLOM_RINCIAN: Kolom[] = [
  { judul: 'Komponen', kepalaBaris: true },
  { judul: 'Nilai', angka: true },
  { judul: 'Maksimum', angka: true },
];

/** The breakdown of composite indicators (components, value, maximum) with their recomputed sums. */
export function tabelRincian(halaman: HalamanLaporan, format: PemformatTabel): Tabel[] {
  return halaman.rincian.map(({ indikator, jumlahMaks }) => ({
    label: `Rincian ${indikator.nama}`,
    judul: [`Rincian ${indikator.nama} (`, { letak: indikator.data.rincian_lokasi, dokumen: halaman.sumber }, ')'],
    kolom: KOLOM_RINCIAN,
    baris: indikator.data.rincian.map((komponen) => [
      komponen.nama,
      format.angka(komponen.nilai),
      format.angka(komponen.maks),
    ]),
    kaki: [['Jumlah (dihitung)', format.angka(indikator.jumlahRincian), format.angka(jumlahMaks)]],
  }));
}

const KOLOM_EFISIENSI: Kolom[] = [
  { judul: 'Metode laporan', kepalaBaris: true },
  { judul: 'Capaian tercetak', angka: true },
  { judul: 'Serapan tercetak', angka: true },
  { judul: 'Efisiensi tercetak', angka: true },
  { judul: 'Dihitung dari angka tercetak', angka: true },
  { judul: 'Letak' },
];

/** Each efficiency method the report used, with its printed inputs and the result recomputed from them. */
export function tabelEfisiensi(halaman: HalamanLaporan, format: PemformatTabel): Tabel {
  return {
    label: 'Efisiensi menurut laporan',
    judul: 'Efisiensi menurut metode laporan sendiri',
    kolom: KOLOM_EFISIENSI,
    baris: halaman.terhitung.efisiensi.map(({ data, dariTercetak }) => [
      {
        isi: [
          METODE_EFISIENSI[data.metode],
          ...(data.rumus_tercetak ? [{ span: [` (tercetak: “${data.rumus_tercetak}”)`], kelas: 'catatan' }] : []),
        ],
      },
      tercetakAtauKosong(data.capaian_tercetak, format),
      tercetakAtauKosong(data.serapan_tercetak, format),
      data.metode === 'sisa_rupiah'
        ? format.rupiah(Number(data.efisiensi_tercetak))
        : format.tercetak(data.efisiensi_tercetak),
      format.efisiensi(data.metode, dariTercetak),
      { letak: data.lokasi, dokumen: halaman.sumber },
    ]),
  };
}

const KOLOM_AUDIT: Kolom[] = [
  { judul: 'Angka', kepalaBaris: true },
  { judul: 'Tercetak', angka: true },
  { judul: 'Dihitung ulang', angka: true },
  { judul: 'Selisih', angka: true },
  { judul: 'Letak di dokumen' },
  { judul: 'Status' },
];

/** A link on its own line under a finding's name. */
const tautanBlok = (tautan: string, jangkar: string): Isi => ({
  span: [{ tautan, href: `#${jangkar}` }],
  kelas: 'catatan blok',
});

/**
 * The printed figures that differ from their recomputation, one row each with its permalink: why, where
 * the figure is on the page, the finding it is carried from, and the agency's response.
 */
export function tabelAudit(halaman: HalamanLaporan, format: PemformatTabel): Tabel {
  const { berbeda, tempat, tanggapan } = halaman.audit;
  return {
    label: 'Angka tercetak yang berbeda dari hasil hitung ulang',
    judul: 'Angka tercetak yang berbeda dari hasil hitung ulang',
    id: 'tabel-audit',
    kolom: KOLOM_AUDIT,
    baris: berbeda.map((temuan): Baris => {
      const diHalaman = tempat.get(temuan.id);
      const jawaban = tanggapan.get(temuan.id);
      const nama: Isi[] = [
        temuan.label,
        ...(temuan.keterangan ? [{ span: [{ barisBaru: true } as const, temuan.keterangan], kelas: 'catatan' }] : []),
        ...(diHalaman ? [tautanBlok('Angka ini di halaman', diHalaman)] : []),
        ...(temuan.asal ? [tautanBlok('Temuan asalnya', temuan.asal)] : []),
        ...(jawaban ? [{ tanggapan: jawaban }] : []),
      ];
      return {
        id: temuan.id,
        sel: [
          { isi: nama },
          format.nilaiTemuan(temuan, temuan.tercetak),
          format.nilaiTemuan(temuan, temuan.dihitung),
          format.selisihTemuan(temuan),
          { letak: { tabel: temuan.tabel, ...temuan.lokasi }, dokumen: halaman.sumber },
          {
            isi: [
              { status: temuan.status },
              ...(temuan.kelas ? [{ span: [LABEL_KELAS[temuan.kelas]], kelas: 'catatan kecil blok' }] : []),
            ],
          },
        ],
      };
    }),
  };
}

/** Realisasi beside last years', the Renstra's final target and the national target: a row per comparison. */
export function tabelPerbandingan(halaman: HalamanLaporan, format: PemformatTabel): Tabel {
  const tahun = halaman.terhitung.laporan.tahun;
  return {
    label: 'Perbandingan dengan tahun sebelumnya, target akhir Renstra dan target nasional',
    judul: `Realisasi ${tahun} dibandingkan dengan tahun sebelumnya, target akhir Renstra dan target nasional`,
    kolom: [
      { judul: 'Indikator', kepalaBaris: true },
      { judul: 'Pembanding' },
      { judul: 'Nilai pembanding', angka: true },
      { judul: `Realisasi ${tahun}`, angka: true },
      { judul: 'Perubahan / capaian dihitung', angka: true },
    ],
    baris: halaman.terhitung.indikator.flatMap((indikator) => {
      const realisasi = format.nilai(indikator.data.realisasi);
      const { akhirRenstra, nasional } = indikator;
      return [
        ...indikator.tahunSebelumnya.map((sebelumnya, indeks) => {
          const tercetak = indikator.data.tahun_sebelumnya[indeks]!;
          const { perubahan } = sebelumnya;
          return [
            indikator.nama,
            `Realisasi ${sebelumnya.tahun}` +
              (tercetak.target !== undefined ? ` (target ${format.target(tercetak.target)})` : ''),
            format.nilai(tercetak.realisasi),
            realisasi,
            perubahan
              ? `${format.selisih(perubahan.selisih)} poin` +
                (perubahan.relatif !== null ? ` (${format.selisih(perubahan.relatif)} %)` : '')
              : '– (realisasi bukan angka)',
          ];
        }),
        ...(akhirRenstra
          ? [
              [
                indikator.nama,
                `Target akhir Renstra ${akhirRenstra.tahun}` +
                  (akhirRenstra.dari === 'renstra' ? ' (dari dokumen Renstra)' : ''),
                format.target(akhirRenstra.target),
                realisasi,
                format.capaian(akhirRenstra.capaian),
              ],
            ]
          : []),
        ...(nasional
          ? [
              [
                indikator.nama,
                `Target nasional (${nasional.sumber})`,
                format.target(nasional.target),
                realisasi,
                format.capaian(nasional.capaian),
              ],
            ]
          : []),
      ];
    }),
  };
}

const KOLOM_KELUARAN: Kolom[] = [
  { judul: 'Kegiatan' },
  { judul: 'Keluaran' },
  { judul: 'Target' },
  { judul: 'Realisasi' },
  { judul: 'Capaian' },
];

/** An output's target or realisasi as printed, with its unit after a number; none at all is an empty cell. */
function nilaiKeluaran(nilai: KeluaranProgram['target'], satuan: string | null, format: PemformatTabel): string {
  if (typeof nilai === 'number') return satuan ? `${format.target(nilai)} ${satuan}` : format.target(nilai);
  return nilai === null || nilai === '' ? format.TIDAK_ADA_DI_SUMBER : (nilai ?? '');
}

/** A program's outputs, its own first ("(program)"), then each kegiatan's, with target, realisasi and capaian. */
export function tabelKeluaran(program: ProgramBelanja, format: PemformatTabel): Tabel {
  const keluaran = [
    ...program.keluaran.map((satu) => ({ kegiatan: '(program)', satu })),
    ...program.kegiatan.flatMap((kegiatan) => kegiatan.keluaran.map((satu) => ({ kegiatan: kegiatan.nama, satu }))),
  ];
  return {
    label: `Keluaran ${program.nama}`,
    judul: `Keluaran kegiatan: ${program.nama}`,
    kolom: KOLOM_KELUARAN,
    baris: keluaran.map(({ kegiatan, satu }) => [
      kegiatan,
      satu.indikator,
      nilaiKeluaran(satu.target, satu.satuan, format),
      nilaiKeluaran(satu.realisasi, satu.satuan, format),
      satu.capaian === null ? 'tidak dapat dihitung' : format.persen(satu.capaian),
    ]),
  };
}

/** The sasaran the report states, with their level, group and source. */
export function tabelSasaran(halaman: HalamanLaporan): Tabel {
  return {
    label: 'Sasaran yang dinyatakan laporan',
    judul: 'Sasaran yang dinyatakan laporan ini',
    kolom: [{ judul: 'Tingkat' }, { judul: 'Sasaran', kepalaBaris: true }, { judul: 'Kelompok' }, { judul: 'Letak' }],
    baris: halaman.terhitung.laporan.sasaran.map((sasaran) => [
      LABEL_TINGKAT_SASARAN[sasaran.tingkat],
      sasaran.nama,
      sasaran.kelompok ?? '–',
      { letak: sasaran.lokasi, dokumen: halaman.sumber },
    ]),
  };
}

/**
 * The Perjanjian Kinerja: indicator targets, and program budgets with their sums (null without programs),
 * the original PK beside its revision; what changed is a badge when there are both versions.
 */
export function tabelPk(halaman: HalamanLaporan, format: PemformatTabel): { indikator: Tabel; program: Tabel | null } {
  const { pk } = halaman;
  const perubahan = (teks: string, status: string): Sel =>
    pk.duaVersi ? { lencana: teks, kelas: `ubah-${status}` } : '–';
  return {
    indikator: {
      label: 'Target Perjanjian Kinerja',
      judul: 'Target indikator Perjanjian Kinerja',
      kolom: [
        { judul: 'Sasaran' },
        { judul: 'Indikator', kepalaBaris: true },
        { judul: 'Satuan' },
        { judul: 'Target PK murni', angka: true },
        { judul: 'Target Perubahan PK', angka: true },
        { judul: 'Perubahan' },
      ],
      baris: pk.indikator.map((indikator) => [
        indikator.sasaran,
        indikator.nama,
        indikator.satuan ?? '–',
        format.target(indikator.murni),
        pk.perubahan ? format.target(indikator.perubahan) : '–',
        perubahan(LABEL_PERUBAHAN[indikator.status], indikator.status),
      ]),
    },
    program:
      pk.program.length === 0
        ? null
        : {
            label: 'Anggaran program dalam Perjanjian Kinerja',
            judul: 'Anggaran program dalam Perjanjian Kinerja',
            kolom: [
              { judul: 'Program', kepalaBaris: true },
              { judul: 'PK murni', angka: true },
              { judul: 'Perubahan PK', angka: true },
              { judul: 'Perubahan' },
            ],
            baris: pk.program.map((program) => [
              program.nama,
              format.rupiah(program.murni),
              pk.perubahan ? format.rupiah(program.perubahan) : '–',
              perubahan(LABEL_PERUBAHAN_PAGU[program.status], program.status),
            ]),
            kaki: [['Jumlah (dihitung)', format.rupiah(pk.jumlahMurni), format.rupiah(pk.jumlahPerubahan), undefined]],
          },
  };
}

const KOLOM_SAKIP: Kolom[] = [
  { judul: 'Komponen', kepalaBaris: true },
  { judul: 'Bobot', angka: true },
  { judul: 'Nilai', angka: true },
];

/** Each SAKIP evaluation the report prints: components and weights, the sum recomputed, the printed score. */
export function tabelEvaluasiSakip(halaman: HalamanLaporan, format: PemformatTabel): Tabel[] {
  const tanpaSkala = halaman.terhitung.skala.nilai_sakip ? '' : ' (tanpa kategori: dokumen tidak menyatakan skalanya)';
  return halaman.sakip.map(({ penilaian, hasil }) => ({
    label: `Evaluasi SAKIP ${penilaian.tahun}`,
    judul: [
      `Hasil evaluasi SAKIP atas tahun ${penilaian.tahun}${penilaian.sumber ? ` (${penilaian.sumber})` : ''}: `,
      { letak: penilaian.lokasi, dokumen: halaman.sumber },
    ],
    kolom: KOLOM_SAKIP,
    baris: penilaian.komponen.map((komponen) => [
      komponen.komponen,
      format.angka(komponen.bobot),
      format.angka(komponen.nilai),
    ]),
    kaki: [
      [
        'Jumlah dihitung',
        hasil ? format.angka(hasil.totalBobot) : '–',
        hasil
          ? `${format.angka(hasil.nilai)}${hasil.kategori ? ` (${namaKategori(hasil.kategori)})` : tanpaSkala}`
          : '– (komponen tidak tercetak)',
      ],
      [
        'Tercetak',
        undefined,
        `${format.tercetak(penilaian.nilai_tercetak)}${penilaian.kategori_tercetak ? ` (${penilaian.kategori_tercetak})` : ''}`,
      ],
    ],
  }));
}

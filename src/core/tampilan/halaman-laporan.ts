/**
 * The report page's one view model (`halamanLaporan`): everything the page and its section components
 * (src/components/laporan/) show, computed once here so the templates only lay it out. Pure.
 */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { IndikatorTerhitung, LaporanTerhitung, RataRataTerhitung, TabelTerhitung } from '../hitung/laporan.ts';
import type { Kategori } from '../rumus/kategori.ts';
import type { HasilSakip } from '../rumus/sakip.ts';
import type { EvaluasiSakip, PerjanjianKinerja, Tanggapan } from '../skema/laporan.ts';

type PenilaianSakip = EvaluasiSakip['penilaian'][number];
import type { TemuanAudit } from '../audit/audit.ts';
import { tanggapanTemuan } from '../audit/tanggapan.ts';
import { indikatorAudit, tempatAngka } from './jangkar.ts';
import { rataRataUtama, sakipUtama, type RataRataUtama, type SakipUtama } from './kartu-utama.ts';
import { jumlahPaguProgram, silpa } from '../rumus/anggaran.ts';
import { adaData, type Grafik } from './grafik.ts';
import { hasilBelanja, type HasilBelanja } from './hasil-belanja.ts';
import { laporanInstansi } from './profil.ts';
import {
  adaKategoriIndikator,
  bandingkanPK,
  daftarSkala,
  grafikCapaian,
  grafikSerapanProgram,
  infoSumber,
  JUDUL_BAB,
  ringkasAudit,
  anggaranUtama,
  type AnggaranUtama,
  tabelPeriode,
  temuanBerbeda,
  URUTAN_BAB,
  type InfoSumber,
  type PerbandinganPK,
  type RingkasAudit,
  type RingkasPeriode,
} from './laporan.ts';

export type IdBagian = (typeof URUTAN_BAB)[number] | 'audit' | 'sumber';

/** The page's sections in order: the table of contents and every section heading read this one list. */
export const BAGIAN_LAPORAN: readonly { id: IdBagian; judul: string }[] = [
  ...URUTAN_BAB.map((id) => ({ id, judul: JUDUL_BAB[id] })),
  { id: 'audit', judul: 'Audit angka' },
  { id: 'sumber', judul: 'Sumber dan unduhan data' },
];

export const judulBagian = (id: IdBagian) => BAGIAN_LAPORAN.find((b) => b.id === id)!.judul;

/** "B1 Sangat baik", or just the label when the scale has no codes. */
export const namaKategori = (k: Kategori) => (k.kode ? `${k.kode} ${k.label}` : k.label);

export interface PKHalaman extends PerbandinganPK {
  /** both the original and the revised PK exist, so the "Perubahan" column says what changed */
  duaVersi: boolean;
  jumlahMurni: number | null;
  jumlahPerubahan: number | null;
  catatan: { versi: PerjanjianKinerja['versi']; catatan: string }[];
}

export interface AnggaranHalaman {
  tabel: TabelTerhitung;
  /** pagu − realisasi, when both are known */
  silpa: number | null;
  /** serapan per program; null when there is one line or nothing to draw */
  grafik: Grafik | null;
}

export interface HalamanLaporan {
  /** `<agency>-<year>`: the open-data file name and the charts' id */
  id: string;
  judul: string;
  laporan: LaporanLengkap;
  terhitung: LaporanTerhitung;
  /** the agency's other report years, oldest first */
  tahunLain: number[];
  sumber: InfoSumber;
  pk: PKHalaman;
  /**
   * `tanggapan`: the agency's response to a finding (hak jawab), by finding id; `tempat`: the anchor of
   * each finding's figure on this page (src/core/tampilan/jangkar.ts), when it has one
   */
  audit: {
    ringkasan: RingkasAudit;
    berbeda: TemuanAudit[];
    tanggapan: Map<string, Tanggapan>;
    tempat: Map<string, string | null>;
  };
  /** each indicator's row anchor in the capaian table, its period table's anchor, and the findings on its row */
  indikatorAudit: Map<IndikatorTerhitung, { id: string; periode: string; temuan: TemuanAudit[] }>;
  /** the headline budget: from the lowest lines when a printed subtotal is flagged, saying so */
  anggaranUtama: AnggaranUtama | null;
  sakipTerakhir: PenilaianSakip | undefined;
  /** the headline average and SAKIP score: never a flagged printed figure without saying so (kartu-utama.ts) */
  rataRataUtama: RataRataUtama;
  sakipUtama: SakipUtama | null;
  /** each SAKIP evaluation printed, with its recomputed result (undefined when components are not printed) */
  sakip: { penilaian: PenilaianSakip; hasil: HasilSakip | undefined }[];
  kolomKategori: boolean;
  adaPerbandingan: boolean;
  /** capaian per indicator; null with fewer than two indicators or nothing to draw */
  grafikCapaian: Grafik | null;
  catatanIndikator: { nama: string; catatan: string }[];
  /** indicators with a breakdown, with the sum of the maxima when every component prints one */
  rincian: { indikator: IndikatorTerhitung; jumlahMaks: number | null }[];
  periode: RingkasPeriode[];
  skala: ReturnType<typeof daftarSkala>;
  /** names of the indicators left out of the average */
  dikecualikan: string[];
  /** each printed average with its scope in words: "sasaran “…”", "kelompok “…”" or "laporan" */
  rataTercetak: { rata: RataRataTerhitung; cakupan: string }[];
  /** the uniform efficiency in words, after its value */
  putusanEfisiensi: string;
  anggaran: AnggaranHalaman[];
  /** what the money bought: per program, its outputs and capaian beside serapan */
  hasilBelanja: HasilBelanja[];
}

function putusanEfisiensi(nilai: number | null): string {
  if (nilai === null) return ' (tidak dapat dihitung: rata-rata capaian atau serapan tidak tersedia).';
  return nilai >= 1
    ? ' (capaian lebih tinggi dari serapan anggaran).'
    : ' (capaian lebih rendah dari serapan anggaran).';
}

export function halamanLaporan(laporan: LaporanLengkap, konteks: { korpus: KorpusTerhitung }): HalamanLaporan {
  const terhitung = laporan.terhitung;
  const data = terhitung.laporan;
  const ins = laporan.instansi.data;
  const id = `${ins.id}-${data.tahun}`;
  const katalog = new Map((laporan.instansi.katalog?.data.indikator ?? []).map((d) => [d.id, d]));
  const perbandingan = bandingkanPK(data, (indikator) => katalog.get(indikator)?.nama);
  const grafik = grafikCapaian(terhitung, id);
  const berbeda = temuanBerbeda(laporan.audit);
  return {
    id,
    judul: `LKjIP ${data.tahun} ${ins.nama}`,
    laporan,
    terhitung,
    tahunLain: laporanInstansi(konteks.korpus, ins.id)
      .map((l) => l.terhitung.laporan.tahun)
      .filter((tahun) => tahun !== data.tahun),
    sumber: infoSumber(terhitung, laporan.berkas),
    pk: {
      ...perbandingan,
      duaVersi: !!perbandingan.murni && !!perbandingan.perubahan,
      jumlahMurni: perbandingan.murni ? jumlahPaguProgram(perbandingan.murni.program) : null,
      jumlahPerubahan: perbandingan.perubahan ? jumlahPaguProgram(perbandingan.perubahan.program) : null,
      catatan: [perbandingan.murni, perbandingan.perubahan].flatMap((pk) =>
        pk?.catatan ? [{ versi: pk.versi, catatan: pk.catatan }] : [],
      ),
    },
    audit: {
      ringkasan: ringkasAudit(laporan.audit),
      berbeda,
      tanggapan: tanggapanTemuan([laporan]),
      tempat: new Map(berbeda.map((a) => [a.id, tempatAngka(a.jalur, terhitung)])),
    },
    indikatorAudit: indikatorAudit(terhitung, berbeda),
    anggaranUtama: anggaranUtama(terhitung, laporan.audit),
    sakipTerakhir: data.evaluasi_sakip?.penilaian.at(-1),
    rataRataUtama: rataRataUtama(terhitung, laporan.audit),
    sakipUtama: sakipUtama(terhitung, laporan.audit),
    sakip: (data.evaluasi_sakip?.penilaian ?? []).map((penilaian) => ({
      penilaian,
      hasil: terhitung.sakip.find((s) => s.tahun === penilaian.tahun)?.hasil,
    })),
    kolomKategori: adaKategoriIndikator(terhitung),
    adaPerbandingan: terhitung.indikator.some((i) => i.tahunSebelumnya.length || i.akhirRenstra || i.nasional),
    grafikCapaian: grafik.label.length > 1 && adaData(grafik) ? grafik : null,
    catatanIndikator: terhitung.indikator.flatMap((i) =>
      i.data.catatan ? [{ nama: i.nama, catatan: i.data.catatan }] : [],
    ),
    rincian: terhitung.indikator
      .filter((i) => i.data.rincian.length)
      .map((indikator) => {
        const rincian = indikator.data.rincian;
        const jumlahMaks = rincian.every((r) => r.maks !== undefined)
          ? rincian.reduce((s, r) => s + (r.maks ?? 0), 0)
          : null;
        return { indikator, jumlahMaks };
      }),
    periode: tabelPeriode(terhitung),
    skala: daftarSkala(terhitung),
    dikecualikan: terhitung.rataRata.dikecualikan.map((indikator) => katalog.get(indikator)?.nama ?? indikator),
    rataTercetak: terhitung.rataRataTercetak.map((rata) => ({
      rata,
      cakupan:
        rata.data.cakupan === 'sasaran'
          ? `sasaran “${terhitung.sasaran.get(rata.data.sasaran ?? '')?.nama ?? rata.data.sasaran ?? ''}”`
          : rata.data.cakupan === 'kelompok'
            ? `kelompok “${rata.data.kelompok ?? ''}”`
            : 'laporan',
    })),
    putusanEfisiensi: putusanEfisiensi(terhitung.efisiensiSeragam),
    anggaran: terhitung.anggaran.map((tabel) => {
      const grafikProgram = grafikSerapanProgram(tabel, id);
      return {
        tabel,
        silpa:
          tabel.pagu !== null && tabel.realisasi !== null
            ? silpa({ pagu: tabel.pagu, realisasi: tabel.realisasi })
            : null,
        grafik: tabel.baris.length > 1 && adaData(grafikProgram) ? grafikProgram : null,
      };
    }),
    hasilBelanja: hasilBelanja(terhitung, id),
  };
}

/**
 * Everything the site shows about one report, computed from its inputs:
 * capaian with the method the document declared (or the one its polarity implies,
 * said so), predicates, categories on the scales the report declared (none
 * otherwise), periods and their consolidation, comparisons, averages, the budget
 * tree from whatever level it starts at, efficiency and SAKIP scores. Pages and
 * open data only lay this out; the audit compares it with what the document printed.
 */
import type { HimpunanNilai, Polaritas, Target } from '../skema/common.ts';
import type { Skala } from '../skema/skala.ts';
import type { DefinisiIndikator } from '../skema/indikator.ts';
import type {
  BarisAnggaran,
  Efisiensi,
  Laporan,
  Pengukuran,
  RataRata,
  TabelAnggaran,
  TingkatSasaran,
} from '../skema/laporan.ts';
import type { Renstra, VersiRenstra } from '../skema/renstra.ts';
import { hitungBelanja, type TabelBelanja } from './belanja.ts';
import { sebaranRata, type SebaranRata } from './sebaran.ts';
import {
  hitungCapaian,
  jenisTarget,
  predikat,
  type AturanCapaian,
  type Capaian,
  type Predikat,
} from '../rumus/capaian.ts';
import { metodeDariPolaritas, type MetodeCapaian } from '../rumus/metode.ts';
import { bacaKodePermendagri, jumlahkan, serapan, silpa } from '../rumus/anggaran.ts';
import { hitungEfisiensi, METODE_SERAGAM } from '../rumus/efisiensi.ts';
import { bandingTahunLalu, bandingTarget, type PerubahanTahunan } from '../rumus/perbandingan.ts';
import { rataRataCapaian, type RataRataCapaian } from '../rumus/rata.ts';
import { hitungSakip, type HasilSakip } from '../rumus/sakip.ts';
import {
  kategori,
  kategoriTanpaTarget,
  skalaBernama,
  skalaPerCakupan,
  type CakupanSkala,
  type Kategori,
} from '../rumus/kategori.ts';
import { himpunanTersedia } from '../rumus/himpunan.ts';
import { konsolidasi } from '../rumus/periode.ts';
import { cariIndikator, targetAkhir, versiBerlaku } from '../rumus/renstra.ts';
import { bacaAngka, nilaiAngka } from '../rumus/presisi.ts';

export interface KonteksLaporan {
  katalog: ReadonlyMap<string, DefinisiIndikator>;
  /** the Renstra file of the plan the report names, when it names a Renstra and the file exists */
  renstra?: Renstra | undefined;
  /** value sets by id (built-in, situs.json, the agency's catalogue); built-in only when not given */
  himpunan?: ReadonlyMap<string, HimpunanNilai> | undefined;
  /** named scales by id (built-in, situs.json); built-in only when not given */
  skalaBernama?: ReadonlyMap<string, Skala> | undefined;
}

/** Where an indicator's capaian method comes from. */
export type AsalMetode = 'pengukuran' | 'renstra' | 'katalog' | 'laporan' | 'polaritas';

export interface MetodeTerpakai {
  id: MetodeCapaian;
  asal: AsalMetode;
  /** true when no document field declared it and it follows from the polarity (and the target's kind) */
  disimpulkan: boolean;
  batasAtas: number | null;
}

export interface SasaranTerhitung {
  id: string;
  nama: string;
  tingkat: TingkatSasaran;
  dari: 'renstra' | 'laporan';
  unit?: string | undefined;
  kelompok?: string | undefined;
}

export interface IndikatorTerhitung {
  data: Pengukuran;
  definisi?: DefinisiIndikator | undefined;
  nama: string;
  /** the printed unit, else the catalogue's; null when neither gives one */
  satuan: string | null;
  polaritas: Polaritas;
  metode: MetodeTerpakai;
  /** the rule for another target of the same indicator (an earlier year's, the Renstra's) */
  aturanUntuk: (target: Target | null | undefined) => AturanCapaian;
  capaian: Capaian;
  predikat: Predikat;
  /** on the report's 'indikator' scale; null without one (or in a gap of it) */
  kategori: Kategori | null;
  tingkat: TingkatSasaran | null;
  sasaran: SasaranTerhitung | null;
  himpunan: HimpunanNilai | null;
  /** capaian from the document's own unrounded inputs (masukan_rinci), when it gives them */
  dariMasukanRinci: Capaian | null;
  periode: {
    nilai: { ke: number | null; capaian: Capaian | null }[];
    /** the year's realisasi by the declared consolidation; null without a rule or with a value missing */
    gabungan: number | null;
  } | null;
  tahunSebelumnya: { tahun: number; perubahan: PerubahanTahunan | null; capaian: Capaian | null }[];
  /** against the Renstra end target: the report's own if printed, else the Renstra's (never made up) */
  akhirRenstra: {
    target: Target;
    tahun: number;
    dari: 'laporan' | 'renstra';
    capaian: Capaian;
    targetRenstra?: Target | undefined;
  } | null;
  nasional: { target: Target; sumber: string; capaian: Capaian } | null;
  /** sum of the components (e.g. IP ASN dimensions), when given */
  jumlahRincian: number | null;
}

export interface BarisTerhitung {
  tingkat: BarisAnggaran['tingkat'];
  /** the line's path in the content file, e.g. ['anggaran', 0, 'baris', 1, 'anak', 2] */
  jalur: readonly (string | number)[];
  data: BarisAnggaran;
  /** pagu/realisasi as printed on this line (its own, or its printed subtotal) */
  pagu: number | null;
  realisasi: number | null;
  /** the sum of the children, when there are children with amounts */
  paguAnak: number | null;
  realisasiAnak: number | null;
  serapan: number | null;
  silpa: number | null;
  /** on the report's 'serapan' scale; null without one */
  kategori: Kategori | null;
  /** the realisasi consolidated from the line's periods, when it has periods and a rule */
  realisasiPeriode: number | null;
  /** what its code is in the Permendagri 90/2019 nomenclature */
  kode: ReturnType<typeof bacaKodePermendagri>;
  /** the indicators the line says it serves, by name */
  indikator: { id: string; nama: string }[];
  anak: BarisTerhitung[];
}

export interface TabelTerhitung {
  data: TabelAnggaran;
  baris: BarisTerhitung[];
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

export interface EfisiensiTerhitung {
  data: Efisiensi;
  /** the printed method applied to the printed inputs */
  dariTercetak: number | null;
  /** serapan from its base: the row's own pagu and realisasi, or the budget rows it names; null when neither */
  serapan: number | null;
  /** serapan from each other base the content names (anggaran_lain), in order, with that table's title */
  serapanLain: { nilai: number | null; judul: string; baris: number[] }[];
}

export interface RataRataTerhitung {
  data: RataRata;
  tahun: number;
  /** every indicator in its scope, with the cap the document stated: the site's check */
  dihitung: RataRataCapaian;
  /** only the indicators the document averaged (its `indikator` list), when it lists fewer */
  dihitungSebagian: RataRataCapaian | null;
  /** the document's own rule over the capaian it printed, where it printed them all */
  dariTercetak: number | null;
  kategori: Kategori | null;
}

export interface LaporanTerhitung {
  laporan: Laporan;
  renstra?: Renstra | undefined;
  versiRenstra?: VersiRenstra | undefined;
  indikator: IndikatorTerhitung[];
  /** every sasaran the report can name: its Renstra version's and its own */
  sasaran: Map<string, SasaranTerhitung>;
  rataRata: RataRataCapaian & { kategori: Kategori | null };
  rataRataSasaran: Map<string, RataRataCapaian>;
  rataRataTercetak: RataRataTerhitung[];
  /** the scale of each scope, as the report declared or cited it; null where it declared none */
  skala: Record<CakupanSkala, Skala | null>;
  anggaran: TabelTerhitung[];
  /** the table the report's totals come from: program→kegiatan if present, else per sasaran */
  anggaranUtama: TabelTerhitung | null;
  efisiensi: EfisiensiTerhitung[];
  /** the uniform efficiency (capaian rata-rata ÷ serapan total) used to compare agencies */
  efisiensiSeragam: number | null;
  sakip: { tahun: number; hasil: HasilSakip }[];
  ringkasan: Record<Predikat, number>;
  /** what the average hides (count that met the target, median, driver); null without an average */
  sebaranRata: SebaranRata | null;
  /** what the money bought: the budget tables' programs with their outputs */
  belanja: TabelBelanja[];
}

function metodeIndikator(
  pengukuran: Pengukuran,
  definisi: DefinisiIndikator | undefined,
  metodeRenstra: MetodeCapaian | undefined,
  laporan: Laporan,
  polaritas: Polaritas,
): MetodeTerpakai {
  const batasAtas = pengukuran.batas_atas_capaian ?? definisi?.batas_atas_capaian ?? laporan.batas_atas_capaian ?? null;
  const dinyatakan: [MetodeCapaian | undefined, AsalMetode][] = [
    [pengukuran.metode_capaian, 'pengukuran'],
    [metodeRenstra, 'renstra'],
    [definisi?.metode_capaian, 'katalog'],
    [laporan.metode_capaian, 'laporan'],
  ];
  const hit = dinyatakan.find(([m]) => m !== undefined);
  if (hit) return { id: hit[0]!, asal: hit[1], disimpulkan: false, batasAtas };
  return {
    id: metodeDariPolaritas(polaritas, jenisTarget(pengukuran.target)),
    asal: 'polaritas',
    disimpulkan: true,
    batasAtas,
  };
}

function kategoriCapaian(capaian: Capaian, skala: Skala | null): Kategori | null {
  if (!skala) return null;
  if (capaian.jenis === 'persen') return kategori(capaian.nilai, skala);
  if (capaian.jenis === 'tak_terhitung' && capaian.alasan === 'target_kosong') return kategoriTanpaTarget(skala);
  return null;
}

function hitungIndikator(
  pengukuran: Pengukuran,
  laporan: Laporan,
  ctx: KonteksLaporan,
  versi: VersiRenstra | undefined,
  renstra: Renstra | undefined,
  sasaran: ReadonlyMap<string, SasaranTerhitung>,
  himpunan: ReadonlyMap<string, HimpunanNilai>,
  skalaIndikator: Skala | null,
): IndikatorTerhitung {
  const definisi = ctx.katalog.get(pengukuran.indikator);
  const ir = versi ? cariIndikator(versi, pengukuran.indikator) : undefined;
  const polaritas: Polaritas = ir?.polaritas ?? definisi?.polaritas ?? 'naik';
  const metode = metodeIndikator(pengukuran, definisi, ir?.metode_capaian, laporan, polaritas);
  const hs = definisi?.himpunan_nilai ? (himpunan.get(definisi.himpunan_nilai) ?? null) : null;
  const aturanUntuk = (target: Target | null | undefined): AturanCapaian => ({
    metode: metode.disimpulkan ? metodeDariPolaritas(polaritas, jenisTarget(target)) : metode.id,
    polaritas,
    batasAtas: metode.batasAtas ?? undefined,
    urutan: hs?.nilai,
  });
  const aturan = aturanUntuk(pengukuran.target);
  const capaian = hitungCapaian(pengukuran.target, pengukuran.realisasi, aturan);
  const targetRenstra = ir && renstra ? targetAkhir(ir, renstra.periode.selesai) : undefined;
  let akhirRenstra: IndikatorTerhitung['akhirRenstra'] = null;
  if (pengukuran.akhir_renstra)
    akhirRenstra = {
      target: pengukuran.akhir_renstra.target,
      tahun: pengukuran.akhir_renstra.tahun,
      dari: 'laporan',
      capaian: bandingTarget(
        pengukuran.realisasi,
        pengukuran.akhir_renstra.target,
        aturanUntuk(pengukuran.akhir_renstra.target),
      ),
      targetRenstra,
    };
  else if (targetRenstra !== undefined && renstra)
    akhirRenstra = {
      target: targetRenstra,
      tahun: renstra.periode.selesai,
      dari: 'renstra',
      capaian: bandingTarget(pengukuran.realisasi, targetRenstra, aturanUntuk(targetRenstra)),
      targetRenstra,
    };
  const sasaranTerkait = pengukuran.sasaran ? (sasaran.get(pengukuran.sasaran) ?? null) : null;
  const periode = pengukuran.periode
    ? {
        nilai: pengukuran.periode.nilai.map((v) => ({
          ke: v.ke ?? null,
          capaian: v.target !== undefined ? hitungCapaian(v.target, v.realisasi, aturanUntuk(v.target)) : null,
        })),
        gabungan: pengukuran.periode.konsolidasi
          ? konsolidasi(
              pengukuran.periode.nilai.map((v) => nilaiAngka(v.realisasi)),
              pengukuran.periode.konsolidasi,
            )
          : null,
      }
    : null;
  return {
    data: pengukuran,
    definisi,
    nama: definisi?.nama ?? pengukuran.nama_tercetak ?? pengukuran.indikator,
    satuan: pengukuran.satuan ?? definisi?.satuan ?? null,
    polaritas,
    metode,
    aturanUntuk,
    capaian,
    predikat: predikat(capaian),
    kategori: kategoriCapaian(capaian, skalaIndikator),
    tingkat: pengukuran.tingkat ?? sasaranTerkait?.tingkat ?? null,
    sasaran: sasaranTerkait,
    himpunan: hs,
    dariMasukanRinci: pengukuran.masukan_rinci
      ? hitungCapaian(pengukuran.masukan_rinci.target, pengukuran.masukan_rinci.realisasi, aturan)
      : null,
    periode,
    tahunSebelumnya: pengukuran.tahun_sebelumnya.map((x) => ({
      tahun: x.tahun,
      perubahan: bandingTahunLalu(pengukuran.realisasi, x.realisasi),
      capaian: x.target !== undefined ? hitungCapaian(x.target, x.realisasi, aturanUntuk(x.target)) : null,
    })),
    akhirRenstra,
    nasional: pengukuran.nasional
      ? {
          target: pengukuran.nasional.target,
          sumber: pengukuran.nasional.sumber,
          capaian: bandingTarget(
            pengukuran.realisasi,
            pengukuran.nasional.target,
            aturanUntuk(pengukuran.nasional.target),
          ),
        }
      : null,
    jumlahRincian: pengukuran.rincian.length ? pengukuran.rincian.reduce((a, r) => a + r.nilai, 0) : null,
  };
}

function hitungBaris(
  data: BarisAnggaran,
  jalur: readonly (string | number)[],
  skalaSerapan: Skala | null,
  namaIndikator: (id: string) => string,
): BarisTerhitung {
  const anak = data.anak.map((a, i) => hitungBaris(a, [...jalur, 'anak', i], skalaSerapan, namaIndikator));
  const sum = anak.length
    ? jumlahkan(anak.map((a) => ({ pagu: a.pagu ?? undefined, realisasi: a.realisasi ?? undefined })))
    : null;
  // A line's own printed amounts win; without them, its children's sum is its amount.
  const pagu = data.pagu ?? sum?.pagu ?? null;
  const realisasi = data.realisasi ?? sum?.realisasi ?? null;
  const ada = pagu !== null && realisasi !== null;
  const nilaiSerapan = ada ? serapan({ pagu, realisasi }) : null;
  return {
    tingkat: data.tingkat,
    jalur,
    data,
    pagu,
    realisasi,
    paguAnak: sum?.pagu ?? null,
    realisasiAnak: sum?.realisasi ?? null,
    serapan: nilaiSerapan,
    silpa: ada ? silpa({ pagu, realisasi }) : null,
    kategori: skalaSerapan && nilaiSerapan !== null ? kategori(nilaiSerapan, skalaSerapan) : null,
    realisasiPeriode:
      data.periode?.konsolidasi !== undefined
        ? konsolidasi(
            data.periode.nilai.map((v) => v.realisasi),
            data.periode.konsolidasi,
          )
        : null,
    kode: data.kode === undefined ? null : bacaKodePermendagri(data.kode),
    indikator: data.indikator.map((id) => ({ id, nama: namaIndikator(id) })),
    anak,
  };
}

export function hitungTabel(
  tabel: TabelAnggaran,
  indeks: number,
  skalaSerapan: Skala | null = null,
  namaIndikator: (id: string) => string = (id) => id,
): TabelTerhitung {
  const baris = tabel.baris.map((b, i) =>
    hitungBaris(b, ['anggaran', indeks, 'baris', i], skalaSerapan, namaIndikator),
  );
  const sum = jumlahkan(baris.map((b) => ({ pagu: b.pagu ?? undefined, realisasi: b.realisasi ?? undefined })));
  return {
    data: tabel,
    baris,
    pagu: sum.pagu,
    realisasi: sum.realisasi,
    serapan: sum.pagu !== null && sum.realisasi !== null ? serapan({ pagu: sum.pagu, realisasi: sum.realisasi }) : null,
  };
}

const angkaTercetak = (t: Efisiensi['capaian_tercetak']) => (t === undefined ? null : (bacaAngka(t)?.nilai ?? null));

/** Every sasaran a report can name: its Renstra version's (sasaran strategis) and its own. */
function daftarSasaran(laporan: Laporan, versi: VersiRenstra | undefined): Map<string, SasaranTerhitung> {
  const out = new Map<string, SasaranTerhitung>();
  for (const tujuan of versi?.tujuan ?? [])
    for (const sasaranRenstra of tujuan.sasaran)
      out.set(sasaranRenstra.id, {
        id: sasaranRenstra.id,
        nama: sasaranRenstra.nama,
        tingkat: 'sasaran_strategis',
        dari: 'renstra',
      });
  for (const sasaranLaporan of laporan.sasaran)
    out.set(sasaranLaporan.id, {
      id: sasaranLaporan.id,
      nama: sasaranLaporan.nama,
      tingkat: sasaranLaporan.tingkat,
      dari: 'laporan',
      ...(sasaranLaporan.unit ? { unit: sasaranLaporan.unit } : {}),
      ...(sasaranLaporan.kelompok ? { kelompok: sasaranLaporan.kelompok } : {}),
    });
  return out;
}

/** The capaian of an indicator in a year: this year's, or an earlier year's from the report's comparison columns. */
function capaianTahun(ind: IndikatorTerhitung, tahun: number, tahunLaporan: number): Capaian {
  if (tahun === tahunLaporan) return ind.capaian;
  const indeks = ind.data.tahun_sebelumnya.findIndex((x) => x.tahun === tahun);
  if (indeks < 0) return { jenis: 'tak_terhitung', alasan: 'realisasi_kosong' };
  return ind.tahunSebelumnya[indeks]!.capaian ?? { jenis: 'tak_terhitung', alasan: 'target_kosong' };
}

/** The printed capaian of an indicator in a year, as a number, or null. */
function capaianTercetakTahun(ind: IndikatorTerhitung, tahun: number, tahunLaporan: number): number | null {
  const tercetak =
    tahun === tahunLaporan
      ? ind.data.capaian_tercetak
      : ind.data.tahun_sebelumnya.find((x) => x.tahun === tahun)?.capaian_tercetak;
  return tercetak === undefined ? null : nilaiAngka(tercetak);
}

/** The indicators a printed average covers, before its own list of indicators narrows it. */
export function cakupanRataRata(rata: RataRata, indikator: readonly IndikatorTerhitung[]): IndikatorTerhitung[] {
  return indikator.filter((ind) =>
    rata.cakupan === 'laporan'
      ? true
      : rata.cakupan === 'sasaran'
        ? ind.data.sasaran === rata.sasaran
        : (ind.data.kelompok ?? ind.sasaran?.kelompok) === rata.kelompok,
  );
}

function hitungRataTercetak(
  rataRata: RataRata,
  laporan: Laporan,
  indikator: readonly IndikatorTerhitung[],
  skala: Skala | null,
): RataRataTerhitung {
  const tahun = rataRata.tahun ?? laporan.tahun;
  const cakupan = cakupanRataRata(rataRata, indikator);
  const sebagian = rataRata.indikator ? cakupan.filter((i) => rataRata.indikator!.includes(i.data.indikator)) : null;
  const opsi = { batasAtas: rataRata.batas_atas_capaian, operasi: rataRata.operasi };
  const rata = (xs: readonly IndikatorTerhitung[]) =>
    rataRataCapaian(
      xs.map((i) => ({ id: i.data.indikator, capaian: capaianTahun(i, tahun, laporan.tahun) })),
      opsi,
    );
  const dihitung = rata(cakupan);
  const tercetak = (sebagian ?? cakupan).map((i) => capaianTercetakTahun(i, tahun, laporan.tahun));
  const dariTercetak =
    tercetak.length && tercetak.every((x) => x !== null)
      ? rataRataCapaian(
          tercetak.map((nilai, k) => ({ id: String(k), capaian: { jenis: 'persen', nilai: nilai! } })),
          opsi,
        ).nilai
      : null;
  return {
    data: rataRata,
    tahun,
    dihitung,
    dihitungSebagian: sebagian ? rata(sebagian) : null,
    dariTercetak,
    kategori: skala && dihitung.nilai !== null ? kategori(dihitung.nilai, skala) : null,
  };
}

export function hitungLaporan(laporan: Laporan, ctx: KonteksLaporan): LaporanTerhitung {
  const renstra = laporan.rencana?.jenis === 'renstra' ? ctx.renstra : undefined;
  const versi = renstra ? versiBerlaku(renstra, laporan.tahun) : undefined;
  const himpunan = ctx.himpunan ?? himpunanTersedia();
  const skala = skalaPerCakupan(laporan.skala, ctx.skalaBernama ?? skalaBernama());
  const sasaran = daftarSasaran(laporan, versi);
  const indikator = laporan.pengukuran.indikator.map((p) =>
    hitungIndikator(p, laporan, ctx, versi, renstra, sasaran, himpunan, skala.indikator),
  );
  const rata = rataRataCapaian(indikator.map((i) => ({ id: i.data.indikator, capaian: i.capaian })));
  const rataRataSasaran = new Map<string, RataRataCapaian>();
  for (const idSasaran of new Set(indikator.map((i) => i.data.sasaran).filter((s): s is string => !!s)))
    rataRataSasaran.set(
      idSasaran,
      rataRataCapaian(
        indikator
          .filter((i) => i.data.sasaran === idSasaran)
          .map((i) => ({ id: i.data.indikator, capaian: i.capaian })),
      ),
    );

  const nama = new Map(indikator.map((i) => [i.data.indikator, i.nama]));
  const namaIndikator = (id: string) => nama.get(id) ?? ctx.katalog.get(id)?.nama ?? id;
  const anggaran = laporan.anggaran.map((t, i) => hitungTabel(t, i, skala.serapan, namaIndikator));
  const anggaranUtama =
    anggaran.find((t) => t.data.jenis === 'program_kegiatan' && t.serapan !== null) ??
    anggaran.find((t) => t.data.jenis === 'per_sasaran' && t.serapan !== null) ??
    null;

  // pagu and realisasi of named budget rows, summed (rows are checked to exist with both when content loads)
  const serapanBaris = (acuan: { tabel: string; baris: number[] }) => {
    const baris = laporan.anggaran.find((t) => t.id === acuan.tabel)?.baris ?? [];
    const jumlah = jumlahkan(acuan.baris.map((b) => baris[b] ?? {}));
    return jumlah.pagu === null || jumlah.realisasi === null
      ? null
      : serapan({ pagu: jumlah.pagu, realisasi: jumlah.realisasi });
  };
  const efisiensi = laporan.efisiensi.map((e): EfisiensiTerhitung => ({
    data: e,
    dariTercetak: hitungEfisiensi(e.metode, {
      capaian: angkaTercetak(e.capaian_tercetak),
      serapan: angkaTercetak(e.serapan_tercetak),
      pagu: e.pagu ?? null,
      realisasi: e.realisasi ?? null,
    }),
    serapan: e.anggaran
      ? serapanBaris(e.anggaran)
      : e.pagu !== undefined && e.realisasi !== undefined
        ? serapan({ pagu: e.pagu, realisasi: e.realisasi })
        : null,
    serapanLain: (e.anggaran_lain ?? []).map((a) => ({
      nilai: serapanBaris(a),
      judul: laporan.anggaran.find((t) => t.id === a.tabel)?.judul ?? a.tabel,
      baris: a.baris,
    })),
  }));

  const ringkasan: Record<Predikat, number> = { melebihi: 0, tercapai: 0, tidak_tercapai: 0, tak_terhitung: 0 };
  for (const butir of indikator) ringkasan[butir.predikat]++;

  const rataRata = {
    ...rata,
    kategori: rata.nilai === null || !skala.rata_rata ? null : kategori(rata.nilai, skala.rata_rata),
  };
  return {
    laporan,
    renstra,
    versiRenstra: versi,
    indikator,
    sasaran,
    rataRata,
    rataRataSasaran,
    rataRataTercetak: laporan.rata_rata.map((r) => hitungRataTercetak(r, laporan, indikator, skala.rata_rata)),
    skala,
    anggaran,
    anggaranUtama,
    efisiensi,
    efisiensiSeragam: hitungEfisiensi(METODE_SERAGAM, { capaian: rata.nilai, serapan: anggaranUtama?.serapan ?? null }),
    sakip: (laporan.evaluasi_sakip?.penilaian ?? [])
      .filter((p) => p.komponen.length > 0)
      .map((p) => ({ tahun: p.tahun, hasil: hitungSakip(p.komponen, skala.nilai_sakip) })),
    ringkasan,
    sebaranRata: sebaranRata({ rataRata, indikator }),
    belanja: hitungBelanja(anggaran),
  };
}

/**
 * The amounts of budget lines from their deepest lines only: a printed subtotal is replaced by the sum
 * of its own lines, so a misprinted subtotal does not reach a total, a serapan or a headline.
 * null when a deepest line lacks the amount.
 */
export function jumlahDalam(baris: readonly BarisTerhitung[]): { pagu: number | null; realisasi: number | null } {
  let pagu: number | null = 0;
  let realisasi: number | null = 0;
  for (const rincian of baris) {
    const dalam = rincian.anak.length
      ? jumlahDalam(rincian.anak)
      : { pagu: rincian.pagu, realisasi: rincian.realisasi };
    pagu = pagu === null || dalam.pagu === null ? null : pagu + dalam.pagu;
    realisasi = realisasi === null || dalam.realisasi === null ? null : realisasi + dalam.realisasi;
  }
  return { pagu, realisasi };
}

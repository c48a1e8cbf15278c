/**
 * Plain answers first: one sentence per sasaran a citizen understands ("Target 72, tercapai 72,58: melebihi
 * target"), and the report's average told with the count that met its target, the median, and the one
 * indicator that drives it when there is one (an average of 131 % can come from a single 194 %).
 * Numbers are formatted by the caller's formatter (the site's id-ID one), so the core stays format-free.
 */
import type { Nilai, Target } from '../skema/common.ts';
import type { Capaian, Predikat } from '../rumus/capaian.ts';
import type { IndikatorTerhitung, LaporanTerhitung } from '../hitung/laporan.ts';
import { tercapaiAtauLebih } from '../hitung/sebaran.ts';

export interface Pemformat {
  target: (t: Target | null | undefined) => string;
  nilai: (v: Nilai | null | undefined) => string;
  capaian: (c: Capaian | null | undefined) => string;
  persen: (v: number) => string;
  alasan: (c: Capaian | null | undefined) => string | null;
}

const AKHIR: Record<Predikat, string> = {
  melebihi: 'melebihi target',
  tercapai: 'tepat mencapai target',
  tidak_tercapai: 'di bawah target',
  tak_terhitung: 'capaian tidak dapat dihitung',
};

export interface JawabanIndikator {
  id: string;
  nama: string;
  predikat: Predikat;
  kalimat: string;
}
export interface JawabanSasaran {
  nama: string;
  /** the sentence that answers "was it reached?" for the whole sasaran */
  kalimat: string;
  indikator: JawabanIndikator[];
}
export interface JawabanRata {
  kalimat: string;
  /** the sentence naming the indicator that drives the average, when one does */
  pendorong: string | null;
}

function kalimatIndikator(indikator: IndikatorTerhitung, format: Pemformat): string {
  const satuan = indikator.satuan && !/^%|persen$/i.test(indikator.satuan) ? ` ${indikator.satuan}` : '';
  const dasar = `Target ${format.target(indikator.data.target)}${satuan}, tercapai ${format.nilai(indikator.data.realisasi)}`;
  if (indikator.predikat === 'tak_terhitung')
    return `${dasar}: ${AKHIR.tak_terhitung} (${format.alasan(indikator.capaian) ?? ''}).`;
  const persen = indikator.capaian.jenis === 'persen' ? ` (capaian ${format.capaian(indikator.capaian)})` : '';
  return `${dasar}: ${AKHIR[indikator.predikat]}${persen}.`;
}

/** One answer per sasaran, in the report's order; indicators with no sasaran come last, together. */
export function jawabanSasaran(terhitung: LaporanTerhitung, format: Pemformat): JawabanSasaran[] {
  const kelompok = new Map<string, IndikatorTerhitung[]>();
  for (const indikator of terhitung.indikator) {
    const nama = indikator.sasaran?.nama ?? 'Indikator tanpa sasaran';
    kelompok.set(nama, [...(kelompok.get(nama) ?? []), indikator]);
  }
  return [...kelompok].map(([nama, daftar]) => {
    const indikator = daftar.map((i) => ({
      id: i.data.indikator,
      nama: i.nama,
      predikat: i.predikat,
      kalimat: kalimatIndikator(i, format),
    }));
    const tercapai = indikator.filter((i) => tercapaiAtauLebih(i.predikat)).length;
    const kalimat =
      indikator.length === 1
        ? indikator[0]!.kalimat
        : `${tercapai} dari ${indikator.length} indikator mencapai atau melebihi target.`;
    return { nama, kalimat, indikator };
  });
}

/** The report's average with what an average hides: how many met the target, the median, the driver. */
export function jawabanRata(terhitung: LaporanTerhitung, format: Pemformat): JawabanRata | null {
  const sebaran = terhitung.sebaranRata;
  const nilai = terhitung.rataRata.nilai;
  if (!sebaran || nilai === null) return null;
  const kalimat =
    `Rata-rata capaian ${format.persen(nilai)} dari ${sebaran.jumlah} indikator: ` +
    `${sebaran.tercapai} mencapai atau melebihi target, ${sebaran.jumlah - sebaran.tercapai} tidak` +
    (sebaran.median === null ? '.' : `; nilai tengahnya (median) ${format.persen(sebaran.median)}.`);
  const pendorong = sebaran.pendorong;
  if (!pendorong) return { kalimat, pendorong: null };
  const arah = pendorong.tanpa < nilai ? 'menaikkan' : 'menurunkan';
  return {
    kalimat,
    pendorong:
      `Satu indikator ${arah} rata-rata ini: ${pendorong.indikator.nama} dengan capaian ${format.capaian(pendorong.indikator.capaian)}; ` +
      `tanpa indikator itu rata-ratanya ${format.persen(pendorong.tanpa)}.`,
  };
}

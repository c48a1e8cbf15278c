import { describe, expect, it } from 'vitest';
import { jawabanRata, jawabanSasaran } from '../../../src/core/tampilan/jawaban.ts';
import type { LaporanTerhitung } from '../../../src/core/hitung/laporan.ts';
import { sebaranRata } from '../../../src/core/hitung/sebaran.ts';
import type { Predikat } from '../../../src/core/rumus/capaian.ts';
import * as f from '../../../src/lib/format.ts';

const pemformat = {
  target: f.target,
  nilai: f.nilai,
  capaian: f.capaian,
  persen: (v: number) => f.persen(v),
  alasan: f.alasan,
};

/** A report reduced to what the answers read: indicators with target, realisasi, capaian and predikat. */
function laporan(
  xs: [
    id: string,
    sasaran: string | null,
    target: number,
    realisasi: number | null,
    capaian: number | null,
    predikat: Predikat,
  ][],
) {
  const indikator = xs.map(([id, sasaran, target, realisasi, capaian, predikat]) => ({
    data: { indikator: id, target, realisasi },
    nama: `Indikator ${id}`,
    satuan: '%',
    sasaran: sasaran ? { nama: sasaran } : null,
    capaian:
      capaian === null ? { jenis: 'tak_terhitung', alasan: 'realisasi_kosong' } : { jenis: 'persen', nilai: capaian },
    predikat,
  }));
  const dihitung = indikator.filter((i) => i.capaian.jenis === 'persen');
  const nilai = dihitung.length
    ? dihitung.reduce((s, i) => s + (i.capaian as { nilai: number }).nilai, 0) / dihitung.length
    : null;
  const terhitung = {
    indikator,
    rataRata: { nilai, dihitung: dihitung.map((i) => i.data.indikator), dikecualikan: [] },
  } as unknown as LaporanTerhitung;
  // what the computed report holds beside them
  return { ...terhitung, sebaranRata: sebaranRata(terhitung) };
}

describe('jawaban (plain answers)', () => {
  it('one sentence per sasaran: target, what was reached, and whether that met the target', () => {
    const jawaban = jawabanSasaran(
      laporan([
        ['a', 'Meningkatnya profesionalitas ASN', 72, 72.58, 100.81, 'melebihi'],
        ['b', 'Sasaran dua', 90, 60, 66.67, 'tidak_tercapai'],
        ['c', 'Sasaran dua', 10, 10, 100, 'tercapai'],
        ['d', null, 5, null, null, 'tak_terhitung'],
      ]),
      pemformat,
    );
    expect(jawaban.map((s) => s.nama)).toEqual([
      'Meningkatnya profesionalitas ASN',
      'Sasaran dua',
      'Indikator tanpa sasaran',
    ]);
    expect(jawaban[0]!.kalimat).toBe('Target 72, tercapai 72,58: melebihi target (capaian 100,81 %).');
    expect(jawaban[1]!.kalimat).toBe('1 dari 2 indikator mencapai atau melebihi target.');
    expect(jawaban[1]!.indikator[0]!.kalimat).toBe('Target 90, tercapai 60: di bawah target (capaian 66,67 %).');
    expect(jawaban[2]!.kalimat).toBe(
      'Target 5, tercapai tidak ada di sumber: capaian tidak dapat dihitung (realisasi tidak ada di sumber).',
    );
  });

  it('an average says how many met the target and its median, and names the one indicator that drives it', () => {
    const jawaban = jawabanRata(
      laporan([
        ['a', 's', 1, 1, 194.36, 'melebihi'],
        ['b', 's', 1, 1, 100.84, 'melebihi'],
        ['c', 's', 1, 1, 98.17, 'tidak_tercapai'],
      ]),
      pemformat,
    )!;
    expect(jawaban.kalimat).toBe(
      'Rata-rata capaian 131,12 % dari 3 indikator: 2 mencapai atau melebihi target, 1 tidak; nilai tengahnya (median) 100,84 %.',
    );
    expect(jawaban.pendorong).toBe(
      'Satu indikator menaikkan rata-rata ini: Indikator a dengan capaian 194,36 %; tanpa indikator itu rata-ratanya 99,51 %.',
    );
  });

  it('an average close to all its indicators names no driver; with no average there is no sentence', () => {
    const jawaban = jawabanRata(
      laporan([
        ['a', 's', 1, 1, 101, 'melebihi'],
        ['b', 's', 1, 1, 99, 'tidak_tercapai'],
      ]),
      pemformat,
    )!;
    expect(jawaban.pendorong).toBeNull();
    expect(jawabanRata(laporan([['d', null, 5, null, null, 'tak_terhitung']]), pemformat)).toBeNull();
  });
});

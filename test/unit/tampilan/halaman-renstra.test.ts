import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanRenstra } from '../../../src/core/tampilan/halaman-renstra.ts';
import type { Renstra } from '../../../src/core/skema/renstra.ts';

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);
const instansi = korpus.korpus.instansi[0]!;
const renstra = instansi.renstra[0]!.data;

describe('halamanRenstra (the Renstra page view model)', () => {
  it('spans the period year by year', () => {
    const halaman = halamanRenstra(instansi, renstra, { korpus });
    expect(halaman.periode).toBe('2021–2026');
    expect(halaman.tahun).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(halaman.versi.map((v) => v.perubahan)).toEqual([null]);
  });

  it('after a review, counts indicators added and dropped and marks each version that uses an indicator', () => {
    const awal = renstra.versi[0]!;
    const [pertama, ...lain] = awal.tujuan[0]!.sasaran[0]!.indikator;
    // synthetic review: drops the first sasaran indicator and adds a new one
    const baru = { ...pertama!, indikator: 'indikator-baru', target: [], target_akhir: 5 };
    const reviu = {
      ...awal,
      id: 'reviu',
      nama: 'Reviu',
      berlaku_mulai: 2024,
      tujuan: awal.tujuan.map((t, n) =>
        n === 0 ? { ...t, sasaran: [{ ...t.sasaran[0]!, indikator: [...lain, baru] }, ...t.sasaran.slice(1)] } : t,
      ),
    };
    const dua: Renstra = { ...renstra, versi: [reviu, awal] };
    const halaman = halamanRenstra(instansi, dua, { korpus });
    expect(halaman.versi.map((v) => v.versi.id)).toEqual([awal.id, 'reviu']);
    expect(halaman.versi[1]!.perubahan).toEqual({ baru: 1, hilang: expect.any(Number) });
    expect(halaman.versi[1]!.perubahan!.hilang).toBe(
      awal.tujuan.some((t) => t.indikator.some((i) => i.indikator === pertama!.indikator)) ? 0 : 1,
    );
    const barisBaru = halaman.perVersi.find((b) => b.indikator === 'indikator-baru')!;
    expect(barisBaru.sel).toEqual([undefined, { akhir: 5 }]);
  });
});

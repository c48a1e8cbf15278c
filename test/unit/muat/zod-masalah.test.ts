/** zod issues as Masalah: a union's issue is named where the input went wrong, inside the option it matched best. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { masalahDariZod } from '../../../src/core/muat/zod-masalah.ts';

const masalah = (skema: z.ZodType, isi: unknown) => {
  const hasil = skema.safeParse(isi);
  if (hasil.success) throw new Error('expected the input to fail');
  return masalahDariZod(hasil.error, 'content/x.json', () => undefined);
};

describe('masalahDariZod and unions', () => {
  // a scale or a reference to one, as the report schema's SkalaLaporan
  const Skala = z.union([
    z.object({ id: z.string(), cakupan: z.array(z.enum(['indikator', 'rata_rata'])) }).strict(),
    z.object({ acuan: z.string() }).strict(),
  ]);

  it('a bad value inside the option the input got furthest into is named at that value', () => {
    const [pertama, ...lain] = masalah(z.object({ skala: z.array(Skala) }), {
      skala: [{ id: 'a', cakupan: ['indikator', 'salah'] }],
    });
    expect(lain).toEqual([]);
    expect(pertama).toMatchObject({ jalur: 'skala[0].cakupan[1]' });
    expect(pertama!.diharapkan).toContain('"rata_rata"');
  });

  it('options that all fail at the value itself keep the union’s one issue', () => {
    const [pertama, ...lain] = masalah(z.object({ nilai: z.union([z.number(), z.literal('N/A')]) }), { nilai: true });
    expect(lain).toEqual([]);
    expect(pertama).toMatchObject({ jalur: 'nilai' });
  });
});

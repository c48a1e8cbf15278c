import { describe, expect, it } from 'vitest';
import { bacaShard, bagiShard } from '../../../src/core/publikasi/shard.ts';

describe('bagiShard (regions over matrix runners)', () => {
  const wilayah = [
    { id: 'jawa-barat', bobot: 27 },
    { id: 'aceh', bobot: 23 },
    { id: 'bali', bobot: 10 },
    { id: 'papua', bobot: 29 },
    { id: 'riau', bobot: 12 },
  ];

  it('puts the heaviest region on the lightest shard (LPT), so the slowest shard stays near the largest region', () => {
    // by hand: papua 29 → 1; jawa-barat 27 → 2; aceh 23 → 3; riau 12 → 3 (23 < 27, 29); bali 10 → 2 (27 < 29)
    expect(bagiShard(wilayah, 3)).toEqual([
      { ke: 1, wilayah: ['papua'], bobot: 29 },
      { ke: 2, wilayah: ['bali', 'jawa-barat'], bobot: 37 },
      { ke: 3, wilayah: ['aceh', 'riau'], bobot: 35 },
    ]);
  });

  it('covers every region exactly once, whatever the order it is given in', () => {
    for (const jumlah of [1, 2, 3, 4, 5]) {
      const bagian = bagiShard(wilayah, jumlah);
      const bagianTerbalik = bagiShard([...wilayah].reverse(), jumlah);
      expect(bagianTerbalik).toEqual(bagian);
      expect(bagian.flatMap((s) => s.wilayah).sort()).toEqual(wilayah.map((w) => w.id).sort());
      expect(bagian.every((s) => s.wilayah.length > 0)).toBe(true);
    }
  });

  it('never makes more shards than regions, nor fewer than one', () => {
    expect(bagiShard(wilayah, 38)).toHaveLength(5);
    expect(bagiShard(wilayah, 0)).toHaveLength(1);
    expect(bagiShard([], 4)).toEqual([]);
  });

  it('breaks ties on the id, so equal regions always land in the same shard', () => {
    const sama = ['c', 'a', 'b', 'd'].map((id) => ({ id, bobot: 1 }));
    expect(bagiShard(sama, 2).map((s) => s.wilayah)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });
});

describe('bacaShard', () => {
  it('reads i/n and refuses what is not a shard', () => {
    expect(bacaShard('2/4')).toEqual({ ke: 2, dari: 4 });
    expect(bacaShard('1/1')).toEqual({ ke: 1, dari: 1 });
    for (const salah of ['0/4', '5/4', '2', '2/', 'a/b', '-1/3']) expect(bacaShard(salah)).toBeNull();
  });
});

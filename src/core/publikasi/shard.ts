/**
 * Splitting the top-level regions of a national build into shards, one per runner of a GitHub Actions
 * matrix (`npm run build:wilayah -- --rencana`, `.github/workflows/terbit.yml`). The same plan drives a
 * local run (every shard in turn), so a shard built on its own gives the bytes a full run gives.
 */

export interface BobotWilayah {
  id: string;
  /** how much there is to build: the region's agency-years */
  bobot: number;
}

export interface Shard {
  /** 1-based, as `--shard i/n` writes it */
  ke: number;
  wilayah: string[];
  bobot: number;
}

/**
 * Longest-processing-time first: the heaviest region goes to the lightest shard, so the slowest shard
 * (the matrix's wall time) stays close to the largest region. Ties break on the id, so the plan depends
 * only on the content: the same regions land in the same shard on every run and keep their cache.
 * Never more shards than regions; a shard is never empty.
 */
export function bagiShard(wilayah: readonly BobotWilayah[], jumlah: number): Shard[] {
  const jumlahShard = Math.max(1, Math.min(Math.floor(jumlah), wilayah.length));
  if (!wilayah.length) return [];
  const shard: Shard[] = Array.from({ length: jumlahShard }, (_, i) => ({ ke: i + 1, wilayah: [], bobot: 0 }));
  const urut = [...wilayah].sort((a, b) => b.bobot - a.bobot || a.id.localeCompare(b.id));
  for (const satuWilayah of urut) {
    const ringan = shard.reduce((min, s) => (s.bobot < min.bobot ? s : min));
    ringan.wilayah.push(satuWilayah.id);
    ringan.bobot += satuWilayah.bobot;
  }
  for (const pecahan of shard) pecahan.wilayah.sort();
  return shard;
}

/** "2/4" → { ke: 2, dari: 4 }; null when it is not a shard of that form. */
export function bacaShard(teks: string): { ke: number; dari: number } | null {
  const cocok = /^(\d+)\/(\d+)$/.exec(teks.trim());
  if (!cocok) return null;
  const ke = Number(cocok[1]);
  const dari = Number(cocok[2]);
  return ke >= 1 && ke <= dari ? { ke, dari } : null;
}

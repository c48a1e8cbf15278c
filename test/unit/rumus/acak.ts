/**
 * A seeded pseudo-random generator (mulberry32) for property tests written as
 * plain loops: the same inputs on every run, so a failure is reproducible.
 */
export function acak(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** uniform in [0, 1) */
    next,
    /** uniform in [min, max) */
    antara: (min: number, max: number) => min + (max - min) * next(),
    /** integer in [min, max] */
    bulat: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pilih: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

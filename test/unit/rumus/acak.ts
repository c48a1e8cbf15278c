/**
 * A seeded pseudo-random generator (mulberry32) for property tests written as
 * plain loops: the same inputs on every run, so a failure is reproducible.
 */
export function acak(seed: number) {
  let keadaan = seed >>> 0;
  const next = () => {
    keadaan = (keadaan + 0x6d2b79f5) >>> 0;
    let campur = keadaan;
    campur = Math.imul(campur ^ (campur >>> 15), campur | 1);
    campur ^= campur + Math.imul(campur ^ (campur >>> 7), campur | 61);
    return ((campur ^ (campur >>> 14)) >>> 0) / 4294967296;
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

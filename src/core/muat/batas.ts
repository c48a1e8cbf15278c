/**
 * The limits content must keep and the thresholds of the plausibility checks, in one place.
 * Documented for contributors in content/README.md ("Batas dan ambang"); a test keeps the two in step.
 */

/** Largest content file (bytes). The largest real file is ~110 KB; an 84 MB file once became a 79 MB page. */
export const UKURAN_BERKAS_MAKS = 2 * 1024 * 1024;

/** Deepest nesting of JSON objects/arrays and of a narrative's Markdown tree. Real content goes 11 deep. */
export const KEDALAMAN_MAKS = 32;

/** A percentage indicator's realisasi or target above this is a warning (a typo such as 1500 for 15.00). */
export const PERSEN_MAKS = 1000;

/** A computed capaian above this percentage is a warning: it drives averages and categories. */
export const CAPAIAN_MAKS = 500;

/** Scaffold placeholders (`npm run new-report`) start with this. */
export const AWALAN_ISIAN = 'ISI:';

export const mb = (b: number) => `${(b / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

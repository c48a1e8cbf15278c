/**
 * The limits content must keep and the thresholds of the plausibility checks, in one place.
 * Documented for contributors in content/README.md ("Batas dan ambang"); a test keeps the two in step.
 */

/** Largest content file (bytes). The largest real file is ~110 KB; an 84 MB file once became a 79 MB page. */
export const UKURAN_BERKAS_MAKS = 2 * 1024 * 1024;

/** Largest PDF an agency may store beside its content (`sumber.berkas_pdf`): a scanned LKjIP is a few MB. */
export const UKURAN_PDF_MAKS = 20 * 1024 * 1024;

/** A content file's size limit: a PDF has its own. */
export const batasUkuran = (path: string) => (path.endsWith('.pdf') ? UKURAN_PDF_MAKS : UKURAN_BERKAS_MAKS);

/** Deepest nesting of JSON objects/arrays and of a narrative's Markdown tree. Real content goes 11 deep. */
export const KEDALAMAN_MAKS = 32;

/** A percentage indicator's realisasi or target above this is a warning (a typo such as 1500 for 15.00). */
export const PERSEN_MAKS = 1000;

/** A computed capaian above this percentage is a warning: it drives averages and categories. */
export const CAPAIAN_MAKS = 500;

/** Scaffold placeholders (`npm run new-report`) start with this. */
export const AWALAN_ISIAN = 'ISI:';

export const mb = (b: number) => `${(b / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

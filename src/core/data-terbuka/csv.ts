/**
 * RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * Every text cell goes through `selAman` first, as every spreadsheet the site publishes must.
 */
export type Sel = string | number | null | undefined;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or one
 * starting with a tab or carriage return, also after leading spaces or in full-width forms)
 * gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 * A plain signed number ("-2.5") and a dash for "none" ("-") are left alone: values, not formulas.
 * The one function for every published CSV and XLSX text cell.
 */
export function selAman(teks: string): string {
  const formula = /^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(teks);
  return formula && !/^[+-]?[\d.,]+%?$|^[-\s]+$/.test(teks) ? `'${teks}` : teks;
}

/**
 * The one way every published number is written: at most 15 significant digits, which drops binary
 * float noise (62.66999999999999 → 62.67) yet keeps every rupiah of a 15-digit budget; never NaN or Infinity.
 */
export function angkaBersih(nilai: number): string {
  return Number.isFinite(nilai) ? String(Number(nilai.toPrecision(15))) : '';
}

const sel = (nilai: Sel) => {
  if (nilai === null || nilai === undefined) return '';
  const teks = typeof nilai === 'number' ? angkaBersih(nilai) : selAman(nilai);
  return /[",\r\n]/.test(teks) ? `"${teks.replace(/"/g, '""')}"` : teks;
};

export function csv(kolom: readonly string[], baris: readonly (readonly Sel[])[]): string {
  return [kolom, ...baris].map((r) => r.map(sel).join(',')).join('\r\n') + '\r\n';
}

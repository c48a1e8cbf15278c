/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export type Sel = string | number | null | undefined;

const sel = (v: Sel) => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csv(kolom: readonly string[], baris: readonly (readonly Sel[])[]): string {
  return [kolom, ...baris].map((r) => r.map(sel).join(',')).join('\r\n') + '\r\n';
}

/**
 * Budget arithmetic (docs/domain.md §3): serapan, SILPA, and totals from children.
 * Aggregate percentages come from sums, never from averaging percentages.
 */
export interface Pagu {
  pagu: number;
  realisasi: number;
}

/** serapan = realisasi / pagu × 100; null when the pagu is 0. */
export function serapan({ pagu, realisasi }: Pagu): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

/** SILPA (unspent) = pagu − realisasi. */
export const silpa = ({ pagu, realisasi }: Pagu) => pagu - realisasi;

/** SILPA % = SILPA / pagu × 100; null when the pagu is 0. */
/** The total pagu of a Perjanjian Kinerja's programs (the page's "Jumlah (dihitung)" and the audit's check). */
export const jumlahPaguProgram = (program: readonly { pagu: number }[]) => program.reduce((s, p) => s + p.pagu, 0);

export function silpaPersen(pagu: Pagu): number | null {
  return pagu.pagu === 0 ? null : (silpa(pagu) / pagu.pagu) * 100;
}

/** Sum of lines; a line whose amount is unknown makes the sum unknown. */
export function jumlahkan(lines: readonly { pagu?: number | undefined; realisasi?: number | undefined }[]): {
  pagu: number | null;
  realisasi: number | null;
} {
  let pagu: number | null = 0;
  let realisasi: number | null = 0;
  for (const baris of lines) {
    pagu = pagu === null || baris.pagu === undefined ? null : pagu + baris.pagu;
    realisasi = realisasi === null || baris.realisasi === undefined ? null : realisasi + baris.realisasi;
  }
  return { pagu, realisasi };
}

/**
 * Permendagri 90/2019 nomenclature codes: urusan "x", bidang urusan "x.xx", program "x.xx.xx",
 * kegiatan "x.xx.xx.x.xx", sub-kegiatan "x.xx.xx.x.xx.xx" (later decrees number sub-kegiatan
 * with 4 digits, "….0001": both are accepted). "X" stands for a cross-cutting urusan.
 */
export const BENTUK_KODE_PERMENDAGRI = 'x.xx.xx.x.xx.xx';
export type TingkatKode = 'bidang_urusan' | 'program' | 'kegiatan' | 'sub_kegiatan';

const BAGIAN_KODE: { tingkat: TingkatKode; pola: RegExp }[] = [
  { tingkat: 'bidang_urusan', pola: /^[\dX]\.(\d{2}|XX)$/ },
  { tingkat: 'program', pola: /^[\dX]\.(\d{2}|XX)\.\d{2}$/ },
  { tingkat: 'kegiatan', pola: /^[\dX]\.(\d{2}|XX)\.\d{2}\.\d\.\d{2}$/ },
  { tingkat: 'sub_kegiatan', pola: /^[\dX]\.(\d{2}|XX)\.\d{2}\.\d\.\d{2}\.(\d{2}|\d{4})$/ },
];

/**
 * What a printed code is: a Permendagri 90/2019 code of some level; `bentuk_salah` for a code that
 * starts like one (urusan and a two-digit bidang, "5.02.…") but does not go on in its shape; null
 * for anything else, left as printed: a roman numeral, a row number ("1", "2.1", "1.1.1").
 */
export function bacaKodePermendagri(kode: string): { tingkat: TingkatKode } | 'bentuk_salah' | null {
  const kodeBersih = kode.trim();
  const hit = BAGIAN_KODE.find((b) => b.pola.test(kodeBersih));
  if (hit) return { tingkat: hit.tingkat };
  return /^[\dX]\.(\d{2}|XX)\./.test(kodeBersih) ? 'bentuk_salah' : null;
}

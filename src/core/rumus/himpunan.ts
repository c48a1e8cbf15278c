/**
 * Declared qualitative value sets (DOMAIN.md §7): ordered labels, best first, declared once in an
 * agency's catalogue or in situs.json and cited by id. The SAKIP grades are one built-in set.
 */
import type { HimpunanNilai } from '../skema/common.ts';

export const HIMPUNAN_PREDIKAT_SAKIP: HimpunanNilai = {
  id: 'predikat-sakip',
  nama: 'Predikat SAKIP (AA–D)',
  nilai: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'],
  keterangan: 'Predikat evaluasi SAKIP menurut PermenPAN-RB 12/2015, dari yang terbaik.',
};

/** The sets every site knows by id, besides those of situs.json and each catalogue. */
export const HIMPUNAN_BAWAAN: readonly HimpunanNilai[] = [HIMPUNAN_PREDIKAT_SAKIP];

/** Rank in the set (0 = best); -1 when the label is not in it. Labels match as printed. */
export const peringkat = (label: string, h: { nilai: readonly string[] }) => h.nilai.indexOf(label);

/** The value sets an agency's indicators can cite: built-in, then situs.json, then its catalogue (later wins). */
export const himpunanTersedia = (situs: readonly HimpunanNilai[] = [], katalog: readonly HimpunanNilai[] = []) =>
  new Map<string, HimpunanNilai>([...HIMPUNAN_BAWAAN, ...situs, ...katalog].map((h) => [h.id, h]));

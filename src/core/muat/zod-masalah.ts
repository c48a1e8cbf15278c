/** Turns zod issues into Masalah, with zod's own Indonesian and English messages. */
import { z } from 'zod';
import { jalurTeks, type Masalah } from './masalah.ts';

const localeId = z.locales.id().localeError;
const localeEn = z.locales.en().localeError;

function teks(map: typeof localeId, issue: z.core.$ZodIssue): string {
  const hasil = map(issue as never);
  return typeof hasil === 'string' ? hasil : (hasil?.message ?? issue.message);
}

const tampil = (nilai: unknown) => {
  if (nilai === undefined) return 'tidak ada (missing)';
  const json = JSON.stringify(nilai);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

type Isu = z.core.$ZodIssue;
const terdalam = (daftar: readonly Isu[]) => Math.max(0, ...daftar.map((isu) => isu.path.length));

/**
 * A union's issue, replaced by the issues of the option the input got furthest into: a wrong value
 * inside a scale is named at that value, not as "invalid input" on the whole scale. Options that all
 * fail at the value itself (a number or a label) keep the union's one issue.
 */
function rinciUnion(issue: Isu): Isu[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const pilihan = issue.errors.reduce((terbaik, daftar) => (terdalam(daftar) > terdalam(terbaik) ? daftar : terbaik));
  if (!terdalam(pilihan)) return [issue];
  return pilihan.flatMap((isu) => rinciUnion({ ...isu, path: [...issue.path, ...isu.path] } as Isu));
}

/** `barisDari` maps a field path to a line in the file, where it can. */
export function masalahDariZod(
  error: z.ZodError,
  berkas: string,
  barisDari: (path: readonly PropertyKey[]) => number | undefined,
): Masalah[] {
  return error.issues.flatMap(rinciUnion).map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const input = (issue as { input?: unknown }).input;
    const base = {
      tingkat: 'galat' as const,
      berkas,
      baris: barisDari(path) ?? barisDari(issue.path),
      jalur: jalurTeks(path),
    };
    if (issue.code === 'custom' || issue.message !== teks(localeEn, issue)) {
      // Our own refinements and messages (e.g. on an id's pattern) are written "Indonesian (English)".
      // A refinement may name what it expected and found (params), e.g. the two bands of a scale that overlap.
      const cocok = /^(.*) \((.*)\)$/.exec(issue.message);
      const params = (issue as { params?: { diharapkan?: string; ditemukan?: string } }).params;
      return {
        ...base,
        pesan: cocok?.[1] ?? issue.message,
        message: cocok?.[2] ?? issue.message,
        ...(params?.diharapkan !== undefined ? { diharapkan: params.diharapkan } : {}),
        ...(params?.ditemukan !== undefined
          ? { ditemukan: params.ditemukan }
          : input !== undefined
            ? { ditemukan: tampil(input) }
            : {}),
      };
    }
    if (input === undefined && issue.code === 'invalid_type')
      return {
        ...base,
        pesan: `Kolom wajib "${String(path.at(-1))}" tidak ada.`,
        message: `Required field "${String(path.at(-1))}" is missing.`,
        diharapkan: issue.expected,
        ditemukan: 'tidak ada (missing)',
        saran: 'Tambahkan kolom ini; lihat content/README.md dan skema JSON di schemas/.',
      };
    if (issue.code === 'unrecognized_keys')
      return {
        ...base,
        pesan: `Kolom tidak dikenal: ${issue.keys.join(', ')}.`,
        message: `Unknown field: ${issue.keys.join(', ')}.`,
        diharapkan: 'hanya kolom yang ada di skema (only fields in the schema)',
        ditemukan: issue.keys.join(', '),
        saran: 'Periksa ejaan nama kolom (check the spelling of the field name).',
      };
    // an enum names its options (e.g. the capaian methods): they are what was expected
    const pilihan = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)).join(' | ') : undefined;
    return {
      ...base,
      pesan: teks(localeId, issue),
      message: teks(localeEn, issue),
      ...('expected' in issue && typeof issue.expected === 'string'
        ? { diharapkan: issue.expected }
        : pilihan
          ? { diharapkan: pilihan }
          : {}),
      ...(input !== undefined ? { ditemukan: tampil(input) } : {}),
    };
  });
}

/**
 * Characters that do not show as themselves: bidirectional overrides and isolates (U+202E turns
 * "exe.txt" into "txt.exe"), zero-width characters, Unicode tag characters, and control characters
 * other than tab and line breaks. Content refuses them (teks-aman.ts); problem reports print them
 * as their code so a log cannot be reordered by the very character it reports.
 */
const TERSEMBUNYI =
  // eslint-disable-next-line no-control-regex -- these control characters are what the check looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;

const NAMA_KARAKTER: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)" for the first invisible character of `teks`, or undefined. */
export function karakterTersembunyi(teks: string): string | undefined {
  const cocok = TERSEMBUNYI.exec(teks);
  if (!cocok) return undefined;
  const kode = cocok[0].codePointAt(0)!;
  const nama =
    NAMA_KARAKTER[kode] ??
    (kode >= 0xe0000 ? 'TAG CHARACTER' : kode < 0xa0 ? 'CONTROL CHARACTER' : 'INVISIBLE FORMAT CHARACTER');
  return `U+${kode.toString(16).toUpperCase().padStart(4, '0')} (${nama}) pada posisi ${cocok.index + 1} (at position ${cocok.index + 1})`;
}

/** `s` with every invisible character written as its code, e.g. "⟨U+202E⟩". */
export const tampakkan = (s: string) =>
  s.replace(
    new RegExp(TERSEMBUNYI.source, 'gu'),
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );

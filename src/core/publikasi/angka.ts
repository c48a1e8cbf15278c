/**
 * Numbers as Indonesian documents and spreadsheets print them (docs/domain.md, "Number formats"):
 * `1.168.174.816` (dot = thousands), `72,58` (comma = decimal),
 * `Rp 5.429.689.056,00`, `98,25 %`, `-`, `N/A`, and the OCR's dot decimals (`97.21`).
 * Each reader returns a value or a bilingual reason; nothing is guessed silently.
 */

export type Hasil<T> = { ok: true; nilai: T } | { ok: false; pesan: string; message: string };

const gagal = (pesan: string, message: string): { ok: false; pesan: string; message: string } => ({
  ok: false,
  pesan,
  message,
});
const ok = <T>(nilai: T): Hasil<T> => ({ ok: true, nilai });

/** A dash or an empty cell: no value printed. */
export const kosong = (s: string) => /^[\s]*([-–—]|)[\s]*$/.test(s);
export const adalahNA = (s: string) => /^\s*(n\/?a|t\/?a)\s*$/i.test(s);

function bersihkan(s: string): string {
  return (
    s
      .trim()
      .replace(/^rp\.?/i, '')
      .replace(/[\s\u00a0\u2007\u202f]/g, '')
      // "105.000.000.000,-": the dash after the comma says "no sen", as Indonesian spreadsheets write money
      .replace(/[,.][-–—]{1,2}$/, '')
      .replace(/%$/, '')
  );
}

const kelompokSah = (bagian: string[]) =>
  /^\d{1,3}$/.test(bagian[0]!) && bagian.slice(1).every((g) => /^\d{3}$/.test(g));

type Jenis = 'rupiah' | 'desimal' | 'tercetak';

/**
 * The number in `teks` as a dot-decimal string with the printed digits kept
 * ("72,58" → "72.58", "5.429.689.056,00" → "5429689056.00").
 */
export function uraiAngka(teks: string, jenis: Jenis): Hasil<string> {
  const s = bersihkan(teks);
  const m = /^(-?)([\d.,]+)$/.exec(s);
  if (!m || !/\d/.test(s)) return gagal(`"${teks.trim()}" bukan angka.`, `"${teks.trim()}" is not a number.`);
  const [, tanda, badan] = m as unknown as [string, string, string];
  const titik = (badan.match(/\./g) ?? []).length;
  const koma = (badan.match(/,/g) ?? []).length;
  let bulat: string;
  let pecahan = '';
  const pisahDesimal = (sep: string) => {
    const i = badan.lastIndexOf(sep);
    return [badan.slice(0, i), badan.slice(i + 1)] as const;
  };
  const ribuan = (s: string, sep: string) => {
    const g = s.split(sep);
    return g.length === 1 || kelompokSah(g) ? g.join('') : null;
  };
  if (titik && koma) {
    // the last separator is the decimal one: 5.429.689.056,00 or 10,500.25
    const des = badan.lastIndexOf(',') > badan.lastIndexOf('.') ? ',' : '.';
    const rib = des === ',' ? '.' : ',';
    const [a, b] = pisahDesimal(des);
    if ((badan.match(new RegExp(`\\${des}`, 'g')) ?? []).length > 1)
      return gagal(
        `"${teks.trim()}": pemisah desimal lebih dari satu.`,
        `"${teks.trim()}": more than one decimal separator.`,
      );
    const r = ribuan(a, rib);
    if (r === null)
      return gagal(
        `"${teks.trim()}": pemisah ribuan tidak teratur.`,
        `"${teks.trim()}": irregular thousands separators.`,
      );
    bulat = r;
    pecahan = b;
  } else if (titik + koma > 1) {
    const sep = titik ? '.' : ',';
    const r = ribuan(badan, sep);
    if (r === null)
      return gagal(
        `"${teks.trim()}": pemisah ribuan tidak teratur.`,
        `"${teks.trim()}": irregular thousands separators.`,
      );
    bulat = r;
  } else if (titik + koma === 1) {
    const sep = titik ? '.' : ',';
    const [a, b] = pisahDesimal(sep);
    // one separator followed by exactly three digits reads as thousands (1.250 lembar, 10,500),
    // except in printed percentages and after a leading zero; a comma in a decimal column is always decimal
    const ribuanDulu =
      b.length === 3 && !/^0?$/.test(a) && (jenis === 'rupiah' || (jenis === 'desimal' && sep === '.'));
    if (ribuanDulu) bulat = a + b;
    else {
      bulat = a;
      pecahan = b;
    }
  } else bulat = badan;
  if (!/^\d+$/.test(bulat) || (pecahan && !/^\d+$/.test(pecahan)))
    return gagal(`"${teks.trim()}" bukan angka.`, `"${teks.trim()}" is not a number.`);
  bulat = bulat.replace(/^0+(?=\d)/, '');
  return ok(`${tanda}${bulat}${pecahan ? `.${pecahan}` : ''}`);
}

/** A number cell of a spreadsheet (XLSX) needs no reading, only checking. */
const angkaSel = (n: number): Hasil<number> =>
  Number.isFinite(n) ? ok(n) : gagal(`"${n}" bukan angka.`, `"${n}" is not a number.`);

/**
 * Whole rupiah: `Rp 5.429.689.056,00` and `Rp. 105.000.000.000,-` → the number;
 * `-` or empty → null: not printed, which is not Rp 0 (a made-up 0 would raise false budget warnings).
 */
export function bacaRupiah(teks: string | number): Hasil<number | null> {
  if (typeof teks === 'number') {
    if (!Number.isInteger(teks))
      return gagal(`"${teks}": rupiah ditulis bulat, tanpa sen.`, `"${teks}": rupiah must be whole, without sen.`);
    if (teks < 0) return gagal(`"${teks}": rupiah tidak boleh negatif.`, `"${teks}": rupiah cannot be negative.`);
    return ok(teks);
  }
  if (kosong(teks)) return ok(null);
  const u = uraiAngka(teks, 'rupiah');
  if (!u.ok) return u;
  const [a, b = ''] = u.nilai.split('.');
  if (u.nilai.startsWith('-'))
    return gagal(`"${teks.trim()}": rupiah tidak boleh negatif.`, `"${teks.trim()}": rupiah cannot be negative.`);
  if (/[1-9]/.test(b))
    return gagal(
      `"${teks.trim()}": rupiah ditulis bulat, tanpa sen.`,
      `"${teks.trim()}": rupiah must be whole, without sen.`,
    );
  return ok(Number(a));
}

/** A plain number: `72,58` → 72.58, `1.250` → 1250. */
export function bacaDesimal(teks: string | number): Hasil<number> {
  if (typeof teks === 'number') return angkaSel(teks);
  const u = uraiAngka(teks, 'desimal');
  return u.ok ? ok(Number(u.nilai)) : u;
}

/** A printed derived value, precision kept: `100,80` → "100.80"; `N/A` → "N/A"; empty/`-` → undefined. */
export function bacaTercetak(teks: string | number): Hasil<string | undefined> {
  // a number cell keeps only the digits the spreadsheet stored (format the column as text to keep "100.80")
  if (typeof teks === 'number')
    return Number.isFinite(teks) ? ok(String(teks)) : gagal(`"${teks}" bukan angka.`, `"${teks}" is not a number.`);
  if (kosong(teks)) return ok(undefined);
  if (adalahNA(teks)) return ok('N/A');
  return uraiAngka(teks, 'tercetak');
}

/** A qualitative label as printed ("WTP", "Level 3", "BB"): text with a letter, checked later against the indicator's value set. */
const label = (s: string): string | undefined => (/\p{L}/u.test(s) ? s.trim().replace(/\s+/g, ' ') : undefined);

/** An input number with its printed precision: `72,58` → 72.58, `7,0` → "7.0" (the printed zero kept as text). */
function bacaMasukan(teks: string | number): Hasil<number | string> {
  if (typeof teks === 'number') return angkaSel(teks);
  const u = uraiAngka(teks, 'desimal');
  if (!u.ok) return u;
  return ok(String(Number(u.nilai)) === u.nilai ? Number(u.nilai) : u.nilai);
}

/** A measured value: a number, a label (`BB`, `WTP`), `N/A`; empty or `-` = not in the source (null). */
export function bacaNilai(teks: string | number): Hasil<number | string | null> {
  if (typeof teks === 'number') return angkaSel(teks);
  if (kosong(teks)) return ok(null);
  if (adalahNA(teks)) return ok('N/A');
  const n = bacaMasukan(teks);
  if (n.ok) return n;
  return label(teks) !== undefined ? ok(label(teks)!) : n;
}

/** A target: a number, a range `70 - 80`, a label, `N/A`; empty or `-` = not in the source (null). */
export function bacaTarget(
  teks: string | number,
): Hasil<number | string | { min: number | string; max: number | string } | null> {
  if (typeof teks === 'number') return angkaSel(teks);
  if (kosong(teks)) return ok(null);
  const r = /^\s*([^\s–—]+)\s*[–—]\s*([^\s]+)\s*$|^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(teks);
  if (r) {
    const a = bacaMasukan(r[1] ?? r[3]!);
    const b = bacaMasukan(r[2] ?? r[4]!);
    if (a.ok && b.ok) return ok({ min: a.nilai, max: b.nilai });
  }
  return bacaNilai(teks);
}

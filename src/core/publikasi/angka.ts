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

function bersihkan(teks: string): string {
  return (
    teks
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
  const bersih = bersihkan(teks);
  const cocok = /^(-?)([\d.,]+)$/.exec(bersih);
  if (!cocok || !/\d/.test(bersih)) return gagal(`"${teks.trim()}" bukan angka.`, `"${teks.trim()}" is not a number.`);
  const [, tanda, badan] = cocok as unknown as [string, string, string];
  const titik = (badan.match(/\./g) ?? []).length;
  const koma = (badan.match(/,/g) ?? []).length;
  let bulat: string;
  let pecahan = '';
  const pisahDesimal = (sep: string) => {
    const posisi = badan.lastIndexOf(sep);
    return [badan.slice(0, posisi), badan.slice(posisi + 1)] as const;
  };
  const ribuan = (badanAngka: string, sep: string) => {
    const kelompok = badanAngka.split(sep);
    return kelompok.length === 1 || kelompokSah(kelompok) ? kelompok.join('') : null;
  };
  if (titik && koma) {
    // the last separator is the decimal one: 5.429.689.056,00 or 10,500.25
    const des = badan.lastIndexOf(',') > badan.lastIndexOf('.') ? ',' : '.';
    const rib = des === ',' ? '.' : ',';
    const [bagianBulat, bagianPecahan] = pisahDesimal(des);
    if ((badan.match(new RegExp(`\\${des}`, 'g')) ?? []).length > 1)
      return gagal(
        `"${teks.trim()}": pemisah desimal lebih dari satu.`,
        `"${teks.trim()}": more than one decimal separator.`,
      );
    const hasilRibuan = ribuan(bagianBulat, rib);
    if (hasilRibuan === null)
      return gagal(
        `"${teks.trim()}": pemisah ribuan tidak teratur.`,
        `"${teks.trim()}": irregular thousands separators.`,
      );
    bulat = hasilRibuan;
    pecahan = bagianPecahan;
  } else if (titik + koma > 1) {
    const sep = titik ? '.' : ',';
    const hasilRibuan = ribuan(badan, sep);
    if (hasilRibuan === null)
      return gagal(
        `"${teks.trim()}": pemisah ribuan tidak teratur.`,
        `"${teks.trim()}": irregular thousands separators.`,
      );
    bulat = hasilRibuan;
  } else if (titik + koma === 1) {
    const sep = titik ? '.' : ',';
    const [bagianBulat, bagianPecahan] = pisahDesimal(sep);
    // one separator followed by exactly three digits reads as thousands (1.250 lembar, 10,500),
    // except in printed percentages and after a leading zero; a comma in a decimal column is always decimal
    const ribuanDulu =
      bagianPecahan.length === 3 &&
      !/^0?$/.test(bagianBulat) &&
      (jenis === 'rupiah' || (jenis === 'desimal' && sep === '.'));
    if (ribuanDulu) bulat = bagianBulat + bagianPecahan;
    else {
      bulat = bagianBulat;
      pecahan = bagianPecahan;
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
  const terurai = uraiAngka(teks, 'rupiah');
  if (!terurai.ok) return terurai;
  const [bulat, pecahan = ''] = terurai.nilai.split('.');
  if (terurai.nilai.startsWith('-'))
    return gagal(`"${teks.trim()}": rupiah tidak boleh negatif.`, `"${teks.trim()}": rupiah cannot be negative.`);
  if (/[1-9]/.test(pecahan))
    return gagal(
      `"${teks.trim()}": rupiah ditulis bulat, tanpa sen.`,
      `"${teks.trim()}": rupiah must be whole, without sen.`,
    );
  return ok(Number(bulat));
}

/** A plain number: `72,58` → 72.58, `1.250` → 1250. */
export function bacaDesimal(teks: string | number): Hasil<number> {
  if (typeof teks === 'number') return angkaSel(teks);
  const terurai = uraiAngka(teks, 'desimal');
  return terurai.ok ? ok(Number(terurai.nilai)) : terurai;
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
  const terurai = uraiAngka(teks, 'desimal');
  if (!terurai.ok) return terurai;
  return ok(String(Number(terurai.nilai)) === terurai.nilai ? Number(terurai.nilai) : terurai.nilai);
}

/** A measured value: a number, a label (`BB`, `WTP`), `N/A`; empty or `-` = not in the source (null). */
export function bacaNilai(teks: string | number): Hasil<number | string | null> {
  if (typeof teks === 'number') return angkaSel(teks);
  if (kosong(teks)) return ok(null);
  if (adalahNA(teks)) return ok('N/A');
  const angka = bacaMasukan(teks);
  if (angka.ok) return angka;
  return label(teks) !== undefined ? ok(label(teks)!) : angka;
}

/** A target: a number, a range `70 - 80`, a label, `N/A`; empty or `-` = not in the source (null). */
export function bacaTarget(
  teks: string | number,
): Hasil<number | string | { min: number | string; max: number | string } | null> {
  if (typeof teks === 'number') return angkaSel(teks);
  if (kosong(teks)) return ok(null);
  const cocok = /^\s*([^\s–—]+)\s*[–—]\s*([^\s]+)\s*$|^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(teks);
  if (cocok) {
    const awal = bacaMasukan(cocok[1] ?? cocok[3]!);
    const akhir = bacaMasukan(cocok[2] ?? cocok[4]!);
    if (awal.ok && akhir.ok) return ok({ min: awal.nilai, max: akhir.nilai });
  }
  return bacaNilai(teks);
}

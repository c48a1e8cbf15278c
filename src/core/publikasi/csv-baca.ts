/**
 * Reads CSV as spreadsheets export it: comma, semicolon (Indonesian Excel, where
 * the comma is the decimal separator) or tab separated; quoted cells with
 * separators, quotes and line breaks; a UTF-8 byte-order mark. Row numbers are
 * the file's, so problems can point at them.
 */
export interface BarisCsv {
  /** 1-based row number in the file */
  nomor: number;
  sel: string[];
  /** number cells of a spreadsheet (XLSX), by column: read as numbers, not as text */
  angka?: (number | undefined)[];
}

/** Rows of a spreadsheet as read-excel-file gives them, as sheet rows. */
export function barisLembar(data: readonly (readonly unknown[])[]): BarisCsv[] {
  return data.map((row, i) => {
    const angka: (number | undefined)[] = [];
    const sel = row.map((v, j) => {
      if (typeof v === 'number') {
        angka[j] = v;
        return String(v);
      }
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      return v === null || v === undefined ? '' : String(v);
    });
    return { nomor: i + 1, sel, ...(angka.length ? { angka } : {}) };
  });
}

/** The separator: the one every non-empty line of the first few has, outside quotes. */
export function tebakPemisah(teks: string): ',' | ';' | '\t' {
  const contoh = teks
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 10)
    .map((l) => l.replace(/"[^"]*"/g, ''));
  for (const sep of ['\t', ';'] as const) if (contoh.length && contoh.every((l) => l.includes(sep))) return sep;
  return ',';
}

export function bacaCsv(teks: string, pemisahDiminta?: string): BarisCsv[] {
  let s = teks.replace(/^\uFEFF/, '');
  let nomor = 1;
  // Excel's hint line: sep=;
  const petunjuk = /^sep=(.)\r?\n/i.exec(s);
  if (petunjuk) {
    s = s.slice(petunjuk[0].length);
    nomor = 2;
  }
  const pemisah = pemisahDiminta ?? petunjuk?.[1] ?? tebakPemisah(s);
  const out: BarisCsv[] = [];
  let sel: string[] = [];
  let kini = '';
  let kutip = false;
  let mulai = nomor;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (kutip) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          kini += '"';
          i++;
        } else kutip = false;
      } else {
        if (c === '\n') nomor++;
        kini += c;
      }
      continue;
    }
    if (c === '"' && kini.trim() === '') {
      kutip = true;
      kini = '';
    } else if (c === pemisah) {
      sel.push(kini);
      kini = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      sel.push(kini);
      out.push({ nomor: mulai, sel });
      sel = [];
      kini = '';
      nomor++;
      mulai = nomor;
    } else kini += c;
  }
  if (kini !== '' || sel.length) {
    sel.push(kini);
    out.push({ nomor: mulai, sel });
  }
  return out;
}

/** Spreadsheet column name: 0 → A, 25 → Z, 26 → AA. */
export function hurufKolom(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

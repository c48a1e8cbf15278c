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
  return data.map((row, nomorBaris) => {
    const angka: (number | undefined)[] = [];
    const sel = row.map((nilai, nomorKolom) => {
      if (typeof nilai === 'number') {
        angka[nomorKolom] = nilai;
        return String(nilai);
      }
      if (nilai instanceof Date) return nilai.toISOString().slice(0, 10);
      return nilai === null || nilai === undefined ? '' : String(nilai);
    });
    return { nomor: nomorBaris + 1, sel, ...(angka.length ? { angka } : {}) };
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
  let teksBersih = teks.replace(/^\uFEFF/, '');
  let nomor = 1;
  // Excel's hint line: sep=;
  const petunjuk = /^sep=(.)\r?\n/i.exec(teksBersih);
  if (petunjuk) {
    teksBersih = teksBersih.slice(petunjuk[0].length);
    nomor = 2;
  }
  const pemisah = pemisahDiminta ?? petunjuk?.[1] ?? tebakPemisah(teksBersih);
  const out: BarisCsv[] = [];
  let sel: string[] = [];
  let kini = '';
  let kutip = false;
  let mulai = nomor;
  for (let posisi = 0; posisi < teksBersih.length; posisi++) {
    const huruf = teksBersih[posisi]!;
    if (kutip) {
      if (huruf === '"') {
        if (teksBersih[posisi + 1] === '"') {
          kini += '"';
          posisi++;
        } else kutip = false;
      } else {
        if (huruf === '\n') nomor++;
        kini += huruf;
      }
      continue;
    }
    if (huruf === '"' && kini.trim() === '') {
      kutip = true;
      kini = '';
    } else if (huruf === pemisah) {
      sel.push(kini);
      kini = '';
    } else if (huruf === '\n' || huruf === '\r') {
      if (huruf === '\r' && teksBersih[posisi + 1] === '\n') posisi++;
      sel.push(kini);
      out.push({ nomor: mulai, sel });
      sel = [];
      kini = '';
      nomor++;
      mulai = nomor;
    } else kini += huruf;
  }
  if (kini !== '' || sel.length) {
    sel.push(kini);
    out.push({ nomor: mulai, sel });
  }
  return out;
}

/** Spreadsheet column name: 0 → A, 25 → Z, 26 → AA. */
export function hurufKolom(indeks: number): string {
  let hasil = '';
  for (let sisa = indeks + 1; sisa > 0; sisa = Math.floor((sisa - 1) / 26))
    hasil = String.fromCharCode(65 + ((sisa - 1) % 26)) + hasil;
  return hasil;
}

/**
 * A strict RFC 4180 reader for the tests, written apart from the site's writer so that each checks the
 * other: records as arrays, so their width can be checked.
 */
export function barisCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let posisi = 0;
  if (text.length && !text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  const akhiriSel = () => {
    row.push(field);
    field = '';
  };
  while (posisi < text.length) {
    const huruf = text[posisi]!;
    if (quoted) {
      if (huruf === '"' && text[posisi + 1] === '"') {
        field += '"';
        posisi += 2;
      } else if (huruf === '"') {
        quoted = false;
        posisi++;
        if (!(text[posisi] === ',' || text.startsWith('\r\n', posisi)))
          throw new Error(`text after a closing quote at ${posisi}`);
      } else {
        field += huruf;
        posisi++;
      }
    } else if (huruf === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${posisi}`);
      quoted = true;
      posisi++;
    } else if (huruf === ',') {
      akhiriSel();
      posisi++;
    } else if (text.startsWith('\r\n', posisi)) {
      akhiriSel();
      rows.push(row);
      row = [];
      posisi += 2;
    } else if (huruf === '\r' || huruf === '\n') throw new Error(`bare line break outside quotes at ${posisi}`);
    else {
      field += huruf;
      posisi++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  return rows;
}

/** Records as objects by header, after checking every record has the header's width. */
export function tabelCsv(text: string): { kolom: string[]; baris: Record<string, string>[] } {
  const [kolom, ...body] = barisCsv(text);
  for (const [nomor, isiBaris] of body.entries())
    if (isiBaris.length !== kolom!.length)
      throw new Error(`record ${nomor + 1} has ${isiBaris.length} fields, header ${kolom!.length}`);
  return { kolom: kolom!, baris: body.map((r) => Object.fromEntries(kolom!.map((k, j) => [k, r[j]!]))) };
}

/** The records of a published CSV, by header. */
export const bacaCsv = (text: string): Record<string, string>[] => tabelCsv(text).baris;

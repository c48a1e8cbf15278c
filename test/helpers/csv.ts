/**
 * A strict RFC 4180 reader for the tests, written apart from the site's writer so that each checks the
 * other: records as arrays, so their width can be checked.
 */
export function barisCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.length && !text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  const akhiriSel = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (!(text[i] === ',' || text.startsWith('\r\n', i))) throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      akhiriSel();
      i++;
    } else if (text.startsWith('\r\n', i)) {
      akhiriSel();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break outside quotes at ${i}`);
    else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  return rows;
}

/** Records as objects by header, after checking every record has the header's width. */
export function tabelCsv(text: string): { kolom: string[]; baris: Record<string, string>[] } {
  const [kolom, ...body] = barisCsv(text);
  for (const [n, r] of body.entries())
    if (r.length !== kolom!.length) throw new Error(`record ${n + 1} has ${r.length} fields, header ${kolom!.length}`);
  return { kolom: kolom!, baris: body.map((r) => Object.fromEntries(kolom!.map((k, j) => [k, r[j]!]))) };
}

/** The records of a published CSV, by header. */
export const bacaCsv = (text: string): Record<string, string>[] => tabelCsv(text).baris;

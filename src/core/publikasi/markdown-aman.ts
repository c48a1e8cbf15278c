/**
 * Text shown as code in a Markdown report that a contributor's files can fill (a pull request's job
 * summary): a cell, a file name or a validator message never leaves its code span or block, so it
 * cannot add a heading ("✔ valid"), a link or an image for the reviewer to read. CommonMark closes a
 * code span only on a backtick run of the same length, and a fenced block only on a fence at least as
 * long as its opening, so the fence is made longer than any run of backticks inside.
 */
const runTerpanjang = (teks: string) => Math.max(0, ...[...teks.matchAll(/`+/g)].map((run) => run[0].length));

/** An inline code span holding `teks` on one line. */
export function kodeSebaris(teks: string): string {
  const satuBaris = teks.replace(/[\r\n]+/g, ' ');
  const pagar = '`'.repeat(runTerpanjang(satuBaris) + 1);
  // a span that starts or ends with a backtick needs a space, which CommonMark strips again
  const ruang = /^`|`$/.test(satuBaris) ? ' ' : '';
  return `${pagar}${ruang}${satuBaris}${ruang}${pagar}`;
}

/** A fenced code block holding `teks` as it is. */
export function blokKode(teks: string, bahasa = 'text'): string {
  const pagar = '`'.repeat(Math.max(3, runTerpanjang(teks) + 1));
  return `${pagar}${bahasa}\n${teks}\n${pagar}`;
}

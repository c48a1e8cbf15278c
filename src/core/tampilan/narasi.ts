/**
 * Rendered narrative HTML made to fit the report page: headings demoted below the
 * chapter's own heading, tables wrapped in a keyboard-scrollable box, inline
 * text-align styles turned into classes (the CSP forbids inline styles). Pure.
 */
import { tabelKartu } from './tabel-kartu.ts';
export function rapikanNarasi(html: string, tingkatAtas = 2, awalanId = 'narasi'): string {
  // narrative headings start one level below the page's section heading (h2 → h3 …), at most h6
  let out = html.replace(
    /<(\/?)h([1-6])(\s[^>]*)?>/gi,
    (_m, tutup: string, tingkat: string, attr: string | undefined) => {
      const baru = Math.min(6, Math.max(Number(tingkat), 1) + (tingkatAtas - 1) + (Number(tingkat) === 1 ? 1 : 0));
      return `<${tutup}h${baru}${tutup ? '' : (attr ?? '')}>`;
    },
  );
  // ids of the narrative get a prefix so they cannot collide with the page's own section ids; links follow
  out = out
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${awalanId}-${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_m, id: string) => ` href="#${awalanId}-${id}"`);
  out = out.replace(
    /\sstyle="\s*text-align:\s*(left|right|center)\s*;?\s*"/gi,
    (_m, a: string) => ` class="rata-${a.toLowerCase()}"`,
  );
  // any other inline style would be blocked by the CSP: drop it
  out = out.replace(/\sstyle="[^"]*"/gi, '');
  let nomor = 0;
  out = out.replace(
    /<table(\s[^>]*)?>/gi,
    (m) => `<div class="gulir" role="region" aria-label="Tabel narasi ${++nomor}" tabindex="0">${m}`,
  );
  out = out.replace(/<\/table>/gi, '</table></div>');
  return tabelKartu(out);
}

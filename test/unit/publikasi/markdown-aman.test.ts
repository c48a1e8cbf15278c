/** What a contributor writes stays inside its code span or block in the reviewer's job summary. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { tabelPerubahan } from '../../../src/core/publikasi/buku-kerja.ts';
import { blokKode, kodeSebaris } from '../../../src/core/publikasi/markdown-aman.ts';

type Simpul = { type: string; value?: string; children?: Simpul[] };
const jenisSimpul = (simpul: Simpul): string[] => [simpul.type, ...(simpul.children ?? []).flatMap(jenisSimpul)];

// test data: what a hostile cell, file name or content value could hold
const JAHAT = [
  'x\n```\n\n## ✔ Semua valid\n\n![p](https://contoh.invalid/p.png)\n\n```text',
  '````\n# judul\n````',
  '`a` [tautan](https://contoh.invalid) ``',
  '~~~\n<img src=x onerror=alert(1)>\n~~~',
];

describe('markdown-aman', () => {
  it.each(JAHAT)('a block holds %j as it is, and nothing else is made of it', (teks) => {
    const pohon = fromMarkdown(`Sebelum\n\n${blokKode(teks)}\n\nSesudah`) as Simpul;
    expect(pohon.children!.map((anak) => anak.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(pohon.children![1]!.value).toBe(teks);
  });

  it.each(JAHAT)('an inline span in a heading holds %j on one line, and nothing else', (teks) => {
    const pohon = fromMarkdown(`### ${kodeSebaris(teks)}\n\nSesudah`) as Simpul;
    expect(pohon.children!.map((anak) => anak.type)).toEqual(['heading', 'paragraph']);
    expect(pohon.children![0]!.children!.map((anak) => anak.type)).toEqual(['inlineCode']);
    expect(pohon.children![0]!.children![0]!.value).toBe(teks.replace(/[\r\n]+/g, ' '));
  });

  it('the table of changes: names and values from the workbook make no link, image or heading', () => {
    const markdown = tabelPerubahan(JAHAT.map((teks, indeks) => ({ jalur: `x[${teks}]`, lama: indeks, baru: teks })));
    const jenis = jenisSimpul(fromMarkdown(markdown) as Simpul);
    for (const tidakBoleh of ['link', 'image', 'heading', 'html', 'code']) expect(jenis).not.toContain(tidakBoleh);
  });
});

/**
 * The budget tree's compact markup (src/components/BarisAnggaran.astro, JudulBaris.astro) on the built
 * report pages: no class or attribute repeated per line or per cell, while every line still says its
 * level in words, its outputs stay a table with a caption and header cells, and nothing of the tree's
 * content is lost (each line's name and figures are there).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { LABEL_TINGKAT_ANGGARAN } from '../../src/core/tampilan/laporan.ts';
import type { Element, Root, RootContent } from 'hast';
import { resolve } from 'node:path';
import { halamanHtml } from './alat.ts';

const DIST = resolve('dist');
const laporan = halamanHtml(DIST).filter((f) => /\/instansi\/[^/]+\/\d{4}\/index\.html$/.test(f));

const unsur = (n: Root | RootContent): Element[] =>
  n.type === 'element' || n.type === 'root' ? [...(n.type === 'element' ? [n] : []), ...n.children.flatMap(unsur)] : [];
const teks = (n: RootContent | Root): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map(teks).join('') : '';

describe('pohon anggaran yang ringkas', () => {
  const pohon = laporan.flatMap((f) =>
    unsur(fromHtml(readFileSync(f, 'utf8'))).filter(
      (e) => e.tagName === 'ul' && (e.properties.className as string[] | undefined)?.includes('pohon'),
    ),
  );

  it('situs memuat laporan dengan pohon anggaran', () => {
    expect(pohon.length).toBeGreaterThan(0);
  });

  it('tidak ada atribut per baris atau per sel; hanya catatan yang berkelas, tautan yang ber-href', () => {
    for (const akar of pohon)
      for (const elemen of unsur(akar).slice(1)) {
        const atribut = Object.keys(elemen.properties);
        if (elemen.tagName === 'a') expect(atribut).toEqual(['href']);
        else if (elemen.tagName === 'p' && atribut.length) expect(elemen.properties.className).toEqual(['catatan']);
        else expect(atribut, `<${elemen.tagName}>`).toEqual([]);
      }
  });

  it('setiap baris menyebut tingkatnya dengan kata, nama dan angkanya', () => {
    for (const akar of pohon)
      for (const li of unsur(akar).filter((e) => e.tagName === 'li')) {
        const kepala = li.children.find((c): c is Element => c.type === 'element')!;
        const judul =
          kepala.tagName === 'details' ? kepala.children.find((c): c is Element => c.type === 'element')! : kepala;
        expect(['summary', 'p']).toContain(judul.tagName);
        const [tingkat, nama, angka] = judul.children.filter((c): c is Element => c.type === 'element');
        const teksTingkat = teks(tingkat!);
        expect(
          Object.values(LABEL_TINGKAT_ANGGARAN).some((l) => teksTingkat === l || teksTingkat.startsWith(`${l} `)),
          teksTingkat,
        ).toBe(true);
        expect(nama!.tagName).toBe('strong');
        expect(teks(nama!).trim().length).toBeGreaterThan(0);
        expect(teks(angka!)).toMatch(/Pagu .*Realisasi .*Serapan /);
      }
  });

  it('keluaran tetap tabel: judul tabel dan sel judul kolom', () => {
    const tabel = pohon.flatMap((p) => unsur(p).filter((e) => e.tagName === 'table'));
    expect(tabel.length).toBeGreaterThan(0);
    for (const tabelKeluaran of tabel) {
      expect(teks(unsur(tabelKeluaran).find((e) => e.tagName === 'caption')!)).toBe('Indikator keluaran');
      expect(
        unsur(tabelKeluaran)
          .filter((e) => e.tagName === 'th')
          .map(teks),
      ).toEqual(['Indikator', 'Target', 'Realisasi', 'Satuan', 'Capaian tercetak']);
    }
  });
});

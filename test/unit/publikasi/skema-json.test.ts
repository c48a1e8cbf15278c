import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  pemetaanVsCode,
  SKEMA_KONTEN,
  skemaJson,
  teksSkema,
  type NamaSkema,
} from '../../../src/core/publikasi/skema-json.ts';
import { PROYEK, berkasFixture, P } from './bantuan.ts';

const NAMA = Object.keys(SKEMA_KONTEN) as NamaSkema[];

describe('JSON Schemas for editors', () => {
  it.each(NAMA)('schemas/%s.schema.json is up to date (run `npm run schemas`)', (nama) => {
    expect(readFileSync(join(PROYEK, 'schemas', `${nama}.schema.json`), 'utf8')).toBe(teksSkema(nama));
  });

  it('every field of every schema carries a description for editors, following $ref/allOf as editors do', () => {
    const tanpa: string[] = [];
    for (const n of NAMA) {
      const j = skemaJson(n) as { definitions?: Record<string, Record<string, unknown>> };
      const defs = j.definitions ?? {};
      const uraian = (x: Record<string, unknown> | undefined, dilihat = 0): string | undefined => {
        if (!x || dilihat > 10) return undefined;
        if (typeof x.description === 'string') return x.description;
        const ref = (x.$ref ?? (x.allOf as { $ref?: string }[] | undefined)?.[0]?.$ref) as string | undefined;
        return ref ? uraian(defs[ref.split('/').pop()!], dilihat + 1) : undefined;
      };
      const jelajah = (x: unknown, jalur: string) => {
        if (!x || typeof x !== 'object') return;
        const o = x as Record<string, unknown>;
        for (const [k, v] of Object.entries((o.properties ?? {}) as Record<string, Record<string, unknown>>)) {
          if (!uraian(v)) tanpa.push(`${jalur}.${k}`);
          jelajah(v, `${jalur}.${k}`);
        }
        for (const k of ['items', 'anyOf', 'allOf'] as const)
          for (const y of ([] as unknown[]).concat(o[k] ?? [])) jelajah(y, jalur);
      };
      jelajah(j, n);
      for (const [k, v] of Object.entries(defs)) jelajah(v, `${n}#${k}`);
    }
    expect(tanpa).toEqual([]);
  });

  it('.vscode/settings.json maps the content globs to the schemas', () => {
    const s = JSON.parse(readFileSync(join(PROYEK, '.vscode/settings.json'), 'utf8'));
    expect(s['json.schemas']).toEqual(pemetaanVsCode());
    expect(s['json.schemas']).toContainEqual({
      fileMatch: ['**/content/instansi/*/*/lkjip.json'],
      url: './schemas/lkjip.schema.json',
    });
  });

  it('the generated schemas accept the valid fixture and reject a broken file (checked with ajv)', () => {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv').default;
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const jenis: Record<string, NamaSkema> = {
      [P.situs]: 'situs',
      [P.kota]: 'wilayah',
      [P.instansi]: 'instansi',
      [P.indikator]: 'indikator',
      [P.renstra]: 'renstra',
      [P.lkjip]: 'lkjip',
    };
    const validators = new Map(NAMA.map((n) => [n, ajv.compile(skemaJson(n))]));
    for (const f of berkasFixture()) {
      const n = jenis[f.path];
      if (!n) continue;
      const v = validators.get(n)!;
      expect(v(JSON.parse(String(f.isi))), `${f.path}: ${JSON.stringify(v.errors)}`).toBe(true);
    }
    const lkjip = JSON.parse(String(berkasFixture().find((f) => f.path === P.lkjip)!.isi));
    lkjip.pengukuran.indikator[0].capaian_tercetak = '100,80';
    lkjip.tidak_dikenal = 1;
    const v = validators.get('lkjip')!;
    expect(v(lkjip)).toBe(false);
    expect(v.errors.map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`)).toEqual(
      expect.arrayContaining([' additionalProperties', '/pengukuran/indikator/0/capaian_tercetak pattern']),
    );
  });
});

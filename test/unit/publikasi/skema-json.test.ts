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
import { PROYEK, berkasFixture, JALUR_CONTOH } from './bantuan.ts';

const NAMA = Object.keys(SKEMA_KONTEN) as NamaSkema[];

describe('JSON Schemas for editors', () => {
  it.each(NAMA)('schemas/%s.schema.json is up to date (run `npm run schemas`)', (nama) => {
    expect(readFileSync(join(PROYEK, 'schemas', `${nama}.schema.json`), 'utf8')).toBe(teksSkema(nama));
  });

  it('every field of every schema carries a description for editors, following $ref/allOf as editors do', () => {
    const tanpa: string[] = [];
    for (const nama of NAMA) {
      const skema = skemaJson(nama) as { definitions?: Record<string, Record<string, unknown>> };
      const defs = skema.definitions ?? {};
      const uraian = (simpul: Record<string, unknown> | undefined, dilihat = 0): string | undefined => {
        if (!simpul || dilihat > 10) return undefined;
        if (typeof simpul.description === 'string') return simpul.description;
        const ref = (simpul.$ref ?? (simpul.allOf as { $ref?: string }[] | undefined)?.[0]?.$ref) as string | undefined;
        return ref ? uraian(defs[ref.split('/').pop()!], dilihat + 1) : undefined;
      };
      const jelajah = (simpul: unknown, jalur: string) => {
        if (!simpul || typeof simpul !== 'object') return;
        const objek = simpul as Record<string, unknown>;
        for (const [kunci, properti] of Object.entries(
          (objek.properties ?? {}) as Record<string, Record<string, unknown>>,
        )) {
          if (!uraian(properti)) tanpa.push(`${jalur}.${kunci}`);
          jelajah(properti, `${jalur}.${kunci}`);
        }
        for (const kunciAnak of ['items', 'anyOf', 'allOf'] as const)
          for (const anak of ([] as unknown[]).concat(objek[kunciAnak] ?? [])) jelajah(anak, jalur);
      };
      jelajah(skema, nama);
      for (const [namaDefinisi, definisi] of Object.entries(defs)) jelajah(definisi, `${nama}#${namaDefinisi}`);
    }
    expect(tanpa).toEqual([]);
  });

  it('.vscode/settings.json maps the content globs to the schemas', () => {
    const pengaturan = JSON.parse(readFileSync(join(PROYEK, '.vscode/settings.json'), 'utf8'));
    expect(pengaturan['json.schemas']).toEqual(pemetaanVsCode());
    expect(pengaturan['json.schemas']).toContainEqual({
      fileMatch: ['**/content/instansi/*/*/lkjip.json'],
      url: './schemas/lkjip.schema.json',
    });
  });

  it('the generated schemas accept the valid fixture and reject a broken file (checked with ajv)', () => {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv').default;
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const jenis: Record<string, NamaSkema> = {
      [JALUR_CONTOH.situs]: 'situs',
      [JALUR_CONTOH.kota]: 'wilayah',
      [JALUR_CONTOH.instansi]: 'instansi',
      [JALUR_CONTOH.indikator]: 'indikator',
      [JALUR_CONTOH.renstra]: 'renstra',
      [JALUR_CONTOH.lkjip]: 'lkjip',
    };
    const validators = new Map(NAMA.map((n) => [n, ajv.compile(skemaJson(n))]));
    for (const berkas of berkasFixture()) {
      const namaSkema = jenis[berkas.path];
      if (!namaSkema) continue;
      const validator = validators.get(namaSkema)!;
      expect(validator(JSON.parse(String(berkas.isi))), `${berkas.path}: ${JSON.stringify(validator.errors)}`).toBe(
        true,
      );
    }
    const lkjip = JSON.parse(String(berkasFixture().find((f) => f.path === JALUR_CONTOH.lkjip)!.isi));
    lkjip.pengukuran.indikator[0].capaian_tercetak = '100,80';
    lkjip.tidak_dikenal = 1;
    const validator = validators.get('lkjip')!;
    expect(validator(lkjip)).toBe(false);
    expect(
      validator.errors.map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`),
    ).toEqual(expect.arrayContaining([' additionalProperties', '/pengukuran/indikator/0/capaian_tercetak pattern']));
  });
});

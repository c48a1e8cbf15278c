/**
 * IKI as a cascading table (Bontang 2020, Lampiran 6): the schema takes the rows of a real cascading
 * table (levels, printed numbers, merged cells, three confidence grades) and still holds a per-position
 * document to naming its position; the view model builds the tree by level from each row's parent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Iki, Jabatan } from '../../../src/core/skema/iki.ts';
import { hitungSimpul, kepalaSimpul, pohonIki, type SimpulIki } from '../../../src/core/tampilan/iki.ts';

const baca = (tahun: number) =>
  Iki.parse(JSON.parse(readFileSync(`content/instansi/bkpsdm-kota-bontang/${tahun}/iki.json`, 'utf8')));

describe('IKI schema: cascading rows', () => {
  const baris = {
    id: 'r1',
    tingkat: 'kegiatan',
    nomor: '6',
    nomor_disimpulkan: '4.6',
    program_kegiatan: 'Penyediaan alat tulis kantor',
    diwarisi: ['sasaran'],
    sasaran: [{ indikator: [{ nama: 'Jumlah ATK', target: 1250, target_tercetak: '1,250', satuan: 'paket' }] }],
    keyakinan: 'sedang',
    lokasi: { baris: [10, 12] },
  };

  it('takes a row with a level, an unprinted sasaran and position, and the middle confidence grade', () => {
    const jabatan = Jabatan.parse(baris);
    expect(jabatan.keyakinan).toBe('sedang');
    expect(jabatan.jabatan).toBeUndefined();
    expect(jabatan.sasaran[0]!.indikator[0]!.target_tercetak).toBe('1,250');
  });

  it('a sasaran whose indicator is not printed keeps its name with no indicator', () => {
    expect(Jabatan.parse({ ...baris, sasaran: [{ nama: 'Terpeliharanya arsip' }] }).sasaran[0]!.indikator).toEqual([]);
  });

  it('a per-position entry (no level) must still name its position', () => {
    const { tingkat: _t, ...tanpaTingkat } = baris;
    const hasil = Jabatan.safeParse(tanpaTingkat);
    expect(hasil.success).toBe(false);
    expect(hasil.error!.issues.map((i) => i.path.join('.'))).toEqual(['jabatan']);
    expect(Jabatan.safeParse({ ...tanpaTingkat, jabatan: 'Sekretaris' }).success).toBe(true);
  });

  it('rejects an unknown level, an unknown grade and an unknown merged field', () => {
    expect(Jabatan.safeParse({ ...baris, tingkat: 'eselon_v' }).success).toBe(false);
    expect(Jabatan.safeParse({ ...baris, keyakinan: 'ragu' }).success).toBe(false);
    expect(Jabatan.safeParse({ ...baris, diwarisi: ['target'] }).success).toBe(false);
  });

  it('the 2022 per-position document is still valid', () => {
    expect(baca(2022).jabatan.every((j) => j.jabatan && !j.tingkat)).toBe(true);
  });
});

describe('IKI view model: the 2020 cascade of Bontang', () => {
  const iki = baca(2020);
  const pohon = pohonIki(iki.jabatan);
  const semua: { simpul: SimpulIki; induk: SimpulIki | null }[] = [];
  const jalan = (simpul: SimpulIki, induk: SimpulIki | null) => {
    semua.push({ simpul, induk });
    simpul.bawahan.forEach((b) => jalan(b, simpul));
  };
  pohon.forEach((s) => jalan(s, null));

  it('one root (the sasaran strategis) holds all 336 rows, counted by level and confidence', () => {
    expect(pohon.map((s) => s.jabatan.tingkat)).toEqual(['sasaran_strategis']);
    const terhitung = hitungSimpul(pohon);
    expect(terhitung.jabatan).toBe(336);
    expect(terhitung.perTingkat.map((t) => [t.tingkat, t.jumlah])).toEqual([
      ['sasaran_strategis', 1],
      ['program', 16],
      ['kegiatan', 69],
      ['non_eselon', 250],
    ]);
    expect([terhitung.sedang, terhitung.rendah]).toEqual([169, 8]);
  });

  it('each row hangs under the level above it: programme under the sasaran, kegiatan under a programme, staff under a kegiatan', () => {
    const diatas = { program: 'sasaran_strategis', kegiatan: 'program', non_eselon: 'kegiatan' } as const;
    const salah = semua
      .filter(({ simpul }) => simpul.jabatan.tingkat !== 'sasaran_strategis')
      .filter(({ simpul, induk }) => induk?.jabatan.tingkat !== diatas[simpul.jabatan.tingkat as keyof typeof diatas])
      .map(({ simpul }) => simpul.jabatan.id);
    expect(salah).toEqual([]);
  });

  it('programme 2’s ten indicator rows are each their own node, each with the kegiatan printed under it', () => {
    const program2 = pohon[0]!.bawahan.filter((s) => s.jabatan.nomor === '2');
    expect(program2).toHaveLength(10);
    expect(program2.map((s) => s.bawahan.length).every((n) => n > 0)).toBe(true);
    const kegiatan = program2.flatMap((s) => s.bawahan.map((b) => b.jabatan.nomor_disimpulkan ?? b.jabatan.nomor));
    expect(kegiatan.filter((n) => n?.startsWith('2.1'))).toContain('2.11');
  });

  it('headings: a programme by number and name with its position, a staff row by its position, a misnumbered row by the number read', () => {
    const cari = (id: string) => kepalaSimpul(iki.jabatan.find((j) => j.id === id)!);
    expect(cari('r001')).toMatchObject({
      judul: '1 Meningkatnya profesionalitas ASN',
      penanggungJawab: 'tidak tercetak',
    });
    expect(cari('r002')).toMatchObject({
      judul: '1 Peningkatan Kapasitas Sumber Daya Aparatur',
      tingkat: 'Program (PK Eselon III)',
      penanggungJawab: 'Sekretaris',
    });
    expect(cari('r004')).toMatchObject({ judul: '1.1.1 Pengadministrasi Kepegawaian', penanggungJawab: null });
    expect(cari('r148')).toMatchObject({ judul: expect.stringMatching(/^2\.17\.1 /), nomorTercetak: '2.16.1' });
    expect(cari('r005').diwarisi).toBe('nomor, nama program/kegiatan, sasaran');
  });

  it('the low-confidence rows are the eight the transcriber could not pair for sure', () => {
    expect(iki.jabatan.filter((j) => j.keyakinan === 'rendah').map((j) => j.id)).toEqual([
      'r044',
      'r103',
      'r105',
      'r106',
      'r107',
      'r229',
      'r282',
      'r283',
    ]);
  });
});

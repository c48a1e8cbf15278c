import { describe, expect, it } from 'vitest';
import { hitungLaporan, hitungTabel } from '../../../src/core/hitung/laporan.ts';
import { TabelAnggaran } from '../../../src/core/skema/laporan.ts';
import { korpusContoh } from '../audit/korpus-contoh.ts';
import { laporanKecil } from '../audit/laporan-kecil.ts';

describe('hitungLaporan on the synthetic fixture', () => {
  const l = korpusContoh().laporan[0]!;
  const h = l.terhitung;
  const [ipasn, waktu, sakip] = h.indikator;

  it('capaian with the polarity of the catalogue (waktu-layanan is lower-better)', () => {
    expect(ipasn!.polaritas).toBe('naik');
    expect(ipasn!.capaian).toEqual({ jenis: 'persen', nilai: (72.58 / 72) * 100 });
    expect(ipasn!.predikat).toBe('melebihi');
    expect(waktu!.polaritas).toBe('turun');
    expect(waktu!.capaian).toEqual({ jenis: 'persen', nilai: 80 });
    expect(waktu!.predikat).toBe('tidak_tercapai');
    expect(sakip!.polaritas).toBe('kualitatif');
    expect(sakip!.capaian).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(h.ringkasan).toEqual({ melebihi: 1, tercapai: 0, tidak_tercapai: 2, tak_terhitung: 0 });
    expect(ipasn!.nama).toBe('Indeks Profesionalitas ASN');
  });

  it('comparisons: previous year, Renstra end target, components', () => {
    expect(ipasn!.tahunSebelumnya[0]!.perubahan!.selisih).toBeCloseTo(2.58, 10);
    expect(ipasn!.tahunSebelumnya[0]!.capaian).toEqual({ jenis: 'persen', nilai: 100 });
    expect(ipasn!.akhirRenstra).toMatchObject({ target: 80, tahun: 2026, dari: 'laporan', targetRenstra: 80 });
    expect(ipasn!.akhirRenstra!.capaian).toEqual({ jenis: 'persen', nilai: (72.58 / 80) * 100 });
    // waktu-layanan prints no end target: the Renstra's (5 days in 2026) is used, lower-better
    expect(waktu!.akhirRenstra).toMatchObject({ target: 5, tahun: 2026, dari: 'renstra' });
    expect(waktu!.akhirRenstra!.capaian).toEqual({ jenis: 'persen', nilai: -40 });
    expect(ipasn!.jumlahRincian).toBeCloseTo(72.58, 10);
    expect(waktu!.jumlahRincian).toBeNull();
    expect(h.versiRenstra?.id).toBe('awal');
  });

  it('averages leave the qualitative indicator out, per report and per sasaran', () => {
    expect(h.rataRata.nilai).toBeCloseTo(((72.58 / 72) * 100 + 80) / 2, 10);
    expect(h.rataRata.dihitung).toEqual(['indeks-profesionalitas-asn', 'waktu-layanan']);
    expect(h.rataRata.dikecualikan).toEqual(['nilai-sakip']);
    expect(h.rataRata.kategori?.kode).toBe('AA'); // 90.40 > 90
    expect(h.rataRataSasaran.get('s1')?.nilai).toBe(h.rataRata.nilai);
  });

  it('the budget tree: printed subtotals next to the sums of the children', () => {
    const t = h.anggaran[0]!;
    const a = t.baris[0]!;
    expect(a).toMatchObject({
      tingkat: 'program',
      pagu: 100,
      realisasi: 91,
      paguAnak: 100,
      realisasiAnak: 90,
      serapan: 91,
      silpa: 9,
    });
    expect(a.anak.map((k) => [k.tingkat, k.serapan])).toEqual([
      ['kegiatan', (55 / 60) * 100],
      ['kegiatan', 87.5],
    ]);
    expect(t.baris[1]).toMatchObject({
      pagu: 50,
      realisasi: 50,
      paguAnak: null,
      realisasiAnak: null,
      serapan: 100,
      silpa: 0,
      anak: [],
    });
    // the table total is the sum of the program lines as printed (91 + 50), not the printed total (140)
    expect(t).toMatchObject({ pagu: 150, realisasi: 141, serapan: 94 });
    expect(h.anggaranUtama).toBe(t);
  });

  it('efficiency: the printed method on the printed inputs, and the uniform ratio', () => {
    expect(h.efisiensi[0]!.dariTercetak).toBeCloseTo(7.47, 10);
    expect(h.efisiensiSeragam).toBeCloseTo(h.rataRata.nilai! / 94, 12);
  });

  it('SAKIP: the sum of the components and its category', () => {
    expect(h.sakip).toHaveLength(1);
    expect(h.sakip[0]!.tahun).toBe(2021);
    expect(h.sakip[0]!.hasil.nilai).toBeCloseTo(39.16, 10);
    expect(h.sakip[0]!.hasil.kategori?.kode).toBe('C');
  });
});

describe('hitungTabel', () => {
  const tabel = (baris: unknown[], jenis = 'program_kegiatan') =>
    TabelAnggaran.parse({ id: 't', judul: 'T', jenis, lokasi: { tabel: 'x' }, baris });

  it('a line without printed amounts takes the sum of its children, down two levels', () => {
    const t = hitungTabel(
      tabel([
        {
          tingkat: 'program',
          nama: 'P',
          anak: [
            {
              tingkat: 'kegiatan',
              nama: 'K1',
              anak: [
                { tingkat: 'sub_kegiatan', nama: 'S1', pagu: 30, realisasi: 20 },
                { tingkat: 'sub_kegiatan', nama: 'S2', pagu: 70, realisasi: 70 },
              ],
            },
            { tingkat: 'kegiatan', nama: 'K2', pagu: 50, realisasi: 25 },
          ],
        },
      ]),
      0,
    );
    const p = t.baris[0]!;
    expect(p.anak[0]).toMatchObject({ tingkat: 'kegiatan', pagu: 100, realisasi: 90, serapan: 90 });
    expect(p.anak[0]!.anak.map((s) => s.tingkat)).toEqual(['sub_kegiatan', 'sub_kegiatan']);
    // every line knows its path in the content file
    expect(p.anak[0]!.anak[1]!.jalur).toEqual(['anggaran', 0, 'baris', 0, 'anak', 0, 'anak', 1]);
    expect(p).toMatchObject({ pagu: 150, realisasi: 115, paguAnak: 150, realisasiAnak: 115 });
    expect(p.serapan).toBeCloseTo((115 / 150) * 100, 12);
    expect(t).toMatchObject({ pagu: 150, realisasi: 115 });
  });

  it('a printed subtotal wins over the sum of the children for the line itself; the sum is kept beside it', () => {
    const t = hitungTabel(
      tabel([
        {
          tingkat: 'program',
          nama: 'P',
          pagu: 120,
          realisasi: 80,
          anak: [
            { tingkat: 'kegiatan', nama: 'K1', pagu: 60, realisasi: 55 },
            { tingkat: 'kegiatan', nama: 'K2', pagu: 40, realisasi: 35 },
          ],
        },
      ]),
      0,
    );
    expect(t.baris[0]).toMatchObject({ pagu: 120, realisasi: 80, paguAnak: 100, realisasiAnak: 90, silpa: 40 });
    expect(t.baris[0]!.serapan).toBeCloseTo((80 / 120) * 100, 12);
    expect(t).toMatchObject({ pagu: 120, realisasi: 80 });
  });

  it('a child with an unknown amount makes the sum unknown: no serapan, no SILPA, not NaN', () => {
    const t = hitungTabel(
      tabel([
        {
          tingkat: 'program',
          nama: 'P',
          anak: [
            { tingkat: 'kegiatan', nama: 'K1', pagu: 10, realisasi: 5 },
            { tingkat: 'kegiatan', nama: 'K2', pagu: 10 },
          ],
        },
      ]),
      0,
    );
    expect(t.baris[0]).toMatchObject({ pagu: 20, realisasi: null, serapan: null, silpa: null, realisasiAnak: null });
    expect(t).toMatchObject({ pagu: 20, realisasi: null, serapan: null });
  });

  it('pagu 0: serapan not computable, SILPA 0', () => {
    const t = hitungTabel(tabel([{ tingkat: 'program', nama: 'P', pagu: 0, realisasi: 0 }]), 0);
    expect(t.baris[0]).toMatchObject({ serapan: null, silpa: 0 });
    expect(t.serapan).toBeNull();
  });
});

describe('hitungLaporan without catalogue or Renstra', () => {
  it('defaults: higher-better with the method inferred (and said so), printed name, no scale at all, no main table', () => {
    const h = hitungLaporan(laporanKecil(), { katalog: new Map() });
    expect(h.indikator[0]).toMatchObject({ polaritas: 'naik', nama: 'a', akhirRenstra: null, nasional: null });
    expect(h.indikator[0]!.metode).toEqual({
      id: 'realisasi-per-target',
      asal: 'polaritas',
      disimpulkan: true,
      batasAtas: null,
    });
    // no silent KemenPAN: a report that declares no scale has no category anywhere
    expect(h.skala).toEqual({ indikator: null, rata_rata: null, serapan: null, nilai_sakip: null });
    expect(h.rataRata.kategori).toBeNull();
    expect(h.indikator[0]!.kategori).toBeNull();
    expect(h.anggaranUtama).toBeNull();
    expect(h.efisiensiSeragam).toBeNull();
    expect(h.sakip).toEqual([]);
  });

  it('quarters without a target have no capaian; national target uses the rule of the indicator', () => {
    const l = laporanKecil({
      pengukuran: {
        lokasi: { tabel: 'x' },
        indikator: [
          {
            indikator: 'a',
            satuan: 'hari',
            target: 10,
            realisasi: 8,
            periode: {
              jenis: 'triwulan',
              nilai: [
                { ke: 1, realisasi: 9 },
                { ke: 2, target: 10, realisasi: 12 },
              ],
            },
            nasional: { target: 12, sumber: 'BKN' },
          },
        ],
      },
    });
    const katalog = new Map([
      ['a', { id: 'a', nama: 'Waktu', varian_nama: [], satuan: 'hari', polaritas: 'turun' as const, iku: [] }],
    ]);
    const i = hitungLaporan(l, { katalog }).indikator[0]!;
    expect(i.capaian).toEqual({ jenis: 'persen', nilai: 120 });
    expect(i.periode).toEqual({
      nilai: [
        { ke: 1, capaian: null },
        { ke: 2, capaian: { jenis: 'persen', nilai: 80 } },
      ],
      gabungan: null, // no consolidation rule declared: no annual value derived
    });
    expect(i.nasional?.capaian.jenis).toBe('persen');
    expect((i.nasional!.capaian as { nilai: number }).nilai).toBeCloseTo((16 / 12) * 100, 10);
  });

  it('the main budget table falls back to the per-sasaran table; an LRA never is the main table', () => {
    const anggaran = [
      {
        id: 'lra',
        judul: 'LRA',
        jenis: 'lra',
        lokasi: { tabel: 'x' },
        baris: [{ tingkat: 'jenis_belanja', nama: 'BL', pagu: 10, realisasi: 9 }],
      },
      {
        id: 'ps',
        judul: 'Per sasaran',
        jenis: 'per_sasaran',
        lokasi: { tabel: 'y' },
        baris: [{ tingkat: 'sasaran', nama: 'S', pagu: 100, realisasi: 50 }],
      },
    ];
    const h = hitungLaporan(laporanKecil({ anggaran }), { katalog: new Map() });
    expect(h.anggaranUtama?.data.id).toBe('ps');
    expect(h.efisiensiSeragam).toBeCloseTo(((72.58 / 72) * 100) / 50, 12);
  });
});

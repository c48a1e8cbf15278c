import { describe, expect, it } from 'vitest';
import { hitungLaporan, hitungTabel } from '../../../src/core/hitung/laporan.ts';
import { TabelAnggaran } from '../../../src/core/skema/laporan.ts';
import { korpusContoh } from '../audit/korpus-contoh.ts';
import { laporanKecil } from '../audit/laporan-kecil.ts';

describe('hitungLaporan on the synthetic fixture', () => {
  const laporan = korpusContoh().laporan[0]!;
  const terhitung = laporan.terhitung;
  const [ipasn, waktu, sakip] = terhitung.indikator;

  it('capaian with the polarity of the catalogue (waktu-layanan is lower-better)', () => {
    expect(ipasn!.polaritas).toBe('naik');
    expect(ipasn!.capaian).toEqual({ jenis: 'persen', nilai: (72.58 / 72) * 100 });
    expect(ipasn!.predikat).toBe('melebihi');
    expect(waktu!.polaritas).toBe('turun');
    expect(waktu!.capaian).toEqual({ jenis: 'persen', nilai: 80 });
    expect(waktu!.predikat).toBe('tidak_tercapai');
    expect(sakip!.polaritas).toBe('kualitatif');
    expect(sakip!.capaian).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(terhitung.ringkasan).toEqual({ melebihi: 1, tercapai: 0, tidak_tercapai: 2, tak_terhitung: 0 });
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
    expect(terhitung.versiRenstra?.id).toBe('awal');
  });

  it('averages leave the qualitative indicator out, per report and per sasaran', () => {
    expect(terhitung.rataRata.nilai).toBeCloseTo(((72.58 / 72) * 100 + 80) / 2, 10);
    expect(terhitung.rataRata.dihitung).toEqual(['indeks-profesionalitas-asn', 'waktu-layanan']);
    expect(terhitung.rataRata.dikecualikan).toEqual(['nilai-sakip']);
    expect(terhitung.rataRata.kategori?.kode).toBe('AA'); // 90.40 > 90
    expect(terhitung.rataRataSasaran.get('s1')?.nilai).toBe(terhitung.rataRata.nilai);
  });

  it('the budget tree: printed subtotals next to the sums of the children', () => {
    const tabelAnggaran = terhitung.anggaran[0]!;
    const barisPertama = tabelAnggaran.baris[0]!;
    expect(barisPertama).toMatchObject({
      tingkat: 'program',
      pagu: 100,
      realisasi: 91,
      paguAnak: 100,
      realisasiAnak: 90,
      serapan: 91,
      silpa: 9,
    });
    expect(barisPertama.anak.map((k) => [k.tingkat, k.serapan])).toEqual([
      ['kegiatan', (55 / 60) * 100],
      ['kegiatan', 87.5],
    ]);
    expect(tabelAnggaran.baris[1]).toMatchObject({
      pagu: 50,
      realisasi: 50,
      paguAnak: null,
      realisasiAnak: null,
      serapan: 100,
      silpa: 0,
      anak: [],
    });
    // the table total is the sum of the program lines as printed (91 + 50), not the printed total (140)
    expect(tabelAnggaran).toMatchObject({ pagu: 150, realisasi: 141, serapan: 94 });
    expect(terhitung.anggaranUtama).toBe(tabelAnggaran);
  });

  it('efficiency: the printed method on the printed inputs, and the uniform ratio', () => {
    expect(terhitung.efisiensi[0]!.dariTercetak).toBeCloseTo(7.47, 10);
    expect(terhitung.efisiensiSeragam).toBeCloseTo(terhitung.rataRata.nilai! / 94, 12);
  });

  it('SAKIP: the sum of the components and its category', () => {
    expect(terhitung.sakip).toHaveLength(1);
    expect(terhitung.sakip[0]!.tahun).toBe(2021);
    expect(terhitung.sakip[0]!.hasil.nilai).toBeCloseTo(39.16, 10);
    expect(terhitung.sakip[0]!.hasil.kategori?.kode).toBe('C');
  });
});

describe('hitungTabel', () => {
  const tabel = (baris: unknown[], jenis = 'program_kegiatan') =>
    TabelAnggaran.parse({ id: 't', judul: 'T', jenis, lokasi: { tabel: 'x' }, baris });

  it('a line without printed amounts takes the sum of its children, down two levels', () => {
    const tabelTerhitung = hitungTabel(
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
    const program = tabelTerhitung.baris[0]!;
    expect(program.anak[0]).toMatchObject({ tingkat: 'kegiatan', pagu: 100, realisasi: 90, serapan: 90 });
    expect(program.anak[0]!.anak.map((s) => s.tingkat)).toEqual(['sub_kegiatan', 'sub_kegiatan']);
    // every line knows its path in the content file
    expect(program.anak[0]!.anak[1]!.jalur).toEqual(['anggaran', 0, 'baris', 0, 'anak', 0, 'anak', 1]);
    expect(program).toMatchObject({ pagu: 150, realisasi: 115, paguAnak: 150, realisasiAnak: 115 });
    expect(program.serapan).toBeCloseTo((115 / 150) * 100, 12);
    expect(tabelTerhitung).toMatchObject({ pagu: 150, realisasi: 115 });
  });

  it('a printed subtotal wins over the sum of the children for the line itself; the sum is kept beside it', () => {
    const tabelTerhitung = hitungTabel(
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
    expect(tabelTerhitung.baris[0]).toMatchObject({
      pagu: 120,
      realisasi: 80,
      paguAnak: 100,
      realisasiAnak: 90,
      silpa: 40,
    });
    expect(tabelTerhitung.baris[0]!.serapan).toBeCloseTo((80 / 120) * 100, 12);
    expect(tabelTerhitung).toMatchObject({ pagu: 120, realisasi: 80 });
  });

  it('a child with an unknown amount makes the sum unknown: no serapan, no SILPA, not NaN', () => {
    const tabelTerhitung = hitungTabel(
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
    expect(tabelTerhitung.baris[0]).toMatchObject({
      pagu: 20,
      realisasi: null,
      serapan: null,
      silpa: null,
      realisasiAnak: null,
    });
    expect(tabelTerhitung).toMatchObject({ pagu: 20, realisasi: null, serapan: null });
  });

  it('pagu 0: serapan not computable, SILPA 0', () => {
    const tabelTerhitung = hitungTabel(tabel([{ tingkat: 'program', nama: 'P', pagu: 0, realisasi: 0 }]), 0);
    expect(tabelTerhitung.baris[0]).toMatchObject({ serapan: null, silpa: 0 });
    expect(tabelTerhitung.serapan).toBeNull();
  });
});

describe('hitungLaporan without catalogue or Renstra', () => {
  it('defaults: higher-better with the method inferred (and said so), printed name, no scale at all, no main table', () => {
    const terhitung = hitungLaporan(laporanKecil(), { katalog: new Map() });
    expect(terhitung.indikator[0]).toMatchObject({ polaritas: 'naik', nama: 'a', akhirRenstra: null, nasional: null });
    expect(terhitung.indikator[0]!.metode).toEqual({
      id: 'realisasi-per-target',
      asal: 'polaritas',
      disimpulkan: true,
      batasAtas: null,
    });
    // no silent KemenPAN: a report that declares no scale has no category anywhere
    expect(terhitung.skala).toEqual({ indikator: null, rata_rata: null, serapan: null, nilai_sakip: null });
    expect(terhitung.rataRata.kategori).toBeNull();
    expect(terhitung.indikator[0]!.kategori).toBeNull();
    expect(terhitung.anggaranUtama).toBeNull();
    expect(terhitung.efisiensiSeragam).toBeNull();
    expect(terhitung.sakip).toEqual([]);
  });

  it('quarters without a target have no capaian; national target uses the rule of the indicator', () => {
    const laporan = laporanKecil({
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
    const indikator = hitungLaporan(laporan, { katalog }).indikator[0]!;
    expect(indikator.capaian).toEqual({ jenis: 'persen', nilai: 120 });
    expect(indikator.periode).toEqual({
      nilai: [
        { ke: 1, capaian: null },
        { ke: 2, capaian: { jenis: 'persen', nilai: 80 } },
      ],
      gabungan: null, // no consolidation rule declared: no annual value derived
    });
    expect(indikator.nasional?.capaian.jenis).toBe('persen');
    expect((indikator.nasional!.capaian as { nilai: number }).nilai).toBeCloseTo((16 / 12) * 100, 10);
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
    const terhitung = hitungLaporan(laporanKecil({ anggaran }), { katalog: new Map() });
    expect(terhitung.anggaranUtama?.data.id).toBe('ps');
    expect(terhitung.efisiensiSeragam).toBeCloseTo(((72.58 / 72) * 100) / 50, 12);
  });
});

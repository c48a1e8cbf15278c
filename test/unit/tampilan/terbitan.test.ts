import { describe, expect, it } from 'vitest';
import { jumlahTemuan, papanTerbitan } from '../../../src/core/tampilan/terbitan.ts';
import { KOLOM_TERBITAN } from '../../../src/core/data-terbuka/terbitan.ts';
import { csvTabel, tabelBernama } from '../../../src/core/data-terbuka/paket.ts';
import { barisCsv } from '../../helpers/csv.ts';
import { korpusDuaTahun, L2022, RIWAYAT } from './korpus-dua-tahun.ts';

const korpus = korpusDuaTahun();
const papan = papanTerbitan(korpus, RIWAYAT);
const [dinas] = papan;

describe('papan terbitan', () => {
  it('one row per year from the first yearly document to the last (the 2021 evaluation printed in 2022 included)', () => {
    expect(papan).toHaveLength(1);
    expect(dinas!.baris.map((b) => b.tahun)).toEqual([2021, 2022, 2023]);
  });

  it('which documents are published, where and when', () => {
    const [b2021, b2022, b2023] = dinas!.baris;
    expect(b2021!.dokumen.lhe).toMatchObject({ ada: true, berkas: L2022, keterangan: 'dalam LKjIP 2022' });
    expect(b2021!.dokumen.lkjip.ada).toBe(false);
    expect(b2022!.dokumen.lkjip).toEqual({
      ada: true,
      berkas: L2022,
      terbit: '2026-01-01',
      diperbarui: '2026-01-01',
      keterangan: null,
    });
    expect(b2022!.dokumen.pk.ada).toBe(true);
    expect(b2023!.dokumen.pk.ada).toBe(false); // 2023's copy has no PK
    expect(b2023!.dokumen.lkjip).toMatchObject({ terbit: '2026-04-01', diperbarui: '2026-05-04' });
    expect(b2023!.dokumen.renstra).toMatchObject({ ada: true, keterangan: '2021–2026' });
    expect(b2023!.dokumen.iki.ada).toBe(false);
  });

  it("counts each report's audit: checked, and differing from the recomputation", () => {
    for (const laporan of korpus.laporan) {
      const baris = dinas!.baris.find((x) => x.tahun === laporan.terhitung.laporan.tahun)!;
      expect(baris.laporan?.temuan).toEqual({
        diperiksa: laporan.audit.length,
        berbeda: laporan.audit.filter((a) => a.status === 'berbeda' && a.kelas !== 'terbawa').length,
      });
    }
    expect(jumlahTemuan([])).toEqual({ diperiksa: 0, berbeda: 0 });
    expect(dinas!.baris[0]!.laporan).toBeNull();
  });

  it('without history the documents are still listed, undated', () => {
    const baris = papanTerbitan(korpus, { tersedia: false, alasan: 'x' })[0]!.baris[1]!;
    expect(baris.dokumen.lkjip).toMatchObject({ ada: true, terbit: null });
  });

  it("the data package's terbitan table has one row per agency and year with every documented column", () => {
    const lingkup = { laporan: [], instansi: [], temuan: [], terbitan: papan };
    const [kepala, ...baris] = barisCsv(csvTabel(tabelBernama('terbitan')!, lingkup));
    expect(kepala).toEqual(Object.keys(KOLOM_TERBITAN));
    expect(baris.map((b) => b.slice(0, 2))).toEqual([
      ['dinas-contoh', '2021'],
      ['dinas-contoh', '2022'],
      ['dinas-contoh', '2023'],
    ]);
    const kolom = (b: string[], n: string) => b[kepala!.indexOf(n)];
    expect(kolom(baris[1]!, 'lkjip')).toBe('ya');
    expect(kolom(baris[1]!, 'lkjip_terbit')).toBe('2026-01-01');
    expect(kolom(baris[0]!, 'lkjip')).toBe('tidak');
    expect(kolom(baris[0]!, 'angka_berbeda')).toBe('');
    expect(kolom(baris[1]!, 'angka_berbeda')).toBe(String(dinas!.baris[1]!.laporan!.temuan.berbeda));
  });
});

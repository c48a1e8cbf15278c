/**
 * The agency's right of reply (hak jawab): a response by finding id, checked against its report's
 * audit, shown beside the finding on the report page and on /audit/, and in the open data's audit table.
 * Synthetic: no real agency has responded, so the responses live only in this test.
 */
import { describe, expect, it } from 'vitest';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { halamanLaporan } from '../../../src/core/tampilan/halaman-laporan.ts';
import { halamanAudit } from '../../../src/core/tampilan/audit.ts';
import { lingkupSitus } from '../../../src/core/data-terbuka/terbuka.ts';
import { csvTabel, tabelBernama } from '../../../src/core/data-terbuka/paket.ts';
import { bacaCsv } from '../../helpers/csv.ts';
import { berkasFixture, JALUR_CONTOH, ubahJson } from '../publikasi/bantuan.ts';
import { korpusContoh, BERKAS_LKJIP } from './korpus-contoh.ts';

const ID = 'dinas-contoh-2022-lkjip-rata-rata-0-tercetak-rata-rata';
const TANGGAPAN = {
  temuan: ID,
  isi: 'Rata-rata tercetak memakai capaian yang dibatasi 100 %.',
  tanggal: '2026-11-20',
  oleh: 'Sekretaris Dinas',
};

describe('tanggapan instansi (right of reply)', () => {
  it('is valid for a finding of its report, and shown beside it on the report page and on /audit/', () => {
    const hasil = validasiBerkas(ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.tanggapan = [TANGGAPAN])));
    expect(hasil.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    const korpus = korpusContoh({ [BERKAS_LKJIP]: (j) => (j.tanggapan = [TANGGAPAN]) });
    const hl = halamanLaporan(korpus.laporan[0]!, { korpus });
    expect(hl.audit.berbeda.map((a) => a.id)).toContain(ID);
    expect(hl.audit.tanggapan.get(ID)).toEqual(TANGGAPAN);
    const ha = halamanAudit(korpus).kelompok.flatMap((g) => g.temuan);
    expect(ha.find((t) => t.temuan.id === ID)?.tanggapan).toEqual(TANGGAPAN);
    expect(ha.filter((t) => t.tanggapan)).toHaveLength(1);
  });

  it('is in the open data audit table, and the other findings have empty response cells', () => {
    const korpus = korpusContoh({ [BERKAS_LKJIP]: (j) => (j.tanggapan = [TANGGAPAN]) });
    const baris = bacaCsv(csvTabel(tabelBernama('audit')!, lingkupSitus(korpus)));
    const ini = baris.find((b) => b.id === ID)!;
    expect(ini).toMatchObject({
      tanggapan: TANGGAPAN.isi,
      tanggapan_tanggal: '2026-11-20',
      tanggapan_oleh: 'Sekretaris Dinas',
    });
    const lain = baris.filter((b) => b.id !== ID);
    expect(lain.length).toBeGreaterThan(0);
    expect(lain.every((b) => b.tanggapan === '' && b.tanggapan_oleh === '')).toBe(true);
  });

  it('an unknown finding id is an error naming file, line, field, expected and found, in both languages', () => {
    const salah = { ...TANGGAPAN, temuan: 'dinas-contoh-2022-lkjip-tidak-ada' };
    const hasil = validasiBerkas(ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.tanggapan = [salah])));
    const [masalah, ...lain] = hasil.masalah.filter((x) => x.tingkat === 'galat');
    expect(lain).toEqual([]);
    expect(masalah).toMatchObject({
      berkas: JALUR_CONTOH.lkjip,
      jalur: 'tanggapan[0].temuan',
      ditemukan: 'dinas-contoh-2022-lkjip-tidak-ada',
      diharapkan: expect.stringContaining(ID),
    });
    expect(masalah!.baris).toBeGreaterThan(0);
    expect(masalah!.pesan).toContain('tidak ada di audit laporan ini');
    expect(masalah!.message).toContain("is not in this report's audit");
  });

  it('a figure that matches its recomputation is not a finding to answer; two responses to one finding are refused', () => {
    const korpus = korpusContoh();
    const cocok = korpus.laporan[0]!.audit.find((a) => a.status === 'cocok')!.id;
    const galat = (tanggapan: unknown[]) =>
      validasiBerkas(ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.tanggapan = tanggapan))).masalah.filter(
        (x) => x.tingkat === 'galat',
      );
    expect(galat([{ ...TANGGAPAN, temuan: cocok }]).map((m) => m.ditemukan)).toEqual([cocok]);
    expect(galat([TANGGAPAN, TANGGAPAN]).map((m) => m.jalur)).toEqual(['tanggapan[1].temuan']);
  });

  it('a NIP in the response is refused like anywhere in content', () => {
    const nip = { ...TANGGAPAN, oleh: 'Sekretaris Dinas, NIP 198503152010012004' };
    const hasil = validasiBerkas(ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.tanggapan = [nip])));
    expect(hasil.masalah.filter((x) => x.tingkat === 'galat').map((x) => x.jalur)).toContain('tanggapan[0].oleh');
  });
});

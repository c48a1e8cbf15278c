import { describe, expect, it } from 'vitest';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { ringkasAudit } from '../../../src/core/publikasi/ringkasan-audit.ts';
import { berkasFixture } from './bantuan.ts';

describe('audit summary for $GITHUB_STEP_SUMMARY', () => {
  const hitungan = hitungKorpus(rakitKorpus(berkasFixture()).korpus);
  const semua = new Map(hitungan.laporan.map((l) => [`${l.instansi.data.id}/${l.terhitung.laporan.tahun}`, l.audit]));
  const berbeda = [...hitungan.laporan.flatMap((l) => l.audit), ...hitungan.auditInstansi].filter(
    (t) => t.status === 'berbeda',
  );

  it('one row per agency-year with totals, then the largest differences', () => {
    const md = ringkasAudit(berbeda, semua, 2);
    const jumlahAudit = hitungan.laporan[0]!.audit.length;
    const cocok = hitungan.laporan[0]!.audit.filter((t) => t.status === 'cocok').length;
    expect(md).toContain(`| dinas-contoh | 2022 | ${jumlahAudit + 1} | ${cocok} | ${berbeda.length} | 0 |`);
    expect(md).toContain(`### dinas-contoh/2022: ${berbeda.length} berbeda (discrepancies)`);
    expect(md).toContain('| Rata-rata capaian seluruh indikator | Tabel 3.2 | 95.00 | 90,4028 | 4,5972 |');
    expect(md).toContain(`… dan ${berbeda.length - 2} lainnya`);
  });

  it('works from audit.json alone, and escapes Markdown in labels', () => {
    const md = ringkasAudit([{ ...berbeda[0]!, label: 'a | <b>' }]);
    expect(md).toContain('| dinas-contoh | 2022 | – | – | 1 | – |');
    expect(md).toContain('a \\| \\<b\\>');
    expect(ringkasAudit([])).toContain('Tidak ada laporan yang diaudit.');
  });
});

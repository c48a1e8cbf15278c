/**
 * The agencies' right of reply (hak jawab, `tanggapan` in lkjip.json): each response belongs to one
 * audit finding of its report, by the finding's stable id. Pure.
 */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { Masalah } from '../muat/masalah.ts';
import type { Tanggapan } from '../skema/laporan.ts';

/** Finding id → the agency's response, over the reports given. */
export function tanggapanTemuan(laporan: readonly Pick<LaporanLengkap, 'terhitung'>[]): Map<string, Tanggapan> {
  return new Map(laporan.flatMap((l) => (l.terhitung.laporan.tanggapan ?? []).map((t) => [t.temuan, t] as const)));
}

/**
 * Each response names a finding of its own report that differs from its recomputation (a finding on
 * /audit/), once: a response to nothing would be shown nowhere.
 */
export function periksaTanggapan(k: KorpusTerhitung): Masalah[] {
  const out: Masalah[] = [];
  for (const l of k.laporan) {
    const daftar = l.terhitung.laporan.tanggapan ?? [];
    if (!daftar.length) continue;
    const ids = l.audit.filter((a) => a.status === 'berbeda').map((a) => a.id);
    const ada = new Set(ids);
    const contoh = ids.length
      ? `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`
      : 'laporan ini tidak punya temuan (this report has no findings)';
    const dilihat = new Set<string>();
    daftar.forEach((t, i) => {
      if (!ada.has(t.temuan))
        out.push({
          tingkat: 'galat',
          berkas: l.berkas,
          jalur: `tanggapan[${i}].temuan`,
          pesan: `Temuan "${t.temuan}" tidak ada di audit laporan ini.`,
          message: `Finding "${t.temuan}" is not in this report's audit.`,
          diharapkan: `id temuan laporan ini yang berbeda dari hitung ulang (an id of one of this report's findings): ${contoh}`,
          ditemukan: t.temuan,
          saran:
            'Salin id dari tautan "Tautan temuan ini" di /audit/ atau di bagian Audit halaman laporan (copy the id from the finding\'s permalink).',
        });
      else if (dilihat.has(t.temuan))
        out.push({
          tingkat: 'galat',
          berkas: l.berkas,
          jalur: `tanggapan[${i}].temuan`,
          pesan: `Temuan "${t.temuan}" sudah ditanggapi di atas: satu tanggapan per temuan.`,
          message: `Finding "${t.temuan}" already has a response above: one response per finding.`,
          diharapkan: 'satu tanggapan per temuan (one response per finding)',
          ditemukan: t.temuan,
        });
      dilihat.add(t.temuan);
    });
  }
  return out;
}

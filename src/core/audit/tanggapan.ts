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
export function periksaTanggapan(korpus: KorpusTerhitung): Masalah[] {
  const out: Masalah[] = [];
  for (const laporan of korpus.laporan) {
    const daftar = laporan.terhitung.laporan.tanggapan ?? [];
    if (!daftar.length) continue;
    const ids = laporan.audit.filter((a) => a.status === 'berbeda').map((a) => a.id);
    const ada = new Set(ids);
    const contoh = ids.length
      ? `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`
      : 'laporan ini tidak punya temuan (this report has no findings)';
    const dilihat = new Set<string>();
    daftar.forEach((tanggapan, indeks) => {
      if (!ada.has(tanggapan.temuan))
        out.push({
          tingkat: 'galat',
          berkas: laporan.berkas,
          jalur: `tanggapan[${indeks}].temuan`,
          pesan: `Temuan "${tanggapan.temuan}" tidak ada di audit laporan ini.`,
          message: `Finding "${tanggapan.temuan}" is not in this report's audit.`,
          diharapkan: `id temuan laporan ini yang berbeda dari hitung ulang (an id of one of this report's findings): ${contoh}`,
          ditemukan: tanggapan.temuan,
          saran:
            'Salin id dari tautan "Tautan temuan ini" di /audit/ atau di bagian Audit halaman laporan (copy the id from the finding\'s permalink).',
        });
      else if (dilihat.has(tanggapan.temuan))
        out.push({
          tingkat: 'galat',
          berkas: laporan.berkas,
          jalur: `tanggapan[${indeks}].temuan`,
          pesan: `Temuan "${tanggapan.temuan}" sudah ditanggapi di atas: satu tanggapan per temuan.`,
          message: `Finding "${tanggapan.temuan}" already has a response above: one response per finding.`,
          diharapkan: 'satu tanggapan per temuan (one response per finding)',
          ditemukan: tanggapan.temuan,
        });
      dilihat.add(tanggapan.temuan);
    });
  }
  return out;
}

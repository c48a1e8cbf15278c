/**
 * What a draft report ("draf": true) still lacks, in the operator's words: the checklist
 * `npm run validate` prints under a draft, so "done" is visible before "draf" is removed.
 * Pure: a report in, bilingual lines out.
 */
import type { BarisAnggaran, Laporan } from '../skema/laporan.ts';

const ISI = /^ISI:/;

/** Every string field still holding a new-report placeholder ("ISI: …"), by its JSON path. */
function tempatIsi(v: unknown, jalur: string, out: string[]): void {
  if (typeof v === 'string') {
    if (ISI.test(v)) out.push(jalur);
  } else if (Array.isArray(v)) v.forEach((x, i) => tempatIsi(x, `${jalur}[${i}]`, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) tempatIsi(x, jalur ? `${jalur}.${k}` : k, out);
}

const barisTanpaAngka = (baris: readonly BarisAnggaran[]): string[] =>
  baris.flatMap((b) => [
    ...(b.pagu === undefined && b.realisasi === undefined ? [b.nama] : []),
    ...barisTanpaAngka(b.anak ?? []),
  ]);

export function sisaDraf(l: Laporan): string[] {
  const sisa: string[] = [];
  const isi: string[] = [];
  tempatIsi(l, '', isi);
  if (isi.length) sisa.push(`Isian "ISI:" belum diganti (placeholders to replace): ${isi.join(', ')}`);
  const kosong = l.pengukuran.indikator.filter((p) => p.realisasi === null).map((p) => p.indikator);
  if (kosong.length)
    sisa.push(`Realisasi belum diisi (no realisasi yet) untuk ${kosong.length} indikator: ${kosong.join(', ')}`);
  const tanpaTarget = l.pengukuran.indikator.filter((p) => p.target === null).map((p) => p.indikator);
  if (tanpaTarget.length)
    sisa.push(`Target kosong (no target; isi bila dokumen mencetaknya / fill if printed): ${tanpaTarget.join(', ')}`);
  for (const t of l.anggaran) {
    const tanpa = barisTanpaAngka(t.baris);
    if (tanpa.length)
      sisa.push(
        `Anggaran "${t.id}": ${tanpa.length} baris tanpa pagu/realisasi (lines without amounts): ${tanpa.join('; ')}`,
      );
  }
  if (!l.perjanjian_kinerja.length)
    sisa.push('Perjanjian Kinerja belum ada (no PK yet): salin bila dokumen mencetaknya (copy it if printed).');
  if (l.transkripsi.cakupan === 'sebagian' && !l.transkripsi.bagian.length)
    sisa.push('Cakupan transkripsi "sebagian" tanpa daftar "bagian" (partial transcription without its parts listed).');
  sisa.push('Lalu hapus "draf": true agar laporan diterbitkan (then remove "draf": true to publish).');
  return sisa;
}

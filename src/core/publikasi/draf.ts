/**
 * What a draft report ("draf": true) still lacks, in the operator's words: the checklist
 * `npm run validate` prints under a draft, so "done" is visible before "draf" is removed.
 * Pure: a report in, bilingual lines out.
 */
import type { BarisAnggaran, Laporan } from '../skema/laporan.ts';

const ISI = /^ISI:/;

/** Every string field still holding a new-report placeholder ("ISI: …"), by its JSON path. */
function tempatIsi(nilai: unknown, jalur: string, out: string[]): void {
  if (typeof nilai === 'string') {
    if (ISI.test(nilai)) out.push(jalur);
  } else if (Array.isArray(nilai)) nilai.forEach((x, i) => tempatIsi(x, `${jalur}[${i}]`, out));
  else if (nilai && typeof nilai === 'object')
    for (const [kunci, anak] of Object.entries(nilai)) tempatIsi(anak, jalur ? `${jalur}.${kunci}` : kunci, out);
}

const barisTanpaAngka = (baris: readonly BarisAnggaran[]): string[] =>
  baris.flatMap((b) => [
    ...(b.pagu === undefined && b.realisasi === undefined ? [b.nama] : []),
    ...barisTanpaAngka(b.anak ?? []),
  ]);

export function sisaDraf(laporan: Laporan): string[] {
  const sisa: string[] = [];
  const isi: string[] = [];
  tempatIsi(laporan, '', isi);
  if (isi.length) sisa.push(`Isian "ISI:" belum diganti (placeholders to replace): ${isi.join(', ')}`);
  const kosong = laporan.pengukuran.indikator.filter((p) => p.realisasi === null).map((p) => p.indikator);
  if (kosong.length)
    sisa.push(`Realisasi belum diisi (no realisasi yet) untuk ${kosong.length} indikator: ${kosong.join(', ')}`);
  const tanpaTarget = laporan.pengukuran.indikator.filter((p) => p.target === null).map((p) => p.indikator);
  if (tanpaTarget.length)
    sisa.push(`Target kosong (no target; isi bila dokumen mencetaknya / fill if printed): ${tanpaTarget.join(', ')}`);
  for (const tabel of laporan.anggaran) {
    const tanpa = barisTanpaAngka(tabel.baris);
    if (tanpa.length)
      sisa.push(
        `Anggaran "${tabel.id}": ${tanpa.length} baris tanpa pagu/realisasi (lines without amounts): ${tanpa.join('; ')}`,
      );
  }
  if (!laporan.perjanjian_kinerja.length)
    sisa.push('Perjanjian Kinerja belum ada (no PK yet): salin bila dokumen mencetaknya (copy it if printed).');
  if (laporan.transkripsi.cakupan === 'sebagian' && !laporan.transkripsi.bagian.length)
    sisa.push('Cakupan transkripsi "sebagian" tanpa daftar "bagian" (partial transcription without its parts listed).');
  sisa.push('Lalu hapus "draf": true agar laporan diterbitkan (then remove "draf": true to publish).');
  return sisa;
}

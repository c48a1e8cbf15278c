/**
 * Where a printed figure stands on its report page: the anchor an audit finding links to, so a reader
 * goes from the finding (on /audit/ or in the page's audit section) to the figure, and from the figure
 * back to its finding. The anchors are the ones the report page's sections already carry. Pure.
 */
import type { Jalur, TemuanAudit } from '../audit/audit.ts';
import type { IndikatorTerhitung, LaporanTerhitung } from '../hitung/laporan.ts';

/** The row of the n-th measurement (0-based, as in `pengukuran.indikator`) in the capaian table. */
export const jangkarIndikator = (n: number) => `capaian-${n + 1}`;

/** The table of the n-th measurement's values per month, quarter or semester. */
export const jangkarPeriode = (n: number) => `periode-${n + 1}`;

const BAGIAN: Readonly<Record<string, string>> = {
  rata_rata: 'rata-rata',
  efisiensi: 'efisiensi',
  evaluasi_sakip: 'sakip',
  perjanjian_kinerja: 'pk',
};

/** The anchor of a figure's place on its report page; null when the page shows it in no table of its own. */
export function tempatAngka(jalur: Jalur, terhitung: LaporanTerhitung): string | null {
  const [bagian, unsur, nomor, medan] = jalur;
  if (bagian === 'pengukuran' && unsur === 'indikator' && typeof nomor === 'number') {
    if (medan === 'tahun_sebelumnya' || medan === 'akhir_renstra' || medan === 'nasional') return 'perbandingan';
    if (medan === 'periode') return jangkarPeriode(nomor);
    return jangkarIndikator(nomor);
  }
  if (bagian === 'anggaran' && typeof unsur === 'number') {
    const id = terhitung.laporan.anggaran[unsur]?.id;
    return id === undefined ? null : `ang-${id}`;
  }
  return typeof bagian === 'string' ? (BAGIAN[bagian] ?? null) : null;
}

/** Each measured indicator's row anchor, its period table's, and the findings on its row's own figures. */
export function indikatorAudit(
  terhitung: LaporanTerhitung,
  berbeda: readonly TemuanAudit[],
): Map<IndikatorTerhitung, { id: string; periode: string; temuan: TemuanAudit[] }> {
  return new Map(
    terhitung.indikator.map((indikator) => {
      const indeks = terhitung.laporan.pengukuran.indikator.indexOf(indikator.data);
      const id = jangkarIndikator(indeks);
      return [
        indikator,
        { id, periode: jangkarPeriode(indeks), temuan: berbeda.filter((a) => tempatAngka(a.jalur, terhitung) === id) },
      ];
    }),
  );
}

/** A finding's figure in a word, within its row: "capaian_tercetak" → "capaian", "kategori_tercetak" → "kategori". */
export const namaAngka = (a: Pick<TemuanAudit, 'jalur'>) =>
  String(a.jalur.at(-1) ?? '')
    .replace(/_tercetak$/, '')
    .replaceAll('_', ' ');

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
export function tempatAngka(jalur: Jalur, t: LaporanTerhitung): string | null {
  const [bagian, a, b, c] = jalur;
  if (bagian === 'pengukuran' && a === 'indikator' && typeof b === 'number') {
    if (c === 'tahun_sebelumnya' || c === 'akhir_renstra' || c === 'nasional') return 'perbandingan';
    if (c === 'periode') return jangkarPeriode(b);
    return jangkarIndikator(b);
  }
  if (bagian === 'anggaran' && typeof a === 'number') {
    const id = t.laporan.anggaran[a]?.id;
    return id === undefined ? null : `ang-${id}`;
  }
  return typeof bagian === 'string' ? (BAGIAN[bagian] ?? null) : null;
}

/** Each measured indicator's row anchor, its period table's, and the findings on its row's own figures. */
export function indikatorAudit(
  t: LaporanTerhitung,
  berbeda: readonly TemuanAudit[],
): Map<IndikatorTerhitung, { id: string; periode: string; temuan: TemuanAudit[] }> {
  return new Map(
    t.indikator.map((i) => {
      const n = t.laporan.pengukuran.indikator.indexOf(i.data);
      const id = jangkarIndikator(n);
      return [i, { id, periode: jangkarPeriode(n), temuan: berbeda.filter((a) => tempatAngka(a.jalur, t) === id) }];
    }),
  );
}

/** A finding's figure in a word, within its row: "capaian_tercetak" → "capaian", "kategori_tercetak" → "kategori". */
export const namaAngka = (a: Pick<TemuanAudit, 'jalur'>) =>
  String(a.jalur.at(-1) ?? '')
    .replace(/_tercetak$/, '')
    .replaceAll('_', ' ');

/**
 * The report's headline cards for the average capaian and the SAKIP score, audit-aware like the budget
 * headline (`anggaranUtama`): a card never shows a printed figure the audit flags without saying so. When
 * the audit flags the document's own figure, the card shows the one consistent with the document's inputs,
 * says which it is in plain words, and links to the findings; every card names the anchor of its inputs.
 * Pure.
 */
import type { TemuanAudit } from '../audit/audit.ts';
import type { LaporanTerhitung } from '../hitung/laporan.ts';
import type { Kategori } from '../rumus/kategori.ts';

/** "100.80" → "100,80": a printed figure in the words of a sentence. */
const teksTercetak = (s: string) => s.replace('.', ',');
const angkaId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

// a carried finding too: the card still differs from what the document printed, and says so
const ditandai = (audit: readonly TemuanAudit[], cocok: (a: TemuanAudit) => boolean) =>
  audit.filter((a) => a.status === 'berbeda' && cocok(a));

export interface RataRataUtama {
  /** the site's recomputed average of every indicator it can compute */
  nilai: number | null;
  kategori: Kategori | null;
  /** when the document's own report-wide average is flagged: what it printed, in words; else null */
  catatan: string | null;
  temuan: TemuanAudit[];
  /** the anchor of its inputs: the capaian table */
  masukan: string;
}

export function rataRataUtama(terhitung: LaporanTerhitung, audit: readonly TemuanAudit[]): RataRataUtama {
  const temuan = ditandai(audit, (butir) => {
    const [bagian, indeks, besaran] = butir.jalur;
    return (
      bagian === 'rata_rata' &&
      besaran === 'tercetak' &&
      typeof indeks === 'number' &&
      terhitung.laporan.rata_rata[indeks]?.cakupan === 'laporan'
    );
  });
  return {
    nilai: terhitung.rataRata.nilai,
    kategori: terhitung.rataRata.kategori,
    catatan: temuan.length
      ? `Dokumen mencetak rata-rata ${[...new Set(temuan.map((a) => `${teksTercetak(a.tercetak)} %`))].join(' dan ')}, yang berbeda dari hitung ulang dari capaian indikatornya; kartu ini memakai hitung ulang.`
      : null,
    temuan,
    masukan: 'capaian',
  };
}

export interface SakipUtama {
  tahun: number;
  /** the score as printed, or, when the audit flags it, the sum of its printed components */
  nilai: { tercetak: string } | { dihitung: number };
  /** the category as printed, or the recomputed one when the score is flagged */
  kategori: string | null;
  catatan: string | null;
  temuan: TemuanAudit[];
  /** the anchor of its inputs: the SAKIP evaluation table */
  masukan: string;
}

/** The latest SAKIP evaluation the report prints; null when it prints none. */
export function sakipUtama(terhitung: LaporanTerhitung, audit: readonly TemuanAudit[]): SakipUtama | null {
  const semua = terhitung.laporan.evaluasi_sakip?.penilaian ?? [];
  const terakhir = semua.at(-1);
  if (!terakhir) return null;
  const indeks = semua.length - 1;
  const hasil = terhitung.sakip.find((s) => s.tahun === terakhir.tahun)?.hasil;
  const temuan = ditandai(
    audit,
    (a) => a.jalur[0] === 'evaluasi_sakip' && a.jalur[1] === 'penilaian' && a.jalur[2] === indeks,
  );
  const nilaiDitandai = temuan.find((a) => a.jalur[3] === 'nilai_tercetak');
  const dasar = { tahun: terakhir.tahun, temuan, masukan: 'sakip' };
  if (nilaiDitandai && hasil && nilaiDitandai.kelas !== 'pembulatan')
    return {
      ...dasar,
      nilai: { dihitung: hasil.nilai },
      kategori: hasil.kategori?.label ?? null,
      catatan: `Dihitung ulang dari nilai komponennya, karena nilai tercetak ${teksTercetak(terakhir.nilai_tercetak)} berbeda dari jumlah komponen itu.`,
    };
  // within the rounding of its printed components the printed score is consistent: kept, and marked
  const catatan = nilaiDitandai
    ? `Nilai tercetak; jumlah komponennya yang dicetak dibulatkan sedikit berbeda (${angkaId.format(Number(nilaiDitandai.dihitung))}), dalam batas pembulatan.`
    : temuan.length
      ? `Predikat tercetak "${terakhir.kategori_tercetak ?? ''}" berbeda dari kategori menurut skala yang dinyatakan.`
      : null;
  return {
    ...dasar,
    nilai: { tercetak: terakhir.nilai_tercetak },
    kategori: terakhir.kategori_tercetak ?? null,
    catatan,
  };
}

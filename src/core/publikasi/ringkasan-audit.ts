/**
 * The build's audit summary for the CI run page ($GITHUB_STEP_SUMMARY): per
 * agency-year, how many printed figures differ from their recomputation, by
 * kind, with the largest differences. Input: dist/data/audit.json (the
 * discrepancies) and, when given, each report's full audit for the totals.
 */
import type { TemuanAudit } from '../audit/audit.ts';

const escMd = (s: string) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });
const tampil = (v: number | string | null) => (v === null ? '–' : typeof v === 'number' ? angka.format(v) : v);

/** `semua`: every audited figure per report (matches included), keyed "instansi/tahun", when available. */
export function ringkasAudit(
  berbeda: readonly TemuanAudit[],
  semua?: ReadonlyMap<string, readonly TemuanAudit[]>,
  contoh = 5,
): string {
  const per = new Map<string, TemuanAudit[]>();
  for (const temuan of berbeda) {
    const kunci = `${temuan.instansi}/${temuan.tahun}`;
    per.set(kunci, [...(per.get(kunci) ?? []), temuan]);
  }
  for (const kunci of semua?.keys() ?? []) if (!per.has(kunci)) per.set(kunci, []);
  const kunci = [...per.keys()].sort();
  const out = ['## Audit angka tercetak (audit of printed figures)', ''];
  if (!kunci.length) return `${out.join('\n')}Tidak ada laporan yang diaudit. (No report audited.)\n`;
  out.push(
    '| Instansi | Tahun | Diperiksa (checked) | Cocok (match) | Berbeda (discrepancy) | Tak terhitung (n/a) |',
    '|---|---|--:|--:|--:|--:|',
  );
  for (const kunciLaporan of kunci) {
    const [instansi, tahun] = kunciLaporan.split('/');
    const laporan = semua?.get(kunciLaporan);
    // findings outside the report's own audit (the agency profile) count as checked too
    const all = laporan && [
      ...laporan,
      ...per.get(kunciLaporan)!.filter((t) => !laporan.some((a) => a.berkas === t.berkas && a.jalur === t.jalur)),
    ];
    const beda = per.get(kunciLaporan)!.length;
    const berstatus = (status: string) => (all ? all.filter((t) => t.status === status).length : '–');
    out.push(
      `| ${escMd(instansi!)} | ${tahun} | ${all ? all.length : '–'} | ${berstatus('cocok')} | ${beda} | ${berstatus('tidak_dapat_dihitung')} |`,
    );
  }
  for (const kunciLaporan of kunci) {
    const list = per.get(kunciLaporan)!;
    if (!list.length) continue;
    const jenis = new Map<string, number>();
    for (const temuan of list) jenis.set(temuan.besaran, (jenis.get(temuan.besaran) ?? 0) + 1);
    out.push(
      '',
      `### ${escMd(kunciLaporan)}: ${list.length} berbeda (discrepancies)`,
      '',
      [...jenis]
        .sort((a, b) => b[1] - a[1])
        .map(([j, n]) => `\`${j}\` ${n}`)
        .join(' · '),
      '',
    );
    const besar = [...list].sort((a, b) => Math.abs(b.selisih ?? 0) - Math.abs(a.selisih ?? 0)).slice(0, contoh);
    out.push(
      '| Angka (figure) | Tabel | Tercetak (printed) | Dihitung (computed) | Selisih |',
      '|---|---|--:|--:|--:|',
    );
    for (const temuan of besar)
      out.push(
        `| ${escMd(temuan.label)} | ${escMd(temuan.tabel)} | ${escMd(temuan.tercetak)} | ${tampil(temuan.dihitung)} | ${tampil(temuan.selisih)} |`,
      );
    if (list.length > besar.length)
      out.push(
        '',
        `… dan ${list.length - besar.length} lainnya (and ${list.length - besar.length} more): lihat data/audit.json.`,
      );
  }
  return `${out.join('\n')}\n`;
}

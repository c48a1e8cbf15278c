/**
 * Comparisons across agencies: the same indicator over years, budget absorption and
 * efficiency, capaian distributions. The choice of indicator/agencies/measure lives in
 * the URL query; parsing and writing it are pure so the client and tests share them.
 */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { trenIndikator } from './profil.ts';
import type { Grafik } from './grafik.ts';
import type { DataBanding, IndikatorBanding } from './pilihan-banding.ts';
import { labelInstansi } from './label-instansi.ts';
export * from './pilihan-banding.ts';

/** Every measured indicator with one series per agency; shared indicators (more agencies) first. */
export function dataBanding(k: KorpusTerhitung): DataBanding {
  const per = new Map<string, IndikatorBanding>();
  const label = labelInstansi(k.korpus);
  const instansi = k.korpus.instansi.map((i) => ({ id: i.data.id, label: label.get(i.data.id)!, nama: i.data.nama }));
  for (const i of k.korpus.instansi) {
    const laporan = k.laporan.filter((l) => l.instansi === i);
    for (const t of trenIndikator(laporan)) {
      const def = k.indikator.get(t.indikator)?.[0]?.definisi;
      const e = per.get(t.indikator) ?? {
        id: t.indikator,
        nama: def?.nama ?? t.nama,
        satuan: def?.satuan ?? t.satuan,
        seri: [],
      };
      e.seri.push({
        instansi: i.data.id,
        label: label.get(i.data.id)!,
        titik: t.titik.map(({ tahun, target, realisasi, capaian }) => ({ tahun, target, realisasi, capaian })),
      });
      per.set(t.indikator, e);
    }
  }
  const indikator = [...per.values()].sort(
    (a, b) => b.seri.length - a.seri.length || a.nama.localeCompare(b.nama, 'id'),
  );
  return { indikator, instansi };
}

const labelLaporan = (k: KorpusTerhitung) => (l: KorpusTerhitung['laporan'][number]) =>
  `${labelInstansi(k.korpus).get(l.instansi.data.id)} ${l.terhitung.laporan.tahun}`;

/** The agencies with a report, as a PNG names them. */
const instansiBerlaporan = (k: KorpusTerhitung) =>
  k.korpus.instansi
    .filter((i) => k.laporan.some((l) => l.instansi === i))
    .map((i) => `${i.data.nama} (${labelInstansi(k.korpus).get(i.data.id)})`);

/** Budget absorption and average capaian per report. */
export function grafikSerapan(k: KorpusTerhitung): Grafik {
  return {
    id: 'banding-serapan',
    jenis: 'bar',
    judul: 'Serapan anggaran dan rata-rata capaian per laporan',
    satuan: '%',
    label: k.laporan.map(labelLaporan(k)),
    seri: [
      {
        nama: 'Serapan anggaran (%)',
        data: k.laporan.map((l) => l.terhitung.anggaranUtama?.serapan ?? null),
        gaya: 'batang',
      },
      { nama: 'Rata-rata capaian (%)', data: k.laporan.map((l) => l.terhitung.rataRata.nilai), gaya: 'batang' },
    ],
    acuan: { nilai: 100, teks: '100 %' },
    instansi: instansiBerlaporan(k),
  };
}

/** The uniform efficiency (capaian ÷ serapan) per report. */
export function grafikEfisiensi(k: KorpusTerhitung): Grafik {
  return {
    id: 'banding-efisiensi',
    jenis: 'bar',
    judul: 'Efisiensi seragam (rata-rata capaian ÷ serapan) per laporan',
    satuan: 'rasio',
    label: k.laporan.map(labelLaporan(k)),
    seri: [{ nama: 'Efisiensi (rasio)', data: k.laporan.map((l) => l.terhitung.efisiensiSeragam), gaya: 'batang' }],
    acuan: { nilai: 1, teks: '1 = seimbang' },
    instansi: instansiBerlaporan(k),
  };
}

export const KELAS_CAPAIAN = [
  '< 80 %',
  '80–< 100 %',
  '100 %',
  '> 100–120 %',
  '> 120 %',
  'Kualitatif / tidak terhitung',
] as const;

export function kelasCapaian(c: { jenis: string; nilai?: number }): number {
  if (c.jenis !== 'persen' || c.nilai === undefined) return 5;
  const v = c.nilai;
  if (Math.abs(v - 100) < 1e-9) return 2;
  if (v < 80) return 0;
  if (v < 100) return 1;
  if (v <= 120) return 3;
  return 4;
}

/** How many indicators fall in each capaian band, per agency. */
export function grafikDistribusi(k: KorpusTerhitung): Grafik {
  const ins = k.korpus.instansi.filter((i) => k.laporan.some((l) => l.instansi === i));
  return {
    id: 'banding-distribusi',
    jenis: 'bar',
    judul: 'Sebaran capaian indikator per instansi (semua tahun)',
    satuan: 'jumlah indikator',
    label: [...KELAS_CAPAIAN],
    seri: ins.map((i) => {
      const n = KELAS_CAPAIAN.map(() => 0);
      for (const l of k.laporan)
        if (l.instansi === i)
          for (const ind of l.terhitung.indikator) n[kelasCapaian(ind.capaian as { jenis: string; nilai?: number })]!++;
      return { nama: labelInstansi(k.korpus).get(i.data.id)!, data: n, gaya: 'batang' as const };
    }),
    instansi: instansiBerlaporan(k),
  };
}

/** Names of the first indicators measured by more than one series (agency), as examples of what can be compared. */
export const contohBersama = (data: DataBanding, banyak = 3): string[] =>
  data.indikator
    .filter((i) => i.seri.length > 1)
    .slice(0, banyak)
    .map((i) => i.nama);

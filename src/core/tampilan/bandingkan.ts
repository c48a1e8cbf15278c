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
export function dataBanding(korpus: KorpusTerhitung): DataBanding {
  const per = new Map<string, IndikatorBanding>();
  const label = labelInstansi(korpus.korpus);
  const instansi = korpus.korpus.instansi.map((i) => ({
    id: i.data.id,
    label: label.get(i.data.id)!,
    nama: i.data.nama,
  }));
  for (const dataInstansi of korpus.korpus.instansi) {
    const laporan = korpus.laporan.filter((l) => l.instansi === dataInstansi);
    for (const tren of trenIndikator(laporan)) {
      const def = korpus.indikator.get(tren.indikator)?.[0]?.definisi;
      const entri = per.get(tren.indikator) ?? {
        id: tren.indikator,
        nama: def?.nama ?? tren.nama,
        satuan: def?.satuan ?? tren.satuan,
        seri: [],
      };
      entri.seri.push({
        instansi: dataInstansi.data.id,
        label: label.get(dataInstansi.data.id)!,
        titik: tren.titik.map(({ tahun, target, realisasi, capaian }) => ({ tahun, target, realisasi, capaian })),
      });
      per.set(tren.indikator, entri);
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
export function grafikSerapan(korpus: KorpusTerhitung): Grafik {
  return {
    id: 'banding-serapan',
    jenis: 'bar',
    judul: 'Serapan anggaran dan rata-rata capaian per laporan',
    satuan: '%',
    label: korpus.laporan.map(labelLaporan(korpus)),
    seri: [
      {
        nama: 'Serapan anggaran (%)',
        data: korpus.laporan.map((l) => l.terhitung.anggaranUtama?.serapan ?? null),
        gaya: 'batang',
      },
      { nama: 'Rata-rata capaian (%)', data: korpus.laporan.map((l) => l.terhitung.rataRata.nilai), gaya: 'batang' },
    ],
    acuan: { nilai: 100, teks: '100 %' },
    instansi: instansiBerlaporan(korpus),
  };
}

/** The uniform efficiency (capaian ÷ serapan) per report. */
export function grafikEfisiensi(korpus: KorpusTerhitung): Grafik {
  return {
    id: 'banding-efisiensi',
    jenis: 'bar',
    judul: 'Efisiensi seragam (rata-rata capaian ÷ serapan) per laporan',
    satuan: 'rasio',
    label: korpus.laporan.map(labelLaporan(korpus)),
    seri: [
      { nama: 'Efisiensi (rasio)', data: korpus.laporan.map((l) => l.terhitung.efisiensiSeragam), gaya: 'batang' },
    ],
    acuan: { nilai: 1, teks: '1 = seimbang' },
    instansi: instansiBerlaporan(korpus),
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

export function kelasCapaian(capaian: { jenis: string; nilai?: number }): number {
  if (capaian.jenis !== 'persen' || capaian.nilai === undefined) return 5;
  const nilai = capaian.nilai;
  if (Math.abs(nilai - 100) < 1e-9) return 2;
  if (nilai < 80) return 0;
  if (nilai < 100) return 1;
  if (nilai <= 120) return 3;
  return 4;
}

/** How many indicators fall in each capaian band, per agency. */
export function grafikDistribusi(korpus: KorpusTerhitung): Grafik {
  const ins = korpus.korpus.instansi.filter((i) => korpus.laporan.some((l) => l.instansi === i));
  return {
    id: 'banding-distribusi',
    jenis: 'bar',
    judul: 'Sebaran capaian indikator per instansi (semua tahun)',
    satuan: 'jumlah indikator',
    label: [...KELAS_CAPAIAN],
    seri: ins.map((dataInstansi) => {
      const jumlah = KELAS_CAPAIAN.map(() => 0);
      for (const laporan of korpus.laporan)
        if (laporan.instansi === dataInstansi)
          for (const ind of laporan.terhitung.indikator)
            jumlah[kelasCapaian(ind.capaian as { jenis: string; nilai?: number })]!++;
      return { nama: labelInstansi(korpus.korpus).get(dataInstansi.data.id)!, data: jumlah, gaya: 'batang' as const };
    }),
    instansi: instansiBerlaporan(korpus),
  };
}

/** Names of the first indicators measured by more than one series (agency), as examples of what can be compared. */
export const contohBersama = (data: DataBanding, banyak = 3): string[] =>
  data.indikator
    .filter((i) => i.seri.length > 1)
    .slice(0, banyak)
    .map((i) => i.nama);

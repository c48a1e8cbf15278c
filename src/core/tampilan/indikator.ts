/** The indicator catalogue across agencies: definitions, where each is used, and its values. Pure. */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import type { DefinisiIndikator } from '../skema/indikator.ts';
import type { Nilai, Target } from '../skema/common.ts';
import type { Capaian, Predikat } from '../rumus/capaian.ts';
import { indikatorVersi } from '../rumus/renstra.ts';
import { labelInstansi } from './label-instansi.ts';

export interface NilaiIndikator {
  instansi: string;
  namaInstansi: string;
  singkatan: string;
  tahun: number;
  /** null: not in the source */
  target: Target | null;
  realisasi: Nilai | null;
  satuan: string | null;
  capaian: Capaian;
  predikat: Predikat;
}

export interface Pemakaian {
  jenis: 'LKjIP' | 'Renstra';
  instansi: string;
  singkatan: string;
  /** year of the report, or the Renstra period and version */
  label: string;
  href: string;
}

export interface EntriIndikator {
  id: string;
  nama: string;
  definisi: { instansi: string; singkatan: string; definisi: DefinisiIndikator }[];
  pemakaian: Pemakaian[];
  nilai: NilaiIndikator[];
}

export function katalogIndikator(k: KorpusTerhitung): EntriIndikator[] {
  const per = new Map<string, EntriIndikator>();
  // the short label unique across the site stands for an agency here
  const singkatan = labelInstansi(k.korpus);
  const ambil = (id: string, nama: string) => {
    let e = per.get(id);
    if (!e) per.set(id, (e = { id, nama, definisi: [], pemakaian: [], nilai: [] }));
    return e;
  };
  for (const [id, defs] of k.indikator) {
    const e = ambil(id, defs[0]!.definisi.nama);
    for (const d of defs)
      e.definisi.push({
        instansi: d.instansi,
        singkatan: singkatan.get(d.instansi) ?? d.instansi,
        definisi: d.definisi,
      });
  }
  for (const ins of k.korpus.instansi) {
    for (const r of ins.renstra) {
      const periode = `${r.data.periode.mulai}-${r.data.periode.selesai}`;
      for (const v of r.data.versi)
        for (const ir of indikatorVersi(v)) {
          const e = ambil(ir.indikator, ir.nama_tercetak ?? ir.indikator);
          e.pemakaian.push({
            jenis: 'Renstra',
            instansi: ins.data.id,
            singkatan: singkatan.get(ins.data.id)!,
            label: `${periode.replace('-', '–')} (${v.nama})`,
            href: `/instansi/${ins.data.id}/renstra/${periode}/`,
          });
        }
    }
  }
  for (const l of k.laporan) {
    const ins = l.instansi.data;
    for (const ind of l.terhitung.indikator) {
      const e = ambil(ind.data.indikator, ind.nama);
      const tahun = l.terhitung.laporan.tahun;
      e.pemakaian.push({
        jenis: 'LKjIP',
        instansi: ins.id,
        singkatan: singkatan.get(ins.id)!,
        label: String(tahun),
        href: `/instansi/${ins.id}/${tahun}/`,
      });
      e.nilai.push({
        instansi: ins.id,
        namaInstansi: ins.nama,
        singkatan: singkatan.get(ins.id)!,
        tahun,
        target: ind.data.target,
        realisasi: ind.data.realisasi,
        satuan: ind.satuan,
        capaian: ind.capaian,
        predikat: ind.predikat,
      });
    }
  }
  for (const e of per.values()) {
    // an indicator listed at both tujuan and sasaran level of one version is used once there
    const lihat = new Set<string>();
    e.pemakaian = e.pemakaian.filter((p) => {
      const k = `${p.jenis} ${p.href} ${p.label}`;
      return lihat.has(k) ? false : (lihat.add(k), true);
    });
    e.nilai.sort((a, b) => a.singkatan.localeCompare(b.singkatan, 'id') || a.tahun - b.tahun);
    e.pemakaian.sort(
      (a, b) =>
        a.singkatan.localeCompare(b.singkatan, 'id') ||
        a.jenis.localeCompare(b.jenis) ||
        a.label.localeCompare(b.label),
    );
  }
  return [...per.values()].sort((a, b) => b.definisi.length - a.definisi.length || a.nama.localeCompare(b.nama, 'id'));
}

export const LABEL_POLARITAS: Record<DefinisiIndikator['polaritas'], string> = {
  naik: 'Makin tinggi makin baik',
  turun: 'Makin rendah makin baik',
  rentang: 'Target berupa rentang',
  kualitatif: 'Target berupa predikat (kualitatif)',
};

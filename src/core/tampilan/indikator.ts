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

export function katalogIndikator(korpus: KorpusTerhitung): EntriIndikator[] {
  const per = new Map<string, EntriIndikator>();
  // the short label unique across the site stands for an agency here
  const singkatan = labelInstansi(korpus.korpus);
  const ambil = (id: string, nama: string) => {
    let entri = per.get(id);
    if (!entri) per.set(id, (entri = { id, nama, definisi: [], pemakaian: [], nilai: [] }));
    return entri;
  };
  for (const [id, defs] of korpus.indikator) {
    const entri = ambil(id, defs[0]!.definisi.nama);
    for (const definisi of defs)
      entri.definisi.push({
        instansi: definisi.instansi,
        singkatan: singkatan.get(definisi.instansi) ?? definisi.instansi,
        definisi: definisi.definisi,
      });
  }
  for (const ins of korpus.korpus.instansi) {
    for (const renstra of ins.renstra) {
      const periode = `${renstra.data.periode.mulai}-${renstra.data.periode.selesai}`;
      for (const versi of renstra.data.versi)
        for (const ir of indikatorVersi(versi)) {
          const entri = ambil(ir.indikator, ir.nama_tercetak ?? ir.indikator);
          entri.pemakaian.push({
            jenis: 'Renstra',
            instansi: ins.data.id,
            singkatan: singkatan.get(ins.data.id)!,
            label: `${periode.replace('-', '–')} (${versi.nama})`,
            href: `/instansi/${ins.data.id}/renstra/${periode}/`,
          });
        }
    }
  }
  for (const laporan of korpus.laporan) {
    const ins = laporan.instansi.data;
    for (const ind of laporan.terhitung.indikator) {
      const entri = ambil(ind.data.indikator, ind.nama);
      const tahun = laporan.terhitung.laporan.tahun;
      entri.pemakaian.push({
        jenis: 'LKjIP',
        instansi: ins.id,
        singkatan: singkatan.get(ins.id)!,
        label: String(tahun),
        href: `/instansi/${ins.id}/${tahun}/`,
      });
      entri.nilai.push({
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
  for (const entri of per.values()) {
    // an indicator listed at both tujuan and sasaran level of one version is used once there
    const lihat = new Set<string>();
    entri.pemakaian = entri.pemakaian.filter((pemakaian) => {
      const kunci = `${pemakaian.jenis} ${pemakaian.href} ${pemakaian.label}`;
      return lihat.has(kunci) ? false : (lihat.add(kunci), true);
    });
    entri.nilai.sort((a, b) => a.singkatan.localeCompare(b.singkatan, 'id') || a.tahun - b.tahun);
    entri.pemakaian.sort(
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

export interface HalamanIndikator {
  entri: EntriIndikator;
  /** other names the agencies print for it */
  varian: string[];
  /** measured by more than one agency: the page links to the comparison */
  dapatDibandingkan: boolean;
  /** each agency's definition, with the Renstra periods it is an IKU of in words ("2021–2026, …") */
  definisi: (EntriIndikator['definisi'][number] & { iku: string })[];
}

/** The indicator page's view model: one catalogue entry with its names, comparability and IKU periods. */
export function halamanIndikator(entri: EntriIndikator): HalamanIndikator {
  return {
    entri,
    varian: [...new Set(entri.definisi.flatMap((d) => d.definisi.varian_nama))],
    dapatDibandingkan: new Set(entri.nilai.map((n) => n.instansi)).size > 1,
    definisi: entri.definisi.map((d) => ({ ...d, iku: d.definisi.iku.map((p) => p.replace('-', '–')).join(', ') })),
  };
}

/** A catalogue row in words: the units and polarities the agencies give it, and who defines or uses it. */
export function ringkasEntri(entri: EntriIndikator): { satuan: string; polaritas: string; instansi: string } {
  const unik = (daftar: (string | undefined)[]) => [...new Set(daftar.filter((x): x is string => !!x))];
  return {
    satuan: unik(entri.definisi.map((d) => d.definisi.satuan)).join(', ') || '–',
    polaritas: unik(entri.definisi.map((d) => LABEL_POLARITAS[d.definisi.polaritas])).join('; ') || '–',
    instansi: unik([...entri.definisi.map((d) => d.singkatan), ...entri.pemakaian.map((p) => p.singkatan)]).join(', '),
  };
}

/** The catalogue page's rows: each entry with its summary in words. */
export const barisKatalog = (daftar: readonly EntriIndikator[]) => daftar.map((e) => ({ e, ringkas: ringkasEntri(e) }));

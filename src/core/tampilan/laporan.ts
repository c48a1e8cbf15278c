/** Report-page views: PK versions compared, audit findings listed. Pure. */
import type { Laporan, PerjanjianKinerja } from '../skema/laporan.ts';
import type { Target } from '../skema/common.ts';
import type { TemuanAudit } from '../audit/audit.ts';

export type StatusPerubahan = 'sama' | 'berubah' | 'baru' | 'dihapus';

export const LABEL_PERUBAHAN: Record<StatusPerubahan, string> = {
  sama: 'Tidak berubah',
  berubah: 'Target diubah',
  baru: 'Ditambahkan pada perubahan',
  dihapus: 'Dihapus pada perubahan',
};

export const LABEL_PERUBAHAN_PAGU: Record<StatusPerubahan, string> = { ...LABEL_PERUBAHAN, berubah: 'Pagu diubah' };

export interface BarisPK {
  indikator: string;
  nama: string;
  sasaran: string;
  satuan: string | undefined;
  murni: Target | undefined;
  perubahan: Target | undefined;
  status: StatusPerubahan;
}

export interface BarisProgramPK {
  nama: string;
  murni: number | undefined;
  perubahan: number | undefined;
  status: StatusPerubahan;
}

export interface PerbandinganPK {
  murni: PerjanjianKinerja | undefined;
  perubahan: PerjanjianKinerja | undefined;
  indikator: BarisPK[];
  program: BarisProgramPK[];
}

const samaTarget = (a: Target | undefined, b: Target | undefined) => JSON.stringify(a) === JSON.stringify(b);
const statusDari = (ada1: boolean, ada2: boolean, sama: boolean, adaVersi2: boolean): StatusPerubahan =>
  !adaVersi2 ? 'sama' : ada1 && !ada2 ? 'dihapus' : !ada1 && ada2 ? 'baru' : sama ? 'sama' : 'berubah';

/** The original PK beside the revised one (when there is one), indicator by indicator and program by program. */
export function bandingkanPK(l: Laporan, namaIndikator: (id: string) => string | undefined): PerbandinganPK {
  const murni = l.perjanjian_kinerja.find((p) => p.versi === 'murni');
  const perubahan = l.perjanjian_kinerja.find((p) => p.versi === 'perubahan');
  const rataPK = (pk: PerjanjianKinerja | undefined) =>
    (pk?.sasaran ?? []).flatMap((s) => s.indikator.map((i) => ({ s, i })));
  const m = rataPK(murni);
  const p = rataPK(perubahan);
  const ids = [...new Set([...m, ...p].map((x) => x.i.indikator))];
  const indikator = ids.map((id) => {
    const a = m.find((x) => x.i.indikator === id);
    const b = p.find((x) => x.i.indikator === id);
    const x = (b ?? a)!;
    return {
      indikator: id,
      nama: namaIndikator(id) ?? x.i.nama_tercetak ?? id,
      sasaran: x.s.nama,
      satuan: x.i.satuan,
      murni: a?.i.target,
      perubahan: b?.i.target,
      status: statusDari(!!a, !!b, samaTarget(a?.i.target, b?.i.target), !!perubahan && !!murni),
    };
  });
  const namaProgram = [...new Set([...(murni?.program ?? []), ...(perubahan?.program ?? [])].map((x) => x.nama))];
  const program = namaProgram.map((nama) => {
    const a = murni?.program.find((x) => x.nama === nama)?.pagu;
    const b = perubahan?.program.find((x) => x.nama === nama)?.pagu;
    return {
      nama,
      murni: a,
      perubahan: b,
      status: statusDari(a !== undefined, b !== undefined, a === b, !!perubahan && !!murni),
    };
  });
  return { murni, perubahan, indikator, program };
}

export interface RingkasAudit {
  diperiksa: number;
  cocok: number;
  berbeda: number;
  takTerhitung: number;
}

export function ringkasAudit(a: readonly TemuanAudit[]): RingkasAudit {
  return {
    diperiksa: a.length,
    cocok: a.filter((t) => t.status === 'match').length,
    berbeda: a.filter((t) => t.status === 'discrepancy').length,
    takTerhitung: a.filter((t) => t.status === 'na').length,
  };
}

const barisAwal = (t: TemuanAudit) => {
  const b = t.lokasi?.baris;
  return b === undefined ? Number.MAX_SAFE_INTEGER : Array.isArray(b) ? b[0] : b;
};

/** The figures that disagree with their inputs, in document order (by source line). */
export function temuanBerbeda(a: readonly TemuanAudit[]): TemuanAudit[] {
  return a
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.status === 'discrepancy')
    .sort((x, y) => barisAwal(x.t) - barisAwal(y.t) || x.i - y.i)
    .map(({ t }) => t);
}

/** Numbers in the audit are either rupiah (money totals) or other figures. */
export const auditRupiah = (t: TemuanAudit) =>
  t.besaran === 'jumlah_pagu' ||
  t.besaran === 'jumlah_realisasi' ||
  t.besaran === 'jumlah_pagu_pk' ||
  (t.besaran === 'efisiensi' && t.jalur.includes('sisa_rupiah'));

/** Chapter order of the LKjIP (PermenPAN-RB 53/2014). */
export const URUTAN_BAB = ['ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4'] as const;
export const JUDUL_BAB: Record<(typeof URUTAN_BAB)[number], string> = {
  ikhtisar: 'Ikhtisar Eksekutif',
  'bab-1': 'BAB I Pendahuluan',
  'bab-2': 'BAB II Perencanaan Kinerja',
  'bab-3': 'BAB III Akuntabilitas Kinerja',
  'bab-4': 'BAB IV Penutup',
};

import type { LaporanTerhitung, TabelTerhitung } from '../hitung/laporan.ts';
import type { Grafik } from './grafik.ts';

/** Capaian (%) of each indicator that has one, against the 100 % line. */
export function grafikCapaian(t: LaporanTerhitung, id: string): Grafik {
  const ind = t.indikator.filter((i) => i.capaian.jenis === 'persen');
  return {
    id: `capaian-${id}`,
    jenis: 'bar',
    judul: `Capaian indikator ${t.laporan.tahun} (dihitung ulang)`,
    satuan: '%',
    label: ind.map((i) => i.nama),
    mendatar: true,
    seri: [
      {
        nama: 'Capaian (%)',
        data: ind.map((i) => (i.capaian.jenis === 'persen' ? i.capaian.nilai : null)),
        gaya: 'batang',
      },
    ],
    acuan: { nilai: 100, teks: 'Target (100 %)' },
  };
}

/** Serapan (%) of each program of a budget table. */
export function grafikSerapanProgram(a: TabelTerhitung, id: string): Grafik {
  return {
    id: `serapan-${id}-${a.data.id}`,
    jenis: 'bar',
    judul: `Serapan anggaran per program: ${a.data.judul}`,
    satuan: '%',
    // "Program …" is implied by the title
    label: a.baris.map((b) => b.data.nama.replace(/^program\s+/i, '')),
    mendatar: true,
    seri: [{ nama: 'Serapan (%)', data: a.baris.map((b) => b.serapan), gaya: 'batang' }],
    acuan: { nilai: 100, teks: '100 %' },
  };
}

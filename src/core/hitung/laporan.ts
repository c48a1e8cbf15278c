/**
 * Everything the site shows about one report, computed from its inputs:
 * capaian and predicates, comparisons, averages, the budget tree with totals
 * from its children, efficiency and SAKIP scores. Pages and open data only
 * lay this out; the audit compares it with what the document printed.
 */
import type { Polaritas, Skala, Target } from '../skema/common.ts';
import type { DefinisiIndikator } from '../skema/indikator.ts';
import type {
  Efisiensi,
  Kegiatan,
  Laporan,
  Pengukuran,
  Program,
  SubKegiatan,
  TabelAnggaran,
} from '../skema/laporan.ts';
import type { Renstra, VersiRenstra } from '../skema/renstra.ts';
import { hitungCapaian, predikat, type Capaian, type Predikat } from '../rumus/capaian.ts';
import { jumlahkan, serapan, silpa } from '../rumus/anggaran.ts';
import { hitungEfisiensi, METODE_SERAGAM } from '../rumus/efisiensi.ts';
import { bandingTahunLalu, bandingTarget, type PerubahanTahunan } from '../rumus/perbandingan.ts';
import { rataRataCapaian, type RataRataCapaian } from '../rumus/rata.ts';
import { hitungSakip, type HasilSakip } from '../rumus/sakip.ts';
import { kategori, SKALA_KEMENPAN, type Kategori } from '../rumus/kategori.ts';
import { cariIndikator, targetAkhir, versiBerlaku } from '../rumus/renstra.ts';
import { bacaTercetak } from '../rumus/presisi.ts';

export interface KonteksLaporan {
  katalog: ReadonlyMap<string, DefinisiIndikator>;
  renstra?: Renstra | undefined;
}

export interface IndikatorTerhitung {
  data: Pengukuran;
  definisi?: DefinisiIndikator | undefined;
  nama: string;
  polaritas: Polaritas;
  capaian: Capaian;
  predikat: Predikat;
  triwulan: { triwulan: number; capaian: Capaian | null }[];
  tahunSebelumnya: { tahun: number; perubahan: PerubahanTahunan | null; capaian: Capaian | null }[];
  /** against the Renstra end target: the report's own if printed, else the Renstra's */
  akhirRenstra: {
    target: Target;
    tahun: number;
    dari: 'laporan' | 'renstra';
    capaian: Capaian;
    targetRenstra?: Target | undefined;
  } | null;
  nasional: { target: Target; sumber: string; capaian: Capaian } | null;
  /** sum of the components (e.g. IP ASN dimensions), when given */
  jumlahRincian: number | null;
}

export interface BarisTerhitung {
  tingkat: 'program' | 'kegiatan' | 'sub_kegiatan';
  data: Program | Kegiatan | SubKegiatan;
  /** pagu/realisasi as printed on this line (its own, or its printed subtotal) */
  pagu: number | null;
  realisasi: number | null;
  /** the sum of the children, when there are children with amounts */
  paguAnak: number | null;
  realisasiAnak: number | null;
  serapan: number | null;
  silpa: number | null;
  anak: BarisTerhitung[];
}

export interface TabelTerhitung {
  data: TabelAnggaran;
  baris: BarisTerhitung[];
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

export interface EfisiensiTerhitung {
  data: Efisiensi;
  /** the printed method applied to the printed inputs */
  dariTercetak: number | null;
}

export interface LaporanTerhitung {
  laporan: Laporan;
  versiRenstra?: VersiRenstra | undefined;
  indikator: IndikatorTerhitung[];
  rataRata: RataRataCapaian & { kategori: Kategori | null };
  rataRataSasaran: Map<string, RataRataCapaian>;
  skala: Skala;
  anggaran: TabelTerhitung[];
  /** the table the report's totals come from: program→kegiatan if present, else per sasaran */
  anggaranUtama: TabelTerhitung | null;
  efisiensi: EfisiensiTerhitung[];
  /** the uniform efficiency (capaian rata-rata ÷ serapan total) used to compare agencies */
  efisiensiSeragam: number | null;
  sakip: { tahun: number; hasil: HasilSakip }[];
  ringkasan: Record<Predikat, number>;
}

function hitungIndikator(
  p: Pengukuran,
  ctx: KonteksLaporan,
  versi: VersiRenstra | undefined,
  renstra: Renstra | undefined,
): IndikatorTerhitung {
  const definisi = ctx.katalog.get(p.indikator);
  const ir = versi ? cariIndikator(versi, p.indikator) : undefined;
  const polaritas: Polaritas = ir?.polaritas ?? definisi?.polaritas ?? 'naik';
  const capaian = hitungCapaian(p.target, p.realisasi, polaritas);
  const targetRenstra = ir && renstra ? targetAkhir(ir, renstra.periode.selesai) : undefined;
  let akhirRenstra: IndikatorTerhitung['akhirRenstra'] = null;
  if (p.akhir_renstra)
    akhirRenstra = {
      target: p.akhir_renstra.target,
      tahun: p.akhir_renstra.tahun,
      dari: 'laporan',
      capaian: bandingTarget(p.realisasi, p.akhir_renstra.target, polaritas),
      targetRenstra,
    };
  else if (targetRenstra !== undefined && renstra)
    akhirRenstra = {
      target: targetRenstra,
      tahun: renstra.periode.selesai,
      dari: 'renstra',
      capaian: bandingTarget(p.realisasi, targetRenstra, polaritas),
      targetRenstra,
    };
  return {
    data: p,
    definisi,
    nama: definisi?.nama ?? p.nama_tercetak ?? p.indikator,
    polaritas,
    capaian,
    predikat: predikat(capaian),
    triwulan: p.triwulan.map((t) => ({
      triwulan: t.triwulan,
      capaian: t.target !== undefined ? hitungCapaian(t.target, t.realisasi, polaritas) : null,
    })),
    tahunSebelumnya: p.tahun_sebelumnya.map((s) => ({
      tahun: s.tahun,
      perubahan: bandingTahunLalu(p.realisasi, s.realisasi),
      capaian: s.target !== undefined ? hitungCapaian(s.target, s.realisasi, polaritas) : null,
    })),
    akhirRenstra,
    nasional: p.nasional
      ? {
          target: p.nasional.target,
          sumber: p.nasional.sumber,
          capaian: bandingTarget(p.realisasi, p.nasional.target, polaritas),
        }
      : null,
    jumlahRincian: p.rincian.length ? p.rincian.reduce((s, r) => s + r.nilai, 0) : null,
  };
}

function hitungBaris(
  tingkat: BarisTerhitung['tingkat'],
  data: Program | Kegiatan | SubKegiatan,
  anakData: readonly (Kegiatan | SubKegiatan)[],
): BarisTerhitung {
  const anak = anakData.map((a) =>
    hitungBaris(tingkat === 'program' ? 'kegiatan' : 'sub_kegiatan', a, 'sub_kegiatan' in a ? a.sub_kegiatan : []),
  );
  const sum = anak.length
    ? jumlahkan(anak.map((a) => ({ pagu: a.pagu ?? undefined, realisasi: a.realisasi ?? undefined })))
    : null;
  // A line's own printed amounts win; without them, its children's sum is its amount.
  const pagu = data.pagu ?? sum?.pagu ?? null;
  const realisasi = data.realisasi ?? sum?.realisasi ?? null;
  const ada = pagu !== null && realisasi !== null;
  return {
    tingkat,
    data,
    pagu,
    realisasi,
    paguAnak: sum?.pagu ?? null,
    realisasiAnak: sum?.realisasi ?? null,
    serapan: ada ? serapan({ pagu, realisasi }) : null,
    silpa: ada ? silpa({ pagu, realisasi }) : null,
    anak,
  };
}

export function hitungTabel(t: TabelAnggaran): TabelTerhitung {
  const baris = t.program.map((p) => hitungBaris('program', p, p.kegiatan));
  const sum = jumlahkan(baris.map((b) => ({ pagu: b.pagu ?? undefined, realisasi: b.realisasi ?? undefined })));
  return {
    data: t,
    baris,
    pagu: sum.pagu,
    realisasi: sum.realisasi,
    serapan: sum.pagu !== null && sum.realisasi !== null ? serapan({ pagu: sum.pagu, realisasi: sum.realisasi }) : null,
  };
}

const angkaTercetak = (t: Efisiensi['capaian_tercetak']) => (t === undefined ? null : (bacaTercetak(t)?.nilai ?? null));

export function hitungLaporan(laporan: Laporan, ctx: KonteksLaporan): LaporanTerhitung {
  const versi = ctx.renstra ? versiBerlaku(ctx.renstra, laporan.tahun) : undefined;
  const indikator = laporan.pengukuran.indikator.map((p) => hitungIndikator(p, ctx, versi, ctx.renstra));
  const skala = laporan.skala ?? SKALA_KEMENPAN;
  const rata = rataRataCapaian(indikator.map((i) => ({ id: i.data.indikator, capaian: i.capaian })));
  const rataRataSasaran = new Map<string, RataRataCapaian>();
  for (const s of new Set(indikator.map((i) => i.data.sasaran).filter((s): s is string => !!s)))
    rataRataSasaran.set(
      s,
      rataRataCapaian(
        indikator.filter((i) => i.data.sasaran === s).map((i) => ({ id: i.data.indikator, capaian: i.capaian })),
      ),
    );

  const anggaran = laporan.anggaran.map(hitungTabel);
  const anggaranUtama =
    anggaran.find((t) => t.data.jenis === 'program_kegiatan' && t.serapan !== null) ??
    anggaran.find((t) => t.data.jenis === 'per_sasaran' && t.serapan !== null) ??
    null;

  const efisiensi = laporan.efisiensi.map((e) => ({
    data: e,
    dariTercetak: hitungEfisiensi(e.metode, {
      capaian: angkaTercetak(e.capaian_tercetak),
      serapan: angkaTercetak(e.serapan_tercetak),
      pagu: e.pagu ?? null,
      realisasi: e.realisasi ?? null,
    }),
  }));

  const ringkasan: Record<Predikat, number> = { melebihi: 0, tercapai: 0, tidak_tercapai: 0, tak_terhitung: 0 };
  for (const i of indikator) ringkasan[i.predikat]++;

  return {
    laporan,
    versiRenstra: versi,
    indikator,
    rataRata: { ...rata, kategori: rata.nilai === null ? null : kategori(rata.nilai, skala) },
    rataRataSasaran,
    skala,
    anggaran,
    anggaranUtama,
    efisiensi,
    efisiensiSeragam: hitungEfisiensi(METODE_SERAGAM, { capaian: rata.nilai, serapan: anggaranUtama?.serapan ?? null }),
    sakip: (laporan.evaluasi_sakip?.penilaian ?? [])
      .filter((p) => p.komponen.length > 0)
      .map((p) => ({
        tahun: p.tahun,
        hasil: hitungSakip(p.komponen, laporan.evaluasi_sakip?.skala ?? SKALA_KEMENPAN),
      })),
    ringkasan,
  };
}

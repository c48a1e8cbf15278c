/** The Renstra page's one view model (`halamanRenstra`): its years, its versions and what each review changed. Pure. */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import type { DataInstansi } from '../muat/korpus.ts';
import type { Target } from '../skema/common.ts';
import type { Renstra } from '../skema/renstra.ts';
import { indikatorBertarget, indikatorVersi, targetAkhir } from '../rumus/renstra.ts';
import { ringkasInstansi, type RingkasInstansi } from './ringkasan.ts';

type Versi = Renstra['versi'][number];

export interface VersiHalaman {
  versi: Versi;
  jumlahIndikator: number;
  /** against the previous version; null for the first */
  perubahan: { baru: number; hilang: number } | null;
}

export interface HalamanRenstra {
  instansi: DataInstansi;
  renstra: Renstra;
  ringkas: RingkasInstansi;
  /** "2021–2026" */
  periode: string;
  tahun: number[];
  /** by the year each came into force */
  versi: VersiHalaman[];
  /** every indicator of any version, with its final target in each (undefined: not used; akhir undefined: none printed) */
  perVersi: { indikator: string; sel: ({ akhir: Target | undefined } | undefined)[] }[];
  namaIndikator: (id: string) => string | undefined;
}

export function halamanRenstra(
  instansi: DataInstansi,
  renstra: Renstra,
  konteks: { korpus: KorpusTerhitung },
): HalamanRenstra {
  const katalog = new Map((instansi.katalog?.data.indikator ?? []).map((x) => [x.id, x]));
  const tahun: number[] = [];
  for (let tahunKe = renstra.periode.mulai; tahunKe <= renstra.periode.selesai; tahunKe++) tahun.push(tahunKe);
  const versi = [...renstra.versi].sort((a, b) => a.berlaku_mulai - b.berlaku_mulai);
  const idVersi = versi.map((v) => new Set(indikatorVersi(v).map((x) => x.indikator)));
  const semua = [...new Set(versi.flatMap((v) => indikatorVersi(v).map((x) => x.indikator)))];
  return {
    instansi,
    renstra,
    ringkas: ringkasInstansi(konteks.korpus, instansi),
    periode: `${renstra.periode.mulai}–${renstra.periode.selesai}`,
    tahun,
    versi: versi.map((v, n) => ({
      versi: v,
      jumlahIndikator: idVersi[n]!.size,
      perubahan:
        n === 0
          ? null
          : {
              baru: [...idVersi[n]!].filter((x) => !idVersi[n - 1]!.has(x)).length,
              hilang: [...idVersi[n - 1]!].filter((x) => !idVersi[n]!.has(x)).length,
            },
    })),
    perVersi: semua.map((indikator) => ({
      indikator,
      sel: versi.map((butirVersi) => {
        const ir = indikatorBertarget(butirVersi, indikator);
        return ir ? { akhir: targetAkhir(ir, renstra.periode.selesai) } : undefined;
      }),
    })),
    namaIndikator: (id) => katalog.get(id)?.nama,
  };
}

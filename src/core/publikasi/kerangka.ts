/**
 * `npm run new-report -- <agency> <year>`: the skeleton of a year's LKjIP,
 * pre-filled from the Renstra in force that year (its sasaran, indicators and
 * that year's targets) and from last year's report (the budget tree's names and
 * kode, the PK programmes, last year's realisasi for comparison), with every
 * realisation left to fill: realisasi null, amounts absent. It validates as is.
 * Pure: corpus in, document out.
 */
import type { Korpus } from '../muat/korpus.ts';
import type { Target } from '../skema/common.ts';
import type { Kegiatan, Laporan, Pengukuran, Program, SubKegiatan, TabelAnggaran } from '../skema/laporan.ts';
import { periodeId, type Renstra } from '../skema/renstra.ts';
import { targetTahun, versiBerlaku } from '../rumus/renstra.ts';

export interface HasilKerangka {
  /** path from the project root, e.g. content/instansi/x/2021/lkjip.json */
  berkas: string;
  laporan: Laporan;
  /** what the operator must still do or check, bilingual */
  catatan: string[];
}

export class GalatKerangka extends Error {}

/** The Renstra whose period covers the year (the latest-starting one, if periods overlap). */
export function renstraTahun(renstra: readonly Renstra[], tahun: number): Renstra | undefined {
  return [...renstra]
    .sort((a, b) => b.periode.mulai - a.periode.mulai)
    .find((r) => r.periode.mulai <= tahun && tahun <= r.periode.selesai);
}

/** Drops empty arrays and undefined values so the skeleton stays readable. */
export function rapikan<T>(v: T): T {
  if (Array.isArray(v)) return v.map(rapikan) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || (Array.isArray(x) && x.length === 0)) continue;
      out[k] = rapikan(x);
    }
    return out as T;
  }
  return v;
}

const namaBaris = <T extends Program | Kegiatan | SubKegiatan>(b: T) => ({
  ...(b.kode !== undefined ? { kode: b.kode } : {}),
  nama: b.nama,
  // the outputs to report again: their wording and unit, without last year's figures
  keluaran: b.keluaran.map((k) => ({ indikator: k.indikator, ...(k.satuan ? { satuan: k.satuan } : {}) })),
});

/** Last year's budget table with its names, kode and links kept, every amount removed. */
export function kosongkanTabel(t: TabelAnggaran): TabelAnggaran {
  return {
    id: t.id,
    judul: t.judul,
    jenis: t.jenis,
    lokasi: {},
    program: t.program.map((p) => ({
      ...namaBaris(p),
      ...(p.sasaran ? { sasaran: p.sasaran } : {}),
      kegiatan: p.kegiatan.map((k) => ({ ...namaBaris(k), sub_kegiatan: k.sub_kegiatan.map((s) => namaBaris(s)) })),
    })),
  } as TabelAnggaran;
}

export function buatKerangka(korpus: Korpus, instansiId: string, tahun: number, akar = 'content'): HasilKerangka {
  const ins = korpus.instansi.find((i) => i.data.id === instansiId);
  if (!ins)
    throw new GalatKerangka(
      `Instansi "${instansiId}" tidak dikenal (unknown agency). Ada (known): ${korpus.instansi.map((i) => i.data.id).join(', ') || '-'}.`,
    );
  const berkas = `${akar}/instansi/${instansiId}/${tahun}/lkjip.json`;
  const renstraDok = renstraTahun(
    ins.renstra.map((r) => r.data),
    tahun,
  );
  if (!renstraDok)
    throw new GalatKerangka(
      `Tidak ada Renstra ${instansiId} yang periodenya mencakup ${tahun}; tambahkan renstra-<mulai>-<selesai>.json dulu. ` +
        `(No Renstra covers ${tahun}; add it first.)`,
    );
  const versi = versiBerlaku(renstraDok, tahun)!;
  const katalog = new Map((ins.katalog?.data.indikator ?? []).map((d) => [d.id, d]));
  const lalu = [...ins.laporan]
    .filter((l) => l.data.tahun < tahun)
    .sort((a, b) => b.data.tahun - a.data.tahun)[0]?.data;
  const catatan: string[] = [];
  const tanpaTarget: string[] = [];
  const target = (id: string, t: Target | undefined): Target => {
    if (t !== undefined) return t;
    tanpaTarget.push(id);
    return 'N/A';
  };

  // Indicators of the Renstra version in force, with their sasaran (tujuan-level ones have none).
  // An indicator may sit both at tujuan and at sasaran level: measure it once, under its sasaran.
  const semua = versi.tujuan.flatMap((t) => [
    ...t.sasaran.flatMap((s) =>
      s.indikator.map((ind) => ({
        ind,
        sasaran: { id: s.id, nama: s.nama } as { id: string; nama: string } | undefined,
      })),
    ),
    ...t.indikator.map((ind) => ({ ind, sasaran: undefined as { id: string; nama: string } | undefined })),
  ]);
  const perId = new Map<string, (typeof semua)[number]>();
  for (const e of semua) {
    const ada = perId.get(e.ind.indikator);
    if (!ada) perId.set(e.ind.indikator, e);
    else if (targetTahun(ada.ind, tahun) === undefined && targetTahun(e.ind, tahun) !== undefined)
      perId.set(e.ind.indikator, { ind: e.ind, sasaran: ada.sasaran ?? e.sasaran });
  }
  const daftar = [...perId.values()];

  const pkSasaran = versi.tujuan.flatMap((t) =>
    t.sasaran
      .filter((s) => s.indikator.length)
      .map((s) => ({
        sasaran: s.id,
        nama: s.nama,
        indikator: s.indikator.map((ind) => ({
          indikator: ind.indikator,
          ...(ind.nama_tercetak ? { nama_tercetak: ind.nama_tercetak } : {}),
          ...((ind.satuan ?? katalog.get(ind.indikator)?.satuan)
            ? { satuan: ind.satuan ?? katalog.get(ind.indikator)!.satuan }
            : {}),
          target: target(ind.indikator, targetTahun(ind, tahun)),
        })),
      })),
  );
  const programPkLalu = lalu?.perjanjian_kinerja.at(-1)?.program ?? [];

  const pengukuran: Pengukuran[] = daftar.map(({ ind, sasaran }) => {
    const sebelumnya = lalu?.pengukuran.indikator.find((p) => p.indikator === ind.indikator);
    return {
      indikator: ind.indikator,
      ...(sasaran ? { sasaran: sasaran.id } : {}),
      ...(ind.nama_tercetak ? { nama_tercetak: ind.nama_tercetak } : {}),
      satuan: ind.satuan ?? katalog.get(ind.indikator)?.satuan ?? sebelumnya?.satuan ?? '-',
      target: targetTahun(ind, tahun) ?? 'N/A',
      realisasi: null,
      ...(sebelumnya
        ? { tahun_sebelumnya: [{ tahun: lalu!.tahun, target: sebelumnya.target, realisasi: sebelumnya.realisasi }] }
        : {}),
    } as Pengukuran;
  });

  const laporan = {
    instansi: instansiId,
    tahun,
    // validated but not published until the operator removes it; its "ISI:" placeholders are warnings meanwhile
    draf: true,
    renstra: periodeId(renstraDok),
    sumber: {
      judul: `Laporan Kinerja Instansi Pemerintah (LKjIP) ${ins.data.nama} Tahun ${tahun}`,
      berkas: 'ISI: nama berkas dokumen sumber (source file name)',
    },
    ...(pkSasaran.length
      ? {
          perjanjian_kinerja: [
            {
              versi: 'murni',
              lokasi: {},
              sasaran: pkSasaran,
              ...(programPkLalu.length
                ? {
                    catatan: `ISI: program PK tahun ${tahun} beserta pagunya di "program". Program PK tahun ${lalu!.tahun}: ${programPkLalu.map((p) => (p.kode ? `${p.kode} ${p.nama}` : p.nama)).join('; ')}.`,
                  }
                : {}),
            },
          ],
        }
      : {}),
    pengukuran: { lokasi: {}, indikator: pengukuran },
    ...(lalu?.anggaran.length
      ? {
          anggaran: lalu.anggaran.map((t) => ({
            ...kosongkanTabel(t),
            judul: t.judul.replace(new RegExp(`\\b${lalu.tahun}\\b`, 'g'), String(tahun)),
          })),
        }
      : {}),
  } as Laporan;

  catatan.push(
    `Renstra ${periodeId(renstraDok)}, versi "${versi.nama}" (berlaku mulai ${versi.berlaku_mulai}): ${daftar.length} indikator.`,
  );
  if (lalu)
    catatan.push(
      `Struktur anggaran dan program diambil dari LKjIP ${lalu.tahun} (budget structure from the ${lalu.tahun} report).`,
    );
  else
    catatan.push(
      'Belum ada LKjIP tahun sebelumnya: tabel anggaran belum diisi (no earlier report: add the budget tables).',
    );
  if (tanpaTarget.length)
    catatan.push(
      `Renstra tidak memuat target ${tahun} untuk: ${[...new Set(tanpaTarget)].join(', ')}; ditulis "N/A", isi dari PK (no ${tahun} target in the Renstra: written "N/A", fill it in from the PK).`,
    );
  catatan.push(
    'Isi setiap "realisasi": null, pagu dan realisasi anggaran, dan lokasi (halaman/tabel), lalu jalankan `npm run validate`.',
    'Laporan ini draf ("draf": true): tidak diterbitkan sampai kolom itu dihapus (a draft: not published until "draf" is removed).',
  );
  return { berkas, laporan: rapikan(laporan), catatan };
}

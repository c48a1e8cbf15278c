/**
 * `npm run new-report -- <agency> <year>`: the skeleton of a year's LKjIP (content model v2),
 * pre-filled from the Renstra in force that year, when the agency has one (its sasaran,
 * indicators and the targets it gives for that year), else from last year's report (its own
 * sasaran and indicators), and from last year's report (the budget tree's names, levels and
 * codes, last year's realisasi for comparison). It never invents what the document will have
 * to say: no Perjanjian Kinerja, no "N/A", no target the Renstra does not give (null = not yet
 * in the source), no scale, no method. Every realisation is left to fill. It validates as is.
 * Pure: corpus in, document out.
 */
import type { Korpus } from '../muat/korpus.ts';
import type { BarisAnggaran, Laporan, Pengukuran, SasaranLaporan, TabelAnggaran } from '../skema/laporan.ts';
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
export function rapikan<T>(nilai: T): T {
  if (Array.isArray(nilai)) return nilai.map(rapikan) as T;
  if (nilai && typeof nilai === 'object') {
    const out: Record<string, unknown> = {};
    for (const [kunci, anak] of Object.entries(nilai)) {
      if (anak === undefined || (Array.isArray(anak) && anak.length === 0)) continue;
      out[kunci] = rapikan(anak);
    }
    return out as T;
  }
  return nilai;
}

/** A budget line with its name, level, code and links kept, every amount removed, at any depth. */
function kosongkanBaris(baris: BarisAnggaran, sasaranDikenal: (id: string) => boolean): BarisAnggaran {
  return {
    tingkat: baris.tingkat,
    ...(baris.kode !== undefined ? { kode: baris.kode } : {}),
    nama: baris.nama,
    // the outputs to report again: their wording and unit, without last year's figures
    keluaran: baris.keluaran.map((k) => ({ indikator: k.indikator, ...(k.satuan ? { satuan: k.satuan } : {}) })),
    indikator: baris.indikator,
    ...(baris.sasaran && sasaranDikenal(baris.sasaran) ? { sasaran: baris.sasaran } : {}),
    ...(baris.unit ? { unit: baris.unit } : {}),
    ...(baris.pejabat ? { pejabat: baris.pejabat } : {}),
    anak: baris.anak.map((a) => kosongkanBaris(a, sasaranDikenal)),
  };
}

/** Last year's budget table with its names, levels, kode and links kept (links to sasaran still known), every amount removed. */
export function kosongkanTabel(
  tabel: TabelAnggaran,
  sasaranDikenal: (id: string) => boolean = () => true,
): TabelAnggaran {
  return {
    id: tabel.id,
    judul: tabel.judul,
    jenis: tabel.jenis,
    lokasi: {},
    baris: tabel.baris.map((b) => kosongkanBaris(b, sasaranDikenal)),
  };
}

export function buatKerangka(
  korpus: Korpus,
  instansiId: string,
  tahun: number,
  folderKonten = 'content',
): HasilKerangka {
  const ins = korpus.instansi.find((i) => i.data.id === instansiId);
  if (!ins)
    throw new GalatKerangka(
      `Instansi "${instansiId}" tidak dikenal (unknown agency). Ada (known): ${korpus.instansi.map((i) => i.data.id).join(', ') || '-'}.`,
    );
  const berkas = `${folderKonten}/instansi/${instansiId}/${tahun}/lkjip.json`;
  const renstraDok = renstraTahun(
    ins.renstra.map((r) => r.data),
    tahun,
  );
  const versi = renstraDok ? versiBerlaku(renstraDok, tahun) : undefined;
  const katalog = new Map((ins.katalog?.data.indikator ?? []).map((d) => [d.id, d]));
  const lalu = [...ins.laporan]
    .filter((l) => l.data.tahun < tahun)
    .sort((a, b) => b.data.tahun - a.data.tahun)[0]?.data;
  const catatan: string[] = [];
  const tanpaTarget: string[] = [];
  /** indicators the Renstra sets at tujuan level only: measured without a sasaran */
  const tingkatTujuan: string[] = [];

  // Indicators of the Renstra version in force, with their sasaran (tujuan-level ones have none).
  // An indicator may sit both at tujuan and at sasaran level: measure it once, under its sasaran.
  // Without a Renstra, last year's measurements (and the sasaran the report declared itself).
  type Baris = {
    id: string;
    sasaran?: string | undefined;
    nama_tercetak?: string | undefined;
    satuan?: string | undefined;
    target: Pengukuran['target'];
  };
  let daftar: Baris[];
  let sasaranSendiri: SasaranLaporan[] = [];
  if (versi) {
    const semua = versi.tujuan.flatMap((t) => [
      ...t.sasaran.flatMap((s) => s.indikator.map((ind) => ({ ind, sasaran: s.id as string | undefined }))),
      ...t.indikator.map((ind) => ({ ind, sasaran: undefined as string | undefined })),
    ]);
    const perId = new Map<string, (typeof semua)[number]>();
    for (const entri of semua) {
      const ada = perId.get(entri.ind.indikator);
      if (!ada) perId.set(entri.ind.indikator, entri);
      else if (targetTahun(ada.ind, tahun) === undefined && targetTahun(entri.ind, tahun) !== undefined)
        perId.set(entri.ind.indikator, { ind: entri.ind, sasaran: ada.sasaran ?? entri.sasaran });
    }
    daftar = [...perId.values()].map(({ ind, sasaran }) => {
      const target = targetTahun(ind, tahun);
      if (target === undefined) tanpaTarget.push(ind.indikator);
      if (sasaran === undefined)
        tingkatTujuan.push(`${ind.indikator}${target === undefined ? ' (tanpa target / no target)' : ''}`);
      return {
        id: ind.indikator,
        sasaran,
        nama_tercetak: ind.nama_tercetak,
        satuan: ind.satuan,
        target: target ?? null,
      };
    });
  } else {
    // without a Renstra only the sasaran last year's report declared itself can be named
    sasaranSendiri = lalu?.sasaran ?? [];
    const sendiri = new Set(sasaranSendiri.map((x) => x.id));
    daftar = (lalu?.pengukuran.indikator ?? []).map((p) => ({
      id: p.indikator,
      sasaran: p.sasaran && sendiri.has(p.sasaran) ? p.sasaran : undefined,
      nama_tercetak: p.nama_tercetak,
      satuan: p.satuan,
      target: null,
    }));
  }
  const sasaranDikenal = (id: string) =>
    (versi?.tujuan.some((t) => t.sasaran.some((x) => x.id === id)) ?? false) || sasaranSendiri.some((x) => x.id === id);

  const pengukuran: Pengukuran[] = daftar.map((baris) => {
    const sebelumnya = lalu?.pengukuran.indikator.find((p) => p.indikator === baris.id);
    const satuan = baris.satuan ?? katalog.get(baris.id)?.satuan ?? sebelumnya?.satuan;
    return {
      indikator: baris.id,
      ...(baris.sasaran ? { sasaran: baris.sasaran } : {}),
      ...(sebelumnya?.tingkat ? { tingkat: sebelumnya.tingkat } : {}),
      ...(sebelumnya?.unit ? { unit: sebelumnya.unit } : {}),
      ...(baris.nama_tercetak ? { nama_tercetak: baris.nama_tercetak } : {}),
      ...(satuan ? { satuan } : {}),
      target: baris.target,
      realisasi: null,
      ...(sebelumnya
        ? {
            tahun_sebelumnya: [
              {
                tahun: lalu!.tahun,
                ...(sebelumnya.target !== null ? { target: sebelumnya.target } : {}),
                realisasi: sebelumnya.realisasi,
              },
            ],
          }
        : {}),
    } as Pengukuran;
  });
  const programPkLalu = lalu?.perjanjian_kinerja.at(-1)?.program ?? [];
  const daftarProgramLalu = programPkLalu.map((p) => (p.kode ? `${p.kode} ${p.nama}` : p.nama)).join('; ');

  const laporan = {
    instansi: instansiId,
    tahun,
    // validated but not published until the operator removes it; its "ISI:" placeholders are warnings meanwhile
    draf: true,
    ...(renstraDok ? { rencana: { jenis: 'renstra', periode: periodeId(renstraDok) } } : {}),
    sumber: {
      judul: `Laporan Kinerja Instansi Pemerintah (LKjIP) ${ins.data.nama} Tahun ${tahun}`,
      berkas: 'ISI: nama berkas dokumen sumber (source file name)',
    },
    // Under-claim until the operator says otherwise: a skeleton is not yet a complete transcription.
    transkripsi: {
      cakupan: 'sebagian',
      catatan:
        'ISI: ubah ke "lengkap" bila semua tabel laporan sudah ditranskripsi, atau sebut bagian yang ditranskripsi di "bagian".',
    },
    sasaran: sasaranSendiri,
    pengukuran: { lokasi: {}, indikator: pengukuran },
    ...(lalu?.anggaran.length
      ? {
          anggaran: lalu.anggaran.map((t) => ({
            ...kosongkanTabel(t, sasaranDikenal),
            judul: t.judul.replace(new RegExp(`\\b${lalu.tahun}\\b`, 'g'), String(tahun)),
          })),
        }
      : {}),
  } as Laporan;

  if (versi && renstraDok)
    catatan.push(
      `Renstra ${periodeId(renstraDok)}, versi "${versi.nama}" (berlaku mulai ${versi.berlaku_mulai}): ${daftar.length} indikator.`,
    );
  else
    catatan.push(
      lalu
        ? `Tidak ada Renstra yang mencakup ${tahun}: indikator dan sasaran diambil dari LKjIP ` +
            `${lalu.tahun}, target dikosongkan (null) (no Renstra covers ${tahun}: indicators from the ` +
            `${lalu.tahun} report, targets left null).`
        : `Tidak ada Renstra yang mencakup ${tahun} dan belum ada LKjIP sebelumnya: isi pengukuran ` +
            `dari dokumen (no Renstra and no earlier report: fill the measurement from the document).`,
    );
  if (lalu)
    catatan.push(
      `Struktur anggaran diambil dari LKjIP ${lalu.tahun} (budget structure from the ${lalu.tahun} report).`,
    );
  else
    catatan.push(
      'Belum ada LKjIP tahun sebelumnya: tabel anggaran belum diisi (no earlier report: add the budget tables).',
    );
  if (tanpaTarget.length)
    catatan.push(
      `Renstra tidak memuat target ${tahun} untuk: ${[...new Set(tanpaTarget)].join(', ')}; ` +
        `ditulis null (tidak ada di sumber), isi dari dokumen (no ${tahun} target in the Renstra: ` +
        `written null, fill it in from the document).`,
    );
  if (tingkatTujuan.length)
    catatan.push(
      `Indikator tingkat tujuan (tanpa sasaran): ${tingkatTujuan.join(', ')}. Realisasinya ` +
        `kosong (null), bukan "N/A": isi dari dokumen, atau tulis "N/A" hanya bila dokumen ` +
        `mencetaknya (tujuan-level indicators, no sasaran: realisasi left null, not "N/A"; fill it ` +
        `from the document).`,
    );
  catatan.push(
    `Perjanjian Kinerja tidak dibuat: salin dari dokumen bila ` +
      `dicetak${programPkLalu.length ? `; program PK tahun ${lalu!.tahun}: ${daftarProgramLalu}` : ''} ` +
      `(no PK is made: copy it from the document if printed).`,
  );
  catatan.push(
    'Isi setiap "realisasi": null, pagu dan realisasi anggaran, skala dan metode capaian bila ' +
      'dokumen menyatakannya, dan lokasi (halaman/tabel), lalu jalankan `npm run validate`.',
  );
  catatan.push(
    'Laporan ini draf ("draf": true): tidak diterbitkan sampai kolom itu dihapus (a draft: not published until "draf" is removed).',
  );
  return { berkas, laporan: rapikan(laporan), catatan };
}

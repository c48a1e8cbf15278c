/**
 * Scaffolds for what an operator starts with: a new agency (its region if missing, its profile,
 * its indicator catalogue and maintainers) and the next Renstra period, pre-filled from the last
 * one. Each takes only what it cannot know and writes content that validates; placeholders are
 * never written where the loader would refuse them (outside draft reports). Pure: corpus in, files out.
 */
import type { Korpus } from '../muat/korpus.ts';
import type { Wilayah } from '../skema/wilayah.ts';
import { periodeId, type Renstra } from '../skema/renstra.ts';
import { GalatKerangka, rapikan } from './kerangka.ts';

export interface BerkasBaru {
  path: string;
  isi: string;
}
export interface HasilPerancah {
  berkas: BerkasBaru[];
  /** what the operator must still do, bilingual */
  catatan: string[];
}

const POLARITAS = ['naik', 'turun', 'rentang', 'kualitatif'];
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** "Badan Kepegawaian Daerah Kota Blitar" → "badan-kepegawaian-daerah-kota-blitar" (the id form content uses). */
export const jadikanId = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface IsianInstansi {
  nama: string;
  id?: string | undefined;
  singkatan?: string | undefined;
  /** the region's name as printed, e.g. "Kota Blitar" */
  wilayah: string;
  tingkatWilayah?: Wilayah['tingkat'] | undefined;
  /** the province id of a city/regency, when the region is new */
  induk?: string | undefined;
  /** GitHub users or teams who maintain this agency's folder */
  pemelihara: string[];
  /** the indicators the agency reports (its IKU): name as printed and polarity (which way is better) */
  indikator: { nama: string; polaritas: string | undefined }[];
  /** the document the catalogue is transcribed from */
  sumber: { judul: string; berkas: string };
}

export function buatInstansi(korpus: Korpus, isi: IsianInstansi, folderKonten = 'content'): HasilPerancah {
  const id = isi.id ?? jadikanId(isi.nama);
  if (korpus.instansi.some((i) => i.data.id === id))
    throw new GalatKerangka(`Instansi "${id}" sudah ada (already exists).`);
  const idWilayah = jadikanId(isi.wilayah);
  const ada = korpus.wilayah.find((w) => w.data.id === idWilayah || w.data.nama === isi.wilayah);
  const berkas: BerkasBaru[] = [];
  const catatan: string[] = [];
  if (!ada) {
    const tingkat =
      isi.tingkatWilayah ??
      (/^kota\b/i.test(isi.wilayah)
        ? 'kota'
        : /^kabupaten\b/i.test(isi.wilayah)
          ? 'kabupaten'
          : /^provinsi\b/i.test(isi.wilayah)
            ? 'provinsi'
            : undefined);
    if (!tingkat)
      throw new GalatKerangka(
        `Wilayah "${isi.wilayah}" belum ada dan tingkatnya tidak dapat ditebak: beri ` +
          `--tingkat-wilayah (region is new and its level cannot be told: give --tingkat-wilayah).`,
      );
    if (isi.induk && !korpus.wilayah.some((w) => w.data.id === isi.induk))
      throw new GalatKerangka(`Wilayah induk "${isi.induk}" tidak ada (unknown parent region).`);
    berkas.push({
      path: `${folderKonten}/wilayah/${idWilayah}.json`,
      isi: json(rapikan({ id: idWilayah, nama: isi.wilayah, tingkat, induk: isi.induk })),
    });
    catatan.push(`Wilayah baru ${idWilayah} dibuat (new region).`);
  }
  if (!isi.indikator.length)
    throw new GalatKerangka('Sebutkan paling sedikit satu indikator (IKU) (give at least one indicator).');
  const tanpaArah = isi.indikator.filter((i) => !POLARITAS.includes(i.polaritas ?? ''));
  if (tanpaArah.length)
    throw new GalatKerangka(
      `Polaritas belum disebut untuk: ${tanpaArah.map((i) => `"${i.nama}"`).join(', ')}. Tulis ` +
        `"Nama:naik" (makin tinggi makin baik), ":turun", ":rentang" atau ":kualitatif" (give each ` +
        `indicator's polarity).`,
    );
  berkas.push({
    path: `${folderKonten}/instansi/${id}/instansi.json`,
    isi: json(
      rapikan({
        id,
        nama: isi.nama,
        singkatan: isi.singkatan,
        wilayah: ada?.data.id ?? idWilayah,
        pemelihara: isi.pemelihara,
      }),
    ),
  });
  berkas.push({
    path: `${folderKonten}/instansi/${id}/indikator.json`,
    isi: json({
      instansi: id,
      sumber: [isi.sumber],
      indikator: isi.indikator.map((i) => ({ id: jadikanId(i.nama), nama: i.nama, polaritas: i.polaritas })),
    }),
  });
  catatan.push(
    `Lengkapi definisi indikator (polaritas, satuan, formula, varian nama, periode IKU) di buku kerja katalog: ` +
      `npm run buku-kerja -- ekspor ${id} indikator, isi, lalu npm run buku-kerja -- impor ${id}-indikator.xlsx --timpa ` +
      `(complete each indicator's definition in the catalogue workbook).`,
    `Pemelihara ${isi.pemelihara.join(', ') || '-'} ditulis di instansi.json; ` +
      `.github/CODEOWNERS diperbarui pemelihara situs setelah digabung (CODEOWNERS is ` +
      `regenerated after merging).`,
    `Berikutnya (next): npm run new-renstra -- ${id} --mulai <tahun>, lalu npm run new-report -- ${id} <tahun>.`,
  );
  return { berkas, catatan };
}

export interface IsianRenstra {
  mulai?: number | undefined;
  selesai?: number | undefined;
  sumber: { judul?: string | undefined; berkas: string };
  /** for an agency's first Renstra: one tujuan and one sasaran holding every catalogue indicator, to adjust in the workbook */
  tujuan?: string | undefined;
  sasaran?: string | undefined;
}

/**
 * The next Renstra: its period follows the last one (same length), its tujuan, sasaran and indicators
 * are the last version's, targets empty (the new document sets them).
 */
export function buatRenstra(
  korpus: Korpus,
  instansi: string,
  isi: IsianRenstra,
  folderKonten = 'content',
): HasilPerancah {
  const ins = korpus.instansi.find((i) => i.data.id === instansi);
  if (!ins) throw new GalatKerangka(`Instansi "${instansi}" tidak dikenal (unknown agency).`);
  const lalu: Renstra | undefined = [...ins.renstra.map((r) => r.data)].sort(
    (a, b) => b.periode.mulai - a.periode.mulai,
  )[0];
  const mulai = isi.mulai ?? (lalu ? lalu.periode.selesai + 1 : undefined);
  if (mulai === undefined)
    throw new GalatKerangka('Belum ada Renstra: beri --mulai dan --selesai (no earlier Renstra: give the period).');
  const selesai = isi.selesai ?? mulai + (lalu ? lalu.periode.selesai - lalu.periode.mulai : 4);
  const periode = { mulai, selesai };
  if (ins.renstra.some((r) => periodeId(r.data) === periodeId({ periode })))
    throw new GalatKerangka(`Renstra ${periodeId({ periode })} sudah ada (already exists).`);
  const versi = lalu?.versi.at(-1);
  const tanpaTarget = <T extends { target?: unknown; lokasi?: unknown }>(isian: T) => {
    const { target: _t, lokasi: _l, ...sisa } = isian;
    return sisa;
  };
  const katalog = ins.katalog?.data.indikator ?? [];
  const tujuan = !versi
    ? isi.tujuan && isi.sasaran
      ? [
          {
            id: 't1',
            nama: isi.tujuan,
            indikator: [],
            sasaran: [{ id: 's1', nama: isi.sasaran, indikator: katalog.map((k) => ({ indikator: k.id })) }],
          },
        ]
      : []
    : versi.tujuan.map((t) => ({
        id: t.id,
        nama: t.nama,
        indikator: t.indikator.map(tanpaTarget),
        sasaran: t.sasaran.map((s) => ({ id: s.id, nama: s.nama, indikator: s.indikator.map(tanpaTarget) })),
      }));
  if (!tujuan.length)
    throw new GalatKerangka(
      'Belum ada Renstra sebelumnya untuk disalin: beri --mulai, --tujuan "<nama tujuan>" dan ' +
        '--sasaran "<nama sasaran>" (no earlier Renstra: give the period, a tujuan and a sasaran; ' +
        'the rest is written in the workbook).',
    );
  const renstra = rapikan({
    instansi,
    periode,
    sumber: [
      {
        judul: isi.sumber.judul ?? `Rencana Strategis ${ins.data.nama} Tahun ${mulai}-${selesai}`,
        berkas: isi.sumber.berkas,
      },
    ],
    versi: [{ id: 'awal', nama: 'Renstra awal', berlaku_mulai: mulai, tujuan }],
  });
  const jumlahIndikator = tujuan.reduce(
    (a, t) => a + t.indikator.length + t.sasaran.reduce((b, s) => b + s.indikator.length, 0),
    0,
  );
  return {
    berkas: [
      { path: `${folderKonten}/instansi/${instansi}/renstra-${periodeId({ periode })}.json`, isi: json(renstra) },
    ],
    catatan: [
      `Renstra ${periodeId({ periode })}: ${tujuan.length} tujuan dan ${jumlahIndikator} indikator ` +
        `${lalu ? `disalin dari Renstra ${periodeId(lalu)}${versi ? ` (${versi.nama})` : ''}` : 'dari katalog indikator'}, ` +
        `tanpa target (${lalu ? 'copied' : 'from the catalogue'}, without targets).`,
      'Sesuaikan tujuan, sasaran dan indikator dengan dokumen baru, lalu isi target per tahun ' +
        '(adjust to the new document, then fill the yearly targets): npm run buku-kerja -- ekspor ' +
        '<instansi> renstra-AAAA-BBBB.',
    ],
  };
}

/**
 * A report's downloads, written from the same table list as the site's data package: a zip with the
 * report's CSVs, its `datapackage.json` and a README, and one XLSX with one sheet per table.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import { TABEL, deskriptorPaket, type TabelTerbuka } from './paket.ts';
import { lingkupLaporan, namaUnduhan } from './terbuka.ts';
import { csv, selAman, angkaBersih } from './csv.ts';

/** A fixed date in every archive keeps builds of the same content byte-identical. */
const TANGGAL_TETAP = new Date('2000-01-01T00:00:00Z');

/** The tables that have rows for this report (an empty sheet or file helps no reader). */
function tabelLaporan(korpus: KorpusTerhitung, laporan: LaporanLengkap) {
  const lk = lingkupLaporan(korpus, laporan);
  return {
    tabel: TABEL.map((t) => ({ t, baris: t.baris(lk) })).filter((x) => x.baris.length > 0),
  };
}

export interface InfoUnduhan {
  /** the report page's absolute URL */
  halaman: string;
}

export function readme(
  korpus: KorpusTerhitung,
  laporan: LaporanLengkap,
  tabel: readonly TabelTerbuka[],
  info: InfoUnduhan,
) {
  const situs = korpus.korpus.situs;
  const nama = `${laporan.instansi.data.nama} ${laporan.terhitung.laporan.tahun}`;
  const daftar = tabel.map((t) => `- ${t.nama}.csv: ${t.judul}. ${t.deskripsi}`).join('\n');
  return `# ${nama}: data terbuka / open data

## Bahasa Indonesia
Data laporan kinerja ${nama} dari situs ${situs.nama}: angka seperti tercetak di dokumen sumber,
hasil hitung ulang dan hasil audit setiap angka tercetak. Arti setiap kolom (satuan dan cara
menghitungnya) ada di datapackage.json (Frictionless Data Package) dan di ${situs.url.replace(/\/$/, '')}${situs.base}data/.

Berkas:
${daftar}

Lisensi: ${situs.lisensi_data.nama} (${situs.lisensi_data.url}).
Cara mengutip: ${situs.nama}, "${nama}", ${info.halaman}, diakses [tanggal Anda mengunduh].
Sebutkan juga dokumen sumbernya: ${laporan.terhitung.laporan.sumber.judul}.

## English
Performance report data of ${nama} from ${situs.nama}: figures as printed in the source document,
their recomputation and the audit of every printed figure. Every column (unit and derivation) is
described in datapackage.json (a Frictionless Data Package). CSV: comma separated, dot decimal, UTF-8.

Licence: ${situs.lisensi_data.nama} (${situs.lisensi_data.url}).
How to cite: ${situs.nama}, "${nama}", ${info.halaman}, accessed [the date you downloaded it].
Please also cite the source document named above.
`;
}

export function zipLaporan(
  korpus: KorpusTerhitung,
  laporan: LaporanLengkap,
  info: InfoUnduhan,
): Uint8Array<ArrayBuffer> {
  const { tabel } = tabelLaporan(korpus, laporan);
  const paket = deskriptorPaket(korpus, {
    nama: namaUnduhan(laporan),
    judul: `${laporan.instansi.data.nama} ${laporan.terhitung.laporan.tahun}`,
    lisensi: korpus.korpus.situs.lisensi_data,
    homepage: info.halaman,
    tabel: tabel.map((x) => x.t),
  });
  const isi: Record<string, Uint8Array> = {
    'README.md': strToU8(
      readme(
        korpus,
        laporan,
        tabel.map((x) => x.t),
        info,
      ),
    ),
    'datapackage.json': strToU8(JSON.stringify(paket, null, 2)),
  };
  for (const { t: definisi, baris } of tabel)
    isi[`${definisi.nama}.csv`] = strToU8(csv(Object.keys(definisi.kolom), baris));
  return zipSync(isi, { mtime: TANGGAL_TETAP });
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
const namaLembar = (t: TabelTerbuka) => t.judul.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function xlsxLaporan(korpus: KorpusTerhitung, laporan: LaporanLengkap): Promise<Uint8Array<ArrayBuffer>> {
  const { tabel } = tabelLaporan(korpus, laporan);
  const buku = new ExcelJS.Workbook();
  buku.creator = korpus.korpus.situs.nama;
  for (const { t: definisi, baris } of tabel) {
    const lembar = buku.addWorksheet(namaLembar(definisi));
    const kolom = Object.keys(definisi.kolom);
    lembar.columns = kolom.map((n) => ({
      header: n,
      key: n,
      width: Math.min(40, Math.max(10, n.length + 2)),
      // integers (rupiah, counts, years) without decimals; other numbers with what they have
      style: {
        numFmt: definisi.tipe[n] === 'integer' ? (n === 'tahun' || n.startsWith('tahun_') ? '0' : '#,##0') : 'General',
      },
    }));
    lembar.getRow(1).font = { bold: true };
    // the column's meaning as the header's note: Indonesian headers with their explanation
    kolom.forEach((n, i) => (lembar.getRow(1).getCell(i + 1).note = definisi.kolom[n]!));
    for (const barisData of baris)
      lembar.addRow(
        barisData.map((v) =>
          v === null || v === undefined
            ? null
            : typeof v === 'number'
              ? Number.isFinite(v)
                ? Number(angkaBersih(v))
                : null
              : selAman(v),
        ),
      );
    lembar.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return bytesXlsx(buku);
}

/** A workbook's bytes, the same on every build. */
export async function bytesXlsx(buku: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  buku.created = TANGGAL_TETAP;
  buku.modified = TANGGAL_TETAP;
  // exceljs stamps each part with the time of writing: re-pack with a fixed date so builds are byte-identical.
  // fflate compresses on the re-pack, so exceljs stores (JSZip's deflate was 80 % of an XLSX's time; same bytes).
  return zipSync(unzipSync(new Uint8Array(await buku.xlsx.writeBuffer({ zip: { compression: 'STORE' } }))), {
    mtime: TANGGAL_TETAP,
  });
}

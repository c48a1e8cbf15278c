/**
 * The workbook: one XLSX per report (LKjIP), Renstra or indicator catalogue, written from content and
 * read back into content without loss (`npm run buku-kerja -- ekspor|impor`, the pull-request check).
 * This is the module's public face; the code lives in buku-kerja/: lembar.ts (the sheet descriptions
 * and shared column names), skema.ts (the zod walking), tulis.ts (export), baca.ts (import) and
 * periksa.ts (the pull-request check and the reviewer's table of changes).
 */
export {
  BUKU,
  KOLOM_CATATAN_OPERATOR,
  KOLOM_LEMBAR_KISI,
  KOLOM_NOMOR,
  LEMBAR_INDIKATOR,
  LEMBAR_LKJIP,
  LEMBAR_RENSTRA,
  adalahJenisBuku,
  type DeskripsiLembar,
  type JenisBuku,
} from './buku-kerja/lembar.ts';
export { langkah, skemaDi } from './buku-kerja/skema.ts';
export { eksporBuku, eksporBukuKosong } from './buku-kerja/tulis.ts';
export { bacaBuku, jenisBuku, type HasilBacaBuku, type Letak } from './buku-kerja/baca.ts';
export {
  bandingkanNilai,
  berkasTujuan,
  formatGalatBuku,
  letakJalur,
  periksaBuku,
  tabelPerubahan,
  urutkanKunci,
  type GalatBuku,
  type PerubahanNilai,
} from './buku-kerja/periksa.ts';

/**
 * Figures that are possible to type but not plausible, found by walking a document whatever
 * its shape (so the checks survive changes to the content model):
 * - a realisasi or target above PERSEN_MAKS on a percentage indicator (any object whose
 *   `satuan`, or its nearest parent's, says % or persen): a warning, usually a lost decimal;
 * - a negative realisasi or target of an indicator: a warning (a growth rate can be negative);
 * - a negative amount of money (a key naming pagu, rupiah, anggaran or belanja, or the
 *   realisasi beside a pagu): an error, money spent or allotted is never negative;
 * - a table the scaffold left untouched: a budget table (an object whose `baris` are named lines) without
 *   a single pagu, or a measurement table (`indikator` rows with a `realisasi`
 *   field) whose every realisasi is null. Like the "ISI:" placeholders (teks-aman.ts), an
 *   error outside a draft and a warning in one.
 * Pure: a parsed document in, problems out.
 */
import { PERSEN_MAKS } from './batas.ts';
import { jalurTeks, type Masalah } from './masalah.ts';

type Obj = Record<string, unknown>;
type Jalur = (string | number)[];

const PERSEN = /%|persen/i;
const KUNCI_UANG = /pagu|rupiah|anggaran|belanja/i;
const KUNCI_NILAI = ['realisasi', 'target'] as const;

const adalahObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Does the subtree hold any amount of money (a number under a pagu-like key)? A filled budget table always has its pagu. */
function adaJumlah(nilai: unknown): boolean {
  if (Array.isArray(nilai)) return nilai.some(adaJumlah);
  if (!adalahObj(nilai)) return false;
  return Object.entries(nilai).some(([k, x]) => (KUNCI_UANG.test(k) && typeof x === 'number') || adaJumlah(x));
}

const angka = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 4 });

export function periksaKewajaran(json: unknown, berkas: string, draf: boolean): Masalah[] {
  const out: Masalah[] = [];
  const masalah = (tingkat: Masalah['tingkat'], jalur: Jalur, isi: Omit<Masalah, 'tingkat' | 'berkas' | 'jalur'>) =>
    out.push({ tingkat, berkas, jalur: jalurTeks(jalur), ...isi });
  const isian = draf ? 'peringatan' : 'galat';
  const saranIsian = draf
    ? 'Isi tabel ini sebelum menghapus "draf": true (fill it in before removing "draf": true).'
    : 'Isi dari dokumen sumber, atau tandai laporan "draf": true selama belum lengkap (fill it ' +
      'in from the source document, or mark the report "draf": true while it is incomplete).';

  const jelajah = (nilai: unknown, jalur: Jalur, satuan: string | undefined, kunci: string | number | undefined) => {
    if (Array.isArray(nilai)) {
      if (
        kunci === 'indikator' &&
        nilai.length > 0 &&
        nilai.every((x) => adalahObj(x) && 'realisasi' in x) &&
        nilai.every((x) => (x as Obj).realisasi === null)
      )
        masalah(isian, jalur, {
          pesan: `Tabel pengukuran belum diisi: realisasi ${nilai.length} indikatornya masih null.`,
          message: `The measurement table is not filled in: the realisasi of all its ${nilai.length} indicators is still null.`,
          diharapkan: 'realisasi dari dokumen sumber (realisations from the source document)',
          ditemukan: 'setiap realisasi null (every realisasi null)',
          saran: saranIsian,
        });
      nilai.forEach((x, i) => jelajah(x, [...jalur, i], satuan, i));
      return;
    }
    if (!adalahObj(nilai)) return;
    const satuanIni = typeof nilai.satuan === 'string' ? nilai.satuan : satuan;
    const uang = 'pagu' in nilai || 'pagu_murni' in nilai;
    // a budget table's lines are objects with a name; a free table's (TabelUmum) rows are arrays of cells
    const barisAnggaran =
      Array.isArray(nilai.baris) && nilai.baris.length && nilai.baris.every((x) => adalahObj(x) && 'nama' in x);
    if (barisAnggaran && !adaJumlah(nilai.baris))
      masalah(isian, jalur, {
        pesan: `Tabel anggaran${typeof nilai.judul === 'string' ? ` "${nilai.judul}"` : ''} belum diisi: tidak ada satu pun pagu.`,
        message: `The budget table${typeof nilai.judul === 'string' ? ` "${nilai.judul}"` : ''} is not filled in: it has no pagu at all.`,
        diharapkan: 'pagu dan realisasi dari dokumen sumber (pagu and realisasi from the source document)',
        ditemukan: `${(nilai.baris as unknown[]).length} baris tanpa angka (lines without amounts)`,
        saran: saranIsian,
      });
    for (const [kunciAnak, anak] of Object.entries(nilai)) {
      if (typeof anak === 'number' && anak < 0 && (KUNCI_UANG.test(kunciAnak) || (uang && kunciAnak === 'realisasi')))
        masalah('galat', [...jalur, kunciAnak], {
          pesan: `Jumlah rupiah tidak boleh negatif: ${angka(anak)}.`,
          message: `An amount of rupiah cannot be negative: ${angka(anak)}.`,
          diharapkan: '0 atau lebih (0 or more)',
          ditemukan: angka(anak),
          saran: 'Tulis jumlahnya tanpa tanda minus (write the amount without a minus sign).',
        });
      else if (typeof anak === 'number' && !uang && (KUNCI_NILAI as readonly string[]).includes(kunciAnak)) {
        if (satuanIni !== undefined && PERSEN.test(satuanIni) && anak > PERSEN_MAKS)
          masalah('peringatan', [...jalur, kunciAnak], {
            pesan:
              `${kunciAnak === 'target' ? 'Target' : 'Realisasi'} ${angka(anak)} pada indikator bersatuan ` +
              `"${satuanIni}" melebihi ${angka(PERSEN_MAKS)} %: kemungkinan salah ketik.`,
            message:
              `${kunciAnak === 'target' ? 'Target' : 'Realisation'} ${angka(anak)} on an indicator measured in ` +
              `"${satuanIni}" exceeds ${angka(PERSEN_MAKS)} %: probably a typo.`,
            diharapkan: `paling banyak ${angka(PERSEN_MAKS)} (at most ${angka(PERSEN_MAKS)})`,
            ditemukan: angka(anak),
            saran:
              'Periksa tanda desimalnya dengan dokumen sumber: 15,00 ditulis 15 (check the decimal mark ' +
              'against the document); jika memang dicetak begitu, biarkan.',
          });
        else if (anak < 0)
          masalah('peringatan', [...jalur, kunciAnak], {
            pesan: `${kunciAnak === 'target' ? 'Target' : 'Realisasi'} negatif (${angka(anak)}): periksa tanda minusnya.`,
            message: `Negative ${kunciAnak === 'target' ? 'target' : 'realisation'} (${angka(anak)}): check the minus sign.`,
            diharapkan:
              '0 atau lebih, kecuali indikator yang memang bisa negatif (0 or more, unless the indicator can be negative)',
            ditemukan: angka(anak),
            saran:
              'Jika dokumen memang mencetak angka negatif (mis. pertumbuhan), biarkan (if the document prints it, e.g. a growth rate, keep it).',
          });
      }
      jelajah(anak, [...jalur, kunciAnak], satuanIni, kunciAnak);
    }
  };
  jelajah(json, [], undefined, undefined);
  return out;
}

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
function adaJumlah(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(adaJumlah);
  if (!adalahObj(v)) return false;
  return Object.entries(v).some(([k, x]) => (KUNCI_UANG.test(k) && typeof x === 'number') || adaJumlah(x));
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

  const jelajah = (v: unknown, jalur: Jalur, satuan: string | undefined, kunci: string | number | undefined) => {
    if (Array.isArray(v)) {
      if (
        kunci === 'indikator' &&
        v.length > 0 &&
        v.every((x) => adalahObj(x) && 'realisasi' in x) &&
        v.every((x) => (x as Obj).realisasi === null)
      )
        masalah(isian, jalur, {
          pesan: `Tabel pengukuran belum diisi: realisasi ${v.length} indikatornya masih null.`,
          message: `The measurement table is not filled in: the realisasi of all its ${v.length} indicators is still null.`,
          diharapkan: 'realisasi dari dokumen sumber (realisations from the source document)',
          ditemukan: 'setiap realisasi null (every realisasi null)',
          saran: saranIsian,
        });
      v.forEach((x, i) => jelajah(x, [...jalur, i], satuan, i));
      return;
    }
    if (!adalahObj(v)) return;
    const satuanIni = typeof v.satuan === 'string' ? v.satuan : satuan;
    const uang = 'pagu' in v || 'pagu_murni' in v;
    // a budget table's lines are objects with a name; a free table's (TabelUmum) rows are arrays of cells
    const barisAnggaran = Array.isArray(v.baris) && v.baris.length && v.baris.every((x) => adalahObj(x) && 'nama' in x);
    if (barisAnggaran && !adaJumlah(v.baris))
      masalah(isian, jalur, {
        pesan: `Tabel anggaran${typeof v.judul === 'string' ? ` "${v.judul}"` : ''} belum diisi: tidak ada satu pun pagu.`,
        message: `The budget table${typeof v.judul === 'string' ? ` "${v.judul}"` : ''} is not filled in: it has no pagu at all.`,
        diharapkan: 'pagu dan realisasi dari dokumen sumber (pagu and realisasi from the source document)',
        ditemukan: `${(v.baris as unknown[]).length} baris tanpa angka (lines without amounts)`,
        saran: saranIsian,
      });
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'number' && x < 0 && (KUNCI_UANG.test(k) || (uang && k === 'realisasi')))
        masalah('galat', [...jalur, k], {
          pesan: `Jumlah rupiah tidak boleh negatif: ${angka(x)}.`,
          message: `An amount of rupiah cannot be negative: ${angka(x)}.`,
          diharapkan: '0 atau lebih (0 or more)',
          ditemukan: angka(x),
          saran: 'Tulis jumlahnya tanpa tanda minus (write the amount without a minus sign).',
        });
      else if (typeof x === 'number' && !uang && (KUNCI_NILAI as readonly string[]).includes(k)) {
        if (satuanIni !== undefined && PERSEN.test(satuanIni) && x > PERSEN_MAKS)
          masalah('peringatan', [...jalur, k], {
            pesan:
              `${k === 'target' ? 'Target' : 'Realisasi'} ${angka(x)} pada indikator bersatuan ` +
              `"${satuanIni}" melebihi ${angka(PERSEN_MAKS)} %: kemungkinan salah ketik.`,
            message:
              `${k === 'target' ? 'Target' : 'Realisation'} ${angka(x)} on an indicator measured in ` +
              `"${satuanIni}" exceeds ${angka(PERSEN_MAKS)} %: probably a typo.`,
            diharapkan: `paling banyak ${angka(PERSEN_MAKS)} (at most ${angka(PERSEN_MAKS)})`,
            ditemukan: angka(x),
            saran:
              'Periksa tanda desimalnya dengan dokumen sumber: 15,00 ditulis 15 (check the decimal mark ' +
              'against the document); jika memang dicetak begitu, biarkan.',
          });
        else if (x < 0)
          masalah('peringatan', [...jalur, k], {
            pesan: `${k === 'target' ? 'Target' : 'Realisasi'} negatif (${angka(x)}): periksa tanda minusnya.`,
            message: `Negative ${k === 'target' ? 'target' : 'realisation'} (${angka(x)}): check the minus sign.`,
            diharapkan:
              '0 atau lebih, kecuali indikator yang memang bisa negatif (0 or more, unless the indicator can be negative)',
            ditemukan: angka(x),
            saran:
              'Jika dokumen memang mencetak angka negatif (mis. pertumbuhan), biarkan (if the document prints it, e.g. a growth rate, keep it).',
          });
      }
      jelajah(x, [...jalur, k], satuanIni, k);
    }
  };
  jelajah(json, [], undefined, undefined);
  return out;
}

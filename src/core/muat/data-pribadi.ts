/**
 * Personal numbers that must never be published (the guide: "never a NIP"):
 * - NIP, a civil servant's number: 18 digits, printed whole or spaced 8 6 1 3
 *   (birth date, appointment month, sex, sequence: "19750101 200501 1 001");
 * - NIK, a resident's identity number: 16 digits, whole or spaced 6 6 4 or 4 4 4 4.
 * Any run of exactly that many digits counts, whatever it means: no budget code or
 * amount is written as 16 or 18 bare digits. Full-width, Arabic-Indic and other Unicode
 * digits are read as digits so they cannot hide one. Pure: text in, findings out.
 */

export interface TemuanPribadi {
  jenis: 'NIP' | 'NIK';
  /** the number as found, masked: first 4 and last 3 digits */
  samaran: string;
}

const PEMISAH = '[ .\\-\\u00a0\\u2007\\u202f]';
const bentuk = (kelompok: number[]) =>
  new RegExp(`(?<![\\d])${kelompok.map((n) => `\\d{${n}}`).join(`${PEMISAH}?`)}(?![\\d])`, 'g');

const POLA: [TemuanPribadi['jenis'], RegExp[]][] = [
  ['NIP', [bentuk([8, 6, 1, 3])]],
  ['NIK', [bentuk([6, 6, 4]), bentuk([4, 4, 4, 4])]],
];

const samarkan = (potongan: string) => {
  const angka = potongan.replace(/\D/g, '');
  return `${angka.slice(0, 4)}…${angka.slice(-3)} (${angka.length} angka / digits)`;
};

/** Every decimal digit of any script (Arabic-Indic, Devanagari, full-width, mathematical…) as its ASCII digit. */
function angkaAscii(teks: string): string {
  return teks.replace(/\p{Nd}/gu, (digit) => {
    // Unicode lays out decimal digits in runs of ten from zero: walk back to the run's start
    const kode = digit.codePointAt(0)!;
    let awal = kode;
    while (kode - awal < 60 && /\p{Nd}/u.test(String.fromCodePoint(awal - 1))) awal--;
    return String((kode - awal) % 10);
  });
}

export function cariDataPribadi(teks: string): TemuanPribadi[] {
  // eslint-disable-next-line no-control-regex -- ASCII-only text needs no normalising (the common case)
  const teksAscii = /^[\u0000-\u007f]*$/.test(teks) ? teks : angkaAscii(teks.normalize('NFKC'));
  if (!/\d{4}/.test(teksAscii)) return [];
  const out: TemuanPribadi[] = [];
  const sudah = new Set<number>();
  for (const [jenis, pola] of POLA)
    for (const re of pola)
      for (const cocok of teksAscii.matchAll(re)) {
        if (sudah.has(cocok.index)) continue; // an 18-digit NIP is not also reported as a 16-digit NIK
        for (let posisi = cocok.index; posisi < cocok.index + cocok[0].length; posisi++) sudah.add(posisi);
        out.push({ jenis, samaran: samarkan(cocok[0]) });
      }
  return out;
}

/** A JSON number with 18 digits is a NIP typed as a number: no amount or count is that large. */
export const angkaBerbentukNip = (n: number) => Number.isInteger(n) && Math.abs(n) >= 1e17 && Math.abs(n) < 1e18;

export const PESAN_PRIBADI: Record<TemuanPribadi['jenis'] | 'NIP_ANGKA', { pesan: string; message: string }> = {
  NIP_ANGKA: {
    pesan: 'Angka 18 digit berbentuk NIP: nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
    message:
      "An 18-digit number shaped like an NIP: a civil servant's number is personal data and must not be published.",
  },
  NIP: {
    pesan:
      'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
    message:
      "Text contains an NIP-shaped number (18 digits): a civil servant's number is personal data and must not be published.",
  },
  NIK: {
    pesan:
      'Teks berisi angka berbentuk NIK (16 angka): nomor induk kependudukan adalah data pribadi dan tidak boleh diterbitkan.',
    message:
      "Text contains an NIK-shaped number (16 digits): a resident's identity number is personal data and must not be published.",
  },
};

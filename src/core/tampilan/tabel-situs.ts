/**
 * The site pages' fixed tables as `TabelKolom` tables (`tabel-kolom.ts`): a category scale (on the report
 * and methodology pages), the SAKIP weights on the methodology page, and each open-data file's columns on
 * the data page. Pure.
 */
import { BOBOT_SAKIP_2015 } from '../rumus/sakip.ts';
import type { TabelTerbuka } from '../data-terbuka/paket.ts';
import type { Skala } from '../skema/skala.ts';
import { LABEL_CAKUPAN_SKALA, teksBatasPita } from './laporan.ts';
import type { Isi, SelLetak, Tabel } from './tabel-kolom.ts';
import type { PemformatTabel } from './tabel-laporan.ts';

/** The SAKIP component weights (PermenPANRB 12/2015) and their sum. */
export function tabelBobotSakip(jumlahBobot: number, format: Pick<PemformatTabel, 'angka'>): Tabel {
  return {
    label: 'Bobot komponen SAKIP',
    judul: 'Bobot komponen evaluasi SAKIP',
    kolom: [
      { judul: 'Komponen', kepalaBaris: true },
      { judul: 'Bobot', angka: true },
    ],
    baris: BOBOT_SAKIP_2015.map(({ komponen, bobot }) => [komponen, format.angka(bobot)]),
    kaki: [['Jumlah', format.angka(jumlahBobot)]],
  };
}

const JENIS_KOLOM = { integer: 'bilangan bulat', number: 'angka' } as const;

/** An open-data file's columns in file order: name, kind of value, meaning. */
export function tabelKolomData(tabel: Pick<TabelTerbuka, 'nama' | 'kolom' | 'tipe'>): Tabel {
  return {
    label: `Kolom ${tabel.nama}.csv`,
    judul: `Kolom ${tabel.nama}.csv`,
    kolom: [{ judul: 'Kolom', kepalaBaris: true }, { judul: 'Jenis' }, { judul: 'Arti' }],
    baris: Object.entries(tabel.kolom).map(([nama, arti]) => {
      const tipe = tabel.tipe[nama];
      return [{ kode: nama }, tipe === 'integer' || tipe === 'number' ? JENIS_KOLOM[tipe] : 'teks', arti];
    }),
  };
}

/** A category scale as printed, each band with its bounds, under the caption the page gives. */
function tabelSkala(skala: Skala, judul: readonly Isi[]): Tabel {
  return {
    label: `Skala ${skala.nama}`,
    judul,
    kolom: [{ judul: 'Kategori', kepalaBaris: true }, { judul: 'Batas' }],
    baris: skala.pita.map((pita) => [pita.kode ? `${pita.kode} ${pita.label}` : pita.label, teksBatasPita(pita)]),
  };
}

/** A scale a report declares, with what it rates there and where it is printed. */
export function tabelSkalaLaporan(skala: Skala, cakupan: readonly string[], dokumen: SelLetak['dokumen']): Tabel {
  return tabelSkala(skala, [
    `Skala yang dinyatakan dokumen: “${skala.nama}”, untuk ${cakupan.join(', ')}`,
    ...(skala.lokasi ? [' (', { letak: skala.lokasi, dokumen }, ')'] : []),
  ]);
}

/** A named scale reports may cite: its id, where it comes from and what it rates. */
export function tabelSkalaBernama(skala: Skala, asal: string): Tabel {
  const cakupan = skala.cakupan.map((satu) => LABEL_CAKUPAN_SKALA[satu]).join(', ');
  return tabelSkala(skala, [`${skala.nama} (`, { kode: skala.id }, `, ${asal}; untuk ${cakupan} bila dikutip)`]);
}

/**
 * The site pages' fixed tables as `TabelKolom` tables (`tabel-kolom.ts`): a category scale (on the report
 * and methodology pages), the capaian methods, value sets and SAKIP weights on the methodology page, each
 * open-data file's columns on the data page, and each agency's documents on the publication board. Pure.
 */
import { BOBOT_SAKIP_2015 } from '../rumus/sakip.ts';
import type { TabelTerbuka } from '../data-terbuka/paket.ts';
import type { Skala } from '../skema/skala.ts';
import { LABEL_CAKUPAN_SKALA, teksBatasPita } from './laporan.ts';
import type { ContohMetode, HalamanMetodologi } from './metodologi.ts';
import { DOKUMEN, type TerbitanInstansi } from './terbitan.ts';
import type { Isi, Sel, SelLetak, Tabel } from './tabel-kolom.ts';
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

/** Every capaian method: name and id, formula, when it is used, and worked examples computed by the engine. */
export function tabelMetodeCapaian(metode: readonly ContohMetode[], format: PemformatTabel): Tabel {
  return {
    label: 'Metode capaian',
    judul: 'Metode capaian (contoh dihitung oleh mesin situs sendiri)',
    id: 'tabel-metode',
    kolom: [
      { judul: 'Metode', kepalaBaris: true },
      { judul: 'Rumus' },
      { judul: 'Kapan dipakai' },
      { judul: 'Contoh' },
    ],
    baris: metode.map((satu) => [
      { isi: [satu.nama, { barisBaru: true }, { kode: satu.id }] },
      satu.rumus,
      satu.uraian,
      {
        isi: satu.contoh.map((contoh) => ({
          span: [
            `target ${format.target(contoh.target)}, realisasi ${format.nilai(contoh.realisasi)} (${contoh.satuan})` +
              (contoh.batasAtas !== undefined ? `, dibatasi ${format.angka(contoh.batasAtas)} %` : '') +
              ` → ${format.capaian(contoh.capaian)}`,
          ],
          kelas: 'blok',
        })),
      },
    ]),
  };
}

/** The qualitative value sets indicators may use, best first, and where each is declared. */
export function tabelHimpunan(himpunan: HalamanMetodologi['himpunan']): Tabel {
  return {
    label: 'Himpunan nilai kualitatif',
    judul: 'Himpunan nilai kualitatif yang dapat dipakai indikator (dari yang terbaik)',
    kolom: [{ judul: 'Himpunan', kepalaBaris: true }, { judul: 'Urutan' }, { judul: 'Dinyatakan di' }],
    baris: himpunan.map(({ himpunan: satu, asal }) => [
      { isi: [`${satu.nama} (`, { kode: satu.id }, ')'] },
      satu.nilai.join(' > '),
      asal,
    ]),
  };
}

/** An agency's SAKIP documents per year: published (when, with a note) or not yet, and the audit's count. */
export function tabelTerbitan(instansi: TerbitanInstansi, format: PemformatTabel): Tabel {
  return {
    label: `Terbitan ${instansi.label}`,
    judul: `Dokumen ${instansi.label} per tahun`,
    kelas: 'terbitan',
    kolom: [
      { judul: 'Tahun', kepalaBaris: true },
      ...DOKUMEN.map((dokumen) => ({ judul: dokumen.nama })),
      { judul: 'Angka berbeda', angka: true },
    ],
    baris: instansi.baris.map((baris) => [
      String(baris.tahun),
      ...DOKUMEN.map(({ jenis }): Sel => {
        const terbitan = baris.dokumen[jenis];
        if (!terbitan.ada) return { isi: ['– Belum'], kelas: 'belum' };
        return {
          isi: [
            { span: ['✓ Terbit'], kelas: 'ada' },
            ...(terbitan.terbit ? [{ span: [` ${format.tanggal(terbitan.terbit)}`], kelas: 'kecil' }] : []),
            ...(terbitan.keterangan ? [{ span: [` (${terbitan.keterangan})`], kelas: 'kecil' }] : []),
          ],
        };
      }),
      baris.laporan
        ? {
            tautan: `${format.jumlah(baris.laporan.temuan.berbeda)} dari ${format.jumlah(baris.laporan.temuan.diperiksa)}`,
            href: `${baris.laporan.jalur}#audit`,
          }
        : '–',
    ]),
  };
}

/**
 * The publication scoreboard: per agency and year, which SAKIP documents are published here (Renstra,
 * IKU, PK, LKjIP, IKI, LHE), when they first appeared and last changed (from git), and how many printed
 * figures of that year's report differ from their recomputation. For /terbitan/ and the open data.
 */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { dihitungSebagaiTemuan, type TemuanAudit } from '../audit/audit.ts';
import type { RiwayatKonten } from '../muat/riwayat.ts';
import { periodeId } from '../skema/renstra.ts';
import { labelInstansi } from './label-instansi.ts';
import { tanggalBerkas } from './riwayat.ts';

export type JenisDokumen = 'renstra' | 'iku' | 'pk' | 'lkjip' | 'iki' | 'lhe';

export const DOKUMEN: readonly { jenis: JenisDokumen; nama: string; arti: string }[] = [
  { jenis: 'renstra', nama: 'Renstra', arti: 'Rencana Strategis yang berlaku pada tahun itu' },
  { jenis: 'iku', nama: 'IKU', arti: 'katalog Indikator Kinerja Utama instansi (satu untuk semua tahun)' },
  { jenis: 'pk', nama: 'PK', arti: 'Perjanjian Kinerja tahun itu, seperti dimuat dalam LKjIP' },
  { jenis: 'lkjip', nama: 'LKjIP', arti: 'Laporan Kinerja Instansi Pemerintah tahun itu' },
  { jenis: 'iki', nama: 'IKI', arti: 'Indikator Kinerja Individu tahun itu' },
  { jenis: 'lhe', nama: 'LHE SAKIP', arti: 'hasil evaluasi SAKIP atas tahun itu, seperti dimuat dalam sebuah LKjIP' },
];

export interface SelTerbitan {
  ada: boolean;
  /** the content file it is published in */
  berkas: string | null;
  /** first published and last changed here, YYYY-MM-DD, from git (null without history) */
  terbit: string | null;
  diperbarui: string | null;
  /** e.g. the Renstra period, or the report an evaluation is printed in */
  keterangan: string | null;
}

export interface JumlahTemuan {
  /** printed figures the audit looked at */
  diperiksa: number;
  /** of those, the ones that differ from their recomputation */
  berbeda: number;
}

/**
 * How many figures a report's audit checked and how many differ. The one place the scoreboard reads the
 * audit, so a change in how findings are kept changes only this.
 */
export const jumlahTemuan = (audit: readonly TemuanAudit[]): JumlahTemuan => ({
  diperiksa: audit.length,
  // a carried finding is counted at its origin, as everywhere else
  berbeda: audit.filter(dihitungSebagaiTemuan).length,
});

export interface BarisTerbitan {
  tahun: number;
  dokumen: Record<JenisDokumen, SelTerbitan>;
  /** the year's report: its page (site-relative) and its audit, or null when none is published */
  laporan: { jalur: string; temuan: JumlahTemuan } | null;
}

export interface TerbitanInstansi {
  id: string;
  nama: string;
  label: string;
  baris: BarisTerbitan[];
}

const KOSONG: SelTerbitan = { ada: false, berkas: null, terbit: null, diperbarui: null, keterangan: null };

/** Every agency, with one row per year from its first to its last yearly document (gaps shown as gaps). */
export function papanTerbitan(korpus: KorpusTerhitung, riwayat: RiwayatKonten): TerbitanInstansi[] {
  const label = labelInstansi(korpus.korpus);
  const sel = (berkas: string, keterangan: string | null = null): SelTerbitan => {
    const tanggal = tanggalBerkas(riwayat, berkas);
    return { ada: true, berkas, terbit: tanggal?.terbit ?? null, diperbarui: tanggal?.diperbarui ?? null, keterangan };
  };
  return korpus.korpus.instansi
    .map((dataInstansi) => {
      const laporan = korpus.laporan.filter((l) => l.instansi === dataInstansi);
      const lhe = new Map<number, { berkas: string; dari: number }>();
      for (const satuLaporan of laporan)
        for (const penilaian of satuLaporan.terhitung.laporan.evaluasi_sakip?.penilaian ?? [])
          lhe.set(penilaian.tahun, { berkas: satuLaporan.berkas, dari: satuLaporan.terhitung.laporan.tahun }); // a later report's figure wins
      const tahunAda = [
        ...laporan.map((l) => l.terhitung.laporan.tahun),
        ...dataInstansi.iki.map((x) => x.data.tahun),
        ...lhe.keys(),
      ];
      const baris: BarisTerbitan[] = [];
      if (tahunAda.length)
        for (let tahun = Math.min(...tahunAda); tahun <= Math.max(...tahunAda); tahun++) {
          const satuLaporan = laporan.find((x) => x.terhitung.laporan.tahun === tahun);
          const renstra = dataInstansi.renstra.find(
            (r) => r.data.periode.mulai <= tahun && tahun <= r.data.periode.selesai,
          );
          const iki = dataInstansi.iki.find((x) => x.data.tahun === tahun);
          const evaluasi = lhe.get(tahun);
          baris.push({
            tahun,
            dokumen: {
              renstra: renstra ? sel(renstra.berkas, periodeId(renstra.data).replace('-', '–')) : KOSONG,
              iku: dataInstansi.katalog ? sel(dataInstansi.katalog.berkas) : KOSONG,
              pk:
                satuLaporan && satuLaporan.terhitung.laporan.perjanjian_kinerja.length
                  ? sel(satuLaporan.berkas)
                  : KOSONG,
              lkjip: satuLaporan ? sel(satuLaporan.berkas) : KOSONG,
              iki: iki ? sel(iki.berkas) : KOSONG,
              lhe: evaluasi ? sel(evaluasi.berkas, `dalam LKjIP ${evaluasi.dari}`) : KOSONG,
            },
            laporan: satuLaporan
              ? { jalur: `/instansi/${dataInstansi.data.id}/${tahun}/`, temuan: jumlahTemuan(satuLaporan.audit) }
              : null,
          });
        }
      return {
        id: dataInstansi.data.id,
        nama: dataInstansi.data.nama,
        label: label.get(dataInstansi.data.id) ?? dataInstansi.data.singkatan,
        baris,
      };
    })
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

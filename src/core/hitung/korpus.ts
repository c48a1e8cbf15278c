/** Computes and audits every report of a corpus once; pages, open data and scripts all read from here. */
import type { DataInstansi, Korpus } from '../muat/korpus.ts';
import type { DefinisiIndikator } from '../skema/indikator.ts';
import { periodeId } from '../skema/renstra.ts';
import { auditLaporan, auditProfil, type TemuanAudit } from '../audit/audit.ts';
import { auditKlaim, auditTabelLain } from '../audit/tabel.ts';
import { hitungLaporan, type LaporanTerhitung } from './laporan.ts';
import { himpunanTersedia } from '../rumus/himpunan.ts';
import { skalaBernama } from '../rumus/kategori.ts';

export interface LaporanLengkap {
  instansi: DataInstansi;
  berkas: string;
  terhitung: LaporanTerhitung;
  audit: TemuanAudit[];
}

export interface PemakaianIndikator {
  instansi: string;
  definisi: DefinisiIndikator;
}

export interface KorpusTerhitung {
  korpus: Korpus;
  /** every report, by agency then year */
  laporan: LaporanLengkap[];
  /** each agency's reports by year, indexed once so pages need no scan of `laporan` */
  laporanPerInstansi: Map<string, LaporanLengkap[]>;
  /** findings outside the yearly reports: profile tables and the Renstra documents' tables (tahun = the plan's first year) */
  auditInstansi: TemuanAudit[];
  /** every indicator id with each agency's definition of it */
  indikator: Map<string, PemakaianIndikator[]>;
}

export function hitungKorpus(korpus: Korpus): KorpusTerhitung {
  const laporan: LaporanLengkap[] = [];
  const laporanPerInstansi = new Map<string, LaporanLengkap[]>();
  const indikator = new Map<string, PemakaianIndikator[]>();
  const skala = skalaBernama(korpus.situs.skala);
  for (const ins of korpus.instansi) {
    const himpunan = himpunanTersedia(korpus.situs.himpunan_nilai, ins.katalog?.data.himpunan_nilai);
    const katalog = new Map((ins.katalog?.data.indikator ?? []).map((d) => [d.id, d]));
    for (const definisi of katalog.values()) {
      const list = indikator.get(definisi.id) ?? [];
      list.push({ instansi: ins.data.id, definisi });
      indikator.set(definisi.id, list);
    }
    const milikInstansi: LaporanLengkap[] = [];
    laporanPerInstansi.set(ins.data.id, milikInstansi);
    for (const satuLaporan of [...ins.laporan].sort((a, b) => a.data.tahun - b.data.tahun)) {
      const rencana = satuLaporan.data.rencana;
      const renstra =
        rencana?.jenis === 'renstra' ? ins.renstra.find((r) => periodeId(r.data) === rencana.periode)?.data : undefined;
      const terhitung = hitungLaporan(satuLaporan.data, { katalog, renstra, himpunan, skalaBernama: skala });
      const audit = [
        ...auditLaporan(terhitung, satuLaporan.berkas),
        ...auditTabelLain(
          { instansi: ins.data.id, tahun: satuLaporan.data.tahun, berkas: satuLaporan.berkas },
          satuLaporan.data.tabel_lain,
        ),
        ...auditKlaim(
          { instansi: ins.data.id, tahun: satuLaporan.data.tahun, berkas: satuLaporan.berkas },
          satuLaporan.data.klaim_narasi,
        ),
      ];
      const lengkap = { instansi: ins, berkas: satuLaporan.berkas, terhitung, audit };
      laporan.push(lengkap);
      milikInstansi.push(lengkap);
    }
  }
  return {
    korpus,
    laporan,
    laporanPerInstansi,
    auditInstansi: korpus.instansi.flatMap((i) => [
      ...auditProfil(i.data, i.berkas),
      ...i.renstra.flatMap((r) =>
        auditTabelLain({ instansi: i.data.id, tahun: r.data.periode.mulai, berkas: r.berkas }, r.data.tabel_lain),
      ),
    ]),
    indikator: new Map([...indikator].sort(([a], [b]) => a.localeCompare(b))),
  };
}

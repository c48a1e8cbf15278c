/** Report-page views: PK versions compared, audit findings listed, methods, scales, periods and provenance in words. Pure. */
import { alamatPdf } from './lokasi.ts';
import type { BarisAnggaran, Laporan, PerjanjianKinerja, TingkatSasaran } from '../skema/laporan.ts';
import type { Target } from '../skema/common.ts';
import type { PitaSkala, Skala } from '../skema/skala.ts';
import { dihitungSebagaiTemuan, type TemuanAudit } from '../audit/audit.ts';
import { jumlahDalam, type TabelTerhitung as Tabel } from '../hitung/laporan.ts';
import { serapanKonsisten } from '../hitung/belanja.ts';
import { serapan as hitungSerapan } from '../rumus/anggaran.ts';
import type {
  BarisTerhitung,
  IndikatorTerhitung,
  LaporanTerhitung,
  MetodeTerpakai,
  TabelTerhitung,
} from '../hitung/laporan.ts';
import { METODE_CAPAIAN } from '../rumus/metode.ts';
import { ATURAN_KONSOLIDASI, JUMLAH_PERIODE, LABEL_PERIODE } from '../rumus/periode.ts';
import { CAKUPAN_SKALA, type CakupanSkala } from '../rumus/kategori.ts';
import type { Grafik } from './grafik.ts';

export type StatusPerubahan = 'sama' | 'berubah' | 'baru' | 'dihapus';

export const LABEL_PERUBAHAN: Record<StatusPerubahan, string> = {
  sama: 'Tidak berubah',
  berubah: 'Target diubah',
  baru: 'Ditambahkan pada perubahan',
  dihapus: 'Dihapus pada perubahan',
};

export const LABEL_PERUBAHAN_PAGU: Record<StatusPerubahan, string> = { ...LABEL_PERUBAHAN, berubah: 'Pagu diubah' };

export interface BarisPK {
  indikator: string;
  nama: string;
  sasaran: string;
  satuan: string | undefined;
  murni: Target | undefined;
  perubahan: Target | undefined;
  status: StatusPerubahan;
}

export interface BarisProgramPK {
  nama: string;
  murni: number | undefined;
  perubahan: number | undefined;
  status: StatusPerubahan;
}

export interface PerbandinganPK {
  murni: PerjanjianKinerja | undefined;
  perubahan: PerjanjianKinerja | undefined;
  indikator: BarisPK[];
  program: BarisProgramPK[];
}

const samaTarget = (a: Target | undefined, b: Target | undefined) => JSON.stringify(a) === JSON.stringify(b);
const statusDari = (ada1: boolean, ada2: boolean, sama: boolean, adaVersi2: boolean): StatusPerubahan =>
  !adaVersi2 ? 'sama' : ada1 && !ada2 ? 'dihapus' : !ada1 && ada2 ? 'baru' : sama ? 'sama' : 'berubah';

/** The original PK beside the revised one (when there is one), indicator by indicator and program by program. */
export function bandingkanPK(laporan: Laporan, namaIndikator: (id: string) => string | undefined): PerbandinganPK {
  const murni = laporan.perjanjian_kinerja.find((p) => p.versi === 'murni');
  const perubahan = laporan.perjanjian_kinerja.find((p) => p.versi === 'perubahan');
  const rataPK = (pk: PerjanjianKinerja | undefined) =>
    (pk?.sasaran ?? []).flatMap((s) => s.indikator.map((i) => ({ s, i })));
  const rataMurni = rataPK(murni);
  const rataPerubahan = rataPK(perubahan);
  const ids = [...new Set([...rataMurni, ...rataPerubahan].map((x) => x.i.indikator))];
  const indikator = ids.map((id) => {
    const diMurni = rataMurni.find((x) => x.i.indikator === id);
    const diPerubahan = rataPerubahan.find((x) => x.i.indikator === id);
    const acuan = (diPerubahan ?? diMurni)!;
    return {
      indikator: id,
      nama: namaIndikator(id) ?? acuan.i.nama_tercetak ?? id,
      sasaran: acuan.s.nama,
      satuan: acuan.i.satuan,
      murni: diMurni?.i.target,
      perubahan: diPerubahan?.i.target,
      status: statusDari(
        !!diMurni,
        !!diPerubahan,
        samaTarget(diMurni?.i.target, diPerubahan?.i.target),
        !!perubahan && !!murni,
      ),
    };
  });
  const namaProgram = [...new Set([...(murni?.program ?? []), ...(perubahan?.program ?? [])].map((x) => x.nama))];
  const program = namaProgram.map((nama) => {
    const paguMurni = murni?.program.find((x) => x.nama === nama)?.pagu;
    const paguPerubahan = perubahan?.program.find((x) => x.nama === nama)?.pagu;
    return {
      nama,
      murni: paguMurni,
      perubahan: paguPerubahan,
      status: statusDari(
        paguMurni !== undefined,
        paguPerubahan !== undefined,
        paguMurni === paguPerubahan,
        !!perubahan && !!murni,
      ),
    };
  });
  return { murni, perubahan, indikator, program };
}

export interface RingkasAudit {
  diperiksa: number;
  cocok: number;
  berbeda: number;
  terbawa: number;
  takTerhitung: number;
}

export function ringkasAudit(temuan: readonly TemuanAudit[]): RingkasAudit {
  return {
    diperiksa: temuan.length,
    cocok: temuan.filter((t) => t.status === 'cocok').length,
    // a carried finding is counted at its origin, not twice
    berbeda: temuan.filter(dihitungSebagaiTemuan).length,
    terbawa: temuan.filter((t) => t.status === 'berbeda' && t.kelas === 'terbawa').length,
    takTerhitung: temuan.filter((t) => t.status === 'tidak_dapat_dihitung').length,
  };
}

const barisAwal = (temuan: TemuanAudit) => {
  const baris = temuan.lokasi?.baris;
  return baris === undefined ? Number.MAX_SAFE_INTEGER : Array.isArray(baris) ? baris[0] : baris;
};

/** The figures that disagree with their inputs, in document order (by source line). */
export function temuanBerbeda(temuan: readonly TemuanAudit[]): TemuanAudit[] {
  return temuan
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.status === 'berbeda')
    .sort((x, y) => barisAwal(x.t) - barisAwal(y.t) || x.i - y.i)
    .map(({ t }) => t);
}

/** Chapter order of the LKjIP (PermenPAN-RB 53/2014). */
export const URUTAN_BAB = ['ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4'] as const;
export const JUDUL_BAB: Record<(typeof URUTAN_BAB)[number], string> = {
  ikhtisar: 'Ikhtisar Eksekutif',
  'bab-1': 'BAB I Pendahuluan',
  'bab-2': 'BAB II Perencanaan Kinerja',
  'bab-3': 'BAB III Akuntabilitas Kinerja',
  'bab-4': 'BAB IV Penutup',
};

/** Capaian (%) of each indicator that has one, against the 100 % line. */
export function grafikCapaian(terhitung: LaporanTerhitung, id: string): Grafik {
  const ind = terhitung.indikator.filter((i) => i.capaian.jenis === 'persen');
  return {
    id: `capaian-${id}`,
    jenis: 'bar',
    judul: `Capaian indikator ${terhitung.laporan.tahun} (dihitung ulang)`,
    satuan: '%',
    label: ind.map((i) => i.nama),
    mendatar: true,
    seri: [
      {
        nama: 'Capaian (%)',
        data: ind.map((i) => (i.capaian.jenis === 'persen' ? i.capaian.nilai : null)),
        gaya: 'batang',
      },
    ],
    acuan: { nilai: 100, teks: 'Target (100 %)' },
  };
}

export interface AnggaranUtama {
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  /** in plain words, when the figure is not the sum of the printed subtotals, and why */
  catatan: string | null;
  /** the audit findings the headline steps around (their ids are anchors on the report page) */
  temuan: TemuanAudit[];
  /** the budget table's id (its anchor on the report page) */
  tabel: string;
}

/**
 * The headline budget figures. Never on a flagged figure: when a printed subtotal of the main table
 * differs from the sum of its lines, the headline is computed from the deepest lines and says so.
 */
export function anggaranUtama(terhitung: LaporanTerhitung, audit: readonly TemuanAudit[]): AnggaranUtama | null {
  const tabel: Tabel | null = terhitung.anggaranUtama;
  if (!tabel) return null;
  const indeks = terhitung.anggaran.indexOf(tabel);
  const temuan = audit.filter(
    (x) =>
      dihitungSebagaiTemuan(x) &&
      x.jalur[0] === 'anggaran' &&
      x.jalur[1] === indeks &&
      x.jalur[2] === 'baris' &&
      (x.besaran === 'jumlah_pagu' || x.besaran === 'jumlah_realisasi'),
  );
  const dalam = jumlahDalam(tabel.baris);
  if (
    !temuan.length ||
    dalam.pagu === null ||
    dalam.realisasi === null ||
    (dalam.pagu === tabel.pagu && dalam.realisasi === tabel.realisasi)
  )
    return {
      pagu: tabel.pagu,
      realisasi: tabel.realisasi,
      serapan: tabel.serapan,
      catatan: null,
      temuan: [],
      tabel: tabel.data.id,
    };
  return {
    pagu: dalam.pagu,
    realisasi: dalam.realisasi,
    serapan: dalam.pagu ? hitungSerapan({ pagu: dalam.pagu, realisasi: dalam.realisasi }) : null,
    catatan:
      `Dihitung dari baris rincian terdalam, bukan dari subtotal tercetak, karena ` +
      `${temuan.length === 1 ? 'satu subtotal' : `${temuan.length} subtotal`} tercetak berbeda ` +
      `dari jumlah rinciannya.`,
    temuan,
    tabel: tabel.data.id,
  };
}

export function grafikSerapanProgram(tabel: TabelTerhitung, id: string): Grafik {
  return {
    id: `serapan-${id}-${tabel.data.id}`,
    jenis: 'bar',
    judul: `Serapan anggaran per program: ${tabel.data.judul}`,
    satuan: '%',
    // "Program …" is implied by the title
    label: tabel.baris.map((b) => b.data.nama.replace(/^program\s+/i, '')),
    mendatar: true,
    seri: [{ nama: 'Serapan (%)', data: tabel.baris.map(serapanKonsisten), gaya: 'batang' }],
    acuan: { nilai: 100, teks: '100 %' },
  };
}

// —— content model v2: methods, scales, periods, levels, provenance ——

export const LABEL_TINGKAT_SASARAN: Record<TingkatSasaran, string> = {
  tujuan: 'Tujuan',
  sasaran_strategis: 'Sasaran strategis',
  program: 'Sasaran program',
  kegiatan: 'Sasaran kegiatan',
  sub_kegiatan: 'Sasaran sub-kegiatan',
};

export const LABEL_TINGKAT_ANGGARAN: Record<BarisAnggaran['tingkat'], string> = {
  urusan: 'Urusan',
  bidang_urusan: 'Bidang urusan',
  program: 'Program',
  kegiatan: 'Kegiatan',
  sub_kegiatan: 'Sub-kegiatan',
  sasaran: 'Sasaran',
  jenis_belanja: 'Belanja',
  lainnya: 'Baris',
};

export const LABEL_CAKUPAN_SKALA: Record<CakupanSkala, string> = {
  indikator: 'capaian tiap indikator',
  rata_rata: 'rata-rata capaian',
  serapan: 'serapan anggaran',
  nilai_sakip: 'nilai evaluasi SAKIP',
};

const ASAL_METODE: Record<MetodeTerpakai['asal'], string> = {
  pengukuran: 'dinyatakan untuk indikator ini di laporan',
  renstra: 'dinyatakan di Renstra',
  katalog: 'dinyatakan di katalog indikator instansi',
  laporan: 'metode bawaan yang dinyatakan laporan',
  polaritas: 'disimpulkan dari polaritas indikator; dokumen tidak menyatakan metodenya',
};

/** "realisasi ÷ target × 100 (dinyatakan di katalog indikator instansi; dibatasi 120 %)". */
export function uraianMetode(metode: MetodeTerpakai): string {
  const batas = metode.batasAtas !== null ? `; capaian dibatasi ${String(metode.batasAtas).replace('.', ',')} %` : '';
  return `${METODE_CAPAIAN[metode.id].rumus} (${ASAL_METODE[metode.asal]}${batas})`;
}

/** "Sasaran kegiatan: Meningkatnya …", or null for an indicator without a sasaran. */
export function sasaranIndikator(indikator: IndikatorTerhitung): string | null {
  if (!indikator.sasaran) return indikator.tingkat ? LABEL_TINGKAT_SASARAN[indikator.tingkat] : null;
  return `${LABEL_TINGKAT_SASARAN[indikator.tingkat ?? indikator.sasaran.tingkat]}: ${indikator.sasaran.nama}`;
}

/** Whether the report has anything to show about categories of its indicators: a declared scale, or a printed category. */
export const adaKategoriIndikator = (t: LaporanTerhitung) =>
  t.skala.indikator !== null || t.indikator.some((i) => i.data.kategori_tercetak !== undefined);

/** A band's bounds as printed-style text: "> 90 s.d. ≤ 100", "≤ 50", "tanpa target". */
export function teksBatasPita(pita: PitaSkala): string {
  if (pita.khusus === 'tanpa_target') return 'baris tanpa target';
  const angka = (x: number) => String(x).replace('.', ',');
  const bawah = pita.bawah ? `${pita.bawah.inklusif ? '≥' : '>'} ${angka(pita.bawah.nilai)}` : null;
  const atas = pita.atas ? `${pita.atas.inklusif ? '≤' : '<'} ${angka(pita.atas.nilai)}` : null;
  return bawah && atas ? `${bawah} s.d. ${atas}` : (bawah ?? atas ?? '');
}

/** The scales the report declared, one entry per scale with the scopes it serves. */
export function daftarSkala(terhitung: LaporanTerhitung): { skala: Skala; cakupan: string[] }[] {
  const out: { skala: Skala; cakupan: string[] }[] = [];
  for (const cakupan of CAKUPAN_SKALA) {
    const skala = terhitung.skala[cakupan];
    if (!skala) continue;
    const ada = out.find((x) => x.skala === skala);
    if (ada) ada.cakupan.push(LABEL_CAKUPAN_SKALA[cakupan]);
    else out.push({ skala, cakupan: [LABEL_CAKUPAN_SKALA[cakupan]] });
  }
  return out;
}

/** "Tabel anggaran tidak ada …": what the page says of a part the document lacks, or only the excerpt lacks. */
export function kalimatTidakAda(sebagian: boolean, apa: string): string {
  return sebagian
    ? `Bagian dokumen yang ditranskripsi tidak memuat ${apa}; dokumen utuhnya mungkin memuatnya.`
    : `Laporan tidak memuat ${apa}.`;
}

/** "BKD Kota Blitar", but "Pemerintah Kabupaten Manggarai Timur", not "… Manggarai Timur Kabupaten Manggarai Timur". */
export const namaDenganWilayah = (nama: string, wilayah: string | undefined) =>
  !wilayah || nama.toLowerCase().includes(wilayah.toLowerCase()) ? nama : `${nama} ${wilayah}`;

export interface InfoSumber {
  /** an excerpt: the site labels the page as a partial transcription */
  sebagian: boolean;
  bagian: string[];
  catatan: string | undefined;
  /** the report's own note (`catatan` at the top of lkjip.json), shown on the page */
  catatanLaporan: string | undefined;
  url: string | undefined;
  /** the plan the report serves, in words; null when the document names none */
  rencana: string | null;
  /** the transcription's own source file (a locator naming another `berkas` is not this document's page) */
  berkas: string;
  /** the site path of the agency's own PDF of the document; null when it stores none */
  pdf: string | null;
}

/** What the page says about where the report comes from and how much of it is here. */
export function infoSumber(terhitung: LaporanTerhitung, berkasKonten?: string): InfoSumber {
  const laporan = terhitung.laporan;
  const rencana = laporan.rencana;
  const namaJenis = { renstra: 'Renstra', rpjmd: 'RPJMD', rpjmn: 'RPJMN', lainnya: 'Rencana' } as const;
  return {
    sebagian: laporan.transkripsi.cakupan === 'sebagian',
    bagian: laporan.transkripsi.bagian,
    catatan: laporan.transkripsi.catatan,
    catatanLaporan: laporan.catatan,
    url: laporan.sumber.url,
    rencana: rencana ? `${rencana.nama ?? namaJenis[rencana.jenis]} ${rencana.periode.replace('-', '–')}` : null,
    berkas: laporan.sumber.berkas,
    pdf: berkasKonten === undefined ? null : alamatPdf(berkasKonten, laporan.sumber),
  };
}

export interface BarisPeriode {
  indikator: IndikatorTerhitung;
  /** "Triwulan 2", or "Nilai ke-2" when the document does not say which month it is */
  periode: string;
  target: IndikatorTerhitung['data']['target'] | undefined;
  realisasi: IndikatorTerhitung['data']['realisasi'];
  capaian: IndikatorTerhitung['capaian'] | null;
  capaianTercetak: string | undefined;
}

export interface RingkasPeriode {
  indikator: IndikatorTerhitung;
  jenis: string;
  /** the rule in words; null when the document declares none */
  aturan: string | null;
  gabungan: number | null;
  baris: BarisPeriode[];
}

/** Values per period of every indicator that has them, with the consolidation rule and result. */
export function tabelPeriode(terhitung: LaporanTerhitung): RingkasPeriode[] {
  return terhitung.indikator
    .filter((i) => i.data.periode)
    .map((indikator) => {
      const periode = indikator.data.periode!;
      return {
        indikator,
        jenis: LABEL_PERIODE[periode.jenis].toLowerCase(),
        aturan: periode.konsolidasi ? ATURAN_KONSOLIDASI[periode.konsolidasi] : null,
        gabungan: indikator.periode?.gabungan ?? null,
        baris: periode.nilai.map((v, k) => ({
          indikator,
          periode:
            v.ke !== undefined
              ? `${LABEL_PERIODE[periode.jenis]} ${v.ke}`
              : `Nilai ke-${k + 1} (${LABEL_PERIODE[periode.jenis].toLowerCase()} tidak disebut; ${JUMLAH_PERIODE[periode.jenis]} per tahun)`,
          target: v.target === null ? null : v.target,
          realisasi: v.realisasi,
          capaian: indikator.periode?.nilai[k]?.capaian ?? null,
          capaianTercetak: v.capaian_tercetak,
        })),
      };
    });
}

/** A budget line's periods in words: "Bulan 3: Rp …" or "Nilai ke-2" when the month is not printed. */
export function periodeBaris(baris: BarisTerhitung): { periode: string; realisasi: number | null }[] {
  const periode = baris.data.periode;
  if (!periode) return [];
  return periode.nilai.map((v, k) => ({
    periode: v.ke !== undefined ? `${LABEL_PERIODE[periode.jenis]} ${v.ke}` : `Nilai ke-${k + 1}`,
    realisasi: v.realisasi,
  }));
}

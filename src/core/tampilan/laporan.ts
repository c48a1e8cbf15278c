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
export function bandingkanPK(l: Laporan, namaIndikator: (id: string) => string | undefined): PerbandinganPK {
  const murni = l.perjanjian_kinerja.find((p) => p.versi === 'murni');
  const perubahan = l.perjanjian_kinerja.find((p) => p.versi === 'perubahan');
  const rataPK = (pk: PerjanjianKinerja | undefined) =>
    (pk?.sasaran ?? []).flatMap((s) => s.indikator.map((i) => ({ s, i })));
  const m = rataPK(murni);
  const p = rataPK(perubahan);
  const ids = [...new Set([...m, ...p].map((x) => x.i.indikator))];
  const indikator = ids.map((id) => {
    const a = m.find((x) => x.i.indikator === id);
    const b = p.find((x) => x.i.indikator === id);
    const x = (b ?? a)!;
    return {
      indikator: id,
      nama: namaIndikator(id) ?? x.i.nama_tercetak ?? id,
      sasaran: x.s.nama,
      satuan: x.i.satuan,
      murni: a?.i.target,
      perubahan: b?.i.target,
      status: statusDari(!!a, !!b, samaTarget(a?.i.target, b?.i.target), !!perubahan && !!murni),
    };
  });
  const namaProgram = [...new Set([...(murni?.program ?? []), ...(perubahan?.program ?? [])].map((x) => x.nama))];
  const program = namaProgram.map((nama) => {
    const a = murni?.program.find((x) => x.nama === nama)?.pagu;
    const b = perubahan?.program.find((x) => x.nama === nama)?.pagu;
    return {
      nama,
      murni: a,
      perubahan: b,
      status: statusDari(a !== undefined, b !== undefined, a === b, !!perubahan && !!murni),
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

export function ringkasAudit(a: readonly TemuanAudit[]): RingkasAudit {
  return {
    diperiksa: a.length,
    cocok: a.filter((t) => t.status === 'cocok').length,
    // a carried finding is counted at its origin, not twice
    berbeda: a.filter(dihitungSebagaiTemuan).length,
    terbawa: a.filter((t) => t.status === 'berbeda' && t.kelas === 'terbawa').length,
    takTerhitung: a.filter((t) => t.status === 'tidak_dapat_dihitung').length,
  };
}

const barisAwal = (t: TemuanAudit) => {
  const b = t.lokasi?.baris;
  return b === undefined ? Number.MAX_SAFE_INTEGER : Array.isArray(b) ? b[0] : b;
};

/** The figures that disagree with their inputs, in document order (by source line). */
export function temuanBerbeda(a: readonly TemuanAudit[]): TemuanAudit[] {
  return a
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
export function grafikCapaian(t: LaporanTerhitung, id: string): Grafik {
  const ind = t.indikator.filter((i) => i.capaian.jenis === 'persen');
  return {
    id: `capaian-${id}`,
    jenis: 'bar',
    judul: `Capaian indikator ${t.laporan.tahun} (dihitung ulang)`,
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
export function anggaranUtama(t: LaporanTerhitung, audit: readonly TemuanAudit[]): AnggaranUtama | null {
  const a: Tabel | null = t.anggaranUtama;
  if (!a) return null;
  const indeks = t.anggaran.indexOf(a);
  const temuan = audit.filter(
    (x) =>
      dihitungSebagaiTemuan(x) &&
      x.jalur[0] === 'anggaran' &&
      x.jalur[1] === indeks &&
      x.jalur[2] === 'baris' &&
      (x.besaran === 'jumlah_pagu' || x.besaran === 'jumlah_realisasi'),
  );
  const d = jumlahDalam(a.baris);
  if (!temuan.length || d.pagu === null || d.realisasi === null || (d.pagu === a.pagu && d.realisasi === a.realisasi))
    return { pagu: a.pagu, realisasi: a.realisasi, serapan: a.serapan, catatan: null, temuan: [], tabel: a.data.id };
  return {
    pagu: d.pagu,
    realisasi: d.realisasi,
    serapan: d.pagu ? hitungSerapan({ pagu: d.pagu, realisasi: d.realisasi }) : null,
    catatan:
      `Dihitung dari baris rincian terdalam, bukan dari subtotal tercetak, karena ` +
      `${temuan.length === 1 ? 'satu subtotal' : `${temuan.length} subtotal`} tercetak berbeda ` +
      `dari jumlah rinciannya.`,
    temuan,
    tabel: a.data.id,
  };
}

export function grafikSerapanProgram(a: TabelTerhitung, id: string): Grafik {
  return {
    id: `serapan-${id}-${a.data.id}`,
    jenis: 'bar',
    judul: `Serapan anggaran per program: ${a.data.judul}`,
    satuan: '%',
    // "Program …" is implied by the title
    label: a.baris.map((b) => b.data.nama.replace(/^program\s+/i, '')),
    mendatar: true,
    seri: [{ nama: 'Serapan (%)', data: a.baris.map(serapanKonsisten), gaya: 'batang' }],
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
export function uraianMetode(m: MetodeTerpakai): string {
  const batas = m.batasAtas !== null ? `; capaian dibatasi ${String(m.batasAtas).replace('.', ',')} %` : '';
  return `${METODE_CAPAIAN[m.id].rumus} (${ASAL_METODE[m.asal]}${batas})`;
}

/** "Sasaran kegiatan: Meningkatnya …", or null for an indicator without a sasaran. */
export function sasaranIndikator(i: IndikatorTerhitung): string | null {
  if (!i.sasaran) return i.tingkat ? LABEL_TINGKAT_SASARAN[i.tingkat] : null;
  return `${LABEL_TINGKAT_SASARAN[i.tingkat ?? i.sasaran.tingkat]}: ${i.sasaran.nama}`;
}

/** Whether the report has anything to show about categories of its indicators: a declared scale, or a printed category. */
export const adaKategoriIndikator = (t: LaporanTerhitung) =>
  t.skala.indikator !== null || t.indikator.some((i) => i.data.kategori_tercetak !== undefined);

/** A band's bounds as printed-style text: "> 90 s.d. ≤ 100", "≤ 50", "tanpa target". */
export function teksBatasPita(p: PitaSkala): string {
  if (p.khusus === 'tanpa_target') return 'baris tanpa target';
  const n = (x: number) => String(x).replace('.', ',');
  const bawah = p.bawah ? `${p.bawah.inklusif ? '≥' : '>'} ${n(p.bawah.nilai)}` : null;
  const atas = p.atas ? `${p.atas.inklusif ? '≤' : '<'} ${n(p.atas.nilai)}` : null;
  return bawah && atas ? `${bawah} s.d. ${atas}` : (bawah ?? atas ?? '');
}

/** The scales the report declared, one entry per scale with the scopes it serves. */
export function daftarSkala(t: LaporanTerhitung): { skala: Skala; cakupan: string[] }[] {
  const out: { skala: Skala; cakupan: string[] }[] = [];
  for (const c of CAKUPAN_SKALA) {
    const s = t.skala[c];
    if (!s) continue;
    const ada = out.find((x) => x.skala === s);
    if (ada) ada.cakupan.push(LABEL_CAKUPAN_SKALA[c]);
    else out.push({ skala: s, cakupan: [LABEL_CAKUPAN_SKALA[c]] });
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
export function infoSumber(t: LaporanTerhitung, berkasKonten?: string): InfoSumber {
  const L = t.laporan;
  const r = L.rencana;
  const namaJenis = { renstra: 'Renstra', rpjmd: 'RPJMD', rpjmn: 'RPJMN', lainnya: 'Rencana' } as const;
  return {
    sebagian: L.transkripsi.cakupan === 'sebagian',
    bagian: L.transkripsi.bagian,
    catatan: L.transkripsi.catatan,
    catatanLaporan: L.catatan,
    url: L.sumber.url,
    rencana: r ? `${r.nama ?? namaJenis[r.jenis]} ${r.periode.replace('-', '–')}` : null,
    berkas: L.sumber.berkas,
    pdf: berkasKonten === undefined ? null : alamatPdf(berkasKonten, L.sumber),
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
export function tabelPeriode(t: LaporanTerhitung): RingkasPeriode[] {
  return t.indikator
    .filter((i) => i.data.periode)
    .map((i) => {
      const p = i.data.periode!;
      return {
        indikator: i,
        jenis: LABEL_PERIODE[p.jenis].toLowerCase(),
        aturan: p.konsolidasi ? ATURAN_KONSOLIDASI[p.konsolidasi] : null,
        gabungan: i.periode?.gabungan ?? null,
        baris: p.nilai.map((v, k) => ({
          indikator: i,
          periode:
            v.ke !== undefined
              ? `${LABEL_PERIODE[p.jenis]} ${v.ke}`
              : `Nilai ke-${k + 1} (${LABEL_PERIODE[p.jenis].toLowerCase()} tidak disebut; ${JUMLAH_PERIODE[p.jenis]} per tahun)`,
          target: v.target === null ? null : v.target,
          realisasi: v.realisasi,
          capaian: i.periode?.nilai[k]?.capaian ?? null,
          capaianTercetak: v.capaian_tercetak,
        })),
      };
    });
}

/** A budget line's periods in words: "Bulan 3: Rp …" or "Nilai ke-2" when the month is not printed. */
export function periodeBaris(b: BarisTerhitung): { periode: string; realisasi: number | null }[] {
  const p = b.data.periode;
  if (!p) return [];
  return p.nilai.map((v, k) => ({
    periode: v.ke !== undefined ? `${LABEL_PERIODE[p.jenis]} ${v.ke}` : `Nilai ke-${k + 1}`,
    realisasi: v.realisasi,
  }));
}

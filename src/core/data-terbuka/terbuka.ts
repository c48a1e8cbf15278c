/**
 * The open data: CSVs and JSON published under /data/. Columns are documented
 * field by field on the /data/ page (KOLOM below is the single source of those docs).
 */
import type { Nilai, Target } from '../skema/common.ts';
import { bulatkan } from '../rumus/presisi.ts';
import type { Capaian } from '../rumus/capaian.ts';
import { samaJalur, type Jalur, type TemuanAudit } from '../audit/audit.ts';
import { jalurTeks } from '../muat/masalah.ts';
import type { BarisTerhitung } from '../hitung/laporan.ts';
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import { csv, type Sel } from './csv.ts';
import { angkaUtama } from '../tampilan/ringkasan.ts';

/** Computed percentages in CSV: 2 decimals, half-up. Full precision is in the per-report JSON. */
const persen = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : bulatkan(v, 2);
const nilaiTeks = (v: Target | Nilai | null | undefined): Sel =>
  v === null || v === undefined ? null : typeof v === 'object' ? `${v.min}-${v.max}` : v;
const capaianTeks = (c: Capaian): Sel =>
  c.jenis === 'persen'
    ? persen(c.nilai)
    : c.jenis === 'kualitatif'
      ? c.tercapai
        ? 'tercapai'
        : 'tidak tercapai'
      : null;

export const KOLOM_INDIKATOR = {
  instansi: 'id instansi (sama dengan URL /instansi/<id>/)',
  tahun: 'tahun laporan',
  indikator_id: 'id indikator yang stabil lintas tahun dan instansi',
  indikator: 'nama indikator (katalog instansi)',
  satuan: 'satuan seperti tercetak',
  polaritas: 'naik | turun | rentang | kualitatif',
  target: 'target tahun itu (angka, rentang "a-b", predikat, atau N/A)',
  realisasi: 'realisasi (kosong bila tidak ada di sumber; "N/A" bila dokumen mencetak N/A)',
  capaian: 'capaian dihitung ulang, % (2 desimal, pembulatan setengah ke atas)',
  capaian_tercetak: 'capaian seperti tercetak di dokumen',
  status:
    'cocok = cocok pada presisi tercetak; berbeda; tidak_dapat_dihitung = tidak ada angka tercetak atau tidak dapat dihitung',
  predikat: 'melebihi | tercapai | tidak_tercapai | tak_terhitung',
  metode_capaian:
    'id metode capaian yang dipakai (lihat /metodologi/): dinyatakan dokumen, atau disimpulkan dari polaritas',
  metode_disimpulkan:
    'ya bila dokumen tidak menyatakan metodenya dan metode disimpulkan dari polaritas; tidak bila dinyatakan',
  kategori: 'kategori capaian pada skala indikator yang dinyatakan dokumen; kosong bila dokumen tidak menyatakan skala',
  kategori_tercetak: 'kategori capaian seperti tercetak di dokumen',
} as const;

export const KOLOM_ANGGARAN = {
  instansi: 'id instansi',
  tahun: 'tahun anggaran',
  tabel: 'id tabel anggaran dalam laporan',
  tingkat:
    'tingkat baris: urusan | bidang_urusan | program | kegiatan | sub_kegiatan | sasaran | jenis_belanja | lainnya',
  kode: 'kode rekening/nomenklatur seperti tercetak',
  nama: 'nama program/kegiatan/sub-kegiatan',
  induk: 'nama baris induknya',
  pagu: 'pagu (Rp, bilangan bulat); untuk baris yang punya rincian: subtotal tercetak, atau jumlah rinciannya bila tidak tercetak',
  realisasi: 'realisasi (Rp, bilangan bulat), aturan sama dengan pagu',
  serapan: 'realisasi ÷ pagu × 100 (2 desimal)',
  serapan_tercetak: 'serapan seperti tercetak',
  status: 'hasil audit serapan tercetak: cocok | berbeda | tidak_dapat_dihitung',
  pagu_rincian: 'jumlah pagu rinciannya (kosong bila tidak ada rincian)',
  realisasi_rincian: 'jumlah realisasi rinciannya',
  kategori: 'kategori serapan pada skala serapan yang dinyatakan dokumen; kosong bila dokumen tidak menyatakan skala',
} as const;

export const KOLOM_AUDIT = {
  instansi: 'id instansi',
  tahun: 'tahun dokumen',
  berkas: 'berkas konten',
  tabel: 'tabel di dokumen sumber',
  jalur: 'jalur kolom di berkas konten',
  besaran: 'jenis angka yang diperiksa',
  label: 'uraian angka',
  tercetak: 'angka seperti tercetak',
  dihitung: 'angka dihitung ulang dari masukan dokumen (presisi penuh)',
  selisih: 'tercetak − dihitung',
  status: 'cocok | berbeda | tidak_dapat_dihitung',
  aturan: 'bulat (setengah ke atas) | potong | persis, bila cocok',
  baris_sumber: 'baris pada berkas teks sumber',
  keterangan: 'penjelasan',
  kelas:
    'alasan perbedaan atau mengapa tidak dapat diperiksa: pembulatan | pelabelan (dokumen menamai angka sebagai besaran lain) | metode (dokumen memakai metode lain) | terbawa (terbawa dari temuan lain, dihitung sekali di sana) | cakupan (dasar perhitungan berbeda) | aritmetika | tanpa_skala (kategori tanpa skala yang dinyatakan)',
} as const;

function statusDari(audit: readonly TemuanAudit[], jalur: Jalur) {
  return audit.find((a) => samaJalur(a.jalur, jalur))?.status ?? 'tidak_dapat_dihitung';
}

export function csvIndikator(k: KorpusTerhitung): string {
  const rows = k.laporan.flatMap((l) =>
    l.terhitung.indikator.map((ind, i) => [
      l.instansi.data.id,
      l.terhitung.laporan.tahun,
      ind.data.indikator,
      ind.nama,
      ind.satuan,
      ind.polaritas,
      nilaiTeks(ind.data.target),
      nilaiTeks(ind.data.realisasi),
      capaianTeks(ind.capaian),
      ind.data.capaian_tercetak ?? null,
      statusDari(l.audit, ['pengukuran', 'indikator', i, 'capaian_tercetak']),
      ind.predikat,
      ind.metode.id,
      ind.metode.disimpulkan ? 'ya' : 'tidak',
      ind.kategori?.label ?? null,
      ind.data.kategori_tercetak ?? null,
    ]),
  );
  return csv(Object.keys(KOLOM_INDIKATOR), rows);
}

export function barisAnggaran(l: LaporanLengkap): Sel[][] {
  const rows: Sel[][] = [];
  l.terhitung.anggaran.forEach((t) => {
    const walk = (b: BarisTerhitung, induk: string | null) => {
      rows.push([
        l.instansi.data.id,
        l.terhitung.laporan.tahun,
        t.data.id,
        b.tingkat,
        b.data.kode ?? null,
        b.data.nama,
        induk,
        b.pagu,
        b.realisasi,
        persen(b.serapan),
        b.data.serapan_tercetak ?? null,
        statusDari(l.audit, [...b.jalur, 'serapan_tercetak']),
        b.anak.length ? b.paguAnak : null,
        b.anak.length ? b.realisasiAnak : null,
        b.kategori?.label ?? null,
      ]);
      b.anak.forEach((a) => walk(a, b.data.nama));
    };
    t.baris.forEach((b) => walk(b, null));
  });
  return rows;
}

export const csvAnggaran = (k: KorpusTerhitung) => csv(Object.keys(KOLOM_ANGGARAN), k.laporan.flatMap(barisAnggaran));

const barisSumber = (a: TemuanAudit) =>
  a.lokasi?.baris === undefined ? null : Array.isArray(a.lokasi.baris) ? a.lokasi.baris.join('-') : a.lokasi.baris;

export const semuaTemuan = (k: KorpusTerhitung) => [...k.laporan.flatMap((l) => l.audit), ...k.auditProfil];

export function csvAudit(temuan: readonly TemuanAudit[]): string {
  return csv(
    Object.keys(KOLOM_AUDIT),
    temuan.map((a) => [
      a.instansi,
      a.tahun,
      a.berkas,
      a.tabel,
      jalurTeks(a.jalur),
      a.besaran,
      a.label,
      a.tercetak,
      a.dihitung,
      a.selisih,
      a.status,
      a.aturan ?? null,
      barisSumber(a),
      a.keterangan ?? null,
      a.kelas ?? null,
    ]),
  );
}

/** The full report with its computed values and full audit, for /data/laporan/<instansi>-<tahun>.json. */
export function jsonLaporan(l: LaporanLengkap) {
  const t = l.terhitung;
  return {
    instansi: l.instansi.data.id,
    tahun: t.laporan.tahun,
    berkas: l.berkas,
    laporan: t.laporan,
    dihitung: {
      indikator: t.indikator.map((i) => ({
        indikator: i.data.indikator,
        polaritas: i.polaritas,
        metode_capaian: i.metode,
        capaian: i.capaian,
        predikat: i.predikat,
        kategori: i.kategori,
        periode: i.periode,
        tahun_sebelumnya: i.tahunSebelumnya,
        akhir_renstra: i.akhirRenstra,
        nasional: i.nasional,
        jumlah_rincian: i.jumlahRincian,
      })),
      rata_rata: t.rataRata,
      rata_rata_tercetak: t.rataRataTercetak.map((r) => ({
        tahun: r.tahun,
        dihitung: r.dihitung,
        dihitung_sebagian: r.dihitungSebagian,
        dari_tercetak: r.dariTercetak,
        kategori: r.kategori,
      })),
      skala: t.skala,
      anggaran: t.anggaran.map((a) => ({
        tabel: a.data.id,
        pagu: a.pagu,
        realisasi: a.realisasi,
        serapan: a.serapan,
        baris: a.baris.flatMap(function datar(b): Record<string, unknown>[] {
          return [
            {
              jalur: b.jalur,
              tingkat: b.tingkat,
              nama: b.data.nama,
              pagu: b.pagu,
              realisasi: b.realisasi,
              serapan: b.serapan,
              kategori: b.kategori,
              realisasi_periode: b.realisasiPeriode,
            },
            ...b.anak.flatMap(datar),
          ];
        }),
      })),
      efisiensi_seragam: t.efisiensiSeragam,
      sakip: t.sakip,
      ringkasan: t.ringkasan,
    },
    audit: l.audit,
  };
}

export function jsonIndeks(k: KorpusTerhitung, base: string) {
  return {
    situs: k.korpus.situs.nama,
    // the home page's headline figures; a national portal sums them over its regions' sites
    angka: angkaUtama(k),
    wilayah: k.korpus.wilayah.map((w) => w.data),
    instansi: k.korpus.instansi.map((i) => ({
      id: i.data.id,
      nama: i.data.nama,
      singkatan: i.data.singkatan,
      wilayah: i.data.wilayah,
      renstra: i.renstra.map((r) => ({
        periode: `${r.data.periode.mulai}-${r.data.periode.selesai}`,
        versi: r.data.versi.map((v) => v.id),
        sumber: r.data.sumber,
      })),
      laporan: i.laporan
        .map((l) => ({
          tahun: l.data.tahun,
          sumber: l.data.sumber,
          data: `${base}data/laporan/${i.data.id}-${l.data.tahun}.json`,
        }))
        .sort((a, b) => a.tahun - b.tahun),
      iki: i.iki.map((x) => ({ tahun: x.data.tahun, sumber: x.data.sumber })),
    })),
  };
}

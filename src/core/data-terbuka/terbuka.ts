/**
 * The open data: CSVs and JSON published under /data/. Columns are documented
 * field by field on the /data/ page (KOLOM below is the single source of those docs).
 */
import { papanTerbitan, type TerbitanInstansi } from '../tampilan/terbitan.ts';
import type { RiwayatKonten } from '../muat/riwayat.ts';
import type { Nilai, Target } from '../skema/common.ts';
import type { Jabatan } from '../skema/iki.ts';
import { bulatkan } from '../rumus/presisi.ts';
import type { Capaian } from '../rumus/capaian.ts';
import { samaJalur, type Jalur, type TemuanAudit } from '../audit/audit.ts';
import { jalurTeks } from '../muat/masalah.ts';
import type { BarisTerhitung } from '../hitung/laporan.ts';
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import { csv, type Sel } from './csv.ts';
import { capaianKeluaran } from '../rumus/capaian.ts';
import type { DataInstansi } from '../muat/korpus.ts';
import { angkaUtama } from '../tampilan/ringkasan.ts';

/** Computed percentages in CSV: 2 decimals, half-up. Full precision is in the per-report JSON. */
export const persen = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : bulatkan(v, 2);
/** A target or value as text: a number, a range "a-b", a label or N/A. */
export const nilaiTeks = (v: Target | Nilai | null | undefined): Sel =>
  v === null || v === undefined ? null : typeof v === 'object' ? `${v.min}-${v.max}` : v;
/** A capaian: % (2 decimals), "tercapai"/"tidak tercapai" for a grade, empty when not computable. */
export const capaianTeks = (c: Capaian | null): Sel =>
  c === null
    ? null
    : c.jenis === 'persen'
      ? persen(c.nilai)
      : c.jenis === 'kualitatif'
        ? c.tercapai
          ? 'tercapai'
          : 'tidak tercapai'
        : null;

export const KOLOM_INDIKATOR = {
  instansi: 'id instansi (sama dengan URL /instansi/<id>/)',
  tahun: 'tahun laporan',
  tingkat:
    'tingkat indikator: tujuan | sasaran_strategis (IKU) | program (outcome) | kegiatan | ' +
    'sub_kegiatan (keluaran) | iki (indikator kinerja individu); kosong bila dokumen tidak menyatakannya',
  indikator_id:
    'id indikator yang stabil lintas tahun dan instansi (kosong untuk keluaran dan IKI, yang tidak ada di katalog)',
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
  jenis: 'asal baris: pengukuran (tabel pengukuran kinerja) | keluaran (indikator keluaran baris anggaran) | iki',
  sasaran: 'id sasaran pengukuran; untuk IKI nama sasaran jabatan',
  konteks:
    'untuk keluaran: "<id tabel anggaran>: <nama baris>"; untuk IKI: jabatan; untuk baris tabel cascading IKI: "<tingkat> <nomor> <program/kegiatan> — <penanggung jawab>"',
  capaian_masukan_rinci:
    'capaian dihitung dari target dan realisasi rinci (sebelum dibulatkan) yang disebut dokumen, % (2 desimal)',
  jumlah_rincian: 'jumlah komponen realisasi (mis. dimensi IP ASN), bila dokumen merincinya',
  realisasi_gabungan: 'realisasi tahunan dari nilai per periode menurut aturan konsolidasi yang dinyatakan',
  keyakinan:
    'untuk IKI: keyakinan transkripsi OCR baris itu, tinggi | sedang (sel tergeser, dipasangkan menurut urutan dan makna) | rendah (pemasangan tidak pasti); kosong untuk baris lain',
} as const;

export const KOLOM_ANGGARAN = {
  instansi: 'id instansi',
  tahun: 'tahun anggaran',
  tabel: 'id tabel anggaran dalam laporan',
  tingkat:
    'tingkat baris: urusan | bidang_urusan | program | kegiatan | sub_kegiatan | sasaran | ' +
    'jenis_belanja | lainnya | jumlah (jumlah tabel: pagu dan realisasi dari baris teratas; ' +
    'pagu_rincian dan realisasi_rincian berisi jumlah tercetak)',
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
  jenis_tabel: 'program_kegiatan | per_sasaran (anggaran per sasaran PK) | lra (laporan realisasi anggaran)',
  judul_tabel: 'judul tabel seperti tercetak',
  silpa: 'pagu − realisasi (Rp), sisa anggaran',
  silpa_persen: 'silpa ÷ pagu × 100 (2 desimal)',
  pagu_murni: 'pagu APBD murni sebelum perubahan (Rp), bila tercetak',
  fisik_tercetak: 'realisasi fisik (%) seperti tercetak',
  realisasi_periode: 'realisasi tahunan dari realisasi per periode menurut aturan konsolidasi (Rp)',
  kategori_tercetak: 'kategori serapan seperti tercetak',
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
  dihitung: 'angka dihitung ulang dari masukan dokumen (15 angka penting)',
  selisih: 'tercetak − dihitung',
  status: 'cocok | berbeda | tidak_dapat_dihitung',
  aturan: 'bulat (setengah ke atas) | potong | persis, bila cocok',
  baris_sumber: 'baris pada berkas teks sumber',
  keterangan: 'penjelasan',
  kelas:
    'alasan perbedaan atau mengapa tidak dapat diperiksa: pembulatan | pelabelan (dokumen ' +
    'menamai angka sebagai besaran lain) | metode (dokumen memakai metode lain) | terbawa ' +
    '(terbawa dari temuan lain, dihitung sekali di sana) | cakupan (dasar perhitungan berbeda) ' +
    '| aritmetika | tanpa_skala (kategori tanpa skala yang dinyatakan)',
  id: 'id tetap temuan; tautan: /audit/#<id> dan halaman laporannya',
  satuan: 'satuan angka: rupiah | persen | poin | jumlah | kategori …',
  asal: 'untuk kelas terbawa: id temuan asal yang dihitung',
} as const;

function statusDari(audit: readonly TemuanAudit[], jalur: Jalur) {
  return audit.find((a) => samaJalur(a.jalur, jalur))?.status ?? 'tidak_dapat_dihitung';
}

/** What a part of the open data covers: the whole site, or one report (for its downloads). */
export interface Lingkup {
  laporan: readonly LaporanLengkap[];
  instansi: readonly DataInstansi[];
  temuan: readonly TemuanAudit[];
  /** only this year's instansi-level records that have a year (IKI), for a report's downloads */
  tahun?: number;
  /** the publication scoreboard (site scope only: it needs the content's git history) */
  terbitan?: readonly TerbitanInstansi[];
}

export const semuaTemuan = (k: KorpusTerhitung) => [...k.laporan.flatMap((l) => l.audit), ...k.auditInstansi];

export const lingkupSitus = (k: KorpusTerhitung, riwayat?: RiwayatKonten): Lingkup => ({
  laporan: k.laporan,
  instansi: k.korpus.instansi,
  temuan: semuaTemuan(k),
  ...(riwayat ? { terbitan: papanTerbitan(k, riwayat) } : {}),
});

export const lingkupLaporan = (k: KorpusTerhitung, l: LaporanLengkap): Lingkup => ({
  laporan: [l],
  instansi: [l.instansi],
  temuan: [...l.audit, ...k.auditInstansi.filter((a) => a.instansi === l.instansi.data.id)],
  tahun: l.terhitung.laporan.tahun,
});

export function barisIndikator(lk: Lingkup): Sel[][] {
  const kosong = Array<Sel>(Object.keys(KOLOM_INDIKATOR).length).fill(null);
  const baris = (isi: Partial<Record<keyof typeof KOLOM_INDIKATOR, Sel>>) =>
    kosong.map((_, i) => isi[Object.keys(KOLOM_INDIKATOR)[i] as keyof typeof KOLOM_INDIKATOR] ?? null);
  return [
    ...lk.laporan.flatMap((laporan) => {
      const dasar = { instansi: laporan.instansi.data.id, tahun: laporan.terhitung.laporan.tahun };
      const ukur = laporan.terhitung.indikator.map((ind, i) =>
        baris({
          ...dasar,
          tingkat: ind.tingkat,
          indikator_id: ind.data.indikator,
          indikator: ind.nama,
          satuan: ind.satuan,
          polaritas: ind.polaritas,
          target: nilaiTeks(ind.data.target),
          realisasi: nilaiTeks(ind.data.realisasi),
          capaian: capaianTeks(ind.capaian),
          capaian_tercetak: ind.data.capaian_tercetak ?? null,
          status: statusDari(laporan.audit, ['pengukuran', 'indikator', i, 'capaian_tercetak']),
          predikat: ind.predikat,
          metode_capaian: ind.metode.id,
          metode_disimpulkan: ind.metode.disimpulkan ? 'ya' : 'tidak',
          kategori: ind.kategori?.label ?? null,
          kategori_tercetak: ind.data.kategori_tercetak ?? null,
          jenis: 'pengukuran',
          sasaran: ind.sasaran?.id ?? null,
          capaian_masukan_rinci: capaianTeks(ind.dariMasukanRinci),
          jumlah_rincian: ind.jumlahRincian,
          realisasi_gabungan: ind.periode?.gabungan ?? null,
        }),
      );
      const keluaran = laporan.terhitung.anggaran.flatMap((t) =>
        t.baris.flatMap(function datar(rincian): Sel[][] {
          return [
            ...rincian.data.keluaran.map((kel, ki) => {
              const capaian = capaianKeluaran(kel.target, kel.realisasi);
              return baris({
                ...dasar,
                tingkat: rincian.tingkat,
                indikator: kel.indikator,
                satuan: kel.satuan ?? null,
                target: kel.target ?? null,
                realisasi: kel.realisasi ?? null,
                capaian: capaianTeks(capaian),
                capaian_tercetak: kel.capaian_tercetak ?? null,
                status: statusDari(laporan.audit, [...rincian.jalur, 'keluaran', ki, 'capaian_tercetak']),
                metode_capaian: capaian ? 'realisasi-per-target' : null,
                jenis: 'keluaran',
                konteks: `${t.data.id}: ${rincian.data.nama}`,
              });
            }),
            ...rincian.anak.flatMap(datar),
          ];
        }),
      );
      return [...ukur, ...keluaran];
    }),
    ...lk.instansi.flatMap((ins) =>
      ins.iki
        .filter((d) => lk.tahun === undefined || d.data.tahun === lk.tahun)
        .flatMap((d) =>
          d.data.jabatan.flatMap((j) =>
            j.sasaran.flatMap((sa) =>
              sa.indikator.map((x) =>
                baris({
                  instansi: ins.data.id,
                  tahun: d.data.tahun,
                  tingkat: 'iki',
                  indikator: x.nama,
                  satuan: x.satuan ?? null,
                  target: x.target ?? null,
                  jenis: 'iki',
                  sasaran: sa.nama ?? null,
                  konteks: konteksIki(j),
                  keyakinan: j.keyakinan,
                }),
              ),
            ),
          ),
        ),
    ),
  ];
}

/** Where an IKI row sits: its position, or for a cascading row its level, number, programme and position. */
function konteksIki(jabatan: Jabatan): string | null {
  if (!jabatan.tingkat) return jabatan.jabatan ?? null;
  const letak = [jabatan.tingkat, jabatan.nomor_disimpulkan ?? jabatan.nomor, jabatan.program_kegiatan]
    .filter(Boolean)
    .join(' ');
  return jabatan.jabatan ? `${letak} — ${jabatan.jabatan}` : letak;
}

export const csvIndikator = (k: KorpusTerhitung) => csv(Object.keys(KOLOM_INDIKATOR), barisIndikator(lingkupSitus(k)));

export function barisAnggaran(laporan: LaporanLengkap): Sel[][] {
  const rows: Sel[][] = [];
  const dasar = [laporan.instansi.data.id, laporan.terhitung.laporan.tahun];
  laporan.terhitung.anggaran.forEach((tabelAnggaran, ti) => {
    const tabel = [tabelAnggaran.data.jenis, tabelAnggaran.data.judul];
    const walk = (baris: BarisTerhitung, induk: string | null) => {
      rows.push([
        ...dasar,
        tabelAnggaran.data.id,
        baris.tingkat,
        baris.data.kode ?? null,
        baris.data.nama,
        induk,
        baris.pagu,
        baris.realisasi,
        persen(baris.serapan),
        baris.data.serapan_tercetak ?? null,
        statusDari(laporan.audit, [...baris.jalur, 'serapan_tercetak']),
        baris.anak.length ? baris.paguAnak : null,
        baris.anak.length ? baris.realisasiAnak : null,
        baris.kategori?.label ?? null,
        ...tabel,
        baris.silpa,
        baris.pagu ? persen(((baris.silpa ?? 0) / baris.pagu) * 100) : null,
        baris.data.pagu_murni ?? null,
        baris.data.fisik_tercetak ?? null,
        baris.realisasiPeriode,
        baris.data.kategori_tercetak ?? null,
      ]);
      baris.anak.forEach((a) => walk(a, baris.data.nama));
    };
    tabelAnggaran.baris.forEach((b) => walk(b, null));
    // the table's total: computed from its top lines, next to the printed total row
    const silpa =
      tabelAnggaran.pagu !== null && tabelAnggaran.realisasi !== null
        ? tabelAnggaran.pagu - tabelAnggaran.realisasi
        : null;
    rows.push([
      ...dasar,
      tabelAnggaran.data.id,
      'jumlah',
      null,
      'Jumlah',
      null,
      tabelAnggaran.pagu,
      tabelAnggaran.realisasi,
      persen(tabelAnggaran.serapan),
      tabelAnggaran.data.jumlah?.serapan_tercetak ?? null,
      statusDari(laporan.audit, ['anggaran', ti, 'jumlah', 'serapan_tercetak']),
      tabelAnggaran.data.jumlah?.pagu ?? null,
      tabelAnggaran.data.jumlah?.realisasi ?? null,
      null,
      ...tabel,
      silpa,
      silpa !== null && tabelAnggaran.pagu ? persen((silpa / tabelAnggaran.pagu) * 100) : null,
      null,
      null,
      null,
      null,
    ]);
  });
  return rows;
}

export const csvAnggaran = (k: KorpusTerhitung) => csv(Object.keys(KOLOM_ANGGARAN), k.laporan.flatMap(barisAnggaran));

const barisSumber = (a: TemuanAudit) =>
  a.lokasi?.baris === undefined ? null : Array.isArray(a.lokasi.baris) ? a.lokasi.baris.join('-') : a.lokasi.baris;

/** Every finding, as one row; the audit's shape lives in this one function so it can follow TemuanAudit. */
export function barisTemuan(temuan: TemuanAudit): Sel[] {
  return [
    temuan.instansi,
    temuan.tahun,
    temuan.berkas,
    temuan.tabel,
    jalurTeks(temuan.jalur),
    temuan.besaran,
    temuan.label,
    temuan.tercetak,
    temuan.dihitung,
    temuan.selisih,
    temuan.status,
    temuan.aturan ?? null,
    barisSumber(temuan),
    temuan.keterangan ?? null,
    temuan.kelas ?? null,
    temuan.id,
    temuan.satuan,
    temuan.asal ?? null,
  ];
}

export const csvAudit = (temuan: readonly TemuanAudit[]) => csv(Object.keys(KOLOM_AUDIT), temuan.map(barisTemuan));

/** The full report with its computed values and full audit, for /data/laporan/<instansi>-<tahun>.json. */
export function jsonLaporan(laporan: LaporanLengkap) {
  const terhitung = laporan.terhitung;
  return {
    instansi: laporan.instansi.data.id,
    tahun: terhitung.laporan.tahun,
    berkas: laporan.berkas,
    laporan: terhitung.laporan,
    dihitung: {
      indikator: terhitung.indikator.map((i) => ({
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
      rata_rata: terhitung.rataRata,
      rata_rata_tercetak: terhitung.rataRataTercetak.map((r) => ({
        tahun: r.tahun,
        dihitung: r.dihitung,
        dihitung_sebagian: r.dihitungSebagian,
        dari_tercetak: r.dariTercetak,
        kategori: r.kategori,
      })),
      skala: terhitung.skala,
      anggaran: terhitung.anggaran.map((a) => ({
        tabel: a.data.id,
        pagu: a.pagu,
        realisasi: a.realisasi,
        serapan: a.serapan,
        baris: a.baris.flatMap(function datar(baris): Record<string, unknown>[] {
          return [
            {
              jalur: baris.jalur,
              tingkat: baris.tingkat,
              nama: baris.data.nama,
              pagu: baris.pagu,
              realisasi: baris.realisasi,
              serapan: baris.serapan,
              kategori: baris.kategori,
              realisasi_periode: baris.realisasiPeriode,
            },
            ...baris.anak.flatMap(datar),
          ];
        }),
      })),
      efisiensi_seragam: terhitung.efisiensiSeragam,
      sakip: terhitung.sakip,
      ringkasan: terhitung.ringkasan,
    },
    audit: laporan.audit,
  };
}

export function jsonIndeks(korpus: KorpusTerhitung, base: string) {
  return {
    situs: korpus.korpus.situs.nama,
    // the home page's headline figures; a national portal sums them over its regions' sites
    angka: angkaUtama(korpus),
    wilayah: korpus.korpus.wilayah.map((w) => w.data),
    instansi: korpus.korpus.instansi.map((i) => ({
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

/** A report page's absolute URL, as the downloads cite it. */
export const urlLaporan = (s: { url: string; base: string }, l: LaporanLengkap) =>
  new URL(`${s.base.replace(/\/?$/, '/')}instansi/${l.instansi.data.id}/${l.terhitung.laporan.tahun}/`, s.url).href;

/** A report's file name under /data/laporan/: <instansi>-<tahun>. */
export const namaUnduhan = (l: LaporanLengkap) => `${l.instansi.data.id}-${l.terhitung.laporan.tahun}`;

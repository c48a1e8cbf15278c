/**
 * The audit: every derived value a document printed, recomputed from the
 * document's own inputs and classified. A match is equality at the printed
 * precision under half-up rounding or truncation; anything else is a
 * discrepancy, shown with both figures (DOMAIN.md §4).
 */
import type { Lokasi, Tercetak } from '../skema/common.ts';
import type { Instansi } from '../skema/instansi.ts';
import type { Capaian } from '../rumus/capaian.ts';
import { ALASAN_TAK_TERHITUNG } from '../rumus/capaian.ts';
import { bacaTercetak, cocokTercetak, type AturanPembulatan } from '../rumus/presisi.ts';
import { kategori, SKALA_KEMENPAN } from '../rumus/kategori.ts';
import { rataRataCapaian } from '../rumus/rata.ts';
import { serapan } from '../rumus/anggaran.ts';
import { hitungCapaian } from '../rumus/capaian.ts';
import type { BarisTerhitung, LaporanTerhitung } from '../hitung/laporan.ts';

export type StatusAudit = 'match' | 'discrepancy' | 'na';

export const LABEL_STATUS: Record<StatusAudit, string> = {
  match: 'Cocok',
  discrepancy: 'Berbeda',
  na: 'Tidak dapat dihitung ulang',
};

export type Besaran =
  | 'capaian'
  | 'capaian_triwulan'
  | 'capaian_tahun_lalu'
  | 'selisih_tahunan'
  | 'capaian_akhir_renstra'
  | 'target_akhir_renstra'
  | 'capaian_nasional'
  | 'jumlah_rincian'
  | 'tercetak_ganda'
  | 'rata_rata'
  | 'nilai_sakip'
  | 'kategori_sakip'
  | 'jumlah_pagu'
  | 'jumlah_realisasi'
  | 'serapan'
  | 'capaian_keluaran'
  | 'jumlah_pagu_pk'
  | 'efisiensi'
  | 'jumlah_pegawai';

export interface TemuanAudit {
  instansi: string;
  tahun: number;
  berkas: string;
  /** the table as the document names it */
  tabel: string;
  /** field path in the content file */
  jalur: string;
  besaran: Besaran;
  /** what the figure is, in words */
  label: string;
  tercetak: string;
  dihitung: number | string | null;
  /** printed − computed, for numbers */
  selisih: number | null;
  status: StatusAudit;
  aturan?: AturanPembulatan | 'persis';
  lokasi?: Lokasi;
  keterangan?: string;
}

type Dasar = Pick<TemuanAudit, 'instansi' | 'tahun' | 'berkas'>;
type Tempat = {
  tabel: string;
  jalur: string;
  besaran: Besaran;
  label: string;
  lokasi?: Lokasi | undefined;
  keterangan?: string;
};

function temuan(
  dasar: Dasar,
  t: Tempat,
  tercetak: Tercetak | number,
  dihitung: number | null,
  alasanNa?: string,
): TemuanAudit {
  const base = {
    ...dasar,
    tabel: t.tabel,
    jalur: t.jalur,
    besaran: t.besaran,
    label: t.label,
    ...(t.lokasi ? { lokasi: t.lokasi } : {}),
  };
  const teks = String(tercetak);
  const p = bacaTercetak(tercetak);
  const ket = (k: string | undefined) => (k ? { keterangan: k } : {});
  if (p === null) {
    // The document printed N/A: that matches exactly when we cannot compute either.
    return dihitung === null
      ? {
          ...base,
          tercetak: teks,
          dihitung: null,
          selisih: null,
          status: 'match',
          aturan: 'persis',
          ...ket(t.keterangan),
        }
      : {
          ...base,
          tercetak: teks,
          dihitung,
          selisih: null,
          status: 'discrepancy',
          ...ket(t.keterangan ?? 'Dokumen mencetak N/A, padahal nilainya dapat dihitung dari data.'),
        };
  }
  if (dihitung === null)
    return { ...base, tercetak: teks, dihitung: null, selisih: null, status: 'na', ...ket(alasanNa ?? t.keterangan) };
  const aturan = cocokTercetak(dihitung, p);
  return {
    ...base,
    tercetak: teks,
    dihitung,
    selisih: beda(p.nilai, dihitung),
    status: aturan ? 'match' : 'discrepancy',
    ...(aturan ? { aturan } : {}),
    ...ket(t.keterangan),
  };
}

/**
 * printed − computed, cleared of binary floating-point noise: 72.58 − 70 is 2.5799999999999983,
 * so "2.58" would differ by 1.8e-15 (printed as such in the CSV). A difference below a billionth
 * of the figures themselves is 0; otherwise 12 significant digits.
 */
function beda(tercetak: number, dihitung: number): number {
  const d = tercetak - dihitung;
  return Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(tercetak), Math.abs(dihitung)) ? 0 : Number(d.toPrecision(12));
}

/** Money totals are exact: whole rupiah on both sides. */
function temuanRupiah(dasar: Dasar, t: Tempat, tercetak: number, dihitung: number | null): TemuanAudit {
  const base = {
    ...dasar,
    tabel: t.tabel,
    jalur: t.jalur,
    besaran: t.besaran,
    label: t.label,
    ...(t.lokasi ? { lokasi: t.lokasi } : {}),
    ...(t.keterangan ? { keterangan: t.keterangan } : {}),
  };
  if (dihitung === null) return { ...base, tercetak: String(tercetak), dihitung: null, selisih: null, status: 'na' };
  return {
    ...base,
    tercetak: String(tercetak),
    dihitung,
    selisih: tercetak - dihitung,
    status: tercetak === dihitung ? 'match' : 'discrepancy',
    ...(tercetak === dihitung ? { aturan: 'persis' as const } : {}),
  };
}

const nilaiCapaian = (c: Capaian | null) => (c && c.jenis === 'persen' ? c.nilai : null);
const alasanCapaian = (c: Capaian | null) =>
  !c
    ? 'target tidak tersedia'
    : c.jenis === 'tak_terhitung'
      ? ALASAN_TAK_TERHITUNG[c.alasan]
      : c.jenis === 'kualitatif'
        ? 'capaian kualitatif, bukan persen'
        : undefined;

const namaTabel = (l: Lokasi | undefined, cadangan: string) =>
  l?.tabel ?? (l?.bagian ? `${l.bagian} — ${cadangan}` : cadangan);

export function auditLaporan(h: LaporanTerhitung, berkas: string): TemuanAudit[] {
  const L = h.laporan;
  const dasar: Dasar = { instansi: L.instansi, tahun: L.tahun, berkas };
  const out: TemuanAudit[] = [];
  const tabelUkur = namaTabel(L.pengukuran.lokasi, 'Pengukuran kinerja');

  h.indikator.forEach((ind, i) => {
    const p = ind.data;
    const j = `pengukuran.indikator[${i}]`;
    const lok = p.lokasi ?? L.pengukuran.lokasi;
    if (p.capaian_tercetak !== undefined)
      out.push(
        temuan(
          dasar,
          {
            tabel: tabelUkur,
            jalur: `${j}.capaian_tercetak`,
            besaran: 'capaian',
            label: `Capaian ${ind.nama}`,
            lokasi: lok,
          },
          p.capaian_tercetak,
          nilaiCapaian(ind.capaian),
          alasanCapaian(ind.capaian),
        ),
      );
    p.triwulan.forEach((t, k) => {
      if (t.capaian_tercetak === undefined) return;
      const c = ind.triwulan[k]!.capaian;
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(t.lokasi ?? lok, 'Capaian triwulan'),
            jalur: `${j}.triwulan[${k}].capaian_tercetak`,
            besaran: 'capaian_triwulan',
            label: `Capaian triwulan ${t.triwulan} ${ind.nama}`,
            lokasi: t.lokasi ?? lok,
          },
          t.capaian_tercetak,
          nilaiCapaian(c),
          alasanCapaian(c),
        ),
      );
    });
    p.tahun_sebelumnya.forEach((s, k) => {
      const hs = ind.tahunSebelumnya[k]!;
      const tempat = {
        tabel: namaTabel(s.lokasi ?? lok, 'Perbandingan dengan tahun sebelumnya'),
        lokasi: s.lokasi ?? lok,
      };
      if (s.capaian_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: `${j}.tahun_sebelumnya[${k}].capaian_tercetak`,
              besaran: 'capaian_tahun_lalu',
              label: `Capaian ${s.tahun} ${ind.nama}`,
            },
            s.capaian_tercetak,
            nilaiCapaian(hs.capaian),
            alasanCapaian(hs.capaian),
          ),
        );
      if (s.selisih_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: `${j}.tahun_sebelumnya[${k}].selisih_tercetak`,
              besaran: 'selisih_tahunan',
              label: `Perubahan ${s.tahun}–${L.tahun} ${ind.nama}`,
            },
            s.selisih_tercetak,
            hs.perubahan?.selisih ?? null,
            'realisasi salah satu tahun bukan angka',
          ),
        );
    });
    if (p.akhir_renstra && ind.akhirRenstra) {
      const a = p.akhir_renstra;
      const tempat = {
        tabel: namaTabel(a.lokasi ?? lok, 'Perbandingan dengan target akhir Renstra'),
        lokasi: a.lokasi ?? lok,
      };
      if (a.capaian_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: `${j}.akhir_renstra.capaian_tercetak`,
              besaran: 'capaian_akhir_renstra',
              label: `Capaian terhadap target akhir Renstra ${ind.nama}`,
            },
            a.capaian_tercetak,
            nilaiCapaian(ind.akhirRenstra.capaian),
            alasanCapaian(ind.akhirRenstra.capaian),
          ),
        );
      const tr = ind.akhirRenstra.targetRenstra;
      if (typeof a.target === 'number' && typeof tr === 'number')
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: `${j}.akhir_renstra.target`,
              besaran: 'target_akhir_renstra',
              label: `Target akhir Renstra ${ind.nama} (laporan vs dokumen Renstra)`,
            },
            a.target,
            tr,
          ),
        );
    }
    if (p.nasional?.capaian_tercetak !== undefined && ind.nasional)
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(p.nasional.lokasi ?? lok, 'Perbandingan dengan target nasional'),
            jalur: `${j}.nasional.capaian_tercetak`,
            besaran: 'capaian_nasional',
            label: `Capaian terhadap target nasional ${ind.nama}`,
            lokasi: p.nasional.lokasi ?? lok,
          },
          p.nasional.capaian_tercetak,
          nilaiCapaian(ind.nasional.capaian),
          alasanCapaian(ind.nasional.capaian),
        ),
      );
    if (ind.jumlahRincian !== null && typeof p.realisasi === 'number')
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(p.rincian_lokasi ?? lok, 'Rincian komponen'),
            jalur: `${j}.realisasi`,
            besaran: 'jumlah_rincian',
            label: `Realisasi ${ind.nama} sebagai jumlah komponennya`,
            lokasi: p.rincian_lokasi ?? lok,
          },
          p.realisasi,
          ind.jumlahRincian,
        ),
      );
    p.tercetak_lain.forEach((t, k) => {
      const tempat = {
        tabel: namaTabel(t.lokasi, 'Tabel lain'),
        jalur: `${j}.tercetak_lain[${k}].nilai`,
        besaran: 'tercetak_ganda' as const,
        lokasi: t.lokasi,
      };
      if (
        t.besaran === 'capaian' &&
        (typeof t.nilai === 'string' || typeof t.nilai === 'number') &&
        !/^[A-D]{1,2}$/.test(String(t.nilai))
      )
        out.push(
          temuan(
            dasar,
            { ...tempat, label: `Capaian ${ind.nama} (dicetak lagi)` },
            t.nilai as Tercetak | number,
            nilaiCapaian(ind.capaian),
            alasanCapaian(ind.capaian),
          ),
        );
      else {
        const utama = t.besaran === 'target' ? p.target : p.realisasi;
        if (typeof utama === 'number' && typeof t.nilai !== 'string')
          out.push(
            temuan(
              dasar,
              {
                ...tempat,
                label: `${t.besaran === 'target' ? 'Target' : 'Realisasi'} ${ind.nama} (dicetak lagi, dibandingkan dengan tabel utama)`,
              },
              t.nilai as number,
              utama,
            ),
          );
        else if (typeof utama === 'number' && typeof t.nilai === 'string' && t.nilai !== 'N/A' && /^-?\d/.test(t.nilai))
          out.push(
            temuan(
              dasar,
              {
                ...tempat,
                label: `${t.besaran === 'target' ? 'Target' : 'Realisasi'} ${ind.nama} (dicetak lagi, dibandingkan dengan tabel utama)`,
              },
              t.nilai,
              utama,
            ),
          );
      }
    });
  });

  // Readers see names, not ids.
  const namaIndikator = (id: string) => `“${h.indikator.find((x) => x.data.indikator === id)?.nama ?? id}”`;
  const namaSasaran = (id: string | undefined) =>
    h.versiRenstra?.tujuan.flatMap((t) => t.sasaran).find((s) => s.id === id)?.nama ?? id ?? '';
  L.rata_rata.forEach((r, i) => {
    const cakupan = h.indikator.filter((ind) => r.cakupan === 'laporan' || ind.data.sasaran === r.sasaran);
    const semua = rataRataCapaian(cakupan.map((ind) => ({ id: ind.data.indikator, capaian: ind.capaian })));
    let keterangan: string | undefined;
    if (r.indikator) {
      const sebagian = rataRataCapaian(
        cakupan
          .filter((ind) => r.indikator!.includes(ind.data.indikator))
          .map((ind) => ({ id: ind.data.indikator, capaian: ind.capaian })),
      );
      const p = bacaTercetak(r.tercetak);
      const ditinggal = semua.dihitung.filter((id) => !r.indikator!.includes(id));
      if (p && sebagian.nilai !== null && cocokTercetak(sebagian.nilai, p) && ditinggal.length)
        keterangan = `Angka tercetak sama dengan rata-rata tanpa indikator: ${ditinggal.map(namaIndikator).join(', ')}.`;
    }
    if (semua.dikecualikan.length)
      keterangan = [
        keterangan,
        `Tidak diikutkan karena tidak terhitung sebagai persen: ${semua.dikecualikan.map(namaIndikator).join(', ')}.`,
      ]
        .filter(Boolean)
        .join(' ');
    out.push(
      temuan(
        dasar,
        {
          tabel: namaTabel(r.lokasi, 'Rata-rata capaian'),
          jalur: `rata_rata[${i}].tercetak`,
          besaran: 'rata_rata',
          label:
            r.cakupan === 'laporan'
              ? 'Rata-rata capaian seluruh indikator'
              : `Rata-rata capaian sasaran “${namaSasaran(r.sasaran)}”`,
          lokasi: r.lokasi,
          ...(keterangan ? { keterangan } : {}),
        },
        r.tercetak,
        semua.nilai,
        'tidak ada capaian yang dapat dihitung',
      ),
    );
  });

  const ev = L.evaluasi_sakip;
  ev?.penilaian.forEach((p, i) => {
    const hasil = h.sakip.find((s) => s.tahun === p.tahun)?.hasil;
    const tempat = { tabel: namaTabel(p.lokasi, 'Evaluasi SAKIP'), lokasi: p.lokasi };
    if (hasil) {
      out.push(
        temuan(
          dasar,
          {
            ...tempat,
            jalur: `evaluasi_sakip.penilaian[${i}].nilai_tercetak`,
            besaran: 'nilai_sakip',
            label: `Nilai SAKIP ${p.tahun} (jumlah komponen)`,
          },
          p.nilai_tercetak,
          hasil.nilai,
        ),
      );
    }
    const nilai = hasil?.nilai ?? bacaTercetak(p.nilai_tercetak)?.nilai;
    if (p.kategori_tercetak && nilai !== undefined) {
      const dihitung = (hasil ? hasil.kategori : kategori(nilai, ev.skala ?? SKALA_KEMENPAN))?.kode ?? null;
      out.push({
        ...dasar,
        ...tempat,
        jalur: `evaluasi_sakip.penilaian[${i}].kategori_tercetak`,
        besaran: 'kategori_sakip',
        label: `Kategori SAKIP ${p.tahun}`,
        tercetak: p.kategori_tercetak,
        dihitung,
        selisih: null,
        status: dihitung === null ? 'na' : dihitung === p.kategori_tercetak ? 'match' : 'discrepancy',
        ...(dihitung === p.kategori_tercetak ? { aturan: 'persis' as const } : {}),
      });
    }
  });

  L.perjanjian_kinerja.forEach((pk, i) => {
    if (pk.jumlah_pagu_tercetak !== undefined)
      out.push(
        temuanRupiah(
          dasar,
          {
            tabel: namaTabel(pk.lokasi, `Perjanjian Kinerja (${pk.versi})`),
            jalur: `perjanjian_kinerja[${i}].jumlah_pagu_tercetak`,
            besaran: 'jumlah_pagu_pk',
            label: `Jumlah anggaran program PK ${pk.versi}`,
            lokasi: pk.lokasi,
          },
          pk.jumlah_pagu_tercetak,
          pk.program.reduce((s, p) => s + p.pagu, 0),
        ),
      );
  });

  h.anggaran.forEach((t, ti) => {
    const tabel = namaTabel(t.data.lokasi, t.data.judul);
    const auditBaris = (b: BarisTerhitung, jalur: string) => {
      const d = b.data;
      const lokasi = d.lokasi ?? t.data.lokasi;
      if (b.anak.length) {
        if (d.pagu !== undefined)
          out.push(
            temuanRupiah(
              dasar,
              {
                tabel,
                jalur: `${jalur}.pagu`,
                besaran: 'jumlah_pagu',
                label: `Pagu ${d.nama} (jumlah rinciannya)`,
                lokasi,
              },
              d.pagu,
              b.paguAnak,
            ),
          );
        if (d.realisasi !== undefined)
          out.push(
            temuanRupiah(
              dasar,
              {
                tabel,
                jalur: `${jalur}.realisasi`,
                besaran: 'jumlah_realisasi',
                label: `Realisasi ${d.nama} (jumlah rinciannya)`,
                lokasi,
              },
              d.realisasi,
              b.realisasiAnak,
            ),
          );
      }
      if (d.serapan_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              tabel,
              jalur: `${jalur}.serapan_tercetak`,
              besaran: 'serapan',
              label: `Serapan anggaran ${d.nama}`,
              lokasi,
            },
            d.serapan_tercetak,
            b.serapan,
            b.pagu === 0 ? 'pagu bernilai 0' : 'pagu atau realisasi tidak tersedia',
          ),
        );
      d.keluaran.forEach((k, ki) => {
        if (k.capaian_tercetak === undefined) return;
        const c =
          typeof k.target === 'number' && typeof k.realisasi === 'number'
            ? hitungCapaian(k.target, k.realisasi, 'naik')
            : null;
        out.push(
          temuan(
            dasar,
            {
              tabel,
              jalur: `${jalur}.keluaran[${ki}].capaian_tercetak`,
              besaran: 'capaian_keluaran',
              label: `Capaian keluaran "${k.indikator}"`,
              lokasi,
            },
            k.capaian_tercetak,
            nilaiCapaian(c),
            c ? alasanCapaian(c) : 'target atau realisasi keluaran bukan angka',
          ),
        );
      });
      b.anak.forEach((a, ai) =>
        auditBaris(a, `${jalur}.${a.tingkat === 'kegiatan' ? 'kegiatan' : 'sub_kegiatan'}[${ai}]`),
      );
    };
    t.baris.forEach((b, bi) => auditBaris(b, `anggaran[${ti}].program[${bi}]`));
    const j = t.data.jumlah;
    if (j?.pagu !== undefined)
      out.push(
        temuanRupiah(
          dasar,
          {
            tabel,
            jalur: `anggaran[${ti}].jumlah.pagu`,
            besaran: 'jumlah_pagu',
            label: `Jumlah pagu ${t.data.judul}`,
            lokasi: t.data.lokasi,
          },
          j.pagu,
          t.pagu,
        ),
      );
    if (j?.realisasi !== undefined)
      out.push(
        temuanRupiah(
          dasar,
          {
            tabel,
            jalur: `anggaran[${ti}].jumlah.realisasi`,
            besaran: 'jumlah_realisasi',
            label: `Jumlah realisasi ${t.data.judul}`,
            lokasi: t.data.lokasi,
          },
          j.realisasi,
          t.realisasi,
        ),
      );
    if (j?.serapan_tercetak !== undefined) {
      // The printed total % follows from the printed totals when there are any, else from the sums.
      const pagu = j.pagu ?? t.pagu;
      const realisasi = j.realisasi ?? t.realisasi;
      out.push(
        temuan(
          dasar,
          {
            tabel,
            jalur: `anggaran[${ti}].jumlah.serapan_tercetak`,
            besaran: 'serapan',
            label: `Serapan total ${t.data.judul}`,
            lokasi: t.data.lokasi,
          },
          j.serapan_tercetak,
          pagu !== null && realisasi !== null ? serapan({ pagu, realisasi }) : null,
          'jumlah tidak tersedia',
        ),
      );
    }
  });

  h.efisiensi.forEach((e, i) => {
    const d = e.data;
    out.push(
      temuan(
        dasar,
        {
          tabel: namaTabel(d.lokasi, 'Efisiensi'),
          jalur: `efisiensi[${i}].efisiensi_tercetak`,
          besaran: 'efisiensi',
          label: `Efisiensi (${d.metode}) dari angka-angka yang dicetak di baris yang sama`,
          lokasi: d.lokasi,
        },
        d.efisiensi_tercetak,
        e.dariTercetak,
        'masukan metode ini tidak lengkap',
      ),
    );
    if (d.capaian_tercetak !== undefined && d.indikator) {
      const ind = h.indikator.find((x) => x.data.indikator === d.indikator);
      if (ind)
        out.push(
          temuan(
            dasar,
            {
              tabel: namaTabel(d.lokasi, 'Efisiensi'),
              jalur: `efisiensi[${i}].capaian_tercetak`,
              besaran: 'capaian',
              label: `Capaian ${ind.nama} di tabel efisiensi`,
              lokasi: d.lokasi,
            },
            d.capaian_tercetak,
            nilaiCapaian(ind.capaian),
            alasanCapaian(ind.capaian),
          ),
        );
    }
    if (d.serapan_tercetak !== undefined && d.pagu !== undefined && d.realisasi !== undefined)
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(d.lokasi, 'Efisiensi'),
            jalur: `efisiensi[${i}].serapan_tercetak`,
            besaran: 'serapan',
            label: 'Serapan di tabel efisiensi',
            lokasi: d.lokasi,
          },
          d.serapan_tercetak,
          serapan({ pagu: d.pagu, realisasi: d.realisasi }),
        ),
      );
  });

  return out;
}

/** Printed staff totals against the sum of their rows. */
export function auditProfil(instansi: Instansi, berkas: string): TemuanAudit[] {
  return instansi.profil.pegawai.flatMap((t, i) =>
    t.jumlah_tercetak === undefined
      ? []
      : [
          temuanRupiah(
            { instansi: instansi.id, tahun: t.tahun, berkas },
            {
              tabel: namaTabel(t.lokasi, 'Profil pegawai'),
              jalur: `profil.pegawai[${i}].jumlah_tercetak`,
              besaran: 'jumlah_pegawai',
              label: `Jumlah pegawai menurut ${t.menurut.replace('_', ' ')} ${t.tahun}`,
              lokasi: t.lokasi,
            },
            t.jumlah_tercetak,
            t.rincian.reduce((s, r) => s + r.jumlah, 0),
          ),
        ],
  );
}

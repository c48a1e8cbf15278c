/**
 * The audit of a free table (TabelUmum) by the rules the table declares in content: row and column sums,
 * ratios, differences, SILPA and SILPA %, averages and growth rates. No code is written for one table:
 * a new table is audited by declaring its rules (content/README.md, "Aturan tabel").
 */
import type { AturanTabel, KlaimNarasi, TabelUmum } from '../skema/common.ts';
import { bacaAngka, cocokTercetak, type AngkaTercetak } from '../rumus/presisi.ts';
import { temuan, type Jalur, type KelasTemuan, type SatuanTemuan, type TemuanAudit } from './audit.ts';

type Dasar = Pick<TemuanAudit, 'instansi' | 'tahun' | 'berkas'>;

const angkaId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

const rerata = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

// A number as the document printed it in a text cell, with at most one unit after it: "87%", "91,74%",
// "1.726 orang", "3.851.642.500", "22.984.963.000,-" (Indonesian: dot thousands, comma decimals, ",-" for
// whole rupiah), or with comma thousands as some tables print them ("27,407,070,963.98"). A bare "3.500" is
// read by bacaAngka as content's dot-decimal first; a cell with words or two figures ("2 SKPD, KPE 31 buah")
// is none.
const POLA_SEL = /^(-?(?:\d{1,3}(?:\.\d{3})+|\d+))(?:,(\d+))?\s*(?:%|[A-Za-z]+\.?)?$/;
const POLA_SEL_KOMA_RIBUAN = /^(-?\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/;

/** A table cell as a printed number: content's own numbers, or a printed Indonesian number with its unit. */
export function angkaSel(sel: unknown): AngkaTercetak | null {
  const angka = bacaAngka(sel);
  if (angka || typeof sel !== 'string') return angka;
  const teks = sel.trim().replace(/,-$/, '');
  if (teks !== sel.trim() && bacaAngka(teks)) return bacaAngka(teks);
  const koma = POLA_SEL_KOMA_RIBUAN.exec(teks);
  if (koma) return { nilai: Number(`${koma[1]!.replaceAll(',', '')}.${koma[2] ?? 0}`), desimal: koma[2]?.length ?? 0 };
  const cocok = POLA_SEL.exec(teks);
  if (!cocok) return null;
  return { nilai: Number(`${cocok[1]!.replaceAll('.', '')}.${cocok[2] ?? 0}`), desimal: cocok[2]?.length ?? 0 };
}

/** Growth in % per year of a series, by the stated rule. */
export function pertumbuhan(nilai: readonly number[], aturan: 'rata_rata_tahunan' | 'majemuk'): number | null {
  if (nilai.length < 2 || nilai.some((x) => x <= 0)) return null;
  if (aturan === 'majemuk') return ((nilai.at(-1)! / nilai[0]!) ** (1 / (nilai.length - 1)) - 1) * 100;
  return rerata(nilai.slice(1).map((x, i) => (x / nilai[i]! - 1) * 100));
}

/** The value a rule gives on one row, from the row's printed cells; null when an input is missing or 0 where it divides. */
function hitungAturan(
  aturan: AturanTabel,
  sel: (baris: number, kolom: string) => number | null,
  baris: number,
): number | null {
  const ambil = (k: string) => sel(baris, k);
  const semua = (ks: readonly string[]) => {
    const nilai = ks.map(ambil);
    return nilai.every((x): x is number => x !== null) ? nilai : null;
  };
  switch (aturan.jenis) {
    case 'jumlah_baris': {
      const nilai = semua([aturan.dari].flat());
      return nilai && nilai.reduce((s, x) => s + x, 0);
    }
    case 'sama':
      return ambil(aturan.dari);
    case 'rasio': {
      const [pembilang, penyebut] = [ambil(aturan.pembilang), ambil(aturan.penyebut)];
      return pembilang === null || !penyebut ? null : (pembilang / penyebut) * 100;
    }
    case 'selisih': {
      const [dari, kurang] = [ambil(aturan.dari), ambil(aturan.kurang)];
      return dari === null || kurang === null ? null : dari - kurang;
    }
    case 'silpa':
    case 'silpa_persen': {
      const [pagu, realisasi] = [ambil(aturan.pagu), ambil(aturan.realisasi)];
      if (pagu === null || realisasi === null) return null;
      if (aturan.jenis === 'silpa') return pagu - realisasi;
      return pagu ? ((pagu - realisasi) / pagu) * 100 : null;
    }
    case 'rata_rata': {
      const nilai = semua(aturan.dari);
      return nilai && rerata(nilai);
    }
    case 'pertumbuhan': {
      const nilai = semua(aturan.dari);
      return nilai && pertumbuhan(nilai, aturan.aturan);
    }
    case 'jumlah_kolom':
      return null; // checked column by column in auditTabel
  }
}

const RUMUS: Record<AturanTabel['jenis'], (a: never) => string> = {
  jumlah_baris: (a: { dari: string[] }) => a.dari.join(' + '),
  jumlah_kolom: () => 'jumlah baris rinciannya',
  sama: (a: { dari: string }) => `sama dengan ${a.dari}`,
  rasio: (a: { pembilang: string; penyebut: string }) => `${a.pembilang} ÷ ${a.penyebut} × 100`,
  selisih: (a: { dari: string; kurang: string }) => `${a.dari} − ${a.kurang}`,
  silpa: (a: { pagu: string; realisasi: string }) => `${a.pagu} − ${a.realisasi}`,
  silpa_persen: (a: { pagu: string; realisasi: string }) => `(${a.pagu} − ${a.realisasi}) ÷ ${a.pagu} × 100`,
  rata_rata: (a: { dari: string[] }) => `rata-rata ${a.dari.join(', ')}`,
  pertumbuhan: (a: { dari: string[]; aturan: string }) =>
    `laju pertumbuhan ${a.aturan === 'majemuk' ? 'majemuk' : 'rata-rata tahunan'} ${a.dari[0]}–${a.dari.at(-1)}`,
};

const SATUAN_JENIS: Record<AturanTabel['jenis'], SatuanTemuan> = {
  jumlah_baris: 'angka',
  jumlah_kolom: 'angka',
  sama: 'angka',
  rasio: 'persen',
  selisih: 'angka',
  silpa: 'rupiah',
  silpa_persen: 'persen',
  rata_rata: 'angka',
  pertumbuhan: 'persen',
};

/** The columns a rule reads on its own row. */
const kolomMasukan = (a: Exclude<AturanTabel, { jenis: 'jumlah_kolom' }>): string[] => [
  ...('dari' in a ? [a.dari].flat() : []),
  ...('kurang' in a ? [a.kurang] : []),
  ...('pembilang' in a ? [a.pembilang, a.penyebut] : []),
  ...('pagu' in a ? [a.pagu, a.realisasi] : []),
];

type Calon = { kelas: KelasTemuan; nilai: number; keterangan: string };

/** Every declared rule of one table, checked; `jalur` is the table's place in its content file. */
export function auditTabel(dasar: Dasar, tabel: TabelUmum, jalur: Jalur): TemuanAudit[] {
  const kolom = new Map(tabel.kolom.map((k, i) => [k, i]));
  const sel = (b: number, k: string) => angkaSel(tabel.baris[b]?.[kolom.get(k)!])?.nilai ?? null;
  // in a sum, a printed "-" is nil (the reports print "-" for an empty budget line)
  const selJumlah = (b: number, k: string) => (tabel.baris[b]?.[kolom.get(k)!] === '-' ? 0 : sel(b, k));
  const selUntuk = (a: AturanTabel) => (a.jenis === 'jumlah_baris' ? selJumlah : sel);
  const namaBaris = (b: number) =>
    tabel.baris[b]!.find((x): x is string => typeof x === 'string' && !/^-?\d+(\.\d+)?$/.test(x) && x.length > 2) ??
    `baris ${b + 1}`;
  const out: TemuanAudit[] = [];
  // each check's cell and the cells it reads, to find a printed cell that follows a misprinted one
  const tempat = new Map<TemuanAudit, { sel: string; masukan: string[] }>();
  const kunci = (b: number, k: string) => `${b}:${k}`;

  /** A printed cell as a printed number, with the rule's stated decimals when JSON lost them (95.8 for "95,80"). */
  const tercetak = (
    aturan: AturanTabel,
    indeksBaris: number,
    namaKolom: string,
  ): { teks: string; p: AngkaTercetak } | null => {
    const isiSel = tabel.baris[indeksBaris]?.[kolom.get(namaKolom)!];
    const angka = angkaSel(isiSel);
    if (!angka) return null;
    if (typeof isiSel === 'number' && aturan.desimal !== undefined)
      return { teks: isiSel.toFixed(aturan.desimal), p: { nilai: isiSel, desimal: aturan.desimal } };
    return {
      teks: typeof isiSel === 'number' || bacaAngka(isiSel) ? String(isiSel) : angka.nilai.toFixed(angka.desimal),
      p: angka,
    };
  };

  const periksa = (
    aturan: AturanTabel,
    indeksBaris: number,
    namaKolom: string,
    dihitung: number | null,
    masukan: readonly (readonly [number, string])[],
    banyakBagian: number,
    lain: () => Calon[],
  ) => {
    const cetak = tercetak(aturan, indeksBaris, namaKolom);
    if (!cetak) return;
    const hasil: TemuanAudit = temuan(
      dasar,
      {
        tabel: tabel.lokasi.tabel ?? tabel.judul,
        jalur: [...jalur, 'baris', indeksBaris, kolom.get(namaKolom)!],
        besaran: 'aturan_tabel',
        satuan: aturan.satuan ?? SATUAN_JENIS[aturan.jenis],
        label: `${namaKolom}, ${namaBaris(indeksBaris)} (${RUMUS[aturan.jenis](aturan as never)})`,
        lokasi: tabel.lokasi,
        ...(aturan.keterangan ? { keterangan: aturan.keterangan } : {}),
      },
      cetak.teks,
      dihitung,
      'masukan baris ini tidak lengkap atau pembaginya 0',
    );
    // one cell may be checked by two rules (a SILPA both as pagu − realisasi and as a column sum)
    hasil.id = `${hasil.id}-${tabel.aturan.indexOf(aturan) + 1}`;
    const kelasnya = (): TemuanAudit => {
      if (hasil.status !== 'berbeda' || dihitung === null) return hasil;
      // A sum of parts each rounded at the printed precision may be off by half a digit per part.
      if (banyakBagian > 1 && Math.abs(cetak.p.nilai - dihitung) <= banyakBagian * 0.5 * 10 ** -cetak.p.desimal + 1e-9)
        return {
          ...hasil,
          kelas: 'pembulatan',
          keterangan: `Selisihnya dalam galat pembulatan ${banyakBagian} bagian yang masing-masing dibulatkan.`,
        };
      const cocok = lain().find((x) => cocokTercetak(x.nilai, cetak.p) !== null);
      return cocok ? { ...hasil, kelas: cocok.kelas, keterangan: cocok.keterangan } : hasil;
    };
    const kelas = kelasnya();
    tempat.set(kelas, { sel: kunci(indeksBaris, namaKolom), masukan: masukan.map(([r, m]) => kunci(r, m)) });
    out.push(kelas);
  };

  // The rows each row is the total of, from the declared column sums: a ratio on a total row may be the
  // unweighted average of its parts' ratios (a method), not the ratio of the totals.
  const rincianDari = new Map<number, number[]>();
  for (const aturan of tabel.aturan)
    if (aturan.jenis === 'jumlah_kolom') rincianDari.set(aturan.hasil_baris, aturan.dari_baris);

  const jumlahKolom = (baris: readonly number[], namaKolom: string) => {
    const nilai = baris.map((b) => selJumlah(b, namaKolom));
    return nilai.every((x): x is number => x !== null) ? nilai.reduce((s, x) => s + x, 0) : null;
  };

  for (const aturan of tabel.aturan) {
    if (aturan.jenis === 'jumlah_kolom') {
      for (const namaKolom of aturan.kolom)
        periksa(
          aturan,
          aturan.hasil_baris,
          namaKolom,
          jumlahKolom(aturan.dari_baris, namaKolom),
          aturan.dari_baris.map((b) => [b, namaKolom] as const),
          aturan.dari_baris.length,
          () => [
            // the sum of another column of the same rows, printed under this column's name
            ...aturan.kolom
              .filter((x) => x !== namaKolom)
              .flatMap((kolomLain): Calon[] => {
                const nilai = jumlahKolom(aturan.dari_baris, kolomLain);
                return nilai === null
                  ? []
                  : [
                      {
                        kelas: 'pelabelan',
                        nilai,
                        keterangan: `Angka tercetak sama dengan jumlah kolom “${kolomLain}” baris rinciannya: dokumen menamainya “${namaKolom}”.`,
                      },
                    ];
              }),
            ...(aturan.dasar_lain ?? []).flatMap((dasarLain): Calon[] => {
              const nilai = dasarLain.dari_baris ? jumlahKolom(dasarLain.dari_baris, namaKolom) : null;
              return nilai === null
                ? []
                : [
                    {
                      kelas: 'cakupan',
                      nilai,
                      keterangan: `Angka tercetak cocok dengan jumlah baris lain yang dinyatakan (${dasarLain.dari_baris!.map((r) => r + 1).join(', ')}), bukan baris rinciannya sendiri.`,
                    },
                  ];
            }),
          ],
        );
      continue;
    }
    const masukan = kolomMasukan(aturan);
    for (const indeksBaris of aturan.baris) {
      const dihitung = hitungAturan(aturan, selUntuk(aturan), indeksBaris);
      const lain = () => {
        const calon: Calon[] = [];
        const nilaiMasukan = masukan.map((k) => sel(indeksBaris, k));
        for (const [indeks, isiMasukan] of nilaiMasukan.entries())
          if (isiMasukan !== null && masukan[indeks] !== aturan.hasil && aturan.jenis !== 'sama')
            calon.push({
              kelas: 'pelabelan',
              nilai: isiMasukan,
              keterangan: `Angka tercetak sama dengan kolom “${masukan[indeks]}” di baris yang sama: dokumen menamainya “${aturan.hasil}”.`,
            });
        if (
          nilaiMasukan.length > 1 &&
          nilaiMasukan.every((x): x is number => x !== null) &&
          aturan.jenis !== 'rata_rata'
        )
          calon.push({
            kelas: 'pelabelan',
            nilai: rerata(nilaiMasukan),
            keterangan:
              `Angka tercetak adalah rata-rata ${masukan.join(', ')}, bukan ` +
              `${RUMUS[aturan.jenis](aturan as never)}: dokumen menamai rata-rata sebagai besaran lain.`,
          });
        if (aturan.jenis === 'pertumbuhan') {
          const aturanLain = aturan.aturan === 'majemuk' ? 'rata_rata_tahunan' : 'majemuk';
          const nilai = hitungAturan({ ...aturan, aturan: aturanLain }, selUntuk(aturan), indeksBaris);
          if (nilai !== null)
            calon.push({
              kelas: 'metode',
              nilai,
              keterangan: `Angka tercetak adalah laju pertumbuhan ${aturanLain === 'majemuk' ? 'majemuk' : 'rata-rata tahunan'}, bukan yang dinyatakan.`,
            });
        }
        const rincian = rincianDari.get(indeksBaris) ?? [];
        // the parts' values recomputed, and as printed (a total's ratio may average the parts' printed ratios)
        for (const [nilaiRincian, cara] of [
          [rincian.map((r) => hitungAturan(aturan, selUntuk(aturan), r)), 'nilai'],
          [rincian.map((r) => sel(r, aturan.hasil)), 'nilai tercetak'],
        ] as const)
          if (nilaiRincian.length && nilaiRincian.every((x): x is number => x !== null))
            calon.push({
              kelas: 'metode',
              nilai: rerata(nilaiRincian),
              keterangan:
                `Angka tercetak adalah rata-rata tak berbobot dari ${cara} baris rinciannya ` +
                `(${rincian.map(namaBaris).join(', ')}), bukan dihitung dari jumlahnya.`,
            });
        for (const barisTetangga of [indeksBaris - 1, indeksBaris + 1]) {
          const nilai =
            barisTetangga >= 0 && barisTetangga < tabel.baris.length
              ? hitungAturan(aturan, selUntuk(aturan), barisTetangga)
              : null;
          if (nilai !== null)
            calon.push({
              kelas: 'cakupan',
              nilai,
              keterangan:
                `Angka tercetak sama dengan hasil rumus yang sama pada baris “${namaBaris(barisTetangga)}” ` +
                `(${angkaId.format(nilai)}): dihitung dengan dasar baris lain.`,
            });
        }
        for (const dasarLain of aturan.dasar_lain ?? []) {
          const lainnya = { ...aturan, ...dasarLain } as typeof aturan;
          const nilai = hitungAturan(lainnya, selUntuk(aturan), indeksBaris);
          if (nilai !== null)
            calon.push({
              kelas: 'cakupan',
              nilai,
              keterangan: `Angka tercetak cocok bila dihitung dengan dasar lain (${RUMUS[aturan.jenis](lainnya as never)} = ${angkaId.format(nilai)}), bukan dasar yang dinyatakan.`,
            });
        }
        return calon;
      };
      periksa(
        aturan,
        indeksBaris,
        aturan.hasil,
        dihitung,
        masukan.map((k) => [indeksBaris, k] as const),
        // a difference of two rounded figures may be off by a half digit each, like a sum
        aturan.jenis === 'jumlah_baris'
          ? masukan.length
          : aturan.jenis === 'selisih' || aturan.jenis === 'silpa'
            ? 2
            : 0,
        lain,
      );
    }
  }
  return terbawaDiTabel(out, tempat);
}

/**
 * A cell checked by two rules that differs by one but agrees with the other, whose inputs are misprinted
 * cells reported as their own findings, follows those cells: class terbawa, linked to the first of them,
 * counted there. (A programme's end-of-period total equal to its printed yearly totals, which are wrong.)
 */
function terbawaDiTabel(
  temuanTabel: TemuanAudit[],
  tempat: ReadonlyMap<TemuanAudit, { sel: string; masukan: string[] }>,
): TemuanAudit[] {
  const salahDi = new Map<string, TemuanAudit>();
  for (const hasil of temuanTabel)
    if (
      hasil.status === 'berbeda' &&
      hasil.kelas !== 'pembulatan' &&
      hasil.kelas !== 'terbawa' &&
      !salahDi.has(tempat.get(hasil)!.sel)
    )
      salahDi.set(tempat.get(hasil)!.sel, hasil);
  return temuanTabel.map((hasil) => {
    if (hasil.status !== 'berbeda' || (hasil.kelas !== 'aritmetika' && hasil.kelas !== 'cakupan')) return hasil;
    const di = tempat.get(hasil)!.sel;
    for (const lain of temuanTabel) {
      const posisi = tempat.get(lain)!;
      const asal =
        posisi.sel === di && lain.status === 'cocok'
          ? posisi.masukan.map((m) => salahDi.get(m)).find(Boolean)
          : undefined;
      if (asal)
        return {
          ...hasil,
          kelas: 'terbawa',
          asal: asal.id,
          keterangan: `Cocok dengan ${lain.label.charAt(0).toLowerCase() + lain.label.slice(1)} dari angka tercetak; perbedaannya terbawa dari ${asal.label.charAt(0).toLowerCase() + asal.label.slice(1)}, yang dilaporkan sebagai temuan tersendiri.`,
        };
    }
    return hasil;
  });
}

/** Every declared rule of a document's free tables (`tabel_lain`). */
export const auditTabelLain = (dasar: Dasar, tabel: readonly TabelUmum[]) =>
  tabel.flatMap((t, i) => auditTabel(dasar, t, ['tabel_lain', i]));

const RUMUS_KLAIM: Record<KlaimNarasi['aturan'], (m: readonly number[]) => number | null> = {
  sama: (m) => m[0]!,
  jumlah: (m) => m.reduce((s, x) => s + x, 0),
  selisih: (m) => m[0]! - m[1]!,
  rasio: (m) => (m[1] ? (m[0]! / m[1]) * 100 : null),
  perubahan_persen: (m) => (m[0] ? ((m[1]! - m[0]) / m[0]) * 100 : null),
  rata_rata: (m) => rerata(m),
};

const SATUAN_KLAIM: Record<KlaimNarasi['aturan'], SatuanTemuan> = {
  sama: 'angka',
  jumlah: 'angka',
  selisih: 'angka',
  rasio: 'persen',
  perubahan_persen: 'persen',
  rata_rata: 'angka',
};

/**
 * Figures printed in the prose, each from its inputs by its named rule. A figure equal to one of its
 * inputs (when the rule is not 'sama') is labelling; a percent change printed as the change in points is
 * another method; anything else that differs is arithmetic.
 */
export function auditKlaim(dasar: Dasar, klaim: readonly KlaimNarasi[]): TemuanAudit[] {
  return klaim.map((butir, indeks) => {
    const masukan = butir.masukan.map((m) => bacaAngka(m.nilai)?.nilai ?? null);
    const ada = masukan.every((x): x is number => x !== null);
    const hasil = temuan(
      dasar,
      {
        tabel: butir.lokasi.bagian ? `${butir.lokasi.bagian} (narasi)` : 'Narasi',
        jalur: ['klaim_narasi', indeks, 'tercetak'],
        besaran: 'klaim_narasi',
        satuan: butir.satuan ?? SATUAN_KLAIM[butir.aturan],
        label: `“${butir.kutipan}”: ${butir.besaran}`,
        lokasi: butir.lokasi,
      },
      butir.tercetak,
      ada ? RUMUS_KLAIM[butir.aturan](masukan) : null,
      'masukan tidak lengkap',
    );
    const angka = bacaAngka(butir.tercetak);
    if (hasil.status !== 'berbeda' || !angka || !ada) return hasil;
    const sama = butir.aturan === 'sama' ? -1 : masukan.findIndex((x) => cocokTercetak(x, angka) !== null);
    if (sama >= 0)
      return {
        ...hasil,
        kelas: 'pelabelan',
        keterangan: `Angka tercetak sama dengan masukannya “${butir.masukan[sama]!.nama}”: kalimat menamainya ${butir.besaran}.`,
      };
    // a change printed in points (its size, as "naik 3,77" for a figure that fell and is better lower)
    const poin = butir.aturan === 'perubahan_persen' ? masukan[1]! - masukan[0]! : null;
    if (poin !== null && (cocokTercetak(poin, angka) !== null || cocokTercetak(Math.abs(poin), angka) !== null))
      return {
        ...hasil,
        kelas: 'metode',
        keterangan: `Angka tercetak adalah selisih poin ${butir.masukan[1]!.nama} − ${butir.masukan[0]!.nama} (${angkaId.format(poin)}), bukan persen perubahan.`,
      };
    return {
      ...hasil,
      keterangan: `Masukan: ${butir.masukan.map((m) => `${m.nama} ${angkaId.format(bacaAngka(m.nilai)!.nilai)}`).join('; ')}.`,
    };
  });
}

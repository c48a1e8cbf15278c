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
export function angkaSel(v: unknown): AngkaTercetak | null {
  const p = bacaAngka(v);
  if (p || typeof v !== 'string') return p;
  const teks = v.trim().replace(/,-$/, '');
  if (teks !== v.trim() && bacaAngka(teks)) return bacaAngka(teks);
  const koma = POLA_SEL_KOMA_RIBUAN.exec(teks);
  if (koma) return { nilai: Number(`${koma[1]!.replaceAll(',', '')}.${koma[2] ?? 0}`), desimal: koma[2]?.length ?? 0 };
  const m = POLA_SEL.exec(teks);
  if (!m) return null;
  return { nilai: Number(`${m[1]!.replaceAll('.', '')}.${m[2] ?? 0}`), desimal: m[2]?.length ?? 0 };
}

/** Growth in % per year of a series, by the stated rule. */
export function pertumbuhan(nilai: readonly number[], aturan: 'rata_rata_tahunan' | 'majemuk'): number | null {
  if (nilai.length < 2 || nilai.some((x) => x <= 0)) return null;
  if (aturan === 'majemuk') return ((nilai.at(-1)! / nilai[0]!) ** (1 / (nilai.length - 1)) - 1) * 100;
  return rerata(nilai.slice(1).map((x, i) => (x / nilai[i]! - 1) * 100));
}

/** The value a rule gives on one row, from the row's printed cells; null when an input is missing or 0 where it divides. */
function hitungAturan(
  a: AturanTabel,
  sel: (baris: number, kolom: string) => number | null,
  baris: number,
): number | null {
  const ambil = (k: string) => sel(baris, k);
  const semua = (ks: readonly string[]) => {
    const v = ks.map(ambil);
    return v.every((x): x is number => x !== null) ? v : null;
  };
  switch (a.jenis) {
    case 'jumlah_baris': {
      const v = semua([a.dari].flat());
      return v && v.reduce((s, x) => s + x, 0);
    }
    case 'sama':
      return ambil(a.dari);
    case 'rasio': {
      const [p, q] = [ambil(a.pembilang), ambil(a.penyebut)];
      return p === null || !q ? null : (p / q) * 100;
    }
    case 'selisih': {
      const [x, y] = [ambil(a.dari), ambil(a.kurang)];
      return x === null || y === null ? null : x - y;
    }
    case 'silpa':
    case 'silpa_persen': {
      const [pagu, realisasi] = [ambil(a.pagu), ambil(a.realisasi)];
      if (pagu === null || realisasi === null) return null;
      if (a.jenis === 'silpa') return pagu - realisasi;
      return pagu ? ((pagu - realisasi) / pagu) * 100 : null;
    }
    case 'rata_rata': {
      const v = semua(a.dari);
      return v && rerata(v);
    }
    case 'pertumbuhan': {
      const v = semua(a.dari);
      return v && pertumbuhan(v, a.aturan);
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
export function auditTabel(dasar: Dasar, t: TabelUmum, jalur: Jalur): TemuanAudit[] {
  const kolom = new Map(t.kolom.map((k, i) => [k, i]));
  const sel = (b: number, k: string) => angkaSel(t.baris[b]?.[kolom.get(k)!])?.nilai ?? null;
  // in a sum, a printed "-" is nil (the reports print "-" for an empty budget line)
  const selJumlah = (b: number, k: string) => (t.baris[b]?.[kolom.get(k)!] === '-' ? 0 : sel(b, k));
  const selUntuk = (a: AturanTabel) => (a.jenis === 'jumlah_baris' ? selJumlah : sel);
  const namaBaris = (b: number) =>
    t.baris[b]!.find((x): x is string => typeof x === 'string' && !/^-?\d+(\.\d+)?$/.test(x) && x.length > 2) ??
    `baris ${b + 1}`;
  const out: TemuanAudit[] = [];
  // each check's cell and the cells it reads, to find a printed cell that follows a misprinted one
  const tempat = new Map<TemuanAudit, { sel: string; masukan: string[] }>();
  const kunci = (b: number, k: string) => `${b}:${k}`;

  /** A printed cell as a printed number, with the rule's stated decimals when JSON lost them (95.8 for "95,80"). */
  const tercetak = (a: AturanTabel, b: number, k: string): { teks: string; p: AngkaTercetak } | null => {
    const v = t.baris[b]?.[kolom.get(k)!];
    const p = angkaSel(v);
    if (!p) return null;
    if (typeof v === 'number' && a.desimal !== undefined)
      return { teks: v.toFixed(a.desimal), p: { nilai: v, desimal: a.desimal } };
    return { teks: typeof v === 'number' || bacaAngka(v) ? String(v) : p.nilai.toFixed(p.desimal), p };
  };

  const periksa = (
    a: AturanTabel,
    b: number,
    k: string,
    dihitung: number | null,
    masukan: readonly (readonly [number, string])[],
    banyakBagian: number,
    lain: () => Calon[],
  ) => {
    const c = tercetak(a, b, k);
    if (!c) return;
    const f: TemuanAudit = temuan(
      dasar,
      {
        tabel: t.lokasi.tabel ?? t.judul,
        jalur: [...jalur, 'baris', b, kolom.get(k)!],
        besaran: 'aturan_tabel',
        satuan: a.satuan ?? SATUAN_JENIS[a.jenis],
        label: `${k}, ${namaBaris(b)} (${RUMUS[a.jenis](a as never)})`,
        lokasi: t.lokasi,
        ...(a.keterangan ? { keterangan: a.keterangan } : {}),
      },
      c.teks,
      dihitung,
      'masukan baris ini tidak lengkap atau pembaginya 0',
    );
    // one cell may be checked by two rules (a SILPA both as pagu − realisasi and as a column sum)
    f.id = `${f.id}-${t.aturan.indexOf(a) + 1}`;
    const kelasnya = (): TemuanAudit => {
      if (f.status !== 'berbeda' || dihitung === null) return f;
      // A sum of parts each rounded at the printed precision may be off by half a digit per part.
      if (banyakBagian > 1 && Math.abs(c.p.nilai - dihitung) <= banyakBagian * 0.5 * 10 ** -c.p.desimal + 1e-9)
        return {
          ...f,
          kelas: 'pembulatan',
          keterangan: `Selisihnya dalam galat pembulatan ${banyakBagian} bagian yang masing-masing dibulatkan.`,
        };
      const cocok = lain().find((x) => cocokTercetak(x.nilai, c.p) !== null);
      return cocok ? { ...f, kelas: cocok.kelas, keterangan: cocok.keterangan } : f;
    };
    const g = kelasnya();
    tempat.set(g, { sel: kunci(b, k), masukan: masukan.map(([r, m]) => kunci(r, m)) });
    out.push(g);
  };

  // The rows each row is the total of, from the declared column sums: a ratio on a total row may be the
  // unweighted average of its parts' ratios (a method), not the ratio of the totals.
  const rincianDari = new Map<number, number[]>();
  for (const a of t.aturan) if (a.jenis === 'jumlah_kolom') rincianDari.set(a.hasil_baris, a.dari_baris);

  const jumlahKolom = (baris: readonly number[], k: string) => {
    const v = baris.map((b) => selJumlah(b, k));
    return v.every((x): x is number => x !== null) ? v.reduce((s, x) => s + x, 0) : null;
  };

  for (const a of t.aturan) {
    if (a.jenis === 'jumlah_kolom') {
      for (const k of a.kolom)
        periksa(
          a,
          a.hasil_baris,
          k,
          jumlahKolom(a.dari_baris, k),
          a.dari_baris.map((b) => [b, k] as const),
          a.dari_baris.length,
          () => [
            // the sum of another column of the same rows, printed under this column's name
            ...a.kolom
              .filter((x) => x !== k)
              .flatMap((x): Calon[] => {
                const v = jumlahKolom(a.dari_baris, x);
                return v === null
                  ? []
                  : [
                      {
                        kelas: 'pelabelan',
                        nilai: v,
                        keterangan: `Angka tercetak sama dengan jumlah kolom “${x}” baris rinciannya: dokumen menamainya “${k}”.`,
                      },
                    ];
              }),
            ...(a.dasar_lain ?? []).flatMap((d): Calon[] => {
              const v = d.dari_baris ? jumlahKolom(d.dari_baris, k) : null;
              return v === null
                ? []
                : [
                    {
                      kelas: 'cakupan',
                      nilai: v,
                      keterangan: `Angka tercetak cocok dengan jumlah baris lain yang dinyatakan (${d.dari_baris!.map((r) => r + 1).join(', ')}), bukan baris rinciannya sendiri.`,
                    },
                  ];
            }),
          ],
        );
      continue;
    }
    const masukan = kolomMasukan(a);
    for (const b of a.baris) {
      const dihitung = hitungAturan(a, selUntuk(a), b);
      const lain = () => {
        const calon: Calon[] = [];
        const nilaiMasukan = masukan.map((k) => sel(b, k));
        for (const [i, x] of nilaiMasukan.entries())
          if (x !== null && masukan[i] !== a.hasil && a.jenis !== 'sama')
            calon.push({
              kelas: 'pelabelan',
              nilai: x,
              keterangan: `Angka tercetak sama dengan kolom “${masukan[i]}” di baris yang sama: dokumen menamainya “${a.hasil}”.`,
            });
        if (nilaiMasukan.length > 1 && nilaiMasukan.every((x): x is number => x !== null) && a.jenis !== 'rata_rata')
          calon.push({
            kelas: 'pelabelan',
            nilai: rerata(nilaiMasukan),
            keterangan:
              `Angka tercetak adalah rata-rata ${masukan.join(', ')}, bukan ` +
              `${RUMUS[a.jenis](a as never)}: dokumen menamai rata-rata sebagai besaran lain.`,
          });
        if (a.jenis === 'pertumbuhan') {
          const aturanLain = a.aturan === 'majemuk' ? 'rata_rata_tahunan' : 'majemuk';
          const v = hitungAturan({ ...a, aturan: aturanLain }, selUntuk(a), b);
          if (v !== null)
            calon.push({
              kelas: 'metode',
              nilai: v,
              keterangan: `Angka tercetak adalah laju pertumbuhan ${aturanLain === 'majemuk' ? 'majemuk' : 'rata-rata tahunan'}, bukan yang dinyatakan.`,
            });
        }
        const rincian = rincianDari.get(b) ?? [];
        // the parts' values recomputed, and as printed (a total's ratio may average the parts' printed ratios)
        for (const [nilaiRincian, cara] of [
          [rincian.map((r) => hitungAturan(a, selUntuk(a), r)), 'nilai'],
          [rincian.map((r) => sel(r, a.hasil)), 'nilai tercetak'],
        ] as const)
          if (nilaiRincian.length && nilaiRincian.every((x): x is number => x !== null))
            calon.push({
              kelas: 'metode',
              nilai: rerata(nilaiRincian),
              keterangan:
                `Angka tercetak adalah rata-rata tak berbobot dari ${cara} baris rinciannya ` +
                `(${rincian.map(namaBaris).join(', ')}), bukan dihitung dari jumlahnya.`,
            });
        for (const r of [b - 1, b + 1]) {
          const v = r >= 0 && r < t.baris.length ? hitungAturan(a, selUntuk(a), r) : null;
          if (v !== null)
            calon.push({
              kelas: 'cakupan',
              nilai: v,
              keterangan:
                `Angka tercetak sama dengan hasil rumus yang sama pada baris “${namaBaris(r)}” ` +
                `(${angkaId.format(v)}): dihitung dengan dasar baris lain.`,
            });
        }
        for (const d of a.dasar_lain ?? []) {
          const lainnya = { ...a, ...d } as typeof a;
          const v = hitungAturan(lainnya, selUntuk(a), b);
          if (v !== null)
            calon.push({
              kelas: 'cakupan',
              nilai: v,
              keterangan: `Angka tercetak cocok bila dihitung dengan dasar lain (${RUMUS[a.jenis](lainnya as never)} = ${angkaId.format(v)}), bukan dasar yang dinyatakan.`,
            });
        }
        return calon;
      };
      periksa(
        a,
        b,
        a.hasil,
        dihitung,
        masukan.map((k) => [b, k] as const),
        // a difference of two rounded figures may be off by a half digit each, like a sum
        a.jenis === 'jumlah_baris' ? masukan.length : a.jenis === 'selisih' || a.jenis === 'silpa' ? 2 : 0,
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
  for (const f of temuanTabel)
    if (f.status === 'berbeda' && f.kelas !== 'pembulatan' && f.kelas !== 'terbawa' && !salahDi.has(tempat.get(f)!.sel))
      salahDi.set(tempat.get(f)!.sel, f);
  return temuanTabel.map((f) => {
    if (f.status !== 'berbeda' || (f.kelas !== 'aritmetika' && f.kelas !== 'cakupan')) return f;
    const di = tempat.get(f)!.sel;
    for (const g of temuanTabel) {
      const t = tempat.get(g)!;
      const asal =
        t.sel === di && g.status === 'cocok' ? t.masukan.map((m) => salahDi.get(m)).find(Boolean) : undefined;
      if (asal)
        return {
          ...f,
          kelas: 'terbawa',
          asal: asal.id,
          keterangan: `Cocok dengan ${g.label.charAt(0).toLowerCase() + g.label.slice(1)} dari angka tercetak; perbedaannya terbawa dari ${asal.label.charAt(0).toLowerCase() + asal.label.slice(1)}, yang dilaporkan sebagai temuan tersendiri.`,
        };
    }
    return f;
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
  return klaim.map((k, i) => {
    const masukan = k.masukan.map((m) => bacaAngka(m.nilai)?.nilai ?? null);
    const ada = masukan.every((x): x is number => x !== null);
    const f = temuan(
      dasar,
      {
        tabel: k.lokasi.bagian ? `${k.lokasi.bagian} (narasi)` : 'Narasi',
        jalur: ['klaim_narasi', i, 'tercetak'],
        besaran: 'klaim_narasi',
        satuan: k.satuan ?? SATUAN_KLAIM[k.aturan],
        label: `“${k.kutipan}”: ${k.besaran}`,
        lokasi: k.lokasi,
      },
      k.tercetak,
      ada ? RUMUS_KLAIM[k.aturan](masukan) : null,
      'masukan tidak lengkap',
    );
    const p = bacaAngka(k.tercetak);
    if (f.status !== 'berbeda' || !p || !ada) return f;
    const sama = k.aturan === 'sama' ? -1 : masukan.findIndex((x) => cocokTercetak(x, p) !== null);
    if (sama >= 0)
      return {
        ...f,
        kelas: 'pelabelan',
        keterangan: `Angka tercetak sama dengan masukannya “${k.masukan[sama]!.nama}”: kalimat menamainya ${k.besaran}.`,
      };
    // a change printed in points (its size, as "naik 3,77" for a figure that fell and is better lower)
    const poin = k.aturan === 'perubahan_persen' ? masukan[1]! - masukan[0]! : null;
    if (poin !== null && (cocokTercetak(poin, p) !== null || cocokTercetak(Math.abs(poin), p) !== null))
      return {
        ...f,
        kelas: 'metode',
        keterangan: `Angka tercetak adalah selisih poin ${k.masukan[1]!.nama} − ${k.masukan[0]!.nama} (${angkaId.format(poin)}), bukan persen perubahan.`,
      };
    return {
      ...f,
      keterangan: `Masukan: ${k.masukan.map((m) => `${m.nama} ${angkaId.format(bacaAngka(m.nilai)!.nilai)}`).join('; ')}.`,
    };
  });
}

/**
 * Reads the content folder into one validated corpus, collecting every problem
 * (schema errors with file, line and field; broken cross-references; files in the
 * wrong place) instead of stopping at the first. The build, `npm run validate`
 * and the tests all go through here, so they agree.
 */
import { findNodeAtLocation, parseTree, type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { Iki, Instansi, KatalogIndikator, Laporan, Narasi, Renstra, Situs, Wilayah } from '../skema/index.ts';
import { JALUR_BERKAS, jalurTeks, type Masalah } from './masalah.ts';
import { masalahDariZod } from './zod-masalah.ts';
import { periksaMakna } from './makna.ts';
import { periksaBaitPdf, periksaPdf } from './pdf.ts';
import { JALUR_MDX, periksaMdx } from './mdx-aman.ts';
import { batasUkuran, mb } from './batas.ts';
import { periksaKedalaman, periksaKunciGanda } from './struktur-json.ts';
import { periksaTeksJson, periksaTeksNarasi } from './teks-aman.ts';
import { periksaKewajaran } from './kewajaran.ts';
import type { BerkasKonten, DataInstansi, Dokumen, HasilMuat, Korpus, NarasiDokumen } from './tipe-korpus.ts';

export type * from './tipe-korpus.ts';

type Jenis = 'situs' | 'wilayah' | 'instansi' | 'indikator' | 'renstra' | 'lkjip' | 'iki' | 'narasi' | 'pdf';

interface Letak {
  jenis: Jenis;
  instansi?: string;
  tahun?: number;
  periode?: string;
}

/** Where a file sits in the layout (content/README.md) decides what it must be. */
export function letakBerkas(path: string, folderKonten = 'content'): Letak | null {
  const rel = path.startsWith(`${folderKonten}/`) ? path.slice(folderKonten.length + 1) : null;
  if (rel === null) return null;
  let cocok: RegExpExecArray | null;
  if (rel === 'situs.json') return { jenis: 'situs' };
  if (/^wilayah\/[^/]+\.json$/.test(rel)) return { jenis: 'wilayah' };
  if ((cocok = /^instansi\/([^/]+)\/instansi\.json$/.exec(rel))) return { jenis: 'instansi', instansi: cocok[1]! };
  if ((cocok = /^instansi\/([^/]+)\/indikator\.json$/.exec(rel))) return { jenis: 'indikator', instansi: cocok[1]! };
  if ((cocok = /^instansi\/([^/]+)\/renstra-(\d{4}-\d{4})\.json$/.exec(rel)))
    return { jenis: 'renstra', instansi: cocok[1]!, periode: cocok[2]! };
  if ((cocok = /^instansi\/([^/]+)\/(\d{4})\/(lkjip|iki)\.json$/.exec(rel)))
    return { jenis: cocok[3] as 'lkjip' | 'iki', instansi: cocok[1]!, tahun: Number(cocok[2]) };
  if ((cocok = /^instansi\/([^/]+)\/(\d{4})\/narasi\/[^/]+\.mdx$/.exec(rel)))
    return { jenis: 'narasi', instansi: cocok[1]!, tahun: Number(cocok[2]) };
  // an agency's own PDF of a document, beside its content file (sumber.berkas_pdf)
  if ((cocok = /^instansi\/([^/]+)\/(?:\d{4}\/)?[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/.exec(rel)))
    return { jenis: 'pdf', instansi: cocok[1]! };
  return null;
}

const SKEMA = {
  situs: Situs,
  wilayah: Wilayah,
  instansi: Instansi,
  indikator: KatalogIndikator,
  renstra: Renstra,
  lkjip: Laporan,
  iki: Iki,
} satisfies Record<Exclude<Jenis, 'narasi' | 'pdf'>, z.ZodType>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A file over the size limit; the reader reports it without reading the file. */
export const masalahUkuran = (berkas: string, ukuran: number): Masalah => ({
  tingkat: 'galat',
  berkas,
  jalur: JALUR_BERKAS,
  pesan: `Berkas terlalu besar: ${mb(ukuran)}, batasnya ${mb(batasUkuran(berkas))}.`,
  message: `File too large: ${mb(ukuran)}, the limit is ${mb(batasUkuran(berkas))}.`,
  diharapkan: `paling besar ${mb(batasUkuran(berkas))} (at most ${mb(batasUkuran(berkas))})`,
  ditemukan: `${ukuran.toLocaleString('id-ID')} bita (bytes)`,
  saran:
    'Laporan sebesar ini bukan hasil ketikan; periksa apakah ini berkas yang benar (a report this large was not typed: check it is the right file).',
});

const ukuranBerkas = (f: BerkasKonten) => (typeof f.isi === 'string' ? Buffer.byteLength(f.isi) : f.isi.byteLength);

/** Decodes UTF-8 strictly; a wrong encoding is a problem, not mojibake on the site. */
function teksBerkas(berkas: BerkasKonten, masalah: Masalah[]): string | null {
  if (typeof berkas.isi === 'string') return berkas.isi.replace(/^\uFEFF/, '');
  try {
    return decoder.decode(berkas.isi).replace(/^\uFEFF/, '');
  } catch {
    masalah.push({
      tingkat: 'galat',
      berkas: berkas.path,
      jalur: JALUR_BERKAS,
      pesan: 'Berkas tidak dalam pengodean UTF-8.',
      message: 'File is not UTF-8 encoded.',
      diharapkan: 'UTF-8',
      ditemukan: 'pengodean lain (another encoding, e.g. Windows-1252)',
      saran: 'Simpan ulang berkas sebagai UTF-8 (save the file again as UTF-8).',
    });
    return null;
  }
}

/** A line finder for JSON text: field path → line number. */
export function pencariBaris(text: string) {
  const tree = parseTree(text);
  const starts = [0];
  for (let posisi = 0; posisi < text.length; posisi++) if (text.charCodeAt(posisi) === 10) starts.push(posisi + 1);
  const barisDariOffset = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    barisDariOffset,
    barisDariJalur(path: readonly PropertyKey[]): number | undefined {
      if (!tree) return undefined;
      for (let panjang = path.length; panjang >= 0; panjang--) {
        const node = findNodeAtLocation(
          tree,
          path.slice(0, panjang).map((p) => (typeof p === 'number' ? p : String(p))),
        );
        if (node) return barisDariOffset(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}

function parseJson(path: string, text: string, masalah: Masalah[]): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    const galat = errors[0];
    const baris = galat ? pencariBaris(text).barisDariOffset(galat.offset) : undefined;
    masalah.push({
      tingkat: 'galat',
      berkas: path,
      ...(baris ? { baris } : {}),
      jalur: '(sintaks JSON / JSON syntax)',
      pesan: `JSON tidak valid${galat ? ` (${printParseErrorCode(galat.error)})` : ''}.`,
      message: `Malformed JSON${galat ? ` (${printParseErrorCode(galat.error)})` : ''}.`,
      diharapkan: 'JSON yang valid (valid JSON)',
      ditemukan: galat
        ? JSON.stringify(text.slice(galat.offset, galat.offset + Math.max(galat.length, 12)))
        : 'teks kosong (empty text)',
      saran:
        'Periksa koma, tanda kutip dan kurung di sekitar baris ini (check commas, quotes and brackets near this line).',
    });
    return undefined;
  }
}

/** Front matter (YAML subset: `key: value` lines) and body of an MDX file. */
export function pisahFrontMatter(
  text: string,
): { data: Record<string, unknown>; isi: string; barisIsi: number } | null {
  const cocok = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!cocok) return null;
  const data: Record<string, unknown> = {};
  for (const line of cocok[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const raw = kv[2]!.trim();
    data[kv[1]!] = raw === 'true' ? true : raw === 'false' ? false : /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return { data, isi: text.slice(cocok[0].length), barisIsi: cocok[0].split('\n').length };
}

/** Validates every file and the references between them. */
export function rakitKorpus(files: readonly BerkasKonten[], folderKonten = 'content'): HasilMuat {
  const masalah: Masalah[] = [];
  let situs: Situs | undefined;
  const wilayah: Dokumen<Wilayah>[] = [];
  const perInstansi = new Map<
    string,
    Partial<DataInstansi> & {
      renstra: Dokumen<Renstra>[];
      laporan: Dokumen<Laporan>[];
      iki: Dokumen<Iki>[];
      narasi: NarasiDokumen[];
    }
  >();
  const wadah = (id: string) => {
    let kelompok = perInstansi.get(id);
    if (!kelompok) perInstansi.set(id, (kelompok = { renstra: [], laporan: [], iki: [], narasi: [] }));
    return kelompok;
  };

  // reports of a draft ("draf": true), "<instansi>/<tahun>": their narratives' placeholders are warnings too
  const draf = new Set<string>();
  const narasiTerakhir = (f: BerkasKonten) => (letakBerkas(f.path, folderKonten)?.jenis === 'narasi' ? 1 : 0);
  const urut = [...files].sort((a, b) => narasiTerakhir(a) - narasiTerakhir(b) || a.path.localeCompare(b.path));
  for (const berkas of urut) {
    if (berkas.ditolak) {
      masalah.push(berkas.ditolak);
      continue;
    }
    const letak = letakBerkas(berkas.path, folderKonten);
    if (!letak) {
      if (!/\.(md|gitkeep)$|\/\.[^/]+$/.test(berkas.path))
        masalah.push({
          tingkat: 'peringatan',
          berkas: berkas.path,
          jalur: '(letak berkas / file location)',
          pesan: 'Berkas ini tidak berada di tempat yang dikenal dan diabaikan.',
          message: 'This file is not in a known place and is ignored.',
          saran: 'Lihat susunan folder di content/README.md (see the folder layout in content/README.md).',
        });
      continue;
    }
    const ukuran = ukuranBerkas(berkas);
    if (ukuran > batasUkuran(berkas.path)) {
      masalah.push(masalahUkuran(berkas.path, ukuran));
      continue;
    }
    if (letak.jenis === 'pdf') {
      const bukanPdf = periksaBaitPdf(berkas);
      if (bukanPdf) masalah.push(bukanPdf);
      else (wadah(letak.instansi!).pdf ??= []).push(berkas.path);
      continue;
    }
    const text = teksBerkas(berkas, masalah);
    if (text === null) continue;

    if (letak.jenis === 'narasi') {
      const fm = pisahFrontMatter(text);
      const barisFm = fm ? fm.barisIsi - 1 : 0;
      const teksTidakAman = periksaTeksNarasi(text, berkas.path, draf.has(`${letak.instansi}/${letak.tahun}`), (b) =>
        b <= barisFm ? 'front matter' : JALUR_MDX,
      );
      masalah.push(...teksTidakAman);
      const parsed = Narasi.safeParse(fm?.data ?? {}, { reportInput: true });
      if (!fm || !parsed.success) {
        masalah.push(
          ...(parsed.success
            ? []
            : masalahDariZod(parsed.error, berkas.path, () => 1).map((m) => ({
                ...m,
                jalur: `front matter: ${m.jalur}`,
              }))),
        );
        continue;
      }
      // Content is data, never code: an unsafe narrative is reported and never reaches a page.
      const tidakAman = periksaMdx(fm.isi, berkas.path, fm.barisIsi);
      masalah.push(...tidakAman);
      if (tidakAman.length || adaGalat(teksTidakAman)) continue;
      wadah(letak.instansi!).narasi.push({
        berkas: berkas.path,
        data: parsed.data,
        instansi: letak.instansi!,
        tahun: letak.tahun!,
        isi: fm.isi,
      });
      continue;
    }

    // nesting first: everything after it (JSON.parse's result, zod, the walkers) recurses
    const terlaluDalam = periksaKedalaman(text, berkas.path);
    if (terlaluDalam.length) {
      masalah.push(...terlaluDalam);
      continue;
    }
    const json = parseJson(berkas.path, text, masalah);
    if (json === undefined) continue;
    const adalahDraf =
      letak.jenis === 'lkjip' && !!json && typeof json === 'object' && (json as { draf?: unknown }).draf === true;
    if (adalahDraf) draf.add(`${letak.instansi}/${letak.tahun}`);
    masalah.push(...periksaKunciGanda(text, json, berkas.path), ...periksaTeksJson(json, berkas.path, adalahDraf));
    const parsed = SKEMA[letak.jenis].safeParse(json, { reportInput: true });
    if (!parsed.success) {
      const finder = pencariBaris(text);
      masalah.push(...masalahDariZod(parsed.error, berkas.path, finder.barisDariJalur));
      continue;
    }
    masalah.push(...periksaKewajaran(parsed.data, berkas.path, adalahDraf));
    if (adalahDraf)
      masalah.push({
        tingkat: 'peringatan',
        berkas: berkas.path,
        jalur: 'draf',
        pesan:
          'Laporan ini draf ("draf": true): diperiksa, tetapi tidak diterbitkan (halaman, data terbuka dan pencarian melewatinya).',
        message:
          'This report is a draft ("draf": true): it is checked but not published (pages, open data and search leave it out).',
        saran: 'Hapus "draf": true bila laporan sudah lengkap (remove "draf": true when the report is complete).',
      });
    const dok = { berkas: berkas.path, data: parsed.data } as never;
    switch (letak.jenis) {
      case 'situs':
        situs = parsed.data as Situs;
        break;
      case 'wilayah':
        wilayah.push(dok);
        break;
      case 'instansi':
        Object.assign(wadah(letak.instansi!), dok);
        break;
      case 'indikator':
        wadah(letak.instansi!).katalog = dok;
        break;
      case 'renstra':
        wadah(letak.instansi!).renstra.push(dok);
        break;
      case 'lkjip':
        wadah(letak.instansi!).laporan.push(dok);
        break;
      case 'iki':
        wadah(letak.instansi!).iki.push(dok);
        break;
    }
  }

  if (!situs)
    masalah.push({
      tingkat: 'galat',
      berkas: `${folderKonten}/situs.json`,
      jalur: jalurTeks([]),
      pesan: 'Pengaturan situs tidak ada atau tidak valid.',
      message: 'Site settings are missing or invalid.',
      saran: 'Buat content/situs.json dengan nama, url dan base (create it with nama, url and base).',
    });

  const instansi: DataInstansi[] = [];
  for (const [id, kelompok] of [...perInstansi].sort(([a], [b]) => a.localeCompare(b))) {
    if (!kelompok.data) {
      const contoh =
        kelompok.laporan[0]?.berkas ??
        kelompok.renstra[0]?.berkas ??
        kelompok.iki[0]?.berkas ??
        kelompok.narasi[0]?.berkas ??
        kelompok.katalog?.berkas;
      masalah.push({
        tingkat: 'galat',
        berkas: `${folderKonten}/instansi/${id}/instansi.json`,
        jalur: jalurTeks([]),
        pesan: `Instansi "${id}" tidak dikenal: folder ini tidak punya instansi.json yang valid.`,
        message: `Unknown agency "${id}": this folder has no valid instansi.json.`,
        ...(contoh ? { ditemukan: contoh } : {}),
        saran: 'Tambahkan instansi.json, atau perbaiki nama folder (add instansi.json, or fix the folder name).',
      });
      continue;
    }
    instansi.push(kelompok as DataInstansi);
  }

  const korpus: Korpus = {
    // defaults from the schema itself, so a new setting never needs a second list here
    situs: situs ?? Situs.parse({ nama: 'Kinerja Terbuka', url: 'https://example.invalid' }),
    wilayah,
    instansi,
  };
  masalah.push(...periksaMakna(korpus, folderKonten), ...periksaPdf(korpus));
  return { korpus, masalah };
}

export const adaGalat = (m: readonly Masalah[]) => m.some((x) => x.tingkat === 'galat');

/** The corpus as published: draft reports ("draf": true) and their narratives left out. */
export function tanpaDraf(korpus: Korpus): Korpus {
  if (!korpus.instansi.some((i) => i.laporan.some((l) => l.data.draf))) return korpus;
  return {
    ...korpus,
    instansi: korpus.instansi.map((dataInstansi) => {
      const tahunDraf = new Set(dataInstansi.laporan.filter((l) => l.data.draf).map((l) => l.data.tahun));
      return {
        ...dataInstansi,
        laporan: dataInstansi.laporan.filter((l) => !l.data.draf),
        narasi: dataInstansi.narasi.filter((n) => !tahunDraf.has(n.tahun)),
      };
    }),
  };
}

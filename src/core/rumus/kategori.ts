/**
 * Category scales as data (docs/domain.md §3, §7): bands with lower and upper bounds and their
 * inclusiveness, gaps allowed, each scale with the scopes it applies to. There is no default
 * scale: a report that declares none has no category. KemenPAN's AA…D is a named scale a
 * report may cite. No runtime imports from skema/ (the schemas use `pitaTumpang`).
 */
import type { Skala } from '../skema/skala.ts';

export interface Batas {
  nilai: number;
  inklusif: boolean;
}
export interface Pita {
  kode?: string | undefined;
  label: string;
  bawah?: Batas | undefined;
  atas?: Batas | undefined;
  khusus?: 'tanpa_target' | undefined;
}

/** KemenPAN-RB's AA…D (PermenPAN-RB 12/2015): a named scale, applied only where a report cites it. */
export const SKALA_KEMENPAN: Skala = {
  id: 'kemenpan',
  nama: 'Skala kategori KemenPAN-RB (AA–D)',
  cakupan: ['nilai_sakip', 'rata_rata'],
  pita: [
    {
      kode: 'AA',
      label: 'Sangat Memuaskan',
      bawah: { nilai: 90, inklusif: false },
      atas: { nilai: 100, inklusif: true },
    },
    { kode: 'A', label: 'Memuaskan', bawah: { nilai: 80, inklusif: false }, atas: { nilai: 90, inklusif: true } },
    { kode: 'BB', label: 'Sangat Baik', bawah: { nilai: 70, inklusif: false }, atas: { nilai: 80, inklusif: true } },
    { kode: 'B', label: 'Baik', bawah: { nilai: 60, inklusif: false }, atas: { nilai: 70, inklusif: true } },
    { kode: 'CC', label: 'Cukup', bawah: { nilai: 50, inklusif: false }, atas: { nilai: 60, inklusif: true } },
    { kode: 'C', label: 'Kurang', bawah: { nilai: 30, inklusif: false }, atas: { nilai: 50, inklusif: true } },
    { kode: 'D', label: 'Sangat Kurang', bawah: { nilai: 0, inklusif: true }, atas: { nilai: 30, inklusif: true } },
  ],
  catatan: 'Skala nilai evaluasi SAKIP menurut PermenPAN-RB 12/2015; berlaku hanya bila laporan mengutipnya.',
};

/** The scales every site knows by id, besides those of `situs.json`. */
export const SKALA_BAWAAN: readonly Skala[] = [SKALA_KEMENPAN];

export interface Kategori {
  kode?: string | undefined;
  label: string;
}

// A binary sum lands a hair off a bound (20 + 15 + 11.63 + 4.45 + 8.92 = 60.00000000000001):
// within a billionth of it, the score is the bound, and the bound's inclusiveness decides.
const diBatas = (nilai: number, b: number) => Math.abs(nilai - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Whether a number falls in a band (never in a special band). */
export function dalamPita(nilai: number, pita: Pita): boolean {
  if (pita.khusus || !Number.isFinite(nilai)) return false;
  const { bawah, atas } = pita;
  if (bawah && !(diBatas(nilai, bawah.nilai) ? bawah.inklusif : nilai > bawah.nilai)) return false;
  if (atas && !(diBatas(nilai, atas.nilai) ? atas.inklusif : nilai < atas.nilai)) return false;
  return true;
}

const kategoriDari = (p: Pita): Kategori => ({ ...(p.kode !== undefined ? { kode: p.kode } : {}), label: p.label });

/** The band a number falls in; null in a gap between bands or outside the scale. */
export function kategori(nilai: number, skala: Pick<Skala, 'pita'>): Kategori | null {
  const pita = skala.pita.find((x) => dalamPita(nilai, x));
  return pita ? kategoriDari(pita) : null;
}

/** The band of a report line that has no target, when the scale has one ("Tidak Ada Target"). */
export function kategoriTanpaTarget(skala: Pick<Skala, 'pita'>): Kategori | null {
  const pita = skala.pita.find((x) => x.khusus === 'tanpa_target');
  return pita ? kategoriDari(pita) : null;
}

/** Whether two bands share any number (special bands never do). */
export function pitaTumpang(pitaPertama: Pita, pitaKedua: Pita): boolean {
  if (pitaPertama.khusus || pitaKedua.khusus) return false;
  const bawah = [pitaPertama.bawah, pitaKedua.bawah].reduce<Batas | undefined>(
    (x, y) => (!x ? y : !y ? x : y.nilai > x.nilai || (y.nilai === x.nilai && !y.inklusif) ? y : x),
    undefined,
  );
  const atas = [pitaPertama.atas, pitaKedua.atas].reduce<Batas | undefined>(
    (x, y) => (!x ? y : !y ? x : y.nilai < x.nilai || (y.nilai === x.nilai && !y.inklusif) ? y : x),
    undefined,
  );
  if (!bawah || !atas) return true;
  return bawah.nilai < atas.nilai || (bawah.nilai === atas.nilai && bawah.inklusif && atas.inklusif);
}

/** A printed category names a band by its code or its label (case and spacing aside). */
export function samaKategori(tercetak: string, dihitung: Kategori): boolean {
  const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return (
    normal(tercetak) === normal(dihitung.label) ||
    (dihitung.kode !== undefined && normal(tercetak) === normal(dihitung.kode))
  );
}

/** The scales a site knows by id: the built-in ones and those of situs.json (the latter win). */
export const skalaBernama = (situs: readonly Skala[] = []) =>
  new Map<string, Skala>([...SKALA_BAWAAN, ...situs].map((s) => [s.id, s]));

export type CakupanSkala = Skala['cakupan'][number];
export const CAKUPAN_SKALA: readonly CakupanSkala[] = ['indikator', 'rata_rata', 'serapan', 'nilai_sakip'];

/**
 * The scale a report declared (or cited) for each scope; null where it declared none. A citation
 * of an unknown id gives no scale (validation reports it); the first declaration of a scope wins.
 */
export function skalaPerCakupan(
  deklarasi: readonly (Skala | { acuan: string; cakupan?: CakupanSkala[] | undefined })[],
  bernama: ReadonlyMap<string, Skala>,
): Record<CakupanSkala, Skala | null> {
  const out: Record<CakupanSkala, Skala | null> = {
    indikator: null,
    rata_rata: null,
    serapan: null,
    nilai_sakip: null,
  };
  for (const deklarasiSkala of deklarasi) {
    const skala = 'acuan' in deklarasiSkala ? bernama.get(deklarasiSkala.acuan) : deklarasiSkala;
    if (!skala) continue;
    for (const cakupan of ('acuan' in deklarasiSkala ? deklarasiSkala.cakupan : undefined) ?? skala.cakupan)
      out[cakupan] ??= skala;
  }
  return out;
}

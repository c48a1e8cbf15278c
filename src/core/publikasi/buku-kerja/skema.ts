/**
 * The zod walking behind the workbook: the schema at a path (skemaDi, langkah), wrappers removed (buka),
 * an object's or a union's fields (bentukObjek, kolomSkema), a field's kind, choices and description.
 * Export reads it for columns, dropdowns and header notes, import for number fields and the old outline
 * column, the check for key order; kept apart because all three walk the same schemas the same way.
 */
import type { z } from 'zod';
import { KOLOM_ISI, segmen } from './lembar.ts';

/**
 * The dotted fields an object schema (or every option of a union, bentukObjek) allows below `jalurInduk`,
 * nested objects opened; lists and other values stay one column, and paths on a sheet of their own are
 * left out. A blank or sparse sheet shows the operator every field it can hold.
 */
export function kolomSkema(
  skema: z.ZodType | undefined,
  awalan: string,
  jalurInduk: string,
  tertutup: Set<string>,
): string[] {
  return Object.entries(bentukObjek(skema) ?? {}).flatMap(([kunci, bidang]) => {
    const jalurPenuh = jalurInduk ? `${jalurInduk}.${kunci}` : kunci;
    if (tertutup.has(jalurPenuh)) return [];
    const kolom = awalan ? `${awalan}.${kunci}` : kunci;
    const anak = bidang ? buka(bidang) : undefined;
    return jenisSkema(anak) === 'object' ? kolomSkema(anak, kolom, jalurPenuh, tertutup) : [kolom];
  });
}

/** The zod schema at a dotted path below `skema`, wrappers (optional, default, nullable…) removed. */
export function skemaDi(skema: z.ZodType, jalur: readonly string[]): z.ZodType | undefined {
  let skemaKini: z.ZodType | undefined = buka(skema);
  for (const bagian of jalur) {
    if (!skemaKini) return undefined;
    const def: Record<string, unknown> = (skemaKini as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (bagian === '[]') skemaKini = def.type === 'array' ? buka(def.element as z.ZodType) : undefined;
    else if (['object', 'union', 'intersection'].includes(def.type as string)) {
      const bidang = bentukObjek(skemaKini)?.[bagian];
      skemaKini = bidang ? buka(bidang) : undefined;
    } else return undefined;
  }
  return skemaKini;
}

/**
 * The fields of an object schema, or of a union's object options (a scale or a reference to one,
 * a table rule of any kind), so its sheet lists them all. A field the options type differently
 * is left out of the union's fields: no dropdown or number reading guesses between them.
 */
export function bentukObjek(skema: z.ZodType | undefined): Record<string, z.ZodType | undefined> | undefined {
  if (!skema) return undefined;
  const def = (skema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  // a rule of any kind and the fields every rule has (an intersection): both sides' fields
  const opsiSkema =
    def.type === 'union'
      ? (def.options as z.ZodType[])
      : def.type === 'intersection'
        ? [def.left as z.ZodType, def.right as z.ZodType]
        : [];
  if (!opsiSkema.length) return undefined;
  const gabungan: Record<string, z.ZodType | undefined> = {};
  const berbeda = new Set<string>();
  for (const opsi of opsiSkema)
    for (const [kunci, bidang] of Object.entries(bentukObjek(buka(opsi)) ?? {})) {
      if (!(kunci in gabungan)) gabungan[kunci] = bidang;
      else if (bidang && jenisSkema(buka(gabungan[kunci] ?? bidang)) !== jenisSkema(buka(bidang))) berbeda.add(kunci);
    }
  for (const kunci of berbeda) gabungan[kunci] = undefined;
  return Object.keys(gabungan).length ? gabungan : undefined;
}
export function buka(skema: z.ZodType): z.ZodType {
  for (;;) {
    const def: Record<string, unknown> = (skema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)
    )
      skema = def.innerType as z.ZodType;
    else if (def.type === 'pipe') skema = def.in as z.ZodType;
    else if (def.type === 'lazy') skema = (def.getter as () => z.ZodType)();
    else return skema;
  }
}
/** A field's description, whether it sits on the field or on the wrapper (optional, default…) around it. */
export function uraianDi(skema: z.ZodType, jalur: readonly string[]): string | undefined {
  const induk = jalur.length ? skemaDi(skema, jalur.slice(0, -1)) : undefined;
  const bentuk = induk && (induk as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const bidang = bentuk?.[jalur.at(-1)!];
  return bidang?.description ?? skemaDi(skema, jalur)?.description;
}
export const jenisSkema = (s: z.ZodType | undefined) =>
  s ? ((s as unknown as { _zod: { def: { type: string } } })._zod.def.type as string) : undefined;
export const pilihan = (s: z.ZodType | undefined): string[] | undefined =>
  jenisSkema(s) === 'enum'
    ? Object.values((s as unknown as { _zod: { def: { entries: Record<string, string> } } })._zod.def.entries)
    : undefined;

/** The path of a column below a sheet's items, as schema steps ("a[].b" → a, [], b). */
export function langkah(jalurLembar: string, kolom: string): string[] {
  const atas = segmen(jalurLembar).flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
  return [...atas, ...(kolom === KOLOM_ISI ? [] : segmen(kolom))];
}

/**
 * A site's two Pagefind bundles: built by scripts/indeks-cari.ts, searched by src/scripts/cari.ts.
 * `ringkas` holds everything but the narratives and is searched first; `lengkap` holds every word.
 */
export const BUNDEL_CARI = { ringkas: 'pagefind-ringkas', lengkap: 'pagefind' } as const;
export type CakupanCari = keyof typeof BUNDEL_CARI;

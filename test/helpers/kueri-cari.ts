/**
 * The fixed search queries on the real content and what each must find first: the one list the
 * search tests assert, so a rewrite of the indexing (scripts/indeks-cari.ts) can be held to the same
 * result sets. `awal` is a sequence of groups of page paths: the results start with the first group's
 * pages (in any order), then the second's, and so on. `jumlah: 0` asks for no result at all.
 */
export interface KueriCari {
  q: string;
  /** why this query is here */
  mengapa: string;
  awal?: string[][];
  jumlah?: 0;
}

const BLITAR = '/instansi/bkd-kota-blitar/';
const KALTIM = '/instansi/bkd-provinsi-kalimantan-timur/';
const BONTANG = '/instansi/bkpsdm-kota-bontang/';
/** Every report on the site: each shows serapan (or says it has no budget table). */
const LAPORAN = [
  `${BLITAR}2021/`,
  `${KALTIM}2020/`,
  `${BONTANG}2020/`,
  '/instansi/inspektorat-daerah-kabupaten-sampang/2019/',
  '/instansi/pemerintah-kabupaten-manggarai-timur/2019/',
  '/instansi/sub-bidang-penyusunan-anggaran-kabupaten-polewali-mandar/2022/',
];

export const KUERI_CARI: KueriCari[] = [
  {
    q: 'BKD',
    mengapa:
      'an acronym: the pages of the agencies called BKD (profiles, reports, Renstra) before anything else, not those of the one called so before 2016',
    awal: [
      [
        BLITAR,
        KALTIM,
        `${BLITAR}2021/`,
        `${KALTIM}2020/`,
        `${BLITAR}renstra/2016-2021/`,
        `${KALTIM}renstra/2019-2023/`,
      ],
    ],
  },
  {
    q: 'bontang',
    mengapa: "a region's name: its agency's profile, then that agency's other pages",
    awal: [[BONTANG], [`${BONTANG}2020/`, `${BONTANG}2022/iki/`, `${BONTANG}renstra/2016-2021/`]],
  },
  {
    q: 'kepegawaian',
    mengapa: "a word in every agency's name: every agency's pages before any other page",
    awal: [
      [
        BLITAR,
        `${BLITAR}2021/`,
        `${BLITAR}renstra/2016-2021/`,
        KALTIM,
        `${KALTIM}2020/`,
        `${KALTIM}renstra/2019-2023/`,
        BONTANG,
        `${BONTANG}2020/`,
        `${BONTANG}2020/iki/`,
        `${BONTANG}2022/iki/`,
        `${BONTANG}renstra/2016-2021/`,
      ],
    ],
  },
  {
    q: 'indeks profesionalitas',
    mengapa: "two words of an indicator's name: that indicator's page first",
    awal: [['/indikator/indeks-profesionalitas-asn/']],
  },
  {
    q: 'serapan',
    mengapa:
      'a budget term: the method that defines it, then the open data columns, then every report ' +
      'and the audit page (whose class rules name serapan; its findings list is not indexed)',
    awal: [['/metodologi/'], ['/data/'], [...LAPORAN, '/audit/']],
  },
  {
    q: 'penyerapan',
    mengapa: 'Indonesian stemming: "penyerapan" and "serapan" share the stem "serap", so the same pages',
    awal: [['/metodologi/'], ['/data/'], [...LAPORAN, '/audit/']],
  },
  { q: 'xyzqq', mengapa: 'no word starts with it: no result (not the "x" of a multiplication)', jumlah: 0 },
  { q: 'x', mengapa: 'a single letter matches nothing', jumlah: 0 },
  { q: 'b', mengapa: 'a single letter matches nothing', jumlah: 0 },
  { q: '%', mengapa: 'a stray symbol matches nothing', jumlah: 0 },
];

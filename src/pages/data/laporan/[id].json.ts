import type { GetStaticPaths } from 'astro';
import { jalurPerLaporan } from '../../../lib/situs.ts';
import { jsonLaporan } from '../../../core/data-terbuka/terbuka.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = jalurPerLaporan satisfies GetStaticPaths;

export const GET = ({ props }: { props: { l: LaporanLengkap } }) => Response.json(jsonLaporan(props.l));

import type { GetStaticPaths } from 'astro';
import { dataSitus } from '../../../lib/situs.ts';
import { pratinjauBanding } from '../../../core/tampilan/bagikan.ts';
import type { IndikatorBanding } from '../../../core/tampilan/bandingkan.ts';
import { gambarPratinjau, indikatorBanding, jawabanPng, kartuBanding } from '../../../lib/bagikan.ts';

/** A comparison's preview image: one indicator across the agencies that measure it (the indicator page, the compare link). */
export const getStaticPaths = (() =>
  [...indikatorBanding().values()].map((ind) => ({ params: { id: ind.id }, props: { ind } }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { ind: IndikatorBanding } }) {
  return jawabanPng(
    (await gambarPratinjau(kartuBanding(pratinjauBanding(props.ind), dataSitus().korpus.situs.nama))).png,
  );
}

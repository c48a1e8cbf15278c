import type { GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSitus } from '../../lib/situs.ts';
import { folderProyek } from '../../core/lingkungan.ts';
import { pdfTerbit } from '../../core/tampilan/lokasi.ts';

/**
 * An agency's own PDF of a document (`sumber.berkas_pdf`), copied from beside its content file to a
 * stable address: /dokumen/<instansi>/<tahun>/<nama>.pdf. The loader checked it (a PDF, no link, size).
 */
export const getStaticPaths = (() =>
  pdfTerbit(dataSitus().korpus).map((p) => ({
    params: { jalur: p.alamat.replace(/^\/dokumen\//, '') },
    props: { berkas: p.berkas },
  }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { berkas: string } }) =>
  new Response(readFileSync(join(folderProyek(), props.berkas)), { headers: { 'Content-Type': 'application/pdf' } });

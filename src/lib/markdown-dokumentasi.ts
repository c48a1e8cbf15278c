/**
 * The Markdown pipeline of the site's own documentation pages (the MDX collection and the contributor
 * guide, src/lib/dokumentasi-loader.ts): unified with remark-gfm for tables, and every table and code
 * block in a keyboard-scrollable box, so a phone scrolls the box, never the page (WCAG 1.4.10, 2.1.1).
 * The narratives use Astro's default processor instead (README, "Stack changes").
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

/** The part of a hast tree this plugin reads (hast's own types are not a dependency of the project). */
interface Simpul {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Simpul[];
}

const JENIS: Record<string, string> = { table: 'Tabel', pre: 'Contoh kode' };

/** Wraps each table and code block in the site's scroll box (.gulir in src/styles/global.css). */
export function rehypeGulir() {
  return (pohon: Simpul) => {
    const nomor: Record<string, number> = {};
    const jalan = (simpul: Simpul) => {
      simpul.children = simpul.children?.map((anak) => {
        const jenis = anak.type === 'element' && anak.tagName ? JENIS[anak.tagName] : undefined;
        if (!jenis) {
          jalan(anak);
          return anak;
        }
        nomor[jenis] = (nomor[jenis] ?? 0) + 1;
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['gulir'], role: 'region', ariaLabel: `${jenis} ${nomor[jenis]}`, tabIndex: 0 },
          children: [anak],
        };
      });
    };
    jalan(pohon);
  };
}

export const prosesorDokumentasi = unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeGulir], gfm: false });

/**
 * Who may change what. Each agency's instansi.json declares `pemelihara`
 * (GitHub users or teams); .github/CODEOWNERS is generated from those
 * declarations (the maintainers' team owns everything else), and a pull request
 * may change one agency's folder only, never anything outside content/, unless
 * it is marked as a maintainers' change. Pure: lists in, verdicts out.
 */

export const TIM_PEMELIHARA = '@kinerja-terbuka/pemelihara';
/** The PR label that marks a maintainers' change. */
export const LABEL_PEMELIHARA = 'perubahan-pemelihara';

export interface PemeliharaInstansi {
  id: string;
  pemelihara: readonly string[];
}

const akun = (a: string) => (a.startsWith('@') ? a : `@${a}`);

export function buatCodeowners(instansi: readonly PemeliharaInstansi[], tim = TIM_PEMELIHARA): string {
  const baris = [
    '# Dibuat otomatis oleh `node scripts/codeowners.ts` dari kolom "pemelihara" di',
    '# content/instansi/<id>/instansi.json. Jangan diubah dengan tangan.',
    '# (Generated from the "pemelihara" declarations; do not edit by hand.)',
    '',
    '# Semua berkas lain: tim pemelihara situs (everything else: the maintainers).',
    `* ${tim}`,
    '',
    '# Folder setiap instansi: pemeliharanya, dan tim pemelihara (each agency folder: its maintainers).',
  ];
  for (const i of [...instansi].sort((a, b) => a.id.localeCompare(b.id))) {
    const pemilik = [...new Set(i.pemelihara.map(akun))];
    if (pemilik.length) baris.push(`/content/instansi/${i.id}/ ${[...pemilik, tim].join(' ')}`);
    else baris.push(`# /content/instansi/${i.id}/ — belum ada pemelihara (no maintainers declared yet)`);
  }
  return `${baris.join('\n')}\n`;
}

export interface HasilKepemilikan {
  lulus: boolean;
  /** the agency folders the change touches */
  instansi: string[];
  /** files outside content/ or site-wide content files */
  diLuar: string[];
  pemelihara: boolean;
  pesan: string[];
}

/** Site-wide files inside content/ that only maintainers change. */
const KONTEN_SITUS = /^content\/(situs\.json|README\.md)$/;

export function periksaPerubahan(berkas: readonly string[], opsi: { pemelihara?: boolean } = {}): HasilKepemilikan {
  const daftar = [...new Set(berkas.map((b) => b.trim().replace(/^\.\//, '')).filter(Boolean))];
  const instansi = new Set<string>();
  const diLuar: string[] = [];
  for (const b of daftar) {
    const m = /^content\/instansi\/([^/]+)\//.exec(b);
    if (m) instansi.add(m[1]!);
    else if (!b.startsWith('content/') || KONTEN_SITUS.test(b)) diLuar.push(b);
    // content/wilayah/*: regions are shared; adding one is part of adding an agency
  }
  const ids = [...instansi].sort();
  const pemelihara = !!opsi.pemelihara;
  const pesan: string[] = [];
  if (!daftar.length) pesan.push('Tidak ada berkas yang berubah (no changed files).');
  if (ids.length > 1)
    pesan.push(
      `Perubahan ini menyentuh ${ids.length} folder instansi (${ids.join(', ')}); satu pull request hanya untuk satu instansi. ` +
        `(This change touches ${ids.length} agency folders; one pull request is for one agency.)`,
    );
  if (diLuar.length)
    pesan.push(
      `Perubahan ini mengubah berkas di luar folder instansi: ${diLuar.join(', ')}. Hanya pemelihara situs yang boleh mengubahnya. ` +
        `(This change touches files outside an agency folder; only the site maintainers may change them.)`,
    );
  const melanggar = ids.length > 1 || diLuar.length > 0;
  if (melanggar && pemelihara)
    pesan.push(
      `Ditandai sebagai perubahan pemelihara (label "${LABEL_PEMELIHARA}"): diizinkan. (Marked as a maintainers' change: allowed.)`,
    );
  else if (melanggar)
    pesan.push(
      `Pisahkan menjadi satu pull request per instansi, atau minta pemelihara memberi label "${LABEL_PEMELIHARA}". ` +
        `(Split it into one pull request per agency, or ask a maintainer to add the label "${LABEL_PEMELIHARA}".)`,
    );
  else if (ids.length === 1)
    pesan.push(`Perubahan hanya untuk instansi "${ids[0]}": sesuai. (Changes one agency only: fine.)`);
  return { lulus: !melanggar || pemelihara, instansi: ids, diLuar, pemelihara, pesan };
}

/** Labels as GitHub Actions passes them: a comma/newline list or a JSON array. */
export function adaLabelPemelihara(labels: string | undefined): boolean {
  if (!labels) return false;
  let list: string[];
  try {
    const j = JSON.parse(labels);
    list = Array.isArray(j) ? j.map((x) => (typeof x === 'string' ? x : String(x?.name ?? ''))) : [String(j)];
  } catch {
    list = labels.split(/[,\n]/);
  }
  return list.map((s) => s.trim()).includes(LABEL_PEMELIHARA);
}

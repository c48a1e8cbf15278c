/**
 * Who may change what. Each agency's instansi.json declares `pemelihara`
 * (GitHub users or teams); .github/CODEOWNERS is generated from those
 * declarations (the maintainers' team owns everything else), and a pull request
 * may change one agency's folder only, never anything else (code, workflows,
 * content/situs.json, the region files in content/wilayah/), unless it is marked
 * as a maintainers' change. The pull request workflow runs these checks with the
 * base branch's code over the pull request's files (docs/pemeriksaan-pr.md).
 * Pure: lists in, verdicts out.
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
  for (const dataInstansi of [...instansi].sort((a, b) => a.id.localeCompare(b.id))) {
    const pemilik = [...new Set(dataInstansi.pemelihara.map(akun))];
    if (pemilik.length) baris.push(`/content/instansi/${dataInstansi.id}/ ${[...pemilik, tim].join(' ')}`);
    else baris.push(`# /content/instansi/${dataInstansi.id}/ — belum ada pemelihara (no maintainers declared yet)`);
  }
  return `${baris.join('\n')}\n`;
}

export interface HasilKepemilikan {
  lulus: boolean;
  /** the agency folders the change touches */
  instansi: string[];
  /** files outside an agency folder: code, workflows, site settings, region files */
  diLuar: string[];
  pemelihara: boolean;
  pesan: string[];
}

export interface OpsiKepemilikan {
  /** a maintainers' change (the label) */
  pemelihara?: boolean;
  /** the pull request's author (GitHub login) */
  penulis?: string;
  /** each agency's `pemelihara` on the base branch; an agency not in it is new */
  pemeliharaBasis?: ReadonlyMap<string, readonly string[]>;
}

const login = (a: string) => a.replace(/^@/, '').toLowerCase();

export function periksaPerubahan(berkas: readonly string[], opsi: OpsiKepemilikan = {}): HasilKepemilikan {
  const daftar = [...new Set(berkas.map((b) => b.trim().replace(/^\.\//, '')).filter(Boolean))];
  const instansi = new Set<string>();
  const diLuar: string[] = [];
  for (const jalurBerkas of daftar) {
    const cocok = /^content\/instansi\/([a-z0-9]+(?:-[a-z0-9]+)*)\/[^/]/.exec(jalurBerkas);
    if (cocok) instansi.add(cocok[1]!);
    // everything else is the maintainers': code, workflows, CODEOWNERS, content/situs.json and the
    // region files (shared by every agency of the region), and any odd path (quoted by git, a file
    // named like an agency folder)
    else diLuar.push(jalurBerkas);
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
  // An agency's folder is its declared maintainers'. A team's members cannot be known here: the
  // CODEOWNERS review asks them. A new agency's first pull request is reviewed by the maintainers.
  const bukanPemilik = ids.filter((id) => {
    const daftarPemilik = opsi.pemeliharaBasis?.get(id);
    if (!opsi.penulis || !daftarPemilik?.length || daftarPemilik.some((a) => a.includes('/'))) return false;
    return !daftarPemilik.map(login).includes(login(opsi.penulis));
  });
  if (bukanPemilik.length)
    pesan.push(
      `@${login(opsi.penulis!)} bukan pemelihara instansi ${bukanPemilik.join(', ')} ` +
        `(pemelihara: ` +
        `${bukanPemilik.map((id) => opsi.pemeliharaBasis!.get(id)!.join(', ')).join('; ')}). ` +
        `(@${login(opsi.penulis!)} is not a maintainer of ${bukanPemilik.join(', ')}.)`,
    );
  const baru = ids.filter((id) => opsi.pemeliharaBasis && !opsi.pemeliharaBasis.has(id));
  if (baru.length)
    pesan.push(
      `Instansi baru: ${baru.join(', ')}. Pull request pertamanya ditinjau tim pemelihara; setelah digabung, pemelihara menjalankan \`npm run codeowners\`. ` +
        `(A new agency: its first pull request is reviewed by the maintainers, who regenerate CODEOWNERS after merging.)`,
    );
  const melanggar = ids.length > 1 || diLuar.length > 0 || bukanPemilik.length > 0;
  if (melanggar && pemelihara)
    pesan.push(
      `Ditandai sebagai perubahan pemelihara (label "${LABEL_PEMELIHARA}"): diizinkan. (Marked as a maintainers' change: allowed.)`,
    );
  else if (melanggar)
    pesan.push(
      `Pisahkan menjadi satu pull request per instansi, dari pemeliharanya, atau minta pemelihara situs memberi label "${LABEL_PEMELIHARA}". ` +
        `(Split it into one pull request per agency, from its maintainers, or ask a site maintainer to add the label "${LABEL_PEMELIHARA}".)`,
    );
  else if (ids.length === 1)
    pesan.push(`Perubahan hanya untuk instansi "${ids[0]}": sesuai. (Changes one agency only: fine.)`);
  return { lulus: !melanggar || pemelihara, instansi: ids, diLuar, pemelihara, pesan };
}

export interface HasilCodeowners {
  lulus: boolean;
  pesan: string[];
}

/**
 * Whether the committed CODEOWNERS matches the agencies' `pemelihara`. In a pull request, an agency
 * that is new (not in `idBasis`) need not be in it yet: the agency cannot change .github/ itself, so
 * its first pull request passes and a maintainer regenerates the file after merging. An existing
 * agency's changed `pemelihara` must come with the regenerated file (a maintainers' change).
 */
export function periksaCodeowners(
  tertulis: string,
  instansi: readonly PemeliharaInstansi[],
  idBasis?: ReadonlySet<string>,
  tim = TIM_PEMELIHARA,
): HasilCodeowners {
  if (tertulis === buatCodeowners(instansi, tim))
    return { lulus: true, pesan: ['✔ .github/CODEOWNERS sesuai (up to date).'] };
  const baru = idBasis ? instansi.filter((i) => !idBasis.has(i.id)) : [];
  if (
    baru.length &&
    tertulis ===
      buatCodeowners(
        instansi.filter((i) => idBasis!.has(i.id)),
        tim,
      )
  )
    return {
      lulus: true,
      pesan: [
        `✔ .github/CODEOWNERS sesuai untuk instansi yang sudah ada; instansi baru ` +
          `${baru.map((i) => i.id).join(', ')} ditambahkan pemelihara setelah digabung (\`npm run ` +
          `codeowners\`). ` +
          '(Up to date for existing agencies; the maintainers add the new agency after merging.)',
      ],
    };
  return {
    lulus: false,
    pesan: [
      '.github/CODEOWNERS tidak sesuai dengan "pemelihara" di instansi.json. Mengubah pemelihara instansi yang sudah ada adalah perubahan pemelihara: ' +
        'jalankan `npm run codeowners`, commit hasilnya, dan minta label "perubahan-pemelihara". ' +
        '(.github/CODEOWNERS does not match the pemelihara declarations: changing an existing ' +
        "agency's maintainers is a maintainers' change; regenerate the file and ask for the label.)",
    ],
  };
}

/** Labels as GitHub Actions passes them: a comma/newline list or a JSON array. */
export function adaLabelPemelihara(labels: string | undefined): boolean {
  if (!labels) return false;
  let list: string[];
  try {
    const daftarLabel = JSON.parse(labels);
    list = Array.isArray(daftarLabel)
      ? daftarLabel.map((x) => (typeof x === 'string' ? x : String(x?.name ?? '')))
      : [String(daftarLabel)];
  } catch {
    list = labels.split(/[,\n]/);
  }
  return list.map((s) => s.trim()).includes(LABEL_PEMELIHARA);
}

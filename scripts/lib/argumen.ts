/** A tiny argument reader: --name value, --flag, and positionals. */
export interface Argumen {
  posisi: string[];
  nilai: Record<string, string>;
  bendera: Set<string>;
  galat?: string;
}

export function bacaArgumen(
  argv: readonly string[],
  spek: { nilai?: readonly string[]; bendera?: readonly string[] },
): Argumen {
  const out: Argumen = { posisi: [], nilai: {}, bendera: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      out.posisi.push(a);
      continue;
    }
    const [nama, langsung] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spek.nilai?.includes(nama)) {
      const v = langsung ?? argv[++i];
      if (v === undefined) return { ...out, galat: `--${nama} perlu nilai (needs a value)` };
      out.nilai[nama] = v;
    } else if (spek.bendera?.includes(nama)) out.bendera.add(nama);
    else return { ...out, galat: `Opsi tidak dikenal (unknown option): --${nama}` };
  }
  return out;
}

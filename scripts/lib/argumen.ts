/** A tiny argument reader: --name value, --flag, and positionals. */
export interface Argumen {
  posisi: string[];
  nilai: Record<string, string>;
  bendera: Set<string>;
  galat?: string;
}

export function bacaArgumen(
  daftarArgumen: readonly string[],
  spek: { nilai?: readonly string[]; bendera?: readonly string[] },
): Argumen {
  const hasil: Argumen = { posisi: [], nilai: {}, bendera: new Set() };
  for (let indeks = 0; indeks < daftarArgumen.length; indeks++) {
    const argumen = daftarArgumen[indeks]!;
    if (!argumen.startsWith('--')) {
      hasil.posisi.push(argumen);
      continue;
    }
    const [nama, langsung] = argumen.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spek.nilai?.includes(nama)) {
      const nilai = langsung ?? daftarArgumen[++indeks];
      if (nilai === undefined) return { ...hasil, galat: `--${nama} perlu nilai (needs a value)` };
      hasil.nilai[nama] = nilai;
    } else if (spek.bendera?.includes(nama)) hasil.bendera.add(nama);
    else return { ...hasil, galat: `Opsi tidak dikenal (unknown option): --${nama}` };
  }
  return hasil;
}

/**
 * Links into the site's repository (content/situs.json `repositori`): a commit, and a new issue filled in
 * for a reader who found an error. GitHub and GitLab are known; for any other host, or none set, there
 * are no such links rather than links that lead nowhere.
 */

export interface Repositori {
  komit: (sha: string) => string;
  isuBaru: (judul: string, isi: string) => string;
}

export function repositori(url: string | undefined): Repositori | null {
  if (!url) return null;
  let alamat: URL;
  try {
    alamat = new URL(url);
  } catch {
    return null;
  }
  const alamatRepo = `${alamat.origin}${alamat.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  if (!/^\/[^/]+\/[^/]+/.test(new URL(alamatRepo).pathname)) return null;
  const kueri = (p: Record<string, string>) => new URLSearchParams(p).toString();
  if (alamat.hostname === 'github.com')
    return {
      komit: (sha) => `${alamatRepo}/commit/${sha}`,
      isuBaru: (judul, isi) => `${alamatRepo}/issues/new?${kueri({ title: judul, body: isi })}`,
    };
  if (alamat.hostname === 'gitlab.com' || alamat.hostname.startsWith('gitlab.'))
    return {
      komit: (sha) => `${alamatRepo}/-/commit/${sha}`,
      isuBaru: (judul, isi) =>
        `${alamatRepo}/-/issues/new?${kueri({ 'issue[title]': judul, 'issue[description]': isi })}`,
    };
  return null;
}

/** What a reader reports: the page, and as much of the figure as the place the link sits knows. */
export interface IsianKesalahan {
  /** the agency's full name */
  instansi: string;
  tahun?: number;
  /** the figure in words with its value, e.g. "Capaian Indeks Profesionalitas ASN: 101,25 %" */
  angka?: string;
  /** where the figure is in the source document, in words (format.ts lokasi) */
  lokasi?: string;
  /** the page's absolute URL */
  halaman: string;
}

/**
 * A link that opens a new issue filled in with the agency, year, figure, locator and page URL; null when
 * the site names no repository it knows. One function for the report page and, later, each audit row.
 */
export function tautanLaporkan(urlRepo: string | undefined, isian: IsianKesalahan): string | null {
  const repo = repositori(urlRepo);
  if (!repo) return null;
  const dokumen = isian.tahun === undefined ? isian.instansi : `LKjIP ${isian.tahun} ${isian.instansi}`;
  const judul = `Kesalahan data: ${dokumen}${isian.angka ? ` (${isian.angka})` : ''}`;
  const isi = [
    `**Instansi:** ${isian.instansi}`,
    ...(isian.tahun === undefined ? [] : [`**Tahun:** ${isian.tahun}`]),
    `**Angka:** ${isian.angka ?? '(sebutkan angka yang menurut Anda salah)'}`,
    `**Letak di dokumen sumber:** ${isian.lokasi ?? '(bab, tabel, halaman bila Anda tahu)'}`,
    `**Halaman:** ${isian.halaman}`,
    '',
    '**Apa yang salah, dan apa yang benar?**',
    '(Tuliskan angka yang benar dan dari mana Anda mengetahuinya, mis. halaman dokumen asli.)',
  ].join('\n');
  return repo.isuBaru(judul, isi);
}

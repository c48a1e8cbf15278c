/**
 * /audit/ opened fresh, as from a shared link: the filter (agency, year, class, table) shows exactly the
 * findings that match, says how many, and a finding's links lead to its figure on the report page and to
 * its own row there; its permalink opens on it.
 */
import { describe, expect, it } from 'vitest';
import { pasangPeramban, pelanggaranAxe } from './alat.ts';

const uji = pasangPeramban();

interface Li {
  id: string;
  instansi: string;
  tahun: string;
  kelas: string;
  tabel: string;
  hidden: boolean;
}

describe('/audit/: saring dan tautan (filter and links)', () => {
  it('filters by agency, year, class and table, and follows a finding to its figure on the report page', async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${uji.server.url}audit/`);
    const daftar = () =>
      halaman.$$eval('[data-kelompok] li', (els) =>
        els.map((li) => ({
          id: li.id,
          instansi: li.getAttribute('data-instansi') ?? '',
          tahun: li.getAttribute('data-tahun') ?? '',
          kelas: li.getAttribute('data-kelas') ?? '',
          tabel: li.getAttribute('data-tabel') ?? '',
          hidden: (li as HTMLElement).hidden !== false,
        })),
      );
    const semua: Li[] = await daftar();
    expect(semua.length).toBeGreaterThan(10);
    expect(await halaman.isVisible('#saring-audit')).toBe(true);

    // a finding that links to its figure, and its own attributes as the filter's choice
    const pilihan = await halaman.$eval('[data-kelompok] li:has(a:text-is("Angka ini di laporannya"))', (li) => li.id);
    const dipilih = semua.find((x) => x.id === pilihan)!;
    const terlihat = async () => (await daftar()).filter((x) => !x.hidden);

    await halaman.selectOption('#saring-audit select[name=instansi]', dipilih.instansi);
    let tampil = await terlihat();
    expect(tampil.length).toBe(semua.filter((x) => x.instansi === dipilih.instansi).length);
    expect(tampil.length).toBeLessThan(semua.length);
    expect(await halaman.textContent('#jumlah-tersaring')).toBe(`${tampil.length} temuan ditampilkan.`);

    await halaman.selectOption('#saring-audit select[name=tahun]', dipilih.tahun);
    await halaman.selectOption('#saring-audit select[name=kelas]', dipilih.kelas);
    await halaman.selectOption('#saring-audit select[name=tabel]', dipilih.tabel);
    tampil = await terlihat();
    const cocok = (x: Li) =>
      x.instansi === dipilih.instansi &&
      x.tahun === dipilih.tahun &&
      x.kelas === dipilih.kelas &&
      x.tabel === dipilih.tabel;
    expect(tampil.map((x) => x.id)).toEqual(semua.filter(cocok).map((x) => x.id));
    expect(tampil.map((x) => x.id)).toContain(pilihan);
    expect(await halaman.textContent('#jumlah-tersaring')).toBe(`${tampil.length} temuan ditampilkan.`);
    // a group left with nothing to show is hidden with its heading
    expect(await halaman.$$eval('[data-kelompok]:not([hidden]) li:not([hidden])', (els) => els.length)).toBe(
      tampil.length,
    );
    expect(await pelanggaranAxe(halaman)).toEqual([]);

    // to the figure: the report page opens on the figure's row or table
    await Promise.all([
      halaman.waitForURL(/\/instansi\/.+#.+/),
      halaman.click(`[id="${pilihan}"] a:text-is("Angka ini di laporannya")`),
    ]);
    const tujuan = decodeURIComponent(new URL(halaman.url()).hash.slice(1));
    expect(await halaman.$eval(`[id="${tujuan}"]`, (el) => el.matches(':target'))).toBe(true);
    // and from the page's audit section, that finding links back to the same place
    expect(await halaman.getAttribute(`tr[id="${pilihan}"] a:text-is("Angka ini di halaman")`, 'href')).toBe(
      `#${tujuan}`,
    );
    await halaman.close();
  });

  it("a finding's permalink opens /audit/ on it; its report link opens the report on its audit row", async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${uji.server.url}audit/`);
    const id = await halaman.$eval('[data-kelompok] li:has(a:text-is("Temuan ini di laporannya"))', (li) => li.id);
    await halaman.close();

    const baru = await uji.browser.newContext({ locale: 'id-ID' });
    const halamanBaru = await baru.newPage();
    await halamanBaru.goto(`${uji.server.url}audit/#${id}`);
    expect(await halamanBaru.$eval(`[id="${id}"]`, (el) => el.matches(':target'))).toBe(true);
    await Promise.all([
      halamanBaru.waitForURL(/\/instansi\/.+#.+/),
      halamanBaru.click(`[id="${id}"] a:text-is("Temuan ini di laporannya")`),
    ]);
    expect(new URL(halamanBaru.url()).hash).toBe(`#${id}`);
    expect(
      await halamanBaru.$eval(`[id="${id}"]`, (el) => el.tagName === 'TR' && el.closest('#tabel-audit') !== null),
    ).toBe(true);
    await baru.close();
  });
});

/** /audit/: filters the listed findings by agency, year, class and table. Without JavaScript every finding is listed, grouped. */
const form = document.getElementById('saring-audit') as HTMLFormElement | null;
if (form) {
  form.hidden = false;
  const terapkan = () => {
    const pilih = Object.fromEntries(new FormData(form)) as Record<string, string>;
    let n = 0;
    for (const li of document.querySelectorAll<HTMLLIElement>('[data-kelompok] li')) {
      const tampil = ['instansi', 'tahun', 'kelas', 'tabel'].every((k) => !pilih[k] || li.dataset[k] === pilih[k]);
      li.hidden = !tampil;
      if (tampil) n++;
    }
    for (const s of document.querySelectorAll<HTMLElement>('[data-kelompok]'))
      s.hidden = !s.querySelector('li:not([hidden])');
    document.getElementById('jumlah-tersaring')!.textContent = `${n} temuan ditampilkan.`;
  };
  form.addEventListener('change', terapkan);
}

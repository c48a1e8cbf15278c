/** /audit/: filters the listed findings by agency, year, class and table. Without JavaScript every finding is listed, grouped. */
const formulir = document.getElementById('saring-audit') as HTMLFormElement | null;
if (formulir) {
  formulir.hidden = false;
  const terapkan = () => {
    const pilih = Object.fromEntries(new FormData(formulir)) as Record<string, string>;
    let jumlah = 0;
    for (const butir of document.querySelectorAll<HTMLLIElement>('[data-kelompok] li')) {
      const tampil = ['instansi', 'tahun', 'kelas', 'tabel'].every((k) => !pilih[k] || butir.dataset[k] === pilih[k]);
      butir.hidden = !tampil;
      if (tampil) jumlah++;
    }
    for (const kelompok of document.querySelectorAll<HTMLElement>('[data-kelompok]'))
      kelompok.hidden = !kelompok.querySelector('li:not([hidden])');
    document.getElementById('jumlah-tersaring')!.textContent = `${jumlah} temuan ditampilkan.`;
  };
  formulir.addEventListener('change', terapkan);
}

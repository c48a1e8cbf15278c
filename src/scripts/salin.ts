/**
 * Copy buttons (`data-salin="<id>"` copies that element's text) and the reader's access date in citations
 * (`data-tanggal-akses`). Without JavaScript the buttons stay hidden and the text says "[tanggal akses]".
 */
export function pasangSalin() {
  const hari = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  for (const unsur of document.querySelectorAll<HTMLElement>('[data-tanggal-akses]')) unsur.textContent = hari;
  for (const unsur of document.querySelectorAll<HTMLElement>('[data-tanpa-js]')) unsur.hidden = true;
  // charts and the citation each call this: a button is set up once
  for (const tombol of document.querySelectorAll<HTMLButtonElement>('button[data-salin]:not([data-siap])')) {
    tombol.dataset.siap = '';
    tombol.hidden = false;
    tombol.addEventListener('click', async () => {
      const sumber = document.getElementById(tombol.dataset.salin ?? '');
      const status = tombol.closest('section, figure, main')?.querySelector('.status-salin');
      const teks = sumber instanceof HTMLTextAreaElement ? sumber.value : (sumber?.textContent ?? '');
      try {
        await navigator.clipboard.writeText(teks.replace(/\s+/g, ' ').trim());
        if (status) status.textContent = 'Tersalin ke papan klip.';
      } catch {
        if (status) status.textContent = 'Tidak dapat menyalin otomatis: pilih teksnya lalu salin.';
      }
    });
  }
}

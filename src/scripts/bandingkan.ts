/** The compare page: form ⇄ URL query ⇄ chart and its table. */
import {
  bacaPilihan,
  grafikBanding,
  tulisPilihan,
  type DataBanding,
  type Pilihan,
} from '../core/tampilan/pilihan-banding.ts';
import { desimalSeri, type Grafik } from '../core/tampilan/grafik.ts';
import { gambarUlang, pasangGrafik } from './grafik.ts';
import { angka } from '../lib/format-dasar.ts';

function tulisTabel(figur: HTMLElement, grafik: Grafik) {
  const tabel = figur.querySelector('table');
  if (!tabel) return;
  const judulTabel = tabel.querySelector('caption');
  if (judulTabel) judulTabel.textContent = `Data: ${grafik.judul} (${grafik.satuan})`;
  const kepalaTabel = tabel.tHead!;
  const barisKepala = document.createElement('tr');
  const kepalaKategori = document.createElement('th');
  kepalaKategori.scope = 'col';
  kepalaKategori.textContent = 'Kategori';
  barisKepala.append(kepalaKategori);
  for (const seri of grafik.seri) {
    const kepalaSeri = document.createElement('th');
    kepalaSeri.scope = 'col';
    kepalaSeri.className = 'angka';
    kepalaSeri.textContent = seri.nama;
    barisKepala.append(kepalaSeri);
  }
  kepalaTabel.replaceChildren(barisKepala);
  const desimal = grafik.seri.map((s) => desimalSeri(s.data));
  const badanTabel = tabel.tBodies[0]!;
  badanTabel.replaceChildren(
    ...grafik.label.map((kategori, nomorBaris) => {
      const baris = document.createElement('tr');
      const kepalaBaris = document.createElement('th');
      kepalaBaris.scope = 'row';
      kepalaBaris.textContent = kategori;
      baris.append(kepalaBaris);
      grafik.seri.forEach((seri, nomorSeri) => {
        const sel = document.createElement('td');
        sel.className = 'angka';
        sel.textContent = angka(seri.data[nomorBaris], desimal[nomorSeri]);
        baris.append(sel);
      });
      return baris;
    }),
  );
  const keteranganFigur = figur.querySelector('figcaption');
  if (keteranganFigur?.firstChild) keteranganFigur.firstChild.textContent = grafik.judul;
  figur
    .querySelector('canvas')
    ?.setAttribute('aria-label', `Grafik garis: ${grafik.judul}. Data lengkap ada di tabel "Data grafik" di bawahnya.`);
}

async function mulai() {
  const wadah = document.getElementById('banding');
  const formulir = document.getElementById('form-banding') as HTMLFormElement | null;
  const figur = document.getElementById('banding-indikator');
  if (!wadah || !formulir || !figur) return;
  pasangGrafik();
  let data: DataBanding;
  try {
    const jawaban = await fetch(wadah.dataset.sumber ?? 'data.json');
    if (!jawaban.ok) throw new Error(String(jawaban.status));
    data = (await jawaban.json()) as DataBanding;
  } catch {
    return; // the default chart and the no-JS list stay
  }
  formulir.hidden = false;
  document.getElementById('tanpa-js-banding')?.setAttribute('hidden', '');

  const pilihInstansi = formulir.querySelector<HTMLElement>('#pilih-instansi')!;
  const pilihIndikator = formulir.querySelector<HTMLSelectElement>('select[name="indikator"]')!;
  const tautan = document.getElementById('tautan-banding') as HTMLAnchorElement | null;

  const aturKotak = (pilihan: Pilihan) => {
    const indikator = data.indikator.find((x) => x.id === pilihan.indikator);
    pilihInstansi.replaceChildren(
      ...(indikator?.seri ?? []).map((seri) => {
        const label = document.createElement('label');
        const kotak = document.createElement('input');
        kotak.type = 'checkbox';
        kotak.name = 'instansi';
        kotak.value = seri.instansi;
        kotak.checked = pilihan.instansi.includes(seri.instansi);
        label.append(kotak, ` ${seri.label}`);
        return label;
      }),
    );
  };

  const terapkan = (pilihan: Pilihan, tulisUrl: boolean) => {
    pilihIndikator.value = pilihan.indikator;
    aturKotak(pilihan);
    formulir
      .querySelectorAll<HTMLInputElement>('input[name="besaran"]')
      .forEach((r) => (r.checked = r.value === pilihan.besaran));
    const grafik = grafikBanding(data, pilihan);
    if (!grafik) return;
    figur.dataset.grafik = JSON.stringify(grafik);
    tulisTabel(figur, grafik);
    const kueri = tulisPilihan(pilihan);
    if (tulisUrl) history.replaceState(null, '', kueri);
    if (tautan) {
      tautan.href = location.pathname + kueri;
      tautan.textContent = location.origin + location.pathname + kueri;
    }
    gambarUlang(figur);
  };

  const dariFormulir = (): Pilihan => {
    const indikator = pilihIndikator.value;
    const instansi = [...formulir.querySelectorAll<HTMLInputElement>('input[name="instansi"]:checked')].map(
      (c) => c.value,
    );
    const besaran =
      formulir.querySelector<HTMLInputElement>('input[name="besaran"]:checked')?.value === 'capaian'
        ? 'capaian'
        : 'realisasi';
    return { indikator, instansi, besaran };
  };

  formulir.addEventListener('change', (peristiwa) => {
    const unsur = peristiwa.target as HTMLInputElement;
    // a new indicator: its own agencies, all selected
    const pilihan =
      unsur.name === 'indikator'
        ? bacaPilihan(`?indikator=${encodeURIComponent(pilihIndikator.value)}&besaran=${dariFormulir().besaran}`, data)
        : dariFormulir();
    terapkan(pilihan, true);
  });
  formulir.addEventListener('submit', (e) => e.preventDefault());

  terapkan(bacaPilihan(location.search, data), location.search.length > 1);
  formulir.dataset.siap = 'ya';
}

void mulai();

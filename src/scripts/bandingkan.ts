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

function tulisTabel(fig: HTMLElement, g: Grafik) {
  const table = fig.querySelector('table');
  if (!table) return;
  const cap = table.querySelector('caption');
  if (cap) cap.textContent = `Data: ${g.judul} (${g.satuan})`;
  const thead = table.tHead!;
  const tr = document.createElement('tr');
  const th0 = document.createElement('th');
  th0.scope = 'col';
  th0.textContent = 'Kategori';
  tr.append(th0);
  for (const s of g.seri) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'angka';
    th.textContent = s.nama;
    tr.append(th);
  }
  thead.replaceChildren(tr);
  const desimal = g.seri.map((s) => desimalSeri(s.data));
  const tbody = table.tBodies[0]!;
  tbody.replaceChildren(
    ...g.label.map((l, i) => {
      const r = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = l;
      r.append(th);
      g.seri.forEach((s, k) => {
        const td = document.createElement('td');
        td.className = 'angka';
        td.textContent = angka(s.data[i], desimal[k]);
        r.append(td);
      });
      return r;
    }),
  );
  const figcap = fig.querySelector('figcaption');
  if (figcap?.firstChild) figcap.firstChild.textContent = g.judul;
  fig
    .querySelector('canvas')
    ?.setAttribute('aria-label', `Grafik garis: ${g.judul}. Data lengkap ada di tabel "Data grafik" di bawahnya.`);
}

async function mulai() {
  const wadah = document.getElementById('banding');
  const form = document.getElementById('form-banding') as HTMLFormElement | null;
  const fig = document.getElementById('banding-indikator');
  if (!wadah || !form || !fig) return;
  pasangGrafik();
  let data: DataBanding;
  try {
    const r = await fetch(wadah.dataset.sumber ?? 'data.json');
    if (!r.ok) throw new Error(String(r.status));
    data = (await r.json()) as DataBanding;
  } catch {
    return; // the default chart and the no-JS list stay
  }
  form.hidden = false;
  document.getElementById('tanpa-js-banding')?.setAttribute('hidden', '');

  const pilihInstansi = form.querySelector<HTMLElement>('#pilih-instansi')!;
  const selInd = form.querySelector<HTMLSelectElement>('select[name="indikator"]')!;
  const tautan = document.getElementById('tautan-banding') as HTMLAnchorElement | null;

  const aturKotak = (p: Pilihan) => {
    const ind = data.indikator.find((x) => x.id === p.indikator);
    pilihInstansi.replaceChildren(
      ...(ind?.seri ?? []).map((s) => {
        const label = document.createElement('label');
        const cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.name = 'instansi';
        cb.value = s.instansi;
        cb.checked = p.instansi.includes(s.instansi);
        label.append(cb, ` ${s.label}`);
        return label;
      }),
    );
  };

  const terapkan = (p: Pilihan, tulisUrl: boolean) => {
    selInd.value = p.indikator;
    aturKotak(p);
    form
      .querySelectorAll<HTMLInputElement>('input[name="besaran"]')
      .forEach((r) => (r.checked = r.value === p.besaran));
    const g = grafikBanding(data, p);
    if (!g) return;
    fig.dataset.grafik = JSON.stringify(g);
    tulisTabel(fig, g);
    const q = tulisPilihan(p);
    if (tulisUrl) history.replaceState(null, '', q);
    if (tautan) {
      tautan.href = location.pathname + q;
      tautan.textContent = location.origin + location.pathname + q;
    }
    gambarUlang(fig);
  };

  const dariForm = (): Pilihan => {
    const indikator = selInd.value;
    const instansi = [...form.querySelectorAll<HTMLInputElement>('input[name="instansi"]:checked')].map((c) => c.value);
    const besaran =
      form.querySelector<HTMLInputElement>('input[name="besaran"]:checked')?.value === 'capaian'
        ? 'capaian'
        : 'realisasi';
    return { indikator, instansi, besaran };
  };

  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    // a new indicator: its own agencies, all selected
    const p =
      t.name === 'indikator'
        ? bacaPilihan(`?indikator=${encodeURIComponent(selInd.value)}&besaran=${dariForm().besaran}`, data)
        : dariForm();
    terapkan(p, true);
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  terapkan(bacaPilihan(location.search, data), location.search.length > 1);
  form.dataset.siap = 'ya';
}

void mulai();

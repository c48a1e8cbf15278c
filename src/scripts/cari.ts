/**
 * Search page: Pagefind's JS API with filters; the query and filters live in the URL. On a national
 * portal (`data-indeks` lists the region sites) the reader picks a region's index or all of them,
 * merged with Pagefind's mergeIndex.
 * Each site has two bundles (scripts/indeks-cari.ts): a light one without narratives, searched first
 * so a first query stays small, and the full one, searched when the reader picks "seluruh isi"
 * (`?isi=lengkap`) or when the light one finds nothing. A portal (`data-nasional`) starts on a small
 * national index of names (agencies, regions, reports, indicators): its first query fetches that
 * index only, not every region's; the regions' indexes are merged when the reader picks them
 * (`?isi=ringkas`, `?isi=lengkap`) or a region, or when the names find nothing.
 */
interface HasilData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<HasilData> }[] }>;
}

const FILTER = ['instansi', 'tahun', 'jenis', 'wilayah'] as const;
/** A region site of a national portal. */
interface Indeks {
  id: string;
  nama: string;
  base: string;
}
const SEMUA = 'semua';
/**
 * An agency's acronym and short label (the `singkatan` meta, src/lib/kata-kunci.ts) outweigh every
 * other match, so "BKD" lists the agencies called BKD first: a meta match adds weight × the word's
 * rarity, and "BKD" is on most pages (every indicator lists its agencies).
 */
const PERINGKAT = { metaWeights: { singkatan: 10 } };

/**
 * The words searched: those with at least two letters or digits. Pagefind matches a word by its
 * start, so one letter would match every word starting with it; a stray symbol matches nothing.
 */
const kataDicari = (q: string) =>
  q
    .split(/\s+/)
    .filter((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length >= 2)
    .join(' ');
const BUNDEL = { ringkas: 'pagefind-ringkas/', lengkap: 'pagefind/' } as const;
type Cakupan = 'nasional' | keyof typeof BUNDEL;
/** Scopes from the lightest to the widest: a search that finds nothing widens to the next one. */
const CAKUPAN: [Cakupan, string][] = [
  ['nasional', 'Nama instansi, wilayah, laporan dan indikator'],
  ['ringkas', 'Judul, indikator, program dan kegiatan'],
  ['lengkap', 'Seluruh isi, termasuk narasi laporan'],
];
/** What the status line says when a search found nothing in a scope and widened to the next. */
const DIPERLUAS: Record<Cakupan, string> = {
  nasional: '',
  ringkas: 'Tidak ada di nama instansi, wilayah, laporan dan indikator; dicari di semua wilayah. ',
  lengkap: 'Tidak ada di judul, indikator, program dan kegiatan; dicari di seluruh isi. ',
};
const LABEL: Record<(typeof FILTER)[number], string> = {
  instansi: 'Instansi',
  tahun: 'Tahun',
  jenis: 'Jenis dokumen',
  wilayah: 'Wilayah',
};

/** Pagefind excerpts mark hits with <mark>; everything else is text. Rebuilt without innerHTML. */
function kutipan(html: string): Node[] {
  const out: Node[] = [];
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  doc.body.firstElementChild?.childNodes.forEach((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

async function mulai() {
  const form = document.getElementById('form-cari') as HTMLFormElement | null;
  const daftar = document.getElementById('hasil-cari');
  const status = document.getElementById('status-cari');
  if (!form || !daftar || !status) return;
  document.getElementById('cari-tanpa-js')?.setAttribute('hidden', '');
  const base = form.dataset.base ?? '/';
  const daftarIndeks = JSON.parse(form.dataset.indeks ?? '[]') as Indeks[];
  // a portal's national index of names (pagefind-nasional/), searched first
  const nasional = form.dataset.nasional;
  const cakupanAda = CAKUPAN.filter(([v]) => v !== 'nasional' || nasional);
  const cakupanAwal = cakupanAda[0]![0];
  // agencies by their full name (the filter's value) → their short label, shown in the filter
  const labelInstansi = JSON.parse(form.dataset.labelInstansi ?? '{}') as Record<string, string>;
  const q = new URLSearchParams(location.search);
  const wadah = document.getElementById('filter-cari')!;
  const pilihan = (id: string, label: string, nilai: [string, string][], terpilih: string) => {
    const div = document.createElement('div');
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const sel = document.createElement('select');
    sel.id = id;
    sel.name = id.replace(/^filter-/, '');
    sel.append(
      ...nilai.map(([v, teks]) => {
        const o = document.createElement('option');
        o.value = v;
        o.textContent = teks;
        return o;
      }),
    );
    sel.value = nilai.some(([v]) => v === terpilih) ? terpilih : nilai[0]![0];
    div.append(l, sel);
    return div;
  };
  // a portal's region picker: one region's index, or all of them merged
  const situs = daftarIndeks.length
    ? pilihan(
        'filter-situs',
        'Situs wilayah',
        [[SEMUA, 'Semua wilayah'], ...daftarIndeks.map((x): [string, string] => [x.id, x.nama])],
        q.get('situs') ?? SEMUA,
      )
    : null;
  const cakupan = document.createElement('fieldset');
  cakupan.className = 'cakupan-cari';
  const legend = document.createElement('legend');
  legend.textContent = 'Cari di';
  cakupan.append(
    legend,
    ...cakupanAda.map(([v, teks]) => {
      const l = document.createElement('label');
      const r = document.createElement('input');
      r.type = 'radio';
      r.name = 'isi';
      r.value = v;
      r.checked = v === (cakupanAda.some(([x]) => x === q.get('isi')) ? q.get('isi') : cakupanAwal);
      l.append(r, ` ${teks}`);
      return l;
    }),
  );
  const cakupanSekarang = (): Cakupan =>
    (cakupan.querySelector<HTMLInputElement>('input:checked')?.value as Cakupan | undefined) ?? cakupanAwal;
  const pilihCakupan = (c: Cakupan) => {
    cakupan.querySelector<HTMLInputElement>(`input[value="${c}"]`)!.checked = true;
  };
  const filterDiv = document.createElement('div');
  filterDiv.className = 'filter-isi';
  wadah.append(...(situs ? [situs] : []), cakupan, filterDiv);

  let pf: Pagefind | undefined;
  const muat = async () => {
    const pilih = situs?.querySelector('select')?.value ?? SEMUA;
    // one region's own index holds more than the national names
    if (cakupanSekarang() === 'nasional' && pilih !== SEMUA) pilihCakupan('ringkas');
    const c = cakupanSekarang();
    await pf?.destroy();
    if (c === 'nasional') {
      pf = (await import(/* @vite-ignore */ `${nasional}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: base, ranking: PERINGKAT });
    } else {
      const indeks = daftarIndeks.length
        ? daftarIndeks.filter((x) => pilih === SEMUA || x.id === pilih)
        : [{ id: '', nama: '', base }];
      const [utama, ...lain] = indeks;
      pf = (await import(/* @vite-ignore */ `${utama!.base}${BUNDEL[c]}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: utama!.base, ranking: PERINGKAT });
      for (const x of lain) await pf.mergeIndex(`${x.base}${BUNDEL[c]}`, { baseUrl: x.base });
    }
    await pf.init();
    const semuaFilter = await pf.filters();
    const sekarang = new URLSearchParams(location.search);
    filterDiv.replaceChildren(
      ...FILTER.map((f) => {
        const nilai = Object.keys(semuaFilter[f] ?? {}).sort((a, b) => a.localeCompare(b, 'id'));
        return pilihan(
          `filter-${f}`,
          LABEL[f],
          [
            ['', 'Semua'],
            ...nilai.map((v): [string, string] => [
              v,
              `${(f === 'instansi' && labelInstansi[v]) || v} (${semuaFilter[f]![v]})`,
            ]),
          ],
          sekarang.get(f) ?? '',
        );
      }),
    );
  };
  try {
    await muat();
  } catch {
    status.textContent = 'Indeks pencarian tidak dapat dimuat.';
    return;
  }
  wadah.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = q.get('q') ?? '';

  // Ten results at a time: each result's excerpt is a fetch of its own, and a first query should stay light.
  const PER_HALAMAN = 10;
  const lagi = document.createElement('button');
  lagi.type = 'button';
  lagi.textContent = 'Tampilkan hasil berikutnya';
  lagi.hidden = true;
  daftar.after(lagi);
  let hasil: { data(): Promise<HasilData> }[] = [];
  let tampil = 0;

  const barisHasil = (d: HasilData) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const h = document.createElement('h2');
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [d.meta.jenis, d.meta.instansi, d.meta.tahun].filter(Boolean).join(' · ');
    const ex = document.createElement('p');
    ex.append(...kutipan(d.excerpt));
    li.append(h, meta, ex);
    return li;
  };

  let giliran = 0;
  let diperluas = '';
  const tambah = async (nomor: number) => {
    const data = await Promise.all(hasil.slice(tampil, tampil + PER_HALAMAN).map((x) => x.data()));
    if (nomor !== giliran) return;
    daftar.append(...data.map(barisHasil));
    tampil += data.length;
    const sisa = hasil.length - tampil;
    const dari = diperluas;
    status.textContent = hasil.length
      ? `${dari}${hasil.length} hasil${sisa > 0 ? ` (${tampil} pertama ditampilkan)` : ''}.`
      : `${dari}Tidak ada hasil. Coba kata lain atau hapus filter.`;
    lagi.hidden = sisa <= 0;
    lagi.textContent = `Tampilkan ${Math.min(sisa, PER_HALAMAN)} hasil berikutnya`;
  };
  lagi.addEventListener('click', () => void tambah(giliran));

  const cari = async (tulisUrl: boolean) => {
    const nomor = ++giliran;
    const kata = input.value.trim();
    const dicari = kataDicari(kata);
    const filters: Record<string, string> = {};
    const p = new URLSearchParams();
    if (kata) p.set('q', kata);
    const wilayahSitus = situs?.querySelector('select')?.value;
    if (wilayahSitus && wilayahSitus !== SEMUA) p.set('situs', wilayahSitus);
    if (cakupanSekarang() !== cakupanAwal) p.set('isi', cakupanSekarang());
    for (const f of FILTER) {
      const v = (form.elements.namedItem(f) as HTMLSelectElement | null)?.value;
      if (v) {
        filters[f] = v;
        p.set(f, v);
      }
    }
    if (tulisUrl) history.replaceState(null, '', p.size ? `?${p}` : location.pathname);
    if (kata && !dicari) {
      daftar.replaceChildren();
      lagi.hidden = true;
      status.textContent = 'Ketik kata dengan sekurangnya dua huruf atau angka.';
      return;
    }
    if (!kata && !Object.keys(filters).length) {
      daftar.replaceChildren();
      lagi.hidden = true;
      status.textContent = 'Ketik kata kunci atau pilih filter.';
      return;
    }
    status.textContent = 'Mencari…';
    let r = await pf!.search(dicari || null, { filters });
    if (nomor !== giliran) return;
    // nothing found: widen to the next scope (names → titles and names of every region → every word)
    diperluas = '';
    for (;;) {
      const berikut = cakupanAda[cakupanAda.findIndex(([v]) => v === cakupanSekarang()) + 1]?.[0];
      if (r.results.length || !dicari || !berikut) break;
      diperluas = DIPERLUAS[berikut];
      pilihCakupan(berikut);
      status.textContent = berikut === 'lengkap' ? 'Mencari di seluruh isi…' : 'Mencari di semua wilayah…';
      await muat();
      if (nomor !== giliran) return;
      p.set('isi', berikut);
      history.replaceState(null, '', `?${p}`);
      r = await pf!.search(dicari, { filters });
      if (nomor !== giliran) return;
    }
    hasil = r.results;
    tampil = 0;
    daftar.replaceChildren();
    await tambah(nomor);
  };
  let tunda: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(tunda);
    tunda = setTimeout(() => void cari(true), 250);
  });
  form.addEventListener('change', async (e) => {
    const el = e.target as HTMLElement;
    if (el.tagName !== 'SELECT' && !(el instanceof HTMLInputElement && el.name === 'isi')) return;
    if (el.id === 'filter-situs' || el.getAttribute('name') === 'isi') {
      status.textContent = 'Memuat indeks…';
      await muat();
    }
    void cari(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void cari(true);
  });
  await cari(false);
  form.dataset.siap = 'ya';
}

void mulai();

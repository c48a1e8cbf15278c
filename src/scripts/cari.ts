/**
 * Search page: Pagefind's JS API with filters; the query and filters live in the URL. On a national
 * portal (`data-indeks` lists the region sites) the reader picks a region's index or all of them,
 * merged with Pagefind's mergeIndex.
 * Each site has two bundles (scripts/indeks-cari.ts): a light one without narratives, searched first
 * so a first query stays small, and the full one, searched when the reader picks "seluruh isi"
 * (`?isi=lengkap`) or when the light one finds nothing. A portal (`data-nasional`) starts on a small
 * national index of names (regions, agencies with their reports' years, indicators): its first query
 * fetches that index only, not every region's; the regions' indexes are merged when the reader picks
 * them (`?isi=ringkas`, `?isi=lengkap`), a region or a filter (the national index has none), or when
 * the names find nothing.
 */
interface HasilData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(opsi: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, opsi?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    kueri: string | null,
    opsi?: { filters?: Record<string, string> },
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
  ['nasional', 'Nama instansi, wilayah dan indikator'],
  ['ringkas', 'Judul, indikator, program dan kegiatan'],
  ['lengkap', 'Seluruh isi, termasuk narasi laporan'],
];
/** What the status line says when a search found nothing in a scope and widened to the next. */
const DIPERLUAS: Record<Cakupan, string> = {
  nasional: '',
  ringkas: 'Tidak ada di nama instansi, wilayah dan indikator; dicari di semua wilayah. ',
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
  const hasil: Node[] = [];
  const dokumen = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  dokumen.body.firstElementChild?.childNodes.forEach((simpul) => {
    if (simpul.nodeName === 'MARK') {
      const tanda = document.createElement('mark');
      tanda.textContent = simpul.textContent;
      hasil.push(tanda);
    } else hasil.push(document.createTextNode(simpul.textContent ?? ''));
  });
  return hasil;
}

async function mulai() {
  const formulir = document.getElementById('form-cari') as HTMLFormElement | null;
  const daftar = document.getElementById('hasil-cari');
  const status = document.getElementById('status-cari');
  if (!formulir || !daftar || !status) return;
  document.getElementById('cari-tanpa-js')?.setAttribute('hidden', '');
  const alamatDasar = formulir.dataset.base ?? '/';
  const daftarIndeks = JSON.parse(formulir.dataset.indeks ?? '[]') as Indeks[];
  // a portal's national index of names (pagefind-nasional/), searched first
  const nasional = formulir.dataset.nasional;
  const cakupanAda = CAKUPAN.filter(([v]) => v !== 'nasional' || nasional);
  const cakupanAwal = cakupanAda[0]![0];
  // agencies by their full name (the filter's value) → their short label, shown in the filter
  const labelInstansi = JSON.parse(formulir.dataset.labelInstansi ?? '{}') as Record<string, string>;
  const kueriAwal = new URLSearchParams(location.search);
  const wadah = document.getElementById('filter-cari')!;
  const pilihan = (id: string, label: string, nilai: [string, string][], terpilih: string) => {
    const wadahPilihan = document.createElement('div');
    const labelPilihan = document.createElement('label');
    labelPilihan.htmlFor = id;
    labelPilihan.textContent = label;
    const kotakPilih = document.createElement('select');
    kotakPilih.id = id;
    kotakPilih.name = id.replace(/^filter-/, '');
    kotakPilih.append(
      ...nilai.map(([nilaiOpsi, teks]) => {
        const opsi = document.createElement('option');
        opsi.value = nilaiOpsi;
        opsi.textContent = teks;
        return opsi;
      }),
    );
    kotakPilih.value = nilai.some(([v]) => v === terpilih) ? terpilih : nilai[0]![0];
    wadahPilihan.append(labelPilihan, kotakPilih);
    return wadahPilihan;
  };
  // a portal's region picker: one region's index, or all of them merged
  const situs = daftarIndeks.length
    ? pilihan(
        'filter-situs',
        'Situs wilayah',
        [[SEMUA, 'Semua wilayah'], ...daftarIndeks.map((x): [string, string] => [x.id, x.nama])],
        kueriAwal.get('situs') ?? SEMUA,
      )
    : null;
  // a shared link's scope; one with a filter opens on the regions' indexes, as the national one has none
  const cakupanDiminta = cakupanAda.some(([x]) => x === kueriAwal.get('isi'))
    ? (kueriAwal.get('isi') as Cakupan)
    : cakupanAwal === 'nasional' && FILTER.some((namaFilter) => kueriAwal.get(namaFilter))
      ? 'ringkas'
      : cakupanAwal;
  const cakupan = document.createElement('fieldset');
  cakupan.className = 'cakupan-cari';
  const keteranganCakupan = document.createElement('legend');
  keteranganCakupan.textContent = 'Cari di';
  cakupan.append(
    keteranganCakupan,
    ...cakupanAda.map(([jenisCakupan, teks]) => {
      const labelCakupan = document.createElement('label');
      const tombol = document.createElement('input');
      tombol.type = 'radio';
      tombol.name = 'isi';
      tombol.value = jenisCakupan;
      tombol.checked = jenisCakupan === cakupanDiminta;
      labelCakupan.append(tombol, ` ${teks}`);
      return labelCakupan;
    }),
  );
  const cakupanSekarang = (): Cakupan =>
    (cakupan.querySelector<HTMLInputElement>('input:checked')?.value as Cakupan | undefined) ?? cakupanAwal;
  const pilihCakupan = (dipilih: Cakupan) => {
    cakupan.querySelector<HTMLInputElement>(`input[value="${dipilih}"]`)!.checked = true;
  };
  const wadahFilter = document.createElement('div');
  wadahFilter.className = 'filter-isi';
  wadah.append(...(situs ? [situs] : []), cakupan, wadahFilter);

  let pagefind: Pagefind | undefined;
  const muat = async () => {
    const pilih = situs?.querySelector('select')?.value ?? SEMUA;
    // one region's own index holds more than the national names
    if (cakupanSekarang() === 'nasional' && pilih !== SEMUA) pilihCakupan('ringkas');
    const cakupanDimuat = cakupanSekarang();
    await pagefind?.destroy();
    if (cakupanDimuat === 'nasional') {
      pagefind = (await import(/* @vite-ignore */ `${nasional}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: alamatDasar, ranking: PERINGKAT });
    } else {
      const indeks = daftarIndeks.length
        ? daftarIndeks.filter((x) => pilih === SEMUA || x.id === pilih)
        : [{ id: '', nama: '', base: alamatDasar }];
      const [utama, ...lain] = indeks;
      pagefind = (await import(/* @vite-ignore */ `${utama!.base}${BUNDEL[cakupanDimuat]}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: utama!.base, ranking: PERINGKAT });
      for (const indeksLain of lain)
        await pagefind.mergeIndex(`${indeksLain.base}${BUNDEL[cakupanDimuat]}`, { baseUrl: indeksLain.base });
    }
    await pagefind.init();
    const semuaFilter = await pagefind.filters();
    const sekarang = new URLSearchParams(location.search);
    wadahFilter.replaceChildren(
      ...FILTER.map((namaFilter) => {
        const nilai = Object.keys(semuaFilter[namaFilter] ?? {}).sort((a, b) => a.localeCompare(b, 'id'));
        return pilihan(
          `filter-${namaFilter}`,
          LABEL[namaFilter],
          [
            ['', 'Semua'],
            ...nilai.map((v): [string, string] => [
              v,
              `${(namaFilter === 'instansi' && labelInstansi[v]) || v} (${semuaFilter[namaFilter]![v]})`,
            ]),
          ],
          sekarang.get(namaFilter) ?? '',
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
  const kotakKata = formulir.querySelector<HTMLInputElement>('input[name="q"]')!;
  kotakKata.value = kueriAwal.get('q') ?? '';

  // Ten results at a time: each result's excerpt is a fetch of its own, and a first query should stay light.
  const PER_HALAMAN = 10;
  const lagi = document.createElement('button');
  lagi.type = 'button';
  lagi.textContent = 'Tampilkan hasil berikutnya';
  lagi.hidden = true;
  daftar.after(lagi);
  let hasil: { data(): Promise<HasilData> }[] = [];
  let tampil = 0;

  const barisHasil = (dataHasil: HasilData) => {
    const butir = document.createElement('li');
    const tautan = document.createElement('a');
    tautan.href = dataHasil.url;
    tautan.textContent = dataHasil.meta.title ?? dataHasil.url;
    const judul = document.createElement('h2');
    judul.append(tautan);
    const keterangan = document.createElement('p');
    keterangan.className = 'meta';
    keterangan.textContent = [dataHasil.meta.jenis, dataHasil.meta.instansi, dataHasil.meta.tahun]
      .filter(Boolean)
      .join(' · ');
    const cuplikan = document.createElement('p');
    cuplikan.append(...kutipan(dataHasil.excerpt));
    butir.append(judul, keterangan, cuplikan);
    return butir;
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
    const kata = kotakKata.value.trim();
    const dicari = kataDicari(kata);
    const filterDipilih: Record<string, string> = {};
    const kueriBaru = new URLSearchParams();
    if (kata) kueriBaru.set('q', kata);
    const wilayahSitus = situs?.querySelector('select')?.value;
    if (wilayahSitus && wilayahSitus !== SEMUA) kueriBaru.set('situs', wilayahSitus);
    if (cakupanSekarang() !== cakupanAwal) kueriBaru.set('isi', cakupanSekarang());
    for (const namaFilter of FILTER) {
      const nilai = (formulir.elements.namedItem(namaFilter) as HTMLSelectElement | null)?.value;
      if (nilai) {
        filterDipilih[namaFilter] = nilai;
        kueriBaru.set(namaFilter, nilai);
      }
    }
    if (tulisUrl) history.replaceState(null, '', kueriBaru.size ? `?${kueriBaru}` : location.pathname);
    if (kata && !dicari) {
      daftar.replaceChildren();
      lagi.hidden = true;
      status.textContent = 'Ketik kata dengan sekurangnya dua huruf atau angka.';
      return;
    }
    if (!kata && !Object.keys(filterDipilih).length) {
      daftar.replaceChildren();
      lagi.hidden = true;
      status.textContent = 'Ketik kata kunci atau pilih filter.';
      return;
    }
    status.textContent = 'Mencari…';
    let jawaban = await pagefind!.search(dicari || null, { filters: filterDipilih });
    if (nomor !== giliran) return;
    // nothing found: widen to the next scope (names → titles and names of every region → every word)
    diperluas = '';
    for (;;) {
      const berikut = cakupanAda[cakupanAda.findIndex(([v]) => v === cakupanSekarang()) + 1]?.[0];
      if (jawaban.results.length || !dicari || !berikut) break;
      diperluas = DIPERLUAS[berikut];
      pilihCakupan(berikut);
      status.textContent = berikut === 'lengkap' ? 'Mencari di seluruh isi…' : 'Mencari di semua wilayah…';
      await muat();
      if (nomor !== giliran) return;
      kueriBaru.set('isi', berikut);
      history.replaceState(null, '', `?${kueriBaru}`);
      jawaban = await pagefind!.search(dicari, { filters: filterDipilih });
      if (nomor !== giliran) return;
    }
    hasil = jawaban.results;
    tampil = 0;
    daftar.replaceChildren();
    await tambah(nomor);
  };
  let tunda: ReturnType<typeof setTimeout> | undefined;
  kotakKata.addEventListener('input', () => {
    clearTimeout(tunda);
    tunda = setTimeout(() => void cari(true), 250);
  });
  formulir.addEventListener('change', async (peristiwa) => {
    const unsur = peristiwa.target as HTMLElement;
    if (unsur.tagName !== 'SELECT' && !(unsur instanceof HTMLInputElement && unsur.name === 'isi')) return;
    if (unsur.id === 'filter-situs' || unsur.getAttribute('name') === 'isi') {
      status.textContent = 'Memuat indeks…';
      await muat();
    }
    void cari(true);
  });
  formulir.addEventListener('submit', (peristiwa) => {
    peristiwa.preventDefault();
    void cari(true);
  });
  await cari(false);
  formulir.dataset.siap = 'ya';
}

void mulai();

/**
 * Draws every [data-grafik] figure with chart.js, loaded only when a chart comes
 * near the viewport. Patterns/markers and dashed lines make series distinguishable
 * without colour; buttons download the chart (PNG) and its data (CSV).
 */
import type { ChartConfiguration } from 'chart.js';
import { csvGrafik, namaBerkas, teksPng, type Grafik } from '../core/tampilan/grafik.ts';
import { angka } from '../lib/format-dasar.ts';

const WARNA = ['#0b5394', '#b35900', '#1c6b2f', '#7b2d8e', '#a4161a', '#4a5260'];
const TITIK = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;
const PUTUS = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

let dipasang = false;
/** Figures that have come near the viewport: a new choice redraws them at once. */
const terlihat = new WeakSet<HTMLElement>();

export function unduh(nama: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Diagonal/dotted fills so bar series differ by pattern, not only by colour. */
function pola(warna: string, i: number): CanvasPattern | string {
  if (i === 0) return warna;
  const c = document.createElement('canvas');
  c.width = c.height = 10;
  const x = c.getContext('2d');
  if (!x) return warna;
  x.fillStyle = '#ffffff';
  x.fillRect(0, 0, 10, 10);
  x.strokeStyle = warna;
  x.fillStyle = warna;
  x.lineWidth = 3;
  if (i % 3 === 1) {
    x.beginPath();
    x.moveTo(-2, 12);
    x.lineTo(12, -2);
    x.moveTo(-2, 2);
    x.lineTo(2, -2);
    x.moveTo(8, 12);
    x.lineTo(12, 8);
    x.stroke();
  } else if (i % 3 === 2) {
    x.beginPath();
    x.arc(5, 5, 2.5, 0, Math.PI * 2);
    x.fill();
  } else {
    x.fillRect(0, 0, 10, 4);
  }
  return x.createPattern(c, 'repeat') ?? warna;
}

type ChartMod = typeof import('chart.js');
let muat: Promise<ChartMod> | null = null;
function chartjs(): Promise<ChartMod> {
  muat ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.LineController,
      m.BarController,
      m.LineElement,
      m.BarElement,
      m.PointElement,
      m.CategoryScale,
      m.LinearScale,
      m.Legend,
      m.Tooltip,
    );
    return m;
  });
  return muat;
}

/** Chart.js's configuration of a chart; `ekspor` sizes it for a PNG instead of the page. */
function konfigurasi(g: Grafik, ekspor = false): ChartConfiguration {
  const datasets = g.seri.map((s, i) => {
    const warna = WARNA[i % WARNA.length]!;
    const batang = s.gaya === 'batang' || g.jenis === 'bar';
    return {
      label: s.nama,
      data: s.data,
      type: batang ? ('bar' as const) : ('line' as const),
      borderColor: warna,
      backgroundColor: batang ? pola(warna, i) : warna,
      borderWidth: batang ? 2 : 2.5,
      borderDash: s.gaya === 'putus' ? [6, 4] : s.gaya === 'garis' ? [] : PUTUS[i % PUTUS.length],
      pointStyle: TITIK[i % TITIK.length],
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: s.gaya === 'putus',
    };
  });
  // a PNG is read at its own size, away from the page: larger type than on screen
  const huruf = ekspor ? { size: 16 } : undefined;
  const jeda = g.jeda;
  const acuan = g.acuan;
  const sumbuKategori = {
    ticks: {
      color: '#1b1f24',
      font: huruf,
      autoSkip: false,
      callback(this: { getLabelForValue(v: number): string; chart: { width: number } }, v: string | number) {
        const t = this.getLabelForValue(Number(v));
        const maks = mendatar && this.chart.width < 480 ? 14 : this.chart.width < 1000 ? 30 : 60;
        return t.length > maks ? t.slice(0, maks - 1) + '…' : t;
      },
    },
    grid: { color: '#e1e5eb' },
  };
  const sumbuNilai = {
    beginAtZero: g.jenis === 'bar',
    suggestedMax: g.acuan ? g.acuan.nilai * 1.08 : undefined,
    ticks: {
      color: '#1b1f24',
      font: huruf,
      precision: g.seri.every((s) => s.data.every((v) => v === null || Number.isInteger(v))) ? 0 : undefined,
      callback: (v: string | number) => angka(Number(v)),
    },
    grid: { color: '#e1e5eb' },
    title: { display: !!g.satuan, text: g.satuan, color: '#1b1f24', font: huruf },
  };
  const mendatar = !!g.mendatar;
  return {
    type: g.jenis,
    data: { labels: g.label, datasets },
    options: {
      // a PNG has the same pixels on every screen
      responsive: !ekspor,
      devicePixelRatio: ekspor ? 1 : undefined,
      maintainAspectRatio: false,
      animation: false,
      locale: 'id-ID',
      interaction: { mode: 'index', intersect: false, axis: mendatar ? 'y' : 'x' },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, color: '#1b1f24', font: huruf } },
        tooltip: {
          callbacks: {
            label: (c) => {
              const v = mendatar ? c.parsed.x : c.parsed.y;
              return `${c.dataset.label}: ${v === null || v === undefined ? '–' : angka(v)} ${g.satuan}`;
            },
          },
        },
      },
      indexAxis: mendatar ? 'y' : 'x',
      scales: mendatar ? { x: sumbuNilai, y: sumbuKategori } : { x: sumbuKategori, y: sumbuNilai },
    },
    plugins: [
      {
        id: 'latarPutih',
        beforeDraw(c) {
          const ctx = c.ctx;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, c.width, c.height);
          ctx.restore();
        },
      },
      {
        id: 'jedaDanAcuan',
        afterDatasetsDraw(c) {
          const ctx = c.ctx;
          const { top, bottom, left, right } = c.chartArea;
          ctx.save();
          if (jeda) {
            const i = g.label.indexOf(jeda.sebelum);
            if (i > 0) {
              const x = (c.scales.x!.getPixelForValue(i) + c.scales.x!.getPixelForValue(i - 1)) / 2;
              ctx.strokeStyle = '#1b1f24';
              ctx.setLineDash([3, 3]);
              ctx.lineWidth = 2;
              ctx.beginPath();
              ctx.moveTo(x, top);
              ctx.lineTo(x, bottom);
              ctx.stroke();
              ctx.setLineDash([]);
              ctx.fillStyle = '#1b1f24';
              ctx.font = `${ekspor ? 16 : 12}px system-ui, sans-serif`;
              ctx.textAlign = x > (left + right) / 2 ? 'right' : 'left';
              ctx.fillText(
                jeda.teks.length > 40 ? jeda.teks.slice(0, 39) + '…' : jeda.teks,
                x + (ctx.textAlign === 'right' ? -4 : 4),
                top + 12,
              );
            }
          }
          if (acuan) {
            // The reference line (e.g. 100 %) runs across the value axis: vertical on horizontal bars.
            const p = (mendatar ? c.scales.x! : c.scales.y!).getPixelForValue(acuan.nilai);
            const [awal, akhir] = mendatar ? [left, right] : [top, bottom];
            if (p >= awal && p <= akhir) {
              ctx.strokeStyle = '#4a5260';
              ctx.setLineDash([8, 4]);
              ctx.beginPath();
              ctx.moveTo(mendatar ? p : left, mendatar ? top : p);
              ctx.lineTo(mendatar ? p : right, mendatar ? bottom : p);
              ctx.stroke();
              ctx.fillStyle = '#1b1f24';
              ctx.font = `${ekspor ? 16 : 12}px system-ui, sans-serif`;
              ctx.fillText(acuan.teks, mendatar ? p + 4 : left + 4, mendatar ? top + 12 : p - 4);
            }
          }
          ctx.restore();
        },
      },
    ],
  } as ChartConfiguration;
}

/**
 * Draws a figure's chart from its data as it is once chart.js has loaded, not as it was when the
 * draw was asked for: a shared link's choice may replace the default chart while chart.js loads.
 */
export async function gambar(fig: HTMLElement) {
  const { Chart } = await chartjs();
  const g = baca(fig);
  if (!g) return null;
  const canvas = fig.querySelector('canvas')!;
  Chart.getChart(canvas)?.destroy();
  const chart = new Chart(canvas, konfigurasi(g));
  fig.querySelector('.kanvas')?.classList.add('siap');
  fig.dataset.digambar = 'ya';
  return chart;
}

const LEBAR_PNG = 1200;
const TEPI = 40;
const HURUF = 'system-ui, "Noto Sans", sans-serif';

/**
 * Lines of at most `lebar` pixels, broken between words; a word longer than a line (an address) is
 * broken after its & / ? = - characters, or anywhere when a piece is still too long.
 */
function bagiBaris(ctx: CanvasRenderingContext2D, teks: string, lebar: number): string[] {
  const hasil: string[] = [];
  let baris = '';
  const muat = (s: string) => ctx.measureText(s).width <= lebar;
  for (const kata of teks.split(' ')) {
    const coba = baris ? `${baris} ${kata}` : kata;
    if (muat(coba)) {
      baris = coba;
      continue;
    }
    if (baris) hasil.push(baris);
    baris = '';
    for (const potong of muat(kata) ? [kata] : kata.split(/(?<=[&/?=#-])/))
      for (const bagian of muat(potong) ? [potong] : [...potong]) {
        if (!muat(baris + bagian)) {
          hasil.push(baris);
          baris = '';
        }
        baris += bagian;
      }
  }
  if (baris) hasil.push(baris);
  return hasil;
}

/**
 * The chart as a PNG to share on its own: drawn afresh from the figure's current data at a fixed size,
 * with its title, agencies and years above it and the source, the page's address and the date below.
 */
async function png(fig: HTMLElement, g: Grafik): Promise<string> {
  const { Chart } = await chartjs();
  const kanvas = document.createElement('canvas');
  kanvas.width = LEBAR_PNG - 2 * TEPI;
  kanvas.height = g.mendatar ? Math.max(560, g.label.length * 48 + 160) : 560;
  const chart = new Chart(kanvas, konfigurasi(g, true));
  const kanonik = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const alamat = new URL(`${location.search}#${fig.id}`, kanonik).href;
  const t = teksPng(g, {
    situs: fig.dataset.situs ?? document.title,
    alamat,
    tanggal: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date()),
    instansi: fig.dataset.instansi,
    tahun: fig.dataset.tahun,
  });
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const isi = LEBAR_PNG - 2 * TEPI;
  const blok = [
    { font: `bold 28px ${HURUF}`, tinggi: 36, baris: [t.judul] },
    { font: `20px ${HURUF}`, tinggi: 28, baris: t.keterangan },
  ];
  const kaki = { font: `16px ${HURUF}`, tinggi: 24, baris: t.sumber };
  const susun = (b: { font: string; tinggi: number; baris: string[] }) => {
    ctx.font = b.font;
    return { ...b, baris: b.baris.flatMap((x) => bagiBaris(ctx, x, isi)) };
  };
  const atas = blok.map(susun);
  const bawah = susun(kaki);
  const tinggiAtas = atas.reduce((n, b) => n + b.baris.length * b.tinggi, 0);
  out.width = LEBAR_PNG;
  out.height = TEPI + tinggiAtas + 16 + kanvas.height + 24 + bawah.baris.length * bawah.tinggi + TEPI;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b1f24';
  ctx.textBaseline = 'top';
  let y = TEPI;
  const tulis = (b: { font: string; tinggi: number; baris: string[] }) => {
    ctx.font = b.font;
    for (const baris of b.baris) {
      ctx.fillText(baris, TEPI, y);
      y += b.tinggi;
    }
  };
  atas.forEach(tulis);
  y += 16;
  ctx.drawImage(kanvas, TEPI, y);
  y += kanvas.height + 24;
  ctx.fillStyle = '#4a5260';
  tulis(bawah);
  chart.destroy();
  return out.toDataURL('image/png');
}

/** After a figure's data changed: redraws it if it has been drawn or is being drawn. */
export function gambarUlang(fig: HTMLElement) {
  if (terlihat.has(fig)) void gambar(fig);
}

function baca(fig: HTMLElement): Grafik | null {
  try {
    return JSON.parse(fig.dataset.grafik ?? 'null') as Grafik;
  } catch {
    return null;
  }
}

/** Wires download buttons and lazy drawing for every chart on the page (once). */
export function pasangGrafik() {
  if (dipasang) return;
  dipasang = true;
  const figs = [...document.querySelectorAll<HTMLElement>('[data-grafik]')];
  for (const fig of figs) {
    const tombol = fig.querySelector<HTMLElement>('.unduh-grafik');
    tombol?.classList.remove('belum');
    fig.addEventListener('click', async (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-unduh]');
      if (!b) return;
      const g = baca(fig);
      if (!g) return;
      if (b.dataset.unduh === 'csv') {
        const url = URL.createObjectURL(new Blob(['\ufeff' + csvGrafik(g)], { type: 'text/csv;charset=utf-8' }));
        unduh(namaBerkas(g.judul, 'csv'), url);
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      } else {
        unduh(namaBerkas(g.judul, 'png'), await png(fig, g));
      }
    });
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const en of entries) {
        if (!en.isIntersecting) continue;
        io.unobserve(en.target);
        const fig = en.target as HTMLElement;
        terlihat.add(fig);
        void gambar(fig);
      }
    },
    { rootMargin: '300px 0px' },
  );
  figs.forEach((f) => io.observe(f));
  // print shows the data tables
  addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

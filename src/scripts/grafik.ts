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
  const tautan = document.createElement('a');
  tautan.href = href;
  tautan.download = nama;
  document.body.append(tautan);
  tautan.click();
  tautan.remove();
}

/** Diagonal/dotted fills so bar series differ by pattern, not only by colour. */
function pola(warna: string, urutan: number): CanvasPattern | string {
  if (urutan === 0) return warna;
  const kanvas = document.createElement('canvas');
  kanvas.width = kanvas.height = 10;
  const konteks = kanvas.getContext('2d');
  if (!konteks) return warna;
  konteks.fillStyle = '#ffffff';
  konteks.fillRect(0, 0, 10, 10);
  konteks.strokeStyle = warna;
  konteks.fillStyle = warna;
  konteks.lineWidth = 3;
  if (urutan % 3 === 1) {
    konteks.beginPath();
    konteks.moveTo(-2, 12);
    konteks.lineTo(12, -2);
    konteks.moveTo(-2, 2);
    konteks.lineTo(2, -2);
    konteks.moveTo(8, 12);
    konteks.lineTo(12, 8);
    konteks.stroke();
  } else if (urutan % 3 === 2) {
    konteks.beginPath();
    konteks.arc(5, 5, 2.5, 0, Math.PI * 2);
    konteks.fill();
  } else {
    konteks.fillRect(0, 0, 10, 4);
  }
  return konteks.createPattern(kanvas, 'repeat') ?? warna;
}

type ChartMod = typeof import('chart.js');
let muat: Promise<ChartMod> | null = null;
function modulChartJs(): Promise<ChartMod> {
  muat ??= import('chart.js').then((modul) => {
    modul.Chart.register(
      modul.LineController,
      modul.BarController,
      modul.LineElement,
      modul.BarElement,
      modul.PointElement,
      modul.CategoryScale,
      modul.LinearScale,
      modul.Legend,
      modul.Tooltip,
    );
    return modul;
  });
  return muat;
}

/** Chart.js's configuration of a chart; `ekspor` sizes it for a PNG instead of the page. */
function konfigurasi(grafik: Grafik, ekspor = false): ChartConfiguration {
  const kumpulanData = grafik.seri.map((seri, urutan) => {
    const warna = WARNA[urutan % WARNA.length]!;
    const batang = seri.gaya === 'batang' || grafik.jenis === 'bar';
    return {
      label: seri.nama,
      data: seri.data,
      type: batang ? ('bar' as const) : ('line' as const),
      borderColor: warna,
      backgroundColor: batang ? pola(warna, urutan) : warna,
      borderWidth: batang ? 2 : 2.5,
      borderDash: seri.gaya === 'putus' ? [6, 4] : seri.gaya === 'garis' ? [] : PUTUS[urutan % PUTUS.length],
      pointStyle: TITIK[urutan % TITIK.length],
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: seri.gaya === 'putus',
    };
  });
  // a PNG is read at its own size, away from the page: larger type than on screen
  const huruf = ekspor ? { size: 16 } : undefined;
  const jeda = grafik.jeda;
  const acuan = grafik.acuan;
  const sumbuKategori = {
    ticks: {
      color: '#1b1f24',
      font: huruf,
      autoSkip: false,
      callback(this: { getLabelForValue(nilai: number): string; chart: { width: number } }, nilai: string | number) {
        const teks = this.getLabelForValue(Number(nilai));
        const maks = mendatar && this.chart.width < 480 ? 14 : this.chart.width < 1000 ? 30 : 60;
        return teks.length > maks ? teks.slice(0, maks - 1) + '…' : teks;
      },
    },
    grid: { color: '#e1e5eb' },
  };
  const sumbuNilai = {
    beginAtZero: grafik.jenis === 'bar',
    suggestedMax: grafik.acuan ? grafik.acuan.nilai * 1.08 : undefined,
    ticks: {
      color: '#1b1f24',
      font: huruf,
      precision: grafik.seri.every((s) => s.data.every((v) => v === null || Number.isInteger(v))) ? 0 : undefined,
      callback: (v: string | number) => angka(Number(v)),
    },
    grid: { color: '#e1e5eb' },
    title: { display: !!grafik.satuan, text: grafik.satuan, color: '#1b1f24', font: huruf },
  };
  const mendatar = !!grafik.mendatar;
  return {
    type: grafik.jenis,
    data: { labels: grafik.label, datasets: kumpulanData },
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
            label: (butir) => {
              const nilai = mendatar ? butir.parsed.x : butir.parsed.y;
              return `${butir.dataset.label}: ${nilai === null || nilai === undefined ? '–' : angka(nilai)} ${grafik.satuan}`;
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
        beforeDraw(bagan) {
          const konteks = bagan.ctx;
          konteks.save();
          konteks.fillStyle = '#ffffff';
          konteks.fillRect(0, 0, bagan.width, bagan.height);
          konteks.restore();
        },
      },
      {
        id: 'jedaDanAcuan',
        afterDatasetsDraw(bagan) {
          const konteks = bagan.ctx;
          const { top, bottom, left, right } = bagan.chartArea;
          konteks.save();
          if (jeda) {
            const posisiJeda = grafik.label.indexOf(jeda.sebelum);
            if (posisiJeda > 0) {
              const posisiX =
                (bagan.scales.x!.getPixelForValue(posisiJeda) + bagan.scales.x!.getPixelForValue(posisiJeda - 1)) / 2;
              konteks.strokeStyle = '#1b1f24';
              konteks.setLineDash([3, 3]);
              konteks.lineWidth = 2;
              konteks.beginPath();
              konteks.moveTo(posisiX, top);
              konteks.lineTo(posisiX, bottom);
              konteks.stroke();
              konteks.setLineDash([]);
              konteks.fillStyle = '#1b1f24';
              konteks.font = `${ekspor ? 16 : 12}px system-ui, sans-serif`;
              konteks.textAlign = posisiX > (left + right) / 2 ? 'right' : 'left';
              konteks.fillText(
                jeda.teks.length > 40 ? jeda.teks.slice(0, 39) + '…' : jeda.teks,
                posisiX + (konteks.textAlign === 'right' ? -4 : 4),
                top + 12,
              );
            }
          }
          if (acuan) {
            // The reference line (e.g. 100 %) runs across the value axis: vertical on horizontal bars.
            const posisiAcuan = (mendatar ? bagan.scales.x! : bagan.scales.y!).getPixelForValue(acuan.nilai);
            const [awal, akhir] = mendatar ? [left, right] : [top, bottom];
            if (posisiAcuan >= awal && posisiAcuan <= akhir) {
              konteks.strokeStyle = '#4a5260';
              konteks.setLineDash([8, 4]);
              konteks.beginPath();
              konteks.moveTo(mendatar ? posisiAcuan : left, mendatar ? top : posisiAcuan);
              konteks.lineTo(mendatar ? posisiAcuan : right, mendatar ? bottom : posisiAcuan);
              konteks.stroke();
              konteks.fillStyle = '#1b1f24';
              konteks.font = `${ekspor ? 16 : 12}px system-ui, sans-serif`;
              konteks.fillText(
                acuan.teks,
                mendatar ? posisiAcuan + 4 : left + 4,
                mendatar ? top + 12 : posisiAcuan - 4,
              );
            }
          }
          konteks.restore();
        },
      },
    ],
  } as ChartConfiguration;
}

/**
 * Draws a figure's chart from its data as it is once chart.js has loaded, not as it was when the
 * draw was asked for: a shared link's choice may replace the default chart while chart.js loads.
 */
export async function gambar(figur: HTMLElement) {
  const { Chart } = await modulChartJs();
  const grafik = baca(figur);
  if (!grafik) return null;
  const kanvas = figur.querySelector('canvas')!;
  Chart.getChart(kanvas)?.destroy();
  const bagan = new Chart(kanvas, konfigurasi(grafik));
  figur.querySelector('.kanvas')?.classList.add('siap');
  figur.dataset.digambar = 'ya';
  return bagan;
}

const LEBAR_PNG = 1200;
const TEPI = 40;
const HURUF = 'system-ui, "Noto Sans", sans-serif';

/**
 * Lines of at most `lebar` pixels, broken between words; a word longer than a line (an address) is
 * broken after its & / ? = - characters, or anywhere when a piece is still too long.
 */
function bagiBaris(konteks: CanvasRenderingContext2D, teks: string, lebar: number): string[] {
  const hasil: string[] = [];
  let baris = '';
  const muat = (s: string) => konteks.measureText(s).width <= lebar;
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
async function png(figur: HTMLElement, grafik: Grafik): Promise<string> {
  const { Chart } = await modulChartJs();
  const kanvas = document.createElement('canvas');
  kanvas.width = LEBAR_PNG - 2 * TEPI;
  kanvas.height = grafik.mendatar ? Math.max(560, grafik.label.length * 48 + 160) : 560;
  const bagan = new Chart(kanvas, konfigurasi(grafik, true));
  const kanonik = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const alamat = new URL(`${location.search}#${figur.id}`, kanonik).href;
  const teks = teksPng(grafik, {
    situs: figur.dataset.situs ?? document.title,
    alamat,
    tanggal: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date()),
    instansi: figur.dataset.instansi,
    tahun: figur.dataset.tahun,
  });
  const kanvasPng = document.createElement('canvas');
  const konteks = kanvasPng.getContext('2d')!;
  const isi = LEBAR_PNG - 2 * TEPI;
  const blok = [
    { font: `bold 28px ${HURUF}`, tinggi: 36, baris: [teks.judul] },
    { font: `20px ${HURUF}`, tinggi: 28, baris: teks.keterangan },
  ];
  const kaki = { font: `16px ${HURUF}`, tinggi: 24, baris: teks.sumber };
  const susun = (kelompok: { font: string; tinggi: number; baris: string[] }) => {
    konteks.font = kelompok.font;
    return { ...kelompok, baris: kelompok.baris.flatMap((x) => bagiBaris(konteks, x, isi)) };
  };
  const atas = blok.map(susun);
  const bawah = susun(kaki);
  const tinggiAtas = atas.reduce((n, b) => n + b.baris.length * b.tinggi, 0);
  kanvasPng.width = LEBAR_PNG;
  kanvasPng.height = TEPI + tinggiAtas + 16 + kanvas.height + 24 + bawah.baris.length * bawah.tinggi + TEPI;
  konteks.fillStyle = '#ffffff';
  konteks.fillRect(0, 0, kanvasPng.width, kanvasPng.height);
  konteks.fillStyle = '#1b1f24';
  konteks.textBaseline = 'top';
  let jarakAtas = TEPI;
  const tulis = (kelompok: { font: string; tinggi: number; baris: string[] }) => {
    konteks.font = kelompok.font;
    for (const baris of kelompok.baris) {
      konteks.fillText(baris, TEPI, jarakAtas);
      jarakAtas += kelompok.tinggi;
    }
  };
  atas.forEach(tulis);
  jarakAtas += 16;
  konteks.drawImage(kanvas, TEPI, jarakAtas);
  jarakAtas += kanvas.height + 24;
  konteks.fillStyle = '#4a5260';
  tulis(bawah);
  bagan.destroy();
  return kanvasPng.toDataURL('image/png');
}

/** After a figure's data changed: redraws it if it has been drawn or is being drawn. */
export function gambarUlang(figur: HTMLElement) {
  if (terlihat.has(figur)) void gambar(figur);
}

function baca(figur: HTMLElement): Grafik | null {
  try {
    return JSON.parse(figur.dataset.grafik ?? 'null') as Grafik;
  } catch {
    return null;
  }
}

/** Wires download buttons and lazy drawing for every chart on the page (once). */
export function pasangGrafik() {
  if (dipasang) return;
  dipasang = true;
  const semuaFigur = [...document.querySelectorAll<HTMLElement>('[data-grafik]')];
  for (const figur of semuaFigur) {
    const tombol = figur.querySelector<HTMLElement>('.unduh-grafik');
    tombol?.classList.remove('belum');
    figur.addEventListener('click', async (peristiwa) => {
      const tombolUnduh = (peristiwa.target as HTMLElement).closest<HTMLButtonElement>('button[data-unduh]');
      if (!tombolUnduh) return;
      const grafik = baca(figur);
      if (!grafik) return;
      if (tombolUnduh.dataset.unduh === 'csv') {
        const url = URL.createObjectURL(new Blob(['\ufeff' + csvGrafik(grafik)], { type: 'text/csv;charset=utf-8' }));
        unduh(namaBerkas(grafik.judul, 'csv'), url);
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      } else {
        unduh(namaBerkas(grafik.judul, 'png'), await png(figur, grafik));
      }
    });
  }
  const pengamat = new IntersectionObserver(
    (daftarEntri) => {
      for (const entri of daftarEntri) {
        if (!entri.isIntersecting) continue;
        pengamat.unobserve(entri.target);
        const figur = entri.target as HTMLElement;
        terlihat.add(figur);
        void gambar(figur);
      }
    },
    { rootMargin: '300px 0px' },
  );
  semuaFigur.forEach((f) => pengamat.observe(f));
  // print shows the data tables
  addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

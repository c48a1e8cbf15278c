/** The site-wide audit page (/audit/): every finding, grouped and counted, with its filters. Pure. */
import {
  dihitungSebagaiTemuan,
  LABEL_KELAS,
  URUTAN_KELAS,
  type KelasTemuan,
  type TemuanAudit,
} from '../audit/audit.ts';
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { semuaTemuan } from '../data-terbuka/terbuka.ts';
import { tanggapanTemuan } from '../audit/tanggapan.ts';
import type { Tanggapan } from '../skema/laporan.ts';
import { tempatAngka } from './jangkar.ts';
import { alamatPdf } from './lokasi.ts';

export interface TemuanHalaman {
  temuan: TemuanAudit;
  namaInstansi: string;
  /** the report page and the finding's row on it; null for a finding outside the yearly reports */
  href: string | null;
  /** the figure's own place on its report page (jangkar.ts); null when it has none */
  hrefAngka: string | null;
  /** the document the finding's locator points into, for a link to its page of the agency's PDF */
  dokumen: { berkas: string; pdf: string | null } | null;
  /** the agency's response to it (hak jawab), when there is one */
  tanggapan: Tanggapan | null;
}

export interface KelompokAudit {
  instansi: string;
  namaInstansi: string;
  tahun: number;
  temuan: TemuanHalaman[];
}

export interface HalamanAudit {
  kelompok: KelompokAudit[];
  /** per class, how many findings (a carried one is listed, and counted only under 'terbawa') */
  perKelas: { kelas: KelasTemuan; label: string; jumlah: number }[];
  /** discrepancies counted once (carried ones excluded) */
  jumlahTemuan: number;
  diperiksa: number;
  /** the filter's selects, in order: the `data-*` attribute each one matches and its options (value, text) */
  saringan: Saringan[];
}

export interface Saringan {
  nama: 'instansi' | 'tahun' | 'kelas' | 'tabel';
  label: string;
  opsi: [nilai: string, teks: string][];
}

export function halamanAudit(korpus: KorpusTerhitung): HalamanAudit {
  const nama = new Map(korpus.korpus.instansi.map((i) => [i.data.id, i.data.nama]));
  const laporan = new Map(korpus.laporan.map((l) => [l.berkas, l]));
  const semua = semuaTemuan(korpus);
  const tanggapan = tanggapanTemuan(korpus.laporan);
  const berbeda = semua.filter((t) => t.status === 'berbeda');
  const kelompok = new Map<string, KelompokAudit>();
  for (const temuan of berbeda) {
    const kunci = `${temuan.instansi}/${temuan.tahun}`;
    const grup = kelompok.get(kunci) ?? {
      instansi: temuan.instansi,
      namaInstansi: nama.get(temuan.instansi) ?? temuan.instansi,
      tahun: temuan.tahun,
      temuan: [],
    };
    const laporanTemuan = laporan.get(temuan.berkas);
    const halaman = `/instansi/${temuan.instansi}/${temuan.tahun}/`;
    const tempat = laporanTemuan ? tempatAngka(temuan.jalur, laporanTemuan.terhitung) : null;
    grup.temuan.push({
      temuan,
      namaInstansi: grup.namaInstansi,
      href: laporanTemuan ? `${halaman}#${temuan.id}` : null,
      hrefAngka: tempat ? `${halaman}#${tempat}` : null,
      dokumen: laporanTemuan
        ? {
            berkas: laporanTemuan.terhitung.laporan.sumber.berkas,
            pdf: alamatPdf(laporanTemuan.berkas, laporanTemuan.terhitung.laporan.sumber),
          }
        : null,
      tanggapan: tanggapan.get(temuan.id) ?? null,
    });
    kelompok.set(kunci, grup);
  }
  const urut = [...kelompok.values()].sort(
    (a, b) => a.namaInstansi.localeCompare(b.namaInstansi, 'id') || a.tahun - b.tahun,
  );
  const perKelas = URUTAN_KELAS.map((kelas) => ({
    kelas,
    label: LABEL_KELAS[kelas],
    jumlah: berbeda.filter((t) => t.kelas === kelas).length,
  })).filter((x) => x.jumlah > 0);
  return {
    kelompok: urut,
    perKelas,
    jumlahTemuan: berbeda.filter(dihitungSebagaiTemuan).length,
    diperiksa: semua.length,
    saringan: [
      { nama: 'instansi', label: 'Instansi', opsi: [...new Map(urut.map((g) => [g.instansi, g.namaInstansi]))] },
      {
        nama: 'tahun',
        label: 'Tahun',
        opsi: [...new Set(urut.map((g) => g.tahun))].sort((a, b) => a - b).map((t) => [String(t), String(t)]),
      },
      { nama: 'kelas', label: 'Kelas', opsi: perKelas.map((k) => [k.kelas, k.label]) },
      {
        nama: 'tabel',
        label: 'Tabel',
        opsi: [...new Set(berbeda.map((t) => t.tabel))].sort((a, b) => a.localeCompare(b, 'id')).map((t) => [t, t]),
      },
    ],
  };
}

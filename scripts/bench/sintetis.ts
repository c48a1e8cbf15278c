/**
 * Synthetic but realistic content for benchmarks: sizes and shapes taken from the
 * real reports (~5 IKU, ~30 kegiatan and ~60 output indicators per report,
 * narrative of similar length, a Renstra per agency, provinces → cities/regencies).
 * Deterministic (seeded), clearly labelled SINTETIS, and always written to a
 * folder of its own — never into content/.
 *
 * Prose draws its words as often as the real reports use them (kosakata.json, counted from the
 * source documents by kosakata.ts): search cost grows with how often pages use a word, so a small vocabulary
 * would make every word far more frequent than real text does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OpsiSintetis {
  instansi: number;
  tahun: number;
  /** first report year */
  tahunAwal?: number;
  seed?: number;
}

export interface BerkasSintetis {
  path: string;
  isi: string;
}

/** mulberry32: small, fast, good enough for shapes. */
function acak(benih: number) {
  let keadaan = benih >>> 0;
  return () => {
    keadaan = (keadaan + 0x6d2b79f5) >>> 0;
    let campuran = keadaan;
    campuran = Math.imul(campuran ^ (campuran >>> 15), campuran | 1);
    campuran ^= campuran + Math.imul(campuran ^ (campuran >>> 7), campuran | 61);
    return ((campuran ^ (campuran >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of names (programmes, kegiatan, indicators): the vocabulary of a staff agency's plans. */
const KATA = [
  ...'pelayanan kepegawaian aparatur pengembangan kompetensi kinerja disiplin pembinaan data sistem'.split(' '),
  ...'informasi perencanaan evaluasi pelaporan anggaran keuangan sarana prasarana administrasi'.split(' '),
  ...'perkantoran pendidikan pelatihan jabatan mutasi promosi kesejahteraan'.split(' '),
];

const KOSAKATA: [string, number][] = JSON.parse(readFileSync(join(import.meta.dirname, 'kosakata.json'), 'utf8'));
const KUMULATIF = KOSAKATA.reduce<number[]>((acc, [, c]) => (acc.push((acc.at(-1) ?? 0) + c), acc), []);

/** A word drawn with its frequency in the real reports (u uniform in [0, 1)). */
function kataNyata(peluang: number): string {
  const titik = peluang * KUMULATIF.at(-1)!;
  let bawah = 0;
  let atas = KUMULATIF.length - 1;
  while (bawah < atas) {
    const tengah = (bawah + atas) >> 1;
    if (KUMULATIF[tengah]! > titik) atas = tengah;
    else bawah = tengah + 1;
  }
  return KOSAKATA[bawah]![0];
}

const PERANGKAT = [
  'Badan Kepegawaian Daerah',
  'Dinas Pendidikan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Sosial',
  'Dinas Perhubungan',
  'Dinas Lingkungan Hidup',
  'Inspektorat',
  'Badan Keuangan Daerah',
];

const nolDepan = (n: number, w = 4) => String(n).padStart(w, '0');

/**
 * One province per 40 agencies and one city/regency per 8, up to Indonesia's 38 and 514: a
 * national-size run (20,000 agencies) has provinces of ~500 agencies, as real ones do.
 */
export function jumlahWilayah(instansi: number) {
  const provinsi = Math.min(38, Math.max(1, Math.ceil(instansi / 40)));
  return { provinsi, daerah: Math.min(514, Math.max(provinsi, Math.ceil(instansi / 8))) };
}

export function hasilkanKonten(opsi: OpsiSintetis): BerkasSintetis[] {
  const semuaBerkas: BerkasSintetis[] = [];
  susunKonten(opsi, (f) => semuaBerkas.push(f));
  return semuaBerkas;
}

/** The same content handed to `simpan` one file at a time: a national-size run (~5 GB) never sits in memory. */
export function susunKonten(opsi: OpsiSintetis, simpan: (berkas: BerkasSintetis) => void): void {
  const angkaAcak = acak(opsi.seed ?? 42);
  const pilih = <T>(xs: readonly T[]) => xs[Math.floor(angkaAcak() * xs.length)]!;
  const kapital = (w: string[]) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  /** prose: words as often as real reports use them */
  const kalimat = (n: number) => kapital(Array.from({ length: n }, () => kataNyata(angkaAcak())));
  /** a name's words */
  const frasa = (n: number) => kapital(Array.from({ length: n }, () => pilih(KATA)));
  const angka = (min: number, max: number, d = 2) => Number((min + angkaAcak() * (max - min)).toFixed(d));
  const rupiah = (min: number, max: number) => Math.round(min + angkaAcak() * (max - min));
  const tahunAwal = opsi.tahunAwal ?? 2021;
  const tulis = (path: string, data: unknown) =>
    simpan({ path: `content/${path}`, isi: `${JSON.stringify(data, null, 2)}\n` });

  tulis('situs.json', {
    nama: 'DATA SINTETIS — benchmark Kinerja Terbuka',
    deskripsi: 'Data sintetis untuk mengukur kecepatan build; bukan data nyata.',
    url: 'https://sintetis.invalid',
    base: '/',
  });

  const { provinsi: jumlahProvinsi, daerah: jumlahDaerah } = jumlahWilayah(opsi.instansi);
  for (let nomorProvinsi = 0; nomorProvinsi < jumlahProvinsi; nomorProvinsi++)
    tulis(`wilayah/provinsi-sintetis-${nolDepan(nomorProvinsi)}.json`, {
      id: `provinsi-sintetis-${nolDepan(nomorProvinsi)}`,
      nama: `Provinsi Sintetis ${nomorProvinsi + 1}`,
      tingkat: 'provinsi',
    });
  for (let nomorDaerah = 0; nomorDaerah < jumlahDaerah; nomorDaerah++)
    tulis(`wilayah/daerah-sintetis-${nolDepan(nomorDaerah)}.json`, {
      id: `daerah-sintetis-${nolDepan(nomorDaerah)}`,
      nama: `${nomorDaerah % 3 ? 'Kabupaten' : 'Kota'} Sintetis ${nomorDaerah + 1}`,
      tingkat: nomorDaerah % 3 ? 'kabupaten' : 'kota',
      induk: `provinsi-sintetis-${nolDepan(nomorDaerah % jumlahProvinsi)}`,
    });

  const selesai = tahunAwal + Math.max(4, opsi.tahun - 1);
  for (let nomorInstansi = 0; nomorInstansi < opsi.instansi; nomorInstansi++) {
    const id = `instansi-sintetis-${nolDepan(nomorInstansi, 6)}`;
    const folder = `instansi/${id}`;
    const jumlahIku = 4 + Math.floor(angkaAcak() * 3);
    const iku = [
      'indeks-profesionalitas-asn',
      ...Array.from({ length: jumlahIku - 1 }, (_, k) => `iku-sintetis-${k + 1}`),
    ];
    tulis(`${folder}/instansi.json`, {
      id,
      nama: `${pilih(PERANGKAT)} Sintetis ${nomorInstansi + 1}`,
      singkatan: `DS${nomorInstansi + 1}`,
      wilayah: `daerah-sintetis-${nolDepan(nomorInstansi % jumlahDaerah)}`,
      tugas: kalimat(30),
      fungsi: Array.from({ length: 6 }, () => kalimat(12)),
      unit_organisasi: [
        { id: 'kepala', nama: 'Kepala' },
        ...Array.from({ length: 5 }, (_, k) => ({ id: `bidang-${k + 1}`, nama: `Bidang ${k + 1}`, induk: 'kepala' })),
      ],
      profil: {
        pegawai: [
          {
            tahun: tahunAwal,
            menurut: 'jenis_kelamin',
            rincian: [
              { kategori: 'Laki-laki', jumlah: rupiah(10, 60) },
              { kategori: 'Perempuan', jumlah: rupiah(10, 60) },
            ],
            lokasi: { tabel: 'Tabel 1.1' },
          },
        ],
      },
    });
    tulis(`${folder}/indikator.json`, {
      instansi: id,
      indikator: iku.map((k, n) => ({
        id: k,
        nama: n === 0 ? 'Indeks Profesionalitas ASN' : `Persentase ${frasa(5).slice(0, -1).toLowerCase()}`,
        satuan: n === 0 ? 'poin' : '%',
        polaritas: n === 2 ? 'turun' : 'naik',
        formula: kalimat(12),
        sumber_data: kalimat(4),
        iku: [`${tahunAwal}-${selesai}`],
      })),
    });
    const target = (k: number, t: number) => (k === 2 ? 20 - (t - tahunAwal) : 60 + 3 * (t - tahunAwal) + k);
    tulis(`${folder}/renstra-${tahunAwal}-${selesai}.json`, {
      instansi: id,
      periode: { mulai: tahunAwal, selesai },
      misi: [kalimat(10)],
      sumber: [{ judul: 'Renstra sintetis', berkas: 'sintetis' }],
      versi: [
        {
          id: 'awal',
          nama: 'Renstra awal',
          berlaku_mulai: tahunAwal,
          tujuan: [
            {
              id: 't1',
              nama: frasa(8),
              sasaran: [
                {
                  id: 's1',
                  nama: frasa(6),
                  indikator: iku.map((k, n) => ({
                    indikator: k,
                    target: Array.from({ length: selesai - tahunAwal + 1 }, (_, y) => ({
                      tahun: tahunAwal + y,
                      target: target(n, tahunAwal + y),
                    })),
                  })),
                },
              ],
            },
          ],
        },
      ],
    });
    for (let nomorTahun = 0; nomorTahun < opsi.tahun; nomorTahun++) {
      const tahun = tahunAwal + nomorTahun;
      const daftarProgram = Array.from({ length: 6 }, (_, nomorProgram) => {
        const kegiatan = Array.from({ length: 5 }, (_, nomorKegiatan) => {
          const pagu = rupiah(5e7, 9e8);
          const realisasi = Math.round(pagu * angka(0.7, 1, 4));
          return {
            tingkat: 'kegiatan',
            // Permendagri 90/2019 shape: urusan 1, bidang 01, program, kegiatan 2.xx
            kode: `1.01.${nolDepan(nomorProgram + 1, 2)}.2.${nolDepan(nomorKegiatan + 1, 2)}`,
            nama: `Kegiatan ${frasa(5).slice(0, -1).toLowerCase()}`,
            pagu,
            realisasi,
            serapan_tercetak: ((realisasi / pagu) * 100).toFixed(2),
            keluaran: Array.from({ length: 2 }, () => ({
              indikator: `Jumlah ${pilih(KATA)} ${pilih(KATA)}`,
              target: rupiah(1, 50),
              realisasi: rupiah(1, 50),
              satuan: 'dokumen',
            })),
          };
        });
        return {
          tingkat: 'program',
          kode: `1.01.${nolDepan(nomorProgram + 1, 2)}`,
          nama: `Program ${frasa(4).slice(0, -1).toLowerCase()}`,
          pagu: kegiatan.reduce((s, k) => s + k.pagu, 0),
          realisasi: kegiatan.reduce((s, k) => s + k.realisasi, 0) + (angkaAcak() < 0.1 ? 1000 : 0),
          anak: kegiatan,
        };
      });
      tulis(`${folder}/${tahun}/lkjip.json`, {
        instansi: id,
        tahun,
        rencana: { jenis: 'renstra', periode: `${tahunAwal}-${selesai}` },
        sumber: { judul: `LKjIP sintetis ${tahun}`, berkas: 'sintetis' },
        transkripsi: { cakupan: 'lengkap' },
        // the SAKIP evaluation's scale, cited by id as real reports print it
        skala: [{ acuan: 'kemenpan', cakupan: ['nilai_sakip'] }],
        perjanjian_kinerja: [
          {
            versi: 'murni',
            lokasi: { tabel: 'PK' },
            sasaran: [
              {
                sasaran: 's1',
                nama: 'Sasaran',
                indikator: iku.map((k, n) => ({ indikator: k, target: target(n, tahun) })),
              },
            ],
            program: daftarProgram.map((p) => ({ nama: p.nama, pagu: p.pagu })),
          },
        ],
        pengukuran: {
          lokasi: { bagian: 'BAB III', tabel: 'Tabel 3.1' },
          indikator: iku.map((idIndikator, urutan) => {
            const nilaiTarget = target(urutan, tahun);
            const realisasi = angka(nilaiTarget * 0.85, nilaiTarget * 1.1);
            const capaian =
              urutan === 2 ? ((2 * nilaiTarget - realisasi) / nilaiTarget) * 100 : (realisasi / nilaiTarget) * 100;
            return {
              indikator: idIndikator,
              sasaran: 's1',
              satuan: urutan === 0 ? 'poin' : '%',
              target: nilaiTarget,
              realisasi,
              capaian_tercetak: (angkaAcak() < 0.15 ? capaian + 0.5 : capaian).toFixed(2),
              ...(nomorTahun > 0
                ? {
                    tahun_sebelumnya: [
                      {
                        tahun: tahun - 1,
                        target: target(urutan, tahun - 1),
                        realisasi: angka(nilaiTarget * 0.8, nilaiTarget),
                      },
                    ],
                  }
                : {}),
            };
          }),
        },
        evaluasi_sakip: {
          penilaian: [
            {
              tahun: tahun - 1,
              komponen: [
                { komponen: 'Perencanaan Kinerja', bobot: 30, nilai: angka(15, 28) },
                { komponen: 'Pengukuran Kinerja', bobot: 25, nilai: angka(12, 23) },
                { komponen: 'Pelaporan Kinerja', bobot: 15, nilai: angka(8, 14) },
                { komponen: 'Evaluasi Internal', bobot: 10, nilai: angka(4, 9) },
                { komponen: 'Capaian Kinerja', bobot: 20, nilai: angka(6, 18) },
              ],
              nilai_tercetak: '70.00',
              lokasi: { tabel: 'Tabel 3.0' },
            },
          ],
        },
        anggaran: [
          {
            id: 'program-kegiatan',
            judul: 'Realisasi anggaran per program dan kegiatan',
            jenis: 'program_kegiatan',
            lokasi: { tabel: 'Tabel 3.5' },
            baris: daftarProgram,
          },
        ],
        efisiensi: [
          {
            metode: 'selisih',
            capaian_tercetak: '100.00',
            serapan_tercetak: '90.00',
            efisiensi_tercetak: '10.00',
            lokasi: { tabel: 'Tabel 3.3' },
          },
        ],
      });
      // Narrative of similar length to the real ones (~2–6 KB a chapter).
      for (const bab of ['ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4']) {
        const judul = bab === 'ikhtisar' ? 'Ikhtisar Eksekutif' : `Bab ${bab.slice(4)}`;
        const paragraf = Array.from({ length: 6 }, () => `${Array.from({ length: 5 }, () => kalimat(14)).join(' ')}\n`);
        simpan({
          path: `content/${folder}/${tahun}/narasi/${bab}.mdx`,
          isi: `---\nbab: ${bab}\njudul: ${judul}\n---\n\n${paragraf.join('\n')}`,
        });
      }
    }
  }
}

import { describe, expect, it } from 'vitest';
import {
  berkasHalaman,
  namaBerkas,
  riwayatHalaman,
  riwayatLaporan,
  tanggalBerkas,
  terakhirDiperbarui,
} from '../../../src/core/tampilan/riwayat.ts';
import {
  DINAS,
  KATALOG,
  korpusDuaTahun,
  L2022,
  L2023,
  N2022,
  N2023,
  PROFIL,
  RENSTRA,
  RIWAYAT,
  sha,
} from './korpus-dua-tahun.ts';

const korpus = korpusDuaTahun();

describe('berkasHalaman', () => {
  it("a report page reads its LKjIP, its year's narratives, the profile, the catalogue and its Renstra, not another year", () => {
    expect(berkasHalaman(korpus.korpus, { jenis: 'laporan', instansi: DINAS, tahun: 2022 }).sort()).toEqual(
      [L2022, N2022, PROFIL, KATALOG, RENSTRA].sort(),
    );
  });

  it('the whole site reads every document but the site settings; an unknown agency reads nothing', () => {
    const semua = berkasHalaman(korpus.korpus, { jenis: 'situs' });
    expect(semua).toEqual(expect.arrayContaining([L2022, L2023, N2023, PROFIL, 'content/wilayah/kota-contoh.json']));
    expect(semua).not.toContain('content/situs.json');
    expect(berkasHalaman(korpus.korpus, { jenis: 'laporan', instansi: 'tidak-ada', tahun: 2022 })).toEqual([]);
  });
});

describe('terakhirDiperbarui', () => {
  it("the newest commit touching the page's files, dated as the committer saw it, linked on GitHub", () => {
    const diperbarui = terakhirDiperbarui(
      RIWAYAT,
      berkasHalaman(korpus.korpus, { jenis: 'laporan', instansi: DINAS, tahun: 2023 }),
      'https://github.com/contoh/kinerja',
    );
    expect(diperbarui).toEqual({
      ada: true,
      tanggal: '2026-05-04',
      waktu: '2026-05-04T23:30:00+07:00',
      sha: sha('e'),
      judul: 'Koreksi realisasi 2023',
      tautan: `https://github.com/contoh/kinerja/commit/${sha('e')}`,
    });
    // 2022's page is not touched by 2023's commits
    const p2022 = terakhirDiperbarui(
      RIWAYAT,
      berkasHalaman(korpus.korpus, { jenis: 'laporan', instansi: DINAS, tahun: 2022 }),
    );
    expect(p2022.ada && [p2022.sha, p2022.tautan]).toEqual([sha('c'), null]);
  });

  it('says why when there is no history, or the files are not committed yet', () => {
    expect(terakhirDiperbarui({ tersedia: false, alasan: 'tanpa git' }, [L2022])).toEqual({
      ada: false,
      alasan: 'tanpa git',
    });
    expect(terakhirDiperbarui(RIWAYAT, ['content/instansi/lain/instansi.json']).ada).toBe(false);
  });
});

describe('riwayat laporan', () => {
  it('every change to the report in words, newest first, with links when the repository is known', () => {
    const { cakupan, riwayat } = riwayatLaporan(
      { ...korpus.korpus, situs: { ...korpus.korpus.situs, repositori: 'https://gitlab.com/contoh/kinerja.git' } },
      RIWAYAT,
      DINAS,
      2023,
    );
    expect(cakupan).toEqual(expect.arrayContaining(['Data LKjIP 2023', 'Narasi bab 1 (2023)', 'Renstra 2021–2026']));
    if (!riwayat.tersedia) throw new Error('riwayat');
    expect(riwayat.baris.map((b) => [b.pendek, b.tanggal, b.judul, b.perubahan])).toEqual([
      ['eeeeeee', '2026-05-04', 'Koreksi realisasi 2023', ['Data LKjIP 2023 diubah']],
      ['ddddddd', '2026-04-01', 'Laporan 2023', ['Data LKjIP 2023 ditambahkan', 'Narasi bab 1 (2023) ditambahkan']],
      [
        'bbbbbbb',
        '2026-01-01',
        'Awal',
        ['Profil instansi ditambahkan', 'Katalog indikator (IKU) ditambahkan', 'Renstra 2021–2026 ditambahkan'],
      ],
    ]);
    expect(riwayat.baris[0]!.tautan).toBe(`https://gitlab.com/contoh/kinerja/-/commit/${sha('e')}`);
  });

  it('without history: not available, with the reason', () => {
    expect(riwayatHalaman({ tersedia: false, alasan: 'dangkal' }, [L2022])).toEqual({
      tersedia: false,
      alasan: 'dangkal',
    });
  });

  it('a file is published when it was added and updated at its last change', () => {
    expect(tanggalBerkas(RIWAYAT, L2023)).toEqual({ terbit: '2026-04-01', diperbarui: '2026-05-04' });
    expect(tanggalBerkas(RIWAYAT, 'content/instansi/lain/instansi.json')).toBeNull();
    expect(namaBerkas(`content/instansi/${DINAS}/2022/narasi/ikhtisar.mdx`)).toBe('Narasi ikhtisar eksekutif (2022)');
  });
});

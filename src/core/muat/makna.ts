/**
 * Checks of meaning across files: every reference resolves, every document sits
 * in the folder of its agency and year, no duplicates. Unknown references are errors.
 */
import { periodeId } from '../skema/renstra.ts';
import { indikatorVersi, versiBerlaku } from '../rumus/renstra.ts';
import type { Korpus } from './tipe-korpus.ts';
import type { Masalah } from './masalah.ts';

export function periksaMakna(korpus: Korpus, akar = 'content'): Masalah[] {
  const out: Masalah[] = [];
  const galat = (berkas: string, jalur: string, pesan: string, message: string, extra: Partial<Masalah> = {}) =>
    out.push({ tingkat: 'galat', berkas, jalur, pesan, message, ...extra });
  const peringatan = (berkas: string, jalur: string, pesan: string, message: string, extra: Partial<Masalah> = {}) =>
    out.push({ tingkat: 'peringatan', berkas, jalur, pesan, message, ...extra });

  const wilayahIds = new Set<string>();
  for (const w of korpus.wilayah) {
    const nama = w.berkas
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (nama !== w.data.id)
      galat(
        w.berkas,
        'id',
        `id "${w.data.id}" tidak sama dengan nama berkas "${nama}".`,
        `id "${w.data.id}" does not match the file name "${nama}".`,
        { diharapkan: nama, ditemukan: w.data.id },
      );
    if (wilayahIds.has(w.data.id))
      galat(w.berkas, 'id', `Wilayah "${w.data.id}" ganda.`, `Duplicate region "${w.data.id}".`);
    wilayahIds.add(w.data.id);
  }
  for (const w of korpus.wilayah)
    if (w.data.induk && !wilayahIds.has(w.data.induk))
      galat(
        w.berkas,
        'induk',
        `Wilayah induk "${w.data.induk}" tidak dikenal.`,
        `Unknown parent region "${w.data.induk}".`,
        {
          diharapkan: `salah satu dari (one of): ${[...wilayahIds].join(', ')}`,
          ditemukan: w.data.induk,
        },
      );

  for (const ins of korpus.instansi) {
    const id = ins.data.id;
    const folder = ins.berkas.split('/').at(-2)!;
    if (folder !== id)
      galat(
        ins.berkas,
        'id',
        `id instansi "${id}" tidak sama dengan nama folder "${folder}".`,
        `Agency id "${id}" does not match its folder "${folder}".`,
        { diharapkan: folder, ditemukan: id },
      );
    if (!wilayahIds.has(ins.data.wilayah))
      galat(
        ins.berkas,
        'wilayah',
        `Wilayah "${ins.data.wilayah}" tidak dikenal.`,
        `Unknown region "${ins.data.wilayah}".`,
        {
          diharapkan: `id berkas di ${akar}/wilayah/ (a file id in ${akar}/wilayah/)`,
          ditemukan: ins.data.wilayah,
        },
      );
    const units = new Set(ins.data.unit_organisasi.map((u) => u.id));
    ins.data.unit_organisasi.forEach((u, i) => {
      if (u.induk && !units.has(u.induk))
        galat(
          ins.berkas,
          `unit_organisasi[${i}].induk`,
          `Unit induk "${u.induk}" tidak dikenal.`,
          `Unknown parent unit "${u.induk}".`,
          { ditemukan: u.induk },
        );
    });

    // Every document names its agency, and must be in that agency's folder.
    const milik = (berkas: string, instansi: string) => {
      if (instansi !== id)
        galat(
          berkas,
          'instansi',
          `Dokumen menyebut instansi "${instansi}" tetapi berada di folder "${id}".`,
          `Document names agency "${instansi}" but is in folder "${id}".`,
          { diharapkan: id, ditemukan: instansi },
        );
    };

    const katalog = new Map((ins.katalog?.data.indikator ?? []).map((d) => [d.id, d]));
    if (ins.katalog) {
      milik(ins.katalog.berkas, ins.katalog.data.instansi);
      const seen = new Set<string>();
      ins.katalog.data.indikator.forEach((d, i) => {
        if (seen.has(d.id))
          galat(
            ins.katalog!.berkas,
            `indikator[${i}].id`,
            `Indikator "${d.id}" ganda.`,
            `Duplicate indicator "${d.id}".`,
          );
        seen.add(d.id);
      });
    }
    const kenalIndikator = (berkas: string, jalur: string, ind: string) => {
      if (!katalog.has(ind))
        galat(
          berkas,
          jalur,
          `Indikator "${ind}" tidak ada di katalog indikator instansi.`,
          `Indicator "${ind}" is not in the agency's indicator catalogue.`,
          {
            diharapkan: `id di ${akar}/instansi/${id}/indikator.json`,
            ditemukan: ind,
            saran: 'Tambahkan definisinya ke indikator.json, atau perbaiki id-nya (add its definition, or fix the id).',
          },
        );
    };

    const renstraPer = new Map<string, (typeof ins.renstra)[number]>();
    for (const r of ins.renstra) {
      milik(r.berkas, r.data.instansi);
      const p = periodeId(r.data);
      const dariNama = /renstra-(\d{4}-\d{4})\.json$/.exec(r.berkas)?.[1];
      if (dariNama !== p)
        galat(
          r.berkas,
          'periode',
          `Periode ${p} tidak sama dengan nama berkas.`,
          `Period ${p} does not match the file name.`,
          { diharapkan: dariNama, ditemukan: p },
        );
      renstraPer.set(p, r);
      r.data.versi.forEach((v, vi) => {
        if (v.berlaku_mulai < r.data.periode.mulai || v.berlaku_mulai > r.data.periode.selesai)
          galat(
            r.berkas,
            `versi[${vi}].berlaku_mulai`,
            `Tahun berlaku ${v.berlaku_mulai} di luar periode ${p}.`,
            `Start year ${v.berlaku_mulai} is outside the period ${p}.`,
          );
        v.tujuan.forEach((t, ti) => {
          t.indikator.forEach((ind, ii) =>
            kenalIndikator(r.berkas, `versi[${vi}].tujuan[${ti}].indikator[${ii}].indikator`, ind.indikator),
          );
          t.sasaran.forEach((s, si) =>
            s.indikator.forEach((ind, ii) =>
              kenalIndikator(
                r.berkas,
                `versi[${vi}].tujuan[${ti}].sasaran[${si}].indikator[${ii}].indikator`,
                ind.indikator,
              ),
            ),
          );
        });
      });
    }

    const tahunLaporan = new Map<number, string>();
    for (const l of ins.laporan) {
      const d = l.data;
      milik(l.berkas, d.instansi);
      const tahunFolder = Number(l.berkas.split('/').at(-2));
      if (tahunFolder !== d.tahun)
        galat(
          l.berkas,
          'tahun',
          `Tahun dokumen ${d.tahun} tidak sama dengan folder tahun ${tahunFolder}.`,
          `Document year ${d.tahun} does not match the year folder ${tahunFolder}.`,
          { diharapkan: String(tahunFolder), ditemukan: String(d.tahun) },
        );
      if (tahunLaporan.has(d.tahun))
        galat(
          l.berkas,
          'tahun',
          `Laporan ${d.tahun} ganda (juga di ${tahunLaporan.get(d.tahun)}).`,
          `Duplicate report for ${d.tahun} (also in ${tahunLaporan.get(d.tahun)}).`,
        );
      tahunLaporan.set(d.tahun, l.berkas);

      const r = renstraPer.get(d.renstra);
      if (!r) {
        galat(
          l.berkas,
          'renstra',
          `Renstra ${d.renstra} tidak ada untuk instansi ini.`,
          `Renstra ${d.renstra} does not exist for this agency.`,
          {
            diharapkan: `${akar}/instansi/${id}/renstra-${d.renstra}.json`,
            ditemukan: d.renstra,
          },
        );
      } else if (d.tahun < r.data.periode.mulai || d.tahun > r.data.periode.selesai) {
        galat(
          l.berkas,
          'tahun',
          `Tahun ${d.tahun} di luar periode Renstra ${d.renstra}.`,
          `Year ${d.tahun} is outside Renstra period ${d.renstra}.`,
        );
      }
      const versi = r ? versiBerlaku(r.data, d.tahun) : undefined;
      const diRenstra = new Set(versi ? indikatorVersi(versi).map((i) => i.indikator) : []);
      const sasaranRenstra = new Set(versi ? versi.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)) : []);
      const kenalSasaran = (jalur: string, s: string | undefined) => {
        if (s && versi && !sasaranRenstra.has(s))
          galat(
            l.berkas,
            jalur,
            `Sasaran "${s}" tidak ada di Renstra ${d.renstra} (${versi.nama}).`,
            `Sasaran "${s}" is not in Renstra ${d.renstra} (${versi.nama}).`,
            {
              diharapkan: [...sasaranRenstra].join(', ') || '(Renstra tanpa sasaran)',
              ditemukan: s,
            },
          );
      };

      d.perjanjian_kinerja.forEach((pk, pi) =>
        pk.sasaran.forEach((s, si) => {
          kenalSasaran(`perjanjian_kinerja[${pi}].sasaran[${si}].sasaran`, s.sasaran);
          s.indikator.forEach((ind, ii) => {
            const jalur = `perjanjian_kinerja[${pi}].sasaran[${si}].indikator[${ii}].indikator`;
            kenalIndikator(l.berkas, jalur, ind.indikator);
            if (versi && katalog.has(ind.indikator) && !diRenstra.has(ind.indikator))
              galat(
                l.berkas,
                jalur,
                `Target PK untuk indikator "${ind.indikator}" yang tidak ada di Renstra ${d.renstra} (${versi.nama}).`,
                `PK target for indicator "${ind.indikator}", which Renstra ${d.renstra} (${versi.nama}) does not have.`,
                {
                  diharapkan: [...diRenstra].join(', '),
                  ditemukan: ind.indikator,
                },
              );
          });
        }),
      );
      const seen = new Set<string>();
      d.pengukuran.indikator.forEach((p, i) => {
        const jalur = `pengukuran.indikator[${i}]`;
        kenalIndikator(l.berkas, `${jalur}.indikator`, p.indikator);
        kenalSasaran(`${jalur}.sasaran`, p.sasaran);
        if (seen.has(p.indikator))
          galat(
            l.berkas,
            `${jalur}.indikator`,
            `Indikator "${p.indikator}" diukur dua kali.`,
            `Indicator "${p.indikator}" is measured twice.`,
          );
        seen.add(p.indikator);
        if (versi && katalog.has(p.indikator) && !diRenstra.has(p.indikator))
          peringatan(
            l.berkas,
            `${jalur}.indikator`,
            `Indikator "${p.indikator}" tidak ada di Renstra ${d.renstra} (${versi.nama}).`,
            `Indicator "${p.indikator}" is not in Renstra ${d.renstra} (${versi.nama}).`,
          );
      });
      d.rata_rata.forEach((rr, i) => {
        kenalSasaran(`rata_rata[${i}].sasaran`, rr.sasaran);
        rr.indikator?.forEach((ind, j) => kenalIndikator(l.berkas, `rata_rata[${i}].indikator[${j}]`, ind));
      });
      d.efisiensi.forEach((e, i) => {
        if (e.indikator) kenalIndikator(l.berkas, `efisiensi[${i}].indikator`, e.indikator);
        kenalSasaran(`efisiensi[${i}].sasaran`, e.sasaran);
      });
      const tabelIds = new Set<string>();
      d.anggaran.forEach((t, ti) => {
        if (tabelIds.has(t.id))
          galat(l.berkas, `anggaran[${ti}].id`, `Tabel anggaran "${t.id}" ganda.`, `Duplicate budget table "${t.id}".`);
        tabelIds.add(t.id);
        t.program.forEach((p, pi) => kenalSasaran(`anggaran[${ti}].program[${pi}].sasaran`, p.sasaran));
      });
    }

    const tahunIki = new Set<number>();
    for (const k of ins.iki) {
      milik(k.berkas, k.data.instansi);
      const tahunFolder = Number(k.berkas.split('/').at(-2));
      if (tahunFolder !== k.data.tahun)
        galat(
          k.berkas,
          'tahun',
          `Tahun dokumen ${k.data.tahun} tidak sama dengan folder tahun ${tahunFolder}.`,
          `Document year ${k.data.tahun} does not match the year folder ${tahunFolder}.`,
          { diharapkan: String(tahunFolder), ditemukan: String(k.data.tahun) },
        );
      tahunIki.add(k.data.tahun);
      const ids = new Set<string>();
      k.data.jabatan.forEach((j, i) => {
        if (ids.has(j.id))
          galat(k.berkas, `jabatan[${i}].id`, `Jabatan "${j.id}" ganda.`, `Duplicate position "${j.id}".`);
        ids.add(j.id);
      });
      k.data.jabatan.forEach((j, i) => {
        if (j.atasan && !ids.has(j.atasan))
          galat(
            k.berkas,
            `jabatan[${i}].atasan`,
            `Atasan "${j.atasan}" bukan jabatan di dokumen ini.`,
            `Superior "${j.atasan}" is not a position in this document.`,
            { ditemukan: j.atasan },
          );
      });
    }

    const babPerTahun = new Set<string>();
    for (const n of ins.narasi) {
      const key = `${n.tahun}/${n.data.bab}`;
      if (babPerTahun.has(key))
        galat(
          n.berkas,
          'bab',
          `Bab "${n.data.bab}" tahun ${n.tahun} ganda.`,
          `Duplicate chapter "${n.data.bab}" for ${n.tahun}.`,
        );
      babPerTahun.add(key);
      if (!tahunLaporan.has(n.tahun))
        galat(
          n.berkas,
          '(letak berkas / file location)',
          `Narasi tahun ${n.tahun} tanpa lkjip.json tahun itu.`,
          `Narrative for ${n.tahun} without that year's lkjip.json.`,
        );
    }
  }

  const ids = new Set<string>();
  for (const ins of korpus.instansi) {
    if (ids.has(ins.data.id))
      galat(ins.berkas, 'id', `Instansi "${ins.data.id}" ganda.`, `Duplicate agency "${ins.data.id}".`);
    ids.add(ins.data.id);
  }
  return out;
}

/**
 * Checks of meaning across files: every reference resolves, every document sits
 * in the folder of its agency and year, no duplicates. Unknown references are errors.
 */
import { periodeId } from '../skema/renstra.ts';
import { indikatorVersi, versiBerlaku } from '../rumus/renstra.ts';
import { himpunanTersedia } from '../rumus/himpunan.ts';
import { skalaBernama } from '../rumus/kategori.ts';
import { nilaiAngka } from '../rumus/presisi.ts';
import { bacaKodePermendagri, BENTUK_KODE_PERMENDAGRI } from '../rumus/anggaran.ts';
import type { Korpus } from './tipe-korpus.ts';
import type { Masalah } from './masalah.ts';

export function periksaMakna(korpus: Korpus, folderKonten = 'content'): Masalah[] {
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
          diharapkan: `id berkas di ${folderKonten}/wilayah/ (a file id in ${folderKonten}/wilayah/)`,
          ditemukan: ins.data.wilayah,
        },
      );
    const unitIds = new Set(ins.data.unit_organisasi.map((u) => u.id));
    ins.data.unit_organisasi.forEach((u, i) => {
      if (u.induk && !unitIds.has(u.induk))
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
            diharapkan: `id di ${folderKonten}/instansi/${id}/indikator.json`,
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

    const himpunan = himpunanTersedia(korpus.situs.himpunan_nilai, ins.katalog?.data.himpunan_nilai);
    if (ins.katalog)
      ins.katalog.data.indikator.forEach((d, i) => {
        if (d.himpunan_nilai && !himpunan.has(d.himpunan_nilai))
          galat(
            ins.katalog!.berkas,
            `indikator[${i}].himpunan_nilai`,
            `Himpunan nilai "${d.himpunan_nilai}" tidak dikenal.`,
            `Unknown value set "${d.himpunan_nilai}".`,
            {
              diharapkan: `salah satu dari (one of): ${[...himpunan.keys()].join(', ')}`,
              ditemukan: d.himpunan_nilai,
              saran:
                'Nyatakan himpunannya di "himpunan_nilai" katalog ini atau di situs.json (declare the set in this catalogue or in situs.json).',
            },
          );
      });
    /** A qualitative value (a label) must be in the value set its indicator declares. */
    const periksaLabel = (berkas: string, jalur: string, indikator: string, v: unknown) => {
      const labels =
        v !== null && typeof v === 'object'
          ? []
          : typeof v === 'string' && v !== 'N/A' && nilaiAngka(v) === null
            ? [v]
            : [];
      for (const label of labels) {
        const def = katalog.get(indikator);
        if (!def) return; // reported as an unknown indicator
        const h = def.himpunan_nilai ? himpunan.get(def.himpunan_nilai) : undefined;
        if (!h)
          galat(
            berkas,
            jalur,
            `Nilai kualitatif "${label}" untuk indikator "${indikator}", yang tidak menyatakan himpunan nilai.`,
            `Qualitative value "${label}" for indicator "${indikator}", which declares no value set.`,
            {
              diharapkan:
                'angka, "N/A", atau label dari himpunan nilai indikator (a number, "N/A", or a label of its value set)',
              ditemukan: label,
              saran: `Isi "himpunan_nilai" definisi indikator ini di indikator.json, mis. "predikat-sakip" (set "himpunan_nilai" on its definition).`,
            },
          );
        else if (!h.nilai.includes(label))
          galat(
            berkas,
            jalur,
            `Nilai "${label}" tidak ada di himpunan nilai "${h.nama}" (${h.id}).`,
            `Value "${label}" is not in the value set "${h.nama}" (${h.id}).`,
            { diharapkan: `salah satu dari (one of): ${h.nilai.join(', ')}`, ditemukan: label },
          );
      }
    };
    const periksaTarget = (berkas: string, jalur: string, indikator: string, t: unknown) => {
      if (t !== null && typeof t === 'object') {
        periksaLabel(berkas, `${jalur}.min`, indikator, (t as { min: unknown }).min);
        periksaLabel(berkas, `${jalur}.max`, indikator, (t as { max: unknown }).max);
      } else periksaLabel(berkas, jalur, indikator, t);
    };
    const units = new Set(ins.data.unit_organisasi.map((u) => u.id));
    const kenalUnit = (berkas: string, jalur: string, unit: string | undefined) => {
      if (unit && !units.has(unit))
        galat(berkas, jalur, `Unit organisasi "${unit}" tidak dikenal.`, `Unknown organisation unit "${unit}".`, {
          diharapkan: units.size
            ? `salah satu dari (one of): ${[...units].join(', ')}`
            : `unit di "unit_organisasi" ${folderKonten}/instansi/${id}/instansi.json`,
          ditemukan: unit,
        });
    };
    for (const r of ins.renstra)
      r.data.versi.forEach((v, vi) =>
        v.tujuan.forEach((t, ti) => {
          const periksa = (ind: (typeof t.indikator)[number], jalur: string) => {
            ind.target.forEach((x, k) =>
              periksaTarget(r.berkas, `${jalur}.target[${k}].target`, ind.indikator, x.target),
            );
            if (ind.target_akhir !== undefined)
              periksaTarget(r.berkas, `${jalur}.target_akhir`, ind.indikator, ind.target_akhir);
            if (ind.baseline) periksaLabel(r.berkas, `${jalur}.baseline.nilai`, ind.indikator, ind.baseline.nilai);
          };
          t.indikator.forEach((ind, ii) => periksa(ind, `versi[${vi}].tujuan[${ti}].indikator[${ii}]`));
          t.sasaran.forEach((s, si) =>
            s.indikator.forEach((ind, ii) =>
              periksa(ind, `versi[${vi}].tujuan[${ti}].sasaran[${si}].indikator[${ii}]`),
            ),
          );
        }),
      );

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

      // The plan is optional; a Renstra it names is used when its file is here.
      const rencana = d.rencana;
      const r = rencana?.jenis === 'renstra' ? renstraPer.get(rencana.periode) : undefined;
      if (rencana && (rencana.periode.slice(0, 4) > String(d.tahun) || rencana.periode.slice(5) < String(d.tahun)))
        galat(
          l.berkas,
          'rencana.periode',
          `Tahun ${d.tahun} di luar periode rencana ${rencana.periode}.`,
          `Year ${d.tahun} is outside the plan period ${rencana.periode}.`,
          { diharapkan: `periode yang mencakup ${d.tahun} (a period covering ${d.tahun})`, ditemukan: rencana.periode },
        );
      if (rencana?.jenis === 'renstra' && !r)
        peringatan(
          l.berkas,
          'rencana.periode',
          `Renstra ${rencana.periode} belum ada untuk instansi ini: halaman tidak menampilkan target Renstra.`,
          `Renstra ${rencana.periode} is not here for this agency: pages show no Renstra targets.`,
          {
            diharapkan: `${folderKonten}/instansi/${id}/renstra-${rencana.periode}.json`,
            ditemukan: rencana.periode,
            saran:
              'Tambahkan berkas Renstra itu bila ada, atau perbaiki periodenya (add that Renstra file, or fix the period).',
          },
        );
      const versi = r ? versiBerlaku(r.data, d.tahun) : undefined;
      const diRenstra = new Set(versi ? indikatorVersi(versi).map((i) => i.indikator) : []);
      const sasaranRenstra = new Set(versi ? versi.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)) : []);
      const sasaranSendiri = new Set<string>();
      d.sasaran.forEach((s, i) => {
        if (sasaranSendiri.has(s.id) || sasaranRenstra.has(s.id))
          galat(
            l.berkas,
            `sasaran[${i}].id`,
            `Sasaran "${s.id}" ganda${sasaranRenstra.has(s.id) ? ' (sudah ada di Renstra)' : ''}.`,
            `Duplicate sasaran "${s.id}"${sasaranRenstra.has(s.id) ? ' (already in the Renstra)' : ''}.`,
          );
        sasaranSendiri.add(s.id);
        kenalUnit(l.berkas, `sasaran[${i}].unit`, s.unit);
      });
      const semuaSasaran = new Set([...sasaranRenstra, ...sasaranSendiri]);
      const kenalSasaran = (jalur: string, s: string | undefined) => {
        if (s && !semuaSasaran.has(s))
          galat(
            l.berkas,
            jalur,
            `Sasaran "${s}" tidak ada di Renstra${versi ? ` ${rencana!.periode} (${versi.nama})` : ''} maupun di "sasaran" laporan ini.`,
            `Sasaran "${s}" is in neither the Renstra${versi ? ` ${rencana!.periode} (${versi.nama})` : ''} nor this report's "sasaran".`,
            {
              diharapkan: [...semuaSasaran].join(', ') || '(tidak ada sasaran; nyatakan di "sasaran" laporan)',
              ditemukan: s,
            },
          );
      };
      d.sasaran.forEach((s, i) => kenalSasaran(`sasaran[${i}].induk`, s.induk));

      // Named scales cited must exist; one scale per scope.
      const bernama = skalaBernama(korpus.situs.skala);
      const cakupanDipakai = new Map<string, number>();
      d.skala.forEach((s, i) => {
        const skala = 'acuan' in s ? bernama.get(s.acuan) : s;
        if ('acuan' in s && !skala)
          galat(l.berkas, `skala[${i}].acuan`, `Skala "${s.acuan}" tidak dikenal.`, `Unknown scale "${s.acuan}".`, {
            diharapkan: `salah satu dari (one of): ${[...bernama.keys()].join(', ')}`,
            ditemukan: s.acuan,
            saran: 'Nyatakan skalanya di laporan ini, atau di "skala" situs.json (declare it here, or in situs.json).',
          });
        for (const c of ('acuan' in s ? s.cakupan : undefined) ?? skala?.cakupan ?? []) {
          if (cakupanDipakai.has(c))
            galat(
              l.berkas,
              `skala[${i}]`,
              `Dua skala untuk cakupan "${c}" (skala[${cakupanDipakai.get(c)}] dan skala[${i}]).`,
              `Two scales for scope "${c}" (skala[${cakupanDipakai.get(c)}] and skala[${i}]).`,
              { diharapkan: 'satu skala per cakupan (one scale per scope)', ditemukan: c },
            );
          else cakupanDipakai.set(c, i);
        }
      });

      d.perjanjian_kinerja.forEach((pk, pi) =>
        pk.sasaran.forEach((s, si) => {
          kenalSasaran(`perjanjian_kinerja[${pi}].sasaran[${si}].sasaran`, s.sasaran);
          s.indikator.forEach((ind, ii) => {
            const jalur = `perjanjian_kinerja[${pi}].sasaran[${si}].indikator[${ii}]`;
            kenalIndikator(l.berkas, `${jalur}.indikator`, ind.indikator);
            periksaTarget(l.berkas, `${jalur}.target`, ind.indikator, ind.target);
            if (versi && katalog.has(ind.indikator) && !diRenstra.has(ind.indikator))
              galat(
                l.berkas,
                `${jalur}.indikator`,
                `Target PK untuk indikator "${ind.indikator}" yang tidak ada di Renstra ${rencana!.periode} (${versi.nama}).`,
                `PK target for indicator "${ind.indikator}", which Renstra ${rencana!.periode} (${versi.nama}) does not have.`,
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
        kenalUnit(l.berkas, `${jalur}.unit`, p.unit);
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
            `Indikator "${p.indikator}" tidak ada di Renstra ${rencana!.periode} (${versi.nama}).`,
            `Indicator "${p.indikator}" is not in Renstra ${rencana!.periode} (${versi.nama}).`,
          );
        periksaTarget(l.berkas, `${jalur}.target`, p.indikator, p.target);
        periksaLabel(l.berkas, `${jalur}.realisasi`, p.indikator, p.realisasi);
        p.periode?.nilai.forEach((v, k) => {
          periksaTarget(l.berkas, `${jalur}.periode.nilai[${k}].target`, p.indikator, v.target);
          periksaLabel(l.berkas, `${jalur}.periode.nilai[${k}].realisasi`, p.indikator, v.realisasi);
        });
        p.tahun_sebelumnya.forEach((s, k) => {
          periksaTarget(l.berkas, `${jalur}.tahun_sebelumnya[${k}].target`, p.indikator, s.target);
          periksaLabel(l.berkas, `${jalur}.tahun_sebelumnya[${k}].realisasi`, p.indikator, s.realisasi);
          if (s.tahun >= d.tahun)
            galat(
              l.berkas,
              `${jalur}.tahun_sebelumnya[${k}].tahun`,
              `Tahun sebelumnya ${s.tahun} tidak sebelum tahun laporan ${d.tahun}.`,
              `Earlier year ${s.tahun} is not before the report year ${d.tahun}.`,
              { diharapkan: `sebelum ${d.tahun} (before ${d.tahun})`, ditemukan: String(s.tahun) },
            );
        });
        if (p.akhir_renstra)
          periksaTarget(l.berkas, `${jalur}.akhir_renstra.target`, p.indikator, p.akhir_renstra.target);
        if (p.nasional) periksaTarget(l.berkas, `${jalur}.nasional.target`, p.indikator, p.nasional.target);
      });
      d.rata_rata.forEach((rr, i) => {
        kenalSasaran(`rata_rata[${i}].sasaran`, rr.sasaran);
        rr.indikator?.forEach((ind, j) => kenalIndikator(l.berkas, `rata_rata[${i}].indikator[${j}]`, ind));
        if (rr.tahun !== undefined && rr.tahun > d.tahun)
          galat(
            l.berkas,
            `rata_rata[${i}].tahun`,
            `Rata-rata tahun ${rr.tahun} sesudah tahun laporan ${d.tahun}.`,
            `Average for ${rr.tahun}, after the report year ${d.tahun}.`,
            { diharapkan: `paling akhir ${d.tahun} (at most ${d.tahun})`, ditemukan: String(rr.tahun) },
          );
        const perlu = { sasaran: rr.sasaran, kelompok: rr.kelompok, laporan: 'ada' }[rr.cakupan];
        if (!perlu)
          galat(
            l.berkas,
            `rata_rata[${i}].${rr.cakupan}`,
            `Rata-rata bercakupan ${rr.cakupan} tanpa "${rr.cakupan}".`,
            `An average of scope ${rr.cakupan} without "${rr.cakupan}".`,
            {
              diharapkan: rr.cakupan === 'sasaran' ? 'id sasaran' : 'nama kelompok seperti tercetak',
              ditemukan: 'tidak ada (missing)',
            },
          );
      });
      d.efisiensi.forEach((e, i) => {
        if (e.indikator) kenalIndikator(l.berkas, `efisiensi[${i}].indikator`, e.indikator);
        kenalSasaran(`efisiensi[${i}].sasaran`, e.sasaran);
        if (e.anggaran && (e.pagu !== undefined || e.realisasi !== undefined))
          galat(
            l.berkas,
            `efisiensi[${i}].anggaran`,
            'Pagu dan realisasi diisi, juga baris anggaran sebagai dasarnya: pilih satu.',
            'Pagu and realisasi are given, and budget rows as their base too: choose one.',
          );
        [e.anggaran, ...(e.anggaran_lain ?? [])].forEach((a, j) => {
          if (!a) return;
          const jalur = j === 0 ? `efisiensi[${i}].anggaran` : `efisiensi[${i}].anggaran_lain[${j - 1}]`;
          const t = d.anggaran.find((x) => x.id === a.tabel);
          if (!t)
            return galat(
              l.berkas,
              `${jalur}.tabel`,
              `Tabel anggaran "${a.tabel}" tidak ada.`,
              `No budget table "${a.tabel}".`,
              {
                diharapkan: d.anggaran.map((x) => x.id).join(', '),
                ditemukan: a.tabel,
              },
            );
          for (const b of a.baris)
            if (t.baris[b]?.pagu === undefined || t.baris[b]?.realisasi === undefined)
              galat(
                l.berkas,
                `${jalur}.baris`,
                `Baris ${b} tabel "${a.tabel}" tidak ada atau tanpa pagu dan realisasi.`,
                `Row ${b} of table "${a.tabel}" does not exist or has no pagu and realisasi.`,
                { diharapkan: `0–${t.baris.length - 1}, dengan pagu dan realisasi`, ditemukan: String(b) },
              );
        });
      });
      const tabelIds = new Set<string>();
      const diukur = new Set(d.pengukuran.indikator.map((p) => p.indikator));
      d.anggaran.forEach((t, ti) => {
        if (tabelIds.has(t.id))
          galat(l.berkas, `anggaran[${ti}].id`, `Tabel anggaran "${t.id}" ganda.`, `Duplicate budget table "${t.id}".`);
        tabelIds.add(t.id);
        const jelajah = (b: (typeof t.baris)[number], jalur: string) => {
          kenalSasaran(`${jalur}.sasaran`, b.sasaran);
          kenalUnit(l.berkas, `${jalur}.unit`, b.unit);
          b.indikator.forEach((ind, k) => {
            kenalIndikator(l.berkas, `${jalur}.indikator[${k}]`, ind);
            if (katalog.has(ind) && !diukur.has(ind))
              peringatan(
                l.berkas,
                `${jalur}.indikator[${k}]`,
                `Baris anggaran menautkan indikator "${ind}", yang tidak diukur di laporan ini.`,
                `The budget line links indicator "${ind}", which this report does not measure.`,
                { diharapkan: [...diukur].join(', ') || '(tidak ada indikator diukur)', ditemukan: ind },
              );
          });
          if (b.kode !== undefined) {
            const kode = bacaKodePermendagri(b.kode);
            if (kode === 'bentuk_salah')
              peringatan(
                l.berkas,
                `${jalur}.kode`,
                `Kode "${b.kode}" tidak berbentuk kode Permendagri 90/2019.`,
                `Code "${b.kode}" does not have the shape of a Permendagri 90/2019 code.`,
                {
                  diharapkan: `${BENTUK_KODE_PERMENDAGRI} (atau bagian awalnya / or its leading part)`,
                  ditemukan: b.kode,
                  saran:
                    'Salin kode persis seperti tercetak; bila dokumen memakai nomenklatur lain (mis. ' +
                    'Permendagri 13/2006), abaikan peringatan ini (copy the code as printed; if the document ' +
                    'uses another nomenclature, ignore this).',
                },
              );
            else if (kode && kode.tingkat !== b.tingkat)
              peringatan(
                l.berkas,
                `${jalur}.tingkat`,
                `Kode "${b.kode}" adalah kode ${kode.tingkat.replace('_', '-')}, tetapi tingkat barisnya "${b.tingkat}".`,
                `Code "${b.kode}" is a ${kode.tingkat} code, but the line's level is "${b.tingkat}".`,
                { diharapkan: kode.tingkat, ditemukan: b.tingkat },
              );
          }
          b.anak.forEach((a, ai) => jelajah(a, `${jalur}.anak[${ai}]`));
        };
        t.baris.forEach((b, bi) => jelajah(b, `anggaran[${ti}].baris[${bi}]`));
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

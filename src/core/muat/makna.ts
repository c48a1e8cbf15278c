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
  for (const wilayah of korpus.wilayah) {
    const nama = wilayah.berkas
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (nama !== wilayah.data.id)
      galat(
        wilayah.berkas,
        'id',
        `id "${wilayah.data.id}" tidak sama dengan nama berkas "${nama}".`,
        `id "${wilayah.data.id}" does not match the file name "${nama}".`,
        { diharapkan: nama, ditemukan: wilayah.data.id },
      );
    if (wilayahIds.has(wilayah.data.id))
      galat(wilayah.berkas, 'id', `Wilayah "${wilayah.data.id}" ganda.`, `Duplicate region "${wilayah.data.id}".`);
    wilayahIds.add(wilayah.data.id);
  }
  for (const wilayah of korpus.wilayah)
    if (wilayah.data.induk && !wilayahIds.has(wilayah.data.induk))
      galat(
        wilayah.berkas,
        'induk',
        `Wilayah induk "${wilayah.data.induk}" tidak dikenal.`,
        `Unknown parent region "${wilayah.data.induk}".`,
        {
          diharapkan: `salah satu dari (one of): ${[...wilayahIds].join(', ')}`,
          ditemukan: wilayah.data.induk,
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
    ins.data.unit_organisasi.forEach((unit, indeks) => {
      if (unit.induk && !unitIds.has(unit.induk))
        galat(
          ins.berkas,
          `unit_organisasi[${indeks}].induk`,
          `Unit induk "${unit.induk}" tidak dikenal.`,
          `Unknown parent unit "${unit.induk}".`,
          { ditemukan: unit.induk },
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
      ins.katalog.data.indikator.forEach((definisi, indeks) => {
        if (seen.has(definisi.id))
          galat(
            ins.katalog!.berkas,
            `indikator[${indeks}].id`,
            `Indikator "${definisi.id}" ganda.`,
            `Duplicate indicator "${definisi.id}".`,
          );
        seen.add(definisi.id);
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
    for (const renstra of ins.renstra) {
      milik(renstra.berkas, renstra.data.instansi);
      const periode = periodeId(renstra.data);
      const dariNama = /renstra-(\d{4}-\d{4})\.json$/.exec(renstra.berkas)?.[1];
      if (dariNama !== periode)
        galat(
          renstra.berkas,
          'periode',
          `Periode ${periode} tidak sama dengan nama berkas.`,
          `Period ${periode} does not match the file name.`,
          { diharapkan: dariNama, ditemukan: periode },
        );
      renstraPer.set(periode, renstra);
      renstra.data.versi.forEach((versi, vi) => {
        if (versi.berlaku_mulai < renstra.data.periode.mulai || versi.berlaku_mulai > renstra.data.periode.selesai)
          galat(
            renstra.berkas,
            `versi[${vi}].berlaku_mulai`,
            `Tahun berlaku ${versi.berlaku_mulai} di luar periode ${periode}.`,
            `Start year ${versi.berlaku_mulai} is outside the period ${periode}.`,
          );
        versi.tujuan.forEach((tujuan, ti) => {
          tujuan.indikator.forEach((ind, ii) =>
            kenalIndikator(renstra.berkas, `versi[${vi}].tujuan[${ti}].indikator[${ii}].indikator`, ind.indikator),
          );
          tujuan.sasaran.forEach((s, si) =>
            s.indikator.forEach((ind, ii) =>
              kenalIndikator(
                renstra.berkas,
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
      ins.katalog.data.indikator.forEach((definisi, indeks) => {
        if (definisi.himpunan_nilai && !himpunan.has(definisi.himpunan_nilai))
          galat(
            ins.katalog!.berkas,
            `indikator[${indeks}].himpunan_nilai`,
            `Himpunan nilai "${definisi.himpunan_nilai}" tidak dikenal.`,
            `Unknown value set "${definisi.himpunan_nilai}".`,
            {
              diharapkan: `salah satu dari (one of): ${[...himpunan.keys()].join(', ')}`,
              ditemukan: definisi.himpunan_nilai,
              saran:
                'Nyatakan himpunannya di "himpunan_nilai" katalog ini atau di situs.json (declare the set in this catalogue or in situs.json).',
            },
          );
      });
    /** A qualitative value (a label) must be in the value set its indicator declares. */
    const periksaLabel = (berkas: string, jalur: string, indikator: string, nilai: unknown) => {
      const labels =
        nilai !== null && typeof nilai === 'object'
          ? []
          : typeof nilai === 'string' && nilai !== 'N/A' && nilaiAngka(nilai) === null
            ? [nilai]
            : [];
      for (const label of labels) {
        const def = katalog.get(indikator);
        if (!def) return; // reported as an unknown indicator
        const himpunanNilai = def.himpunan_nilai ? himpunan.get(def.himpunan_nilai) : undefined;
        if (!himpunanNilai)
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
        else if (!himpunanNilai.nilai.includes(label))
          galat(
            berkas,
            jalur,
            `Nilai "${label}" tidak ada di himpunan nilai "${himpunanNilai.nama}" (${himpunanNilai.id}).`,
            `Value "${label}" is not in the value set "${himpunanNilai.nama}" (${himpunanNilai.id}).`,
            { diharapkan: `salah satu dari (one of): ${himpunanNilai.nilai.join(', ')}`, ditemukan: label },
          );
      }
    };
    const periksaTarget = (berkas: string, jalur: string, indikator: string, target: unknown) => {
      if (target !== null && typeof target === 'object') {
        periksaLabel(berkas, `${jalur}.min`, indikator, (target as { min: unknown }).min);
        periksaLabel(berkas, `${jalur}.max`, indikator, (target as { max: unknown }).max);
      } else periksaLabel(berkas, jalur, indikator, target);
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
    for (const renstra of ins.renstra)
      renstra.data.versi.forEach((v, vi) =>
        v.tujuan.forEach((tujuan, ti) => {
          const periksa = (ind: (typeof tujuan.indikator)[number], jalur: string) => {
            ind.target.forEach((x, k) =>
              periksaTarget(renstra.berkas, `${jalur}.target[${k}].target`, ind.indikator, x.target),
            );
            if (ind.target_akhir !== undefined)
              periksaTarget(renstra.berkas, `${jalur}.target_akhir`, ind.indikator, ind.target_akhir);
            if (ind.baseline)
              periksaLabel(renstra.berkas, `${jalur}.baseline.nilai`, ind.indikator, ind.baseline.nilai);
          };
          tujuan.indikator.forEach((ind, ii) => periksa(ind, `versi[${vi}].tujuan[${ti}].indikator[${ii}]`));
          tujuan.sasaran.forEach((s, si) =>
            s.indikator.forEach((ind, ii) =>
              periksa(ind, `versi[${vi}].tujuan[${ti}].sasaran[${si}].indikator[${ii}]`),
            ),
          );
        }),
      );

    const tahunLaporan = new Map<number, string>();
    for (const laporan of ins.laporan) {
      const dokumen = laporan.data;
      milik(laporan.berkas, dokumen.instansi);
      const tahunFolder = Number(laporan.berkas.split('/').at(-2));
      if (tahunFolder !== dokumen.tahun)
        galat(
          laporan.berkas,
          'tahun',
          `Tahun dokumen ${dokumen.tahun} tidak sama dengan folder tahun ${tahunFolder}.`,
          `Document year ${dokumen.tahun} does not match the year folder ${tahunFolder}.`,
          { diharapkan: String(tahunFolder), ditemukan: String(dokumen.tahun) },
        );
      if (tahunLaporan.has(dokumen.tahun))
        galat(
          laporan.berkas,
          'tahun',
          `Laporan ${dokumen.tahun} ganda (juga di ${tahunLaporan.get(dokumen.tahun)}).`,
          `Duplicate report for ${dokumen.tahun} (also in ${tahunLaporan.get(dokumen.tahun)}).`,
        );
      tahunLaporan.set(dokumen.tahun, laporan.berkas);

      // The plan is optional; a Renstra it names is used when its file is here.
      const rencana = dokumen.rencana;
      const renstraRencana = rencana?.jenis === 'renstra' ? renstraPer.get(rencana.periode) : undefined;
      if (
        rencana &&
        (rencana.periode.slice(0, 4) > String(dokumen.tahun) || rencana.periode.slice(5) < String(dokumen.tahun))
      )
        galat(
          laporan.berkas,
          'rencana.periode',
          `Tahun ${dokumen.tahun} di luar periode rencana ${rencana.periode}.`,
          `Year ${dokumen.tahun} is outside the plan period ${rencana.periode}.`,
          {
            diharapkan: `periode yang mencakup ${dokumen.tahun} (a period covering ${dokumen.tahun})`,
            ditemukan: rencana.periode,
          },
        );
      if (rencana?.jenis === 'renstra' && !renstraRencana)
        peringatan(
          laporan.berkas,
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
      const versi = renstraRencana ? versiBerlaku(renstraRencana.data, dokumen.tahun) : undefined;
      const diRenstra = new Set(versi ? indikatorVersi(versi).map((i) => i.indikator) : []);
      const sasaranRenstra = new Set(versi ? versi.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)) : []);
      const sasaranSendiri = new Set<string>();
      dokumen.sasaran.forEach((sasaran, indeks) => {
        if (sasaranSendiri.has(sasaran.id) || sasaranRenstra.has(sasaran.id))
          galat(
            laporan.berkas,
            `sasaran[${indeks}].id`,
            `Sasaran "${sasaran.id}" ganda${sasaranRenstra.has(sasaran.id) ? ' (sudah ada di Renstra)' : ''}.`,
            `Duplicate sasaran "${sasaran.id}"${sasaranRenstra.has(sasaran.id) ? ' (already in the Renstra)' : ''}.`,
          );
        sasaranSendiri.add(sasaran.id);
        kenalUnit(laporan.berkas, `sasaran[${indeks}].unit`, sasaran.unit);
      });
      const semuaSasaran = new Set([...sasaranRenstra, ...sasaranSendiri]);
      const kenalSasaran = (jalur: string, idSasaran: string | undefined) => {
        if (idSasaran && !semuaSasaran.has(idSasaran))
          galat(
            laporan.berkas,
            jalur,
            `Sasaran "${idSasaran}" tidak ada di Renstra${versi ? ` ${rencana!.periode} (${versi.nama})` : ''} maupun di "sasaran" laporan ini.`,
            `Sasaran "${idSasaran}" is in neither the Renstra${versi ? ` ${rencana!.periode} (${versi.nama})` : ''} nor this report's "sasaran".`,
            {
              diharapkan: [...semuaSasaran].join(', ') || '(tidak ada sasaran; nyatakan di "sasaran" laporan)',
              ditemukan: idSasaran,
            },
          );
      };
      dokumen.sasaran.forEach((s, i) => kenalSasaran(`sasaran[${i}].induk`, s.induk));

      // Named scales cited must exist; one scale per scope.
      const bernama = skalaBernama(korpus.situs.skala);
      const cakupanDipakai = new Map<string, number>();
      dokumen.skala.forEach((deklarasi, indeks) => {
        const skala = 'acuan' in deklarasi ? bernama.get(deklarasi.acuan) : deklarasi;
        if ('acuan' in deklarasi && !skala)
          galat(
            laporan.berkas,
            `skala[${indeks}].acuan`,
            `Skala "${deklarasi.acuan}" tidak dikenal.`,
            `Unknown scale "${deklarasi.acuan}".`,
            {
              diharapkan: `salah satu dari (one of): ${[...bernama.keys()].join(', ')}`,
              ditemukan: deklarasi.acuan,
              saran:
                'Nyatakan skalanya di laporan ini, atau di "skala" situs.json (declare it here, or in situs.json).',
            },
          );
        for (const cakupan of ('acuan' in deklarasi ? deklarasi.cakupan : undefined) ?? skala?.cakupan ?? []) {
          if (cakupanDipakai.has(cakupan))
            galat(
              laporan.berkas,
              `skala[${indeks}]`,
              `Dua skala untuk cakupan "${cakupan}" (skala[${cakupanDipakai.get(cakupan)}] dan skala[${indeks}]).`,
              `Two scales for scope "${cakupan}" (skala[${cakupanDipakai.get(cakupan)}] and skala[${indeks}]).`,
              { diharapkan: 'satu skala per cakupan (one scale per scope)', ditemukan: cakupan },
            );
          else cakupanDipakai.set(cakupan, indeks);
        }
      });

      dokumen.perjanjian_kinerja.forEach((pk, pi) =>
        pk.sasaran.forEach((sasaranPk, si) => {
          kenalSasaran(`perjanjian_kinerja[${pi}].sasaran[${si}].sasaran`, sasaranPk.sasaran);
          sasaranPk.indikator.forEach((ind, ii) => {
            const jalur = `perjanjian_kinerja[${pi}].sasaran[${si}].indikator[${ii}]`;
            kenalIndikator(laporan.berkas, `${jalur}.indikator`, ind.indikator);
            periksaTarget(laporan.berkas, `${jalur}.target`, ind.indikator, ind.target);
            if (versi && katalog.has(ind.indikator) && !diRenstra.has(ind.indikator))
              galat(
                laporan.berkas,
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
      dokumen.pengukuran.indikator.forEach((pengukuran, indeks) => {
        const jalur = `pengukuran.indikator[${indeks}]`;
        kenalIndikator(laporan.berkas, `${jalur}.indikator`, pengukuran.indikator);
        kenalSasaran(`${jalur}.sasaran`, pengukuran.sasaran);
        kenalUnit(laporan.berkas, `${jalur}.unit`, pengukuran.unit);
        if (seen.has(pengukuran.indikator))
          galat(
            laporan.berkas,
            `${jalur}.indikator`,
            `Indikator "${pengukuran.indikator}" diukur dua kali.`,
            `Indicator "${pengukuran.indikator}" is measured twice.`,
          );
        seen.add(pengukuran.indikator);
        if (versi && katalog.has(pengukuran.indikator) && !diRenstra.has(pengukuran.indikator))
          peringatan(
            laporan.berkas,
            `${jalur}.indikator`,
            `Indikator "${pengukuran.indikator}" tidak ada di Renstra ${rencana!.periode} (${versi.nama}).`,
            `Indicator "${pengukuran.indikator}" is not in Renstra ${rencana!.periode} (${versi.nama}).`,
          );
        periksaTarget(laporan.berkas, `${jalur}.target`, pengukuran.indikator, pengukuran.target);
        periksaLabel(laporan.berkas, `${jalur}.realisasi`, pengukuran.indikator, pengukuran.realisasi);
        pengukuran.periode?.nilai.forEach((nilai, urutan) => {
          periksaTarget(laporan.berkas, `${jalur}.periode.nilai[${urutan}].target`, pengukuran.indikator, nilai.target);
          periksaLabel(
            laporan.berkas,
            `${jalur}.periode.nilai[${urutan}].realisasi`,
            pengukuran.indikator,
            nilai.realisasi,
          );
        });
        pengukuran.tahun_sebelumnya.forEach((sebelumnya, urutan) => {
          periksaTarget(
            laporan.berkas,
            `${jalur}.tahun_sebelumnya[${urutan}].target`,
            pengukuran.indikator,
            sebelumnya.target,
          );
          periksaLabel(
            laporan.berkas,
            `${jalur}.tahun_sebelumnya[${urutan}].realisasi`,
            pengukuran.indikator,
            sebelumnya.realisasi,
          );
          if (sebelumnya.tahun >= dokumen.tahun)
            galat(
              laporan.berkas,
              `${jalur}.tahun_sebelumnya[${urutan}].tahun`,
              `Tahun sebelumnya ${sebelumnya.tahun} tidak sebelum tahun laporan ${dokumen.tahun}.`,
              `Earlier year ${sebelumnya.tahun} is not before the report year ${dokumen.tahun}.`,
              { diharapkan: `sebelum ${dokumen.tahun} (before ${dokumen.tahun})`, ditemukan: String(sebelumnya.tahun) },
            );
        });
        if (pengukuran.akhir_renstra)
          periksaTarget(
            laporan.berkas,
            `${jalur}.akhir_renstra.target`,
            pengukuran.indikator,
            pengukuran.akhir_renstra.target,
          );
        if (pengukuran.nasional)
          periksaTarget(laporan.berkas, `${jalur}.nasional.target`, pengukuran.indikator, pengukuran.nasional.target);
      });
      dokumen.rata_rata.forEach((rr, indeks) => {
        kenalSasaran(`rata_rata[${indeks}].sasaran`, rr.sasaran);
        rr.indikator?.forEach((ind, j) => kenalIndikator(laporan.berkas, `rata_rata[${indeks}].indikator[${j}]`, ind));
        if (rr.tahun !== undefined && rr.tahun > dokumen.tahun)
          galat(
            laporan.berkas,
            `rata_rata[${indeks}].tahun`,
            `Rata-rata tahun ${rr.tahun} sesudah tahun laporan ${dokumen.tahun}.`,
            `Average for ${rr.tahun}, after the report year ${dokumen.tahun}.`,
            { diharapkan: `paling akhir ${dokumen.tahun} (at most ${dokumen.tahun})`, ditemukan: String(rr.tahun) },
          );
        const perlu = { sasaran: rr.sasaran, kelompok: rr.kelompok, laporan: 'ada' }[rr.cakupan];
        if (!perlu)
          galat(
            laporan.berkas,
            `rata_rata[${indeks}].${rr.cakupan}`,
            `Rata-rata bercakupan ${rr.cakupan} tanpa "${rr.cakupan}".`,
            `An average of scope ${rr.cakupan} without "${rr.cakupan}".`,
            {
              diharapkan: rr.cakupan === 'sasaran' ? 'id sasaran' : 'nama kelompok seperti tercetak',
              ditemukan: 'tidak ada (missing)',
            },
          );
      });
      dokumen.efisiensi.forEach((efisiensi, indeks) => {
        if (efisiensi.indikator) kenalIndikator(laporan.berkas, `efisiensi[${indeks}].indikator`, efisiensi.indikator);
        kenalSasaran(`efisiensi[${indeks}].sasaran`, efisiensi.sasaran);
        if (efisiensi.anggaran && (efisiensi.pagu !== undefined || efisiensi.realisasi !== undefined))
          galat(
            laporan.berkas,
            `efisiensi[${indeks}].anggaran`,
            'Pagu dan realisasi diisi, juga baris anggaran sebagai dasarnya: pilih satu.',
            'Pagu and realisasi are given, and budget rows as their base too: choose one.',
          );
        [efisiensi.anggaran, ...(efisiensi.anggaran_lain ?? [])].forEach((acuan, urutanAcuan) => {
          if (!acuan) return;
          const jalur =
            urutanAcuan === 0
              ? `efisiensi[${indeks}].anggaran`
              : `efisiensi[${indeks}].anggaran_lain[${urutanAcuan - 1}]`;
          const tabel = dokumen.anggaran.find((x) => x.id === acuan.tabel);
          if (!tabel)
            return galat(
              laporan.berkas,
              `${jalur}.tabel`,
              `Tabel anggaran "${acuan.tabel}" tidak ada.`,
              `No budget table "${acuan.tabel}".`,
              {
                diharapkan: dokumen.anggaran.map((x) => x.id).join(', '),
                ditemukan: acuan.tabel,
              },
            );
          for (const nomorBaris of acuan.baris)
            if (tabel.baris[nomorBaris]?.pagu === undefined || tabel.baris[nomorBaris]?.realisasi === undefined)
              galat(
                laporan.berkas,
                `${jalur}.baris`,
                `Baris ${nomorBaris} tabel "${acuan.tabel}" tidak ada atau tanpa pagu dan realisasi.`,
                `Row ${nomorBaris} of table "${acuan.tabel}" does not exist or has no pagu and realisasi.`,
                { diharapkan: `0–${tabel.baris.length - 1}, dengan pagu dan realisasi`, ditemukan: String(nomorBaris) },
              );
        });
      });
      const tabelIds = new Set<string>();
      const diukur = new Set(dokumen.pengukuran.indikator.map((p) => p.indikator));
      dokumen.anggaran.forEach((tabel, ti) => {
        if (tabelIds.has(tabel.id))
          galat(
            laporan.berkas,
            `anggaran[${ti}].id`,
            `Tabel anggaran "${tabel.id}" ganda.`,
            `Duplicate budget table "${tabel.id}".`,
          );
        tabelIds.add(tabel.id);
        const jelajah = (baris: (typeof tabel.baris)[number], jalur: string) => {
          kenalSasaran(`${jalur}.sasaran`, baris.sasaran);
          kenalUnit(laporan.berkas, `${jalur}.unit`, baris.unit);
          baris.indikator.forEach((ind, urutan) => {
            kenalIndikator(laporan.berkas, `${jalur}.indikator[${urutan}]`, ind);
            if (katalog.has(ind) && !diukur.has(ind))
              peringatan(
                laporan.berkas,
                `${jalur}.indikator[${urutan}]`,
                `Baris anggaran menautkan indikator "${ind}", yang tidak diukur di laporan ini.`,
                `The budget line links indicator "${ind}", which this report does not measure.`,
                { diharapkan: [...diukur].join(', ') || '(tidak ada indikator diukur)', ditemukan: ind },
              );
          });
          if (baris.kode !== undefined) {
            const kode = bacaKodePermendagri(baris.kode);
            if (kode === 'bentuk_salah')
              peringatan(
                laporan.berkas,
                `${jalur}.kode`,
                `Kode "${baris.kode}" tidak berbentuk kode Permendagri 90/2019.`,
                `Code "${baris.kode}" does not have the shape of a Permendagri 90/2019 code.`,
                {
                  diharapkan: `${BENTUK_KODE_PERMENDAGRI} (atau bagian awalnya / or its leading part)`,
                  ditemukan: baris.kode,
                  saran:
                    'Salin kode persis seperti tercetak; bila dokumen memakai nomenklatur lain (mis. ' +
                    'Permendagri 13/2006), abaikan peringatan ini (copy the code as printed; if the document ' +
                    'uses another nomenclature, ignore this).',
                },
              );
            else if (kode && kode.tingkat !== baris.tingkat)
              peringatan(
                laporan.berkas,
                `${jalur}.tingkat`,
                `Kode "${baris.kode}" adalah kode ${kode.tingkat.replace('_', '-')}, tetapi tingkat barisnya "${baris.tingkat}".`,
                `Code "${baris.kode}" is a ${kode.tingkat} code, but the line's level is "${baris.tingkat}".`,
                { diharapkan: kode.tingkat, ditemukan: baris.tingkat },
              );
          }
          baris.anak.forEach((a, ai) => jelajah(a, `${jalur}.anak[${ai}]`));
        };
        tabel.baris.forEach((b, bi) => jelajah(b, `anggaran[${ti}].baris[${bi}]`));
      });
    }

    const tahunIki = new Set<number>();
    for (const berkasIki of ins.iki) {
      milik(berkasIki.berkas, berkasIki.data.instansi);
      const tahunFolder = Number(berkasIki.berkas.split('/').at(-2));
      if (tahunFolder !== berkasIki.data.tahun)
        galat(
          berkasIki.berkas,
          'tahun',
          `Tahun dokumen ${berkasIki.data.tahun} tidak sama dengan folder tahun ${tahunFolder}.`,
          `Document year ${berkasIki.data.tahun} does not match the year folder ${tahunFolder}.`,
          { diharapkan: String(tahunFolder), ditemukan: String(berkasIki.data.tahun) },
        );
      tahunIki.add(berkasIki.data.tahun);
      const ids = new Set<string>();
      berkasIki.data.jabatan.forEach((jabatan, indeks) => {
        if (ids.has(jabatan.id))
          galat(
            berkasIki.berkas,
            `jabatan[${indeks}].id`,
            `Jabatan "${jabatan.id}" ganda.`,
            `Duplicate position "${jabatan.id}".`,
          );
        ids.add(jabatan.id);
      });
      berkasIki.data.jabatan.forEach((jabatan, indeks) => {
        if (jabatan.atasan && !ids.has(jabatan.atasan))
          galat(
            berkasIki.berkas,
            `jabatan[${indeks}].atasan`,
            `Atasan "${jabatan.atasan}" bukan jabatan di dokumen ini.`,
            `Superior "${jabatan.atasan}" is not a position in this document.`,
            { ditemukan: jabatan.atasan },
          );
      });
    }

    const babPerTahun = new Set<string>();
    for (const narasi of ins.narasi) {
      const key = `${narasi.tahun}/${narasi.data.bab}`;
      if (babPerTahun.has(key))
        galat(
          narasi.berkas,
          'bab',
          `Bab "${narasi.data.bab}" tahun ${narasi.tahun} ganda.`,
          `Duplicate chapter "${narasi.data.bab}" for ${narasi.tahun}.`,
        );
      babPerTahun.add(key);
      if (!tahunLaporan.has(narasi.tahun))
        galat(
          narasi.berkas,
          '(letak berkas / file location)',
          `Narasi tahun ${narasi.tahun} tanpa lkjip.json tahun itu.`,
          `Narrative for ${narasi.tahun} without that year's lkjip.json.`,
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

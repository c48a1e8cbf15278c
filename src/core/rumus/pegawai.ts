/** Staff counts. */

/** The total of a staff table: the sum of its rows (the profile page's "Jumlah (dihitung)" and the audit's check). */
export const jumlahPegawai = (tabel: { rincian: readonly { jumlah: number }[] }) =>
  tabel.rincian.reduce((s, r) => s + r.jumlah, 0);

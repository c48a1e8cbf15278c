/** Child processes of the build scripts: on this project's Node and tools, with output, wall time and peak memory. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** RSS of a process and all its descendants, from /proc (Linux only: 0 elsewhere). */
export function rssPohon(pid: number): number {
  let total = 0;
  const tumpukan = [pid];
  while (tumpukan.length) {
    const idProses = tumpukan.pop()!;
    try {
      const status = readFileSync(`/proc/${idProses}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const utas of readdirSync(`/proc/${idProses}/task`)) {
        const anak = readFileSync(`/proc/${idProses}/task/${utas}/children`, 'utf8').trim();
        if (anak) tumpukan.push(...anak.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}

/**
 * CPU time (user + system, ms) of a process and its descendants so far, threads included, from
 * /proc/<pid>/stat (Linux only: empty elsewhere), by process id: a process that ended keeps its last reading.
 */
export function cpuPohon(pid: number, tercatat: Map<number, number>): void {
  const tumpukan = [pid];
  while (tumpukan.length) {
    const idProses = tumpukan.pop()!;
    try {
      // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
      const medan = readFileSync(`/proc/${idProses}/stat`, 'utf8').split(') ').pop()!.split(' ');
      // Linux counts in USER_HZ, 100 per second on every architecture Node supports
      tercatat.set(idProses, (Number(medan[11]) + Number(medan[12])) * 10);
      for (const utas of readdirSync(`/proc/${idProses}/task`)) {
        const anak = readFileSync(`/proc/${idProses}/task/${utas}/children`, 'utf8').trim();
        if (anak) tumpukan.push(...anak.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
}

/**
 * Runs a command, sampling its process tree every 100 ms; returns output, wall time, peak RSS and CPU
 * time (ms; on a shared machine wall time grows with the others' load, CPU time much less).
 */
export function jalankan(perintah: string, argumen: string[], lingkungan: NodeJS.ProcessEnv = {}) {
  return new Promise<{ out: string; ms: number; puncak: number; cpu: number; kode: number }>((ok) => {
    const mulai = performance.now();
    // Children run on this Node (24) and this project's tools, whatever is first on the machine's PATH.
    const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH ?? ''].join(delimiter);
    const prosesAnak = spawn(perintah, argumen, {
      env: { ...process.env, ...lingkungan, PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let keluaran = '';
    prosesAnak.stdout.on('data', (d) => (keluaran += d));
    prosesAnak.stderr.on('data', (d) => (keluaran += d));
    let puncak = 0;
    const cpu = new Map<number, number>();
    const pencatat = setInterval(() => {
      puncak = Math.max(puncak, rssPohon(prosesAnak.pid!));
      cpuPohon(prosesAnak.pid!, cpu);
    }, 100);
    prosesAnak.on('close', (kode) => {
      clearInterval(pencatat);
      // callers read the words of the log; a CI that forces colours (FORCE_COLOR) must not change them
      ok({
        out: stripVTControlCharacters(keluaran),
        ms: performance.now() - mulai,
        puncak,
        cpu: [...cpu.values()].reduce((a, b) => a + b, 0),
        kode: kode ?? 1,
      });
    });
  });
}

/** Child processes of the build scripts: on this project's Node and tools, with output, wall time and peak memory. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** RSS of a process and all its descendants, from /proc (Linux only: 0 elsewhere). */
export function rssPohon(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
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
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
      const medan = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ').pop()!.split(' ');
      // Linux counts in USER_HZ, 100 per second on every architecture Node supports
      tercatat.set(p, (Number(medan[11]) + Number(medan[12])) * 10);
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
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
export function jalankan(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ out: string; ms: number; puncak: number; cpu: number; kode: number }>((ok) => {
    const t0 = performance.now();
    // Children run on this Node (24) and this project's tools, whatever is first on the machine's PATH.
    const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH ?? ''].join(delimiter);
    const child = spawn(cmd, args, { env: { ...process.env, ...env, PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let puncak = 0;
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      puncak = Math.max(puncak, rssPohon(child.pid!));
      cpuPohon(child.pid!, cpu);
    }, 100);
    child.on('close', (kode) => {
      clearInterval(timer);
      // callers read the words of the log; a CI that forces colours (FORCE_COLOR) must not change them
      ok({
        out: stripVTControlCharacters(out),
        ms: performance.now() - t0,
        puncak,
        cpu: [...cpu.values()].reduce((a, b) => a + b, 0),
        kode: kode ?? 1,
      });
    });
  });
}

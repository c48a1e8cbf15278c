/**
 * A value from a flag, else, only when a person is at the terminal, from a question; else a usage
 * error naming the flag. CI and scripts never wait on a prompt.
 */
import { createInterface } from 'node:readline/promises';

export async function tanya(
  nilai: string | undefined,
  pertanyaan: string,
  bendera: string,
  wajib = true,
): Promise<string | undefined> {
  if (nilai !== undefined) return nilai;
  if (!process.stdin.isTTY) {
    if (!wajib) return undefined;
    console.error(`Beri --${bendera} (give --${bendera}): ${pertanyaan}`);
    process.exit(2);
  }
  const antarmuka = createInterface({ input: process.stdin, output: process.stdout });
  const jawab = (await antarmuka.question(`${pertanyaan}${wajib ? '' : ' (boleh kosong / optional)'}: `)).trim();
  antarmuka.close();
  return jawab || (wajib ? tanya(undefined, pertanyaan, bendera, wajib) : undefined);
}

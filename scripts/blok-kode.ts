/**
 * node scripts/blok-kode.ts < berkas.txt
 * Prints standard input as one Markdown code block whose fence no line inside can close
 * (src/core/publikasi/markdown-aman.ts): the pull-request guard puts the validator's output into the
 * job summary with it, since that output quotes what a contributor wrote.
 */
import { readFileSync } from 'node:fs';
import { blokKode } from '../src/core/publikasi/markdown-aman.ts';

console.log(blokKode(readFileSync(0, 'utf8').replace(/\n$/, '')));

import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { namaBermakna } from '../../../scripts/lint/nama-bermakna.mjs';

// RuleTester reports through the test framework's own describe/it.
RuleTester.describe = describe;
RuleTester.it = it;

const penguji = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const dilaporkan = (code: string, ...nama: string[]) => ({
  code,
  errors: nama.map(() => ({ messageId: 'satuHuruf' as const })),
});

penguji.run('kinerja/nama-bermakna', namaBermakna, {
  valid: [
    'const baris = 1;',
    'const xs = [1]; xs.map((x) => x + 1);',
    'const xs = [1]; xs.sort((a, b) => a - b);',
    'const xs = [{ id: 1 }]; xs.map(({ id: i }) => i);',
    'const _ = 1;',
    'function f_(_x: number, _: string) { return 0; }',
    'for (const kunci of []) void kunci;',
    'try { void 0; } catch { void 0; }',
    'try { void 0; } catch (galat) { void galat; }',
    // type parameters are types, and object keys are not bindings
    'function pertama<T>(daftar: T[]): T | undefined { return daftar[0]; }',
    'const titik = { x: 1, y: 2 }; void titik.x;',
    'type Banding = (a: number, b: number) => number;',
  ],
  invalid: [
    dilaporkan('const r = 1;', 'r'),
    dilaporkan('let a = 1, b = 2;', 'a', 'b'),
    dilaporkan('const { a, b: c, ...d } = { a: 1, b: 2 };', 'a', 'c', 'd'),
    dilaporkan('const [a, , [b = 1]] = [1, 2, [3]];', 'a', 'b'),
    dilaporkan('for (let i = 0; i < 3; i++) void i;', 'i'),
    dilaporkan('for (const k of []) void k;', 'k'),
    dilaporkan('for (const k in {}) void k;', 'k'),
    dilaporkan('try { void 0; } catch (e) { void e; }', 'e'),
    dilaporkan('function f() {}', 'f'),
    dilaporkan('function hitung(x: number, { y }: { y: number }) { return x + y; }', 'x', 'y'),
    dilaporkan('const hitung = function g() {};', 'g'),
    dilaporkan('class K {}', 'K'),
    dilaporkan('const Kelas = class K {};', 'K'),
    dilaporkan('class Kelas { hitung(n: number) { return n; } constructor(private p: number) {} }', 'n', 'p'),
    dilaporkan('function muat(n: number): void;\nfunction muat(nilai: number) { void nilai; }', 'n'),
    // an arrow function with a block body is not a tiny lambda
    dilaporkan('[1].map((x) => { return x; });', 'x'),
    // a block lambda nested in a tiny one is still reported
    dilaporkan('[1].map((x) => [x].map((y) => { return y; }));', 'y'),
    dilaporkan('const b = [1].map((x) => x);', 'b'),
  ],
});

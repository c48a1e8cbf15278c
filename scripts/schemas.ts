/**
 * npm run schemas: writes schemas/<kind>.schema.json from the zod schemas
 * (z.toJSONSchema) and the json.schemas mapping in .vscode/settings.json,
 * so VS Code completes fields and flags errors while an operator types.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kamusData } from '../src/core/data-terbuka/paket.ts';
import { pemetaanVsCode, SKEMA_KONTEN, teksSkema, type NamaSkema } from '../src/core/publikasi/skema-json.ts';

const proyek = join(import.meta.dirname, '..');
mkdirSync(join(proyek, 'schemas'), { recursive: true });
for (const nama of Object.keys(SKEMA_KONTEN) as NamaSkema[]) {
  writeFileSync(join(proyek, 'schemas', `${nama}.schema.json`), teksSkema(nama));
  console.log(`schemas/${nama}.schema.json`);
}

// Keep any other VS Code setting; replace only json.schemas.
const berkasVsCode = join(proyek, '.vscode/settings.json');
mkdirSync(join(proyek, '.vscode'), { recursive: true });
const lama = existsSync(berkasVsCode) ? JSON.parse(readFileSync(berkasVsCode, 'utf8')) : {};
writeFileSync(berkasVsCode, `${JSON.stringify({ ...lama, 'json.schemas': pemetaanVsCode() }, null, 2)}\n`);
console.log('.vscode/settings.json');

// The open data's dictionary, from the same table list the files are written with.
writeFileSync(join(proyek, 'docs', 'data-terbuka.md'), kamusData());
console.log('docs/data-terbuka.md');

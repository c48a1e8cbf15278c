// @ts-check
// Lint: typescript-eslint's recommended rules over the TypeScript and Astro sources, plus the project's naming rule
// (ARCHITECTURE.md, "Naming"): no single-letter names outside tiny lambdas (`kinerja/nama-bermakna`, our own
// rule in scripts/lint/nama-bermakna.mjs), over src/, scripts/ and test/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import kinerja from './scripts/lint/nama-bermakna.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-wilayah/',
      '.astro/',
      'node_modules/',
      '.bench-dist-*/',
      '.bench-astro-polos-*/',
      '.tmp/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**', 'scripts/**', 'test/**'],
    plugins: { kinerja },
    rules: { 'kinerja/nama-bermakna': 'error' },
  },
  {
    // Tests reshape arbitrary content JSON to break it on purpose.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

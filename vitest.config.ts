import { defineConfig } from 'vitest/config';

// unit: the pure core (no build needed). site: reads the built dist/ (npm test builds first).
// browser: drives Debian's Chromium over the built site.
export default defineConfig({
  test: {
    // Without a terminal (CI, a log file) every test is printed as it ends: a browser file runs for
    // minutes, and a run that seems to stall then shows the last test that finished.
    reporters: process.stdout.isTTY ? ['default'] : ['verbose'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Several unit tests run the command lines (npm run import, validate, the PR guard) as a new
          // process; on a busy 2-core machine one takes 5–12 s, so the default 5 s limit fails them.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          // Some site tests load the whole corpus or render a preview image (2–5 s alone); under load
          // that passed the default 5 s limit without any assertion failing.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

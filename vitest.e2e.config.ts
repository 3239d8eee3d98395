/**
 * End-to-end tests in real browsers (Chromium via Playwright, Firefox ESR via Puppeteer) against the built
 * extension: `npm run build && npm run build:firefox && npm run test:e2e`. One file at a time: each launches a
 * browser, and the CI machine has two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A browser test that fails for a timing reason fails again on a loaded machine more often than not;
    // no retries, so that flakiness is seen and fixed rather than hidden.
    retry: 0,
    reporters: ['default'],
  },
});

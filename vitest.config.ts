import { defineConfig } from 'vitest/config';

export default defineConfig({
  // What the build defines (scripts/lib/vite-bundled-data.ts); Node has no IndexedDB, so no copy is kept under it.
  define: { __BACKSTORY_INDEX_KEY__: JSON.stringify('unit-tests') },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Data tests compile the bundled packs (ten thousand entities and more): seconds on a busy two-core machine.
    // Tests assert behaviour, never time, so the limit is only there to stop a hung test.
    testTimeout: 60_000,
    // Browser tests run under their own runner (real browsers), not in the unit test pass.
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});

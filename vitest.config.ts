import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Browser tests run under their own runner (real browsers), not in the unit test pass.
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // Examples mostly wait on sleeps and sockets, so more run at once than there are cores.
    maxConcurrency: 8,
  },
});

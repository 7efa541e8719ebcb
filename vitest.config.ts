import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PGlite boots cost seconds and ~0.5 GB each: two workers fit the 2-core machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});

import { defineConfig } from 'vitest/config';

/** One project per test layer (ARCHITECTURE.md §12); `npm test` runs them all. */
export default defineConfig({
  test: {
    setupFiles: ['tests/setup-env.ts'],
    reporters: ['default'],
    coverage: {
      provider: 'v8',
      // On in `npm test` (--coverage), off for a single file run while working.
      enabled: false,
      include: ['functions/**/*.ts', 'infra/**/*.ts', 'admin/src/**/*.{ts,tsx}'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'access',
          include: ['tests/access/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          // One process for the infra files, so that they share one synthesized app (tests/infra/synth.ts).
          isolate: false,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

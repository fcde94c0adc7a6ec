import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant (`npm run mutation`): unit and integration, the layers that
 * exercise functions/ directly. Access, infra and browser tests are left out (minutes per run, and they test
 * the same code through the same stores). `MUTATION_TESTS` (comma-separated globs) narrows them for a run over
 * one capability, e.g. `MUTATION_TESTS='tests/integration/messages/**,tests/unit/messages/**' npm run mutation --
 * --mutate 'functions/messages/store/**' --incrementalFile .stryker/messages.json`.
 */
const narrowed = process.env.MUTATION_TESTS?.split(',').filter(Boolean);
export default defineConfig({
  test: {
    setupFiles: ['tests/setup-env.ts', 'tests/unit/setup-aws-wire.ts'],
    include: narrowed?.length ? narrowed : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['tests/unit/admin/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

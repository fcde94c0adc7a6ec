// @ts-check
/**
 * Mutation testing (`npm run mutation`, not part of `npm test`): which tests fail when the code they guard is
 * changed. Incremental: a run re-tests only mutants whose code or covering tests changed since the last one
 * (`.stryker/incremental.json`). `tests/mutation/summary.ts` prints the score per folder afterwards.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'functions/*/domain/**/*.ts',
    'functions/platform/scope.ts',
    'functions/platform/pager.ts',
    'functions/identity/authenticate.ts',
    'functions/*/store/**/*.ts',
    '!functions/*/store/entities/**',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 30_000,
  // The initial run includes the integration tests (local stacks): minutes on 2 cores.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: '.stryker/mutation.json' },
  htmlReporter: { fileName: '.stryker/mutation.html' },
  thresholds: { high: 80, low: 70, break: null },
};

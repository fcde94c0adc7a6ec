import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { repoRoot } from '#infra/bundle';

export type SeedTemplate = 'city' | 'agencies';

/** Longest wait for another worker's template (a city seed takes ≈ 15–25 s on 2 cores). */
const WAIT_MS = 300_000;

const build = (dir: string, what: SeedTemplate) =>
  promisify(execFile)(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    [join(repoRoot, 'tests', 'e2e', 'support', 'seed-template-build.ts'), dir, what],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  );

/**
 * The folder of a seeded local stack (dynalite's LevelDB, s3rver's files, the signing key) that browser tests
 * copy instead of seeding a city each: built once per `npm test` run, by whichever worker asks first (a lock
 * folder makes the others wait), in the run's folder from tests/fixtures/run-folder.ts. `agencies` is the
 * city with the demo agencies added.
 */
export async function seedTemplate(what: SeedTemplate): Promise<string> {
  const root = inject('runFolder');
  const ready = join(root, what);
  const lock = `${ready}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (existsSync(ready)) return ready;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(250);
      continue;
    }
    try {
      if (existsSync(ready)) return ready;
      const building = `${ready}.building`;
      rmSync(building, { recursive: true, force: true });
      if (what === 'agencies') cpSync(await seedTemplate('city'), building, { recursive: true });
      await build(building, what);
      renameSync(building, ready);
      return ready;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`the ${what} seed template was not ready after ${WAIT_MS / 1000} s (${root})`);
}

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CitySummary, WriteCityOptions } from '#infra/local/seed/fast/city';
import type { LocalStack } from '#infra/local/stack';

export { REPORT_CITY } from '#infra/local/seed/seed-city';
/**
 * The city-scale data for benchmarks (issue 12): the demo city written at BatchWriteItem speed by the seed's fast
 * path (infra/local/seed/fast/city.ts). The report's city is `{ scale: 16.4 }`: 32,742 enterprises, 475,404
 * risk points, 90 days of scans, hazards, scan counters. Two ways in:
 * - `writeCity(options)` fills the table of the stack this process already started (an empty one);
 * - `startCityStack(options)` gives a stack on a fresh copy of a cached city on disk (`.bench/city/<key>`,
 *   written once per key: the report's city takes many minutes and gigabytes; memory could not hold it).
 */
export type { CitySummary, WriteCityOptions };

/** Fills the (empty) main table of the local stack this process started. */
export async function writeCity(options: WriteCityOptions = {}): Promise<CitySummary> {
  const { writeCity: write } = await import('#infra/local/seed/fast/city');
  return write(options);
}

/** A line-updating progress display for `onProgress` (stderr). */
export async function cityProgress(): Promise<NonNullable<WriteCityOptions['onProgress']>> {
  const { progressLine } = await import('#infra/local/seed/fast/progress-line');
  const line = progressLine();
  return (progress, final) => (final ? line.done(progress) : line.update(progress));
}

/** The cache folder's name for `options` (`npm run seed -- --out .bench/city/<key>` writes the same layout). */
export const cacheKey = (options: WriteCityOptions) =>
  [
    `s${options.scale ?? 1}`,
    options.enterprises ? `e${options.enterprises}` : '',
    options.riskPoints ? `p${options.riskPoints}` : '',
    options.scans === false ? 'noscans' : `d${options.days ?? 90}`,
    options.lean ? 'lean' : '',
    `seed${options.seed ?? 2022}`,
    `at${(options.at ?? CITY_AT).toISOString().replace(/[:.]/g, '')}`,
    'v1',
  ]
    .filter(Boolean)
    .join('-');

/** The instant a cached city's history ends at (fixed, so that a cache stays valid; pass `at` to change it). */
export const CITY_AT = new Date('2026-11-30T04:00:00.000Z');

/**
 * A local stack (gateway, dynalite on disk, s3rver) on a fresh copy of the cached city for `options`; the first
 * call for a key writes the city (with its progress line) and keeps it under `.bench/city/<key>`. Answers the
 * stack, the city's summary (as written then) and the copy's folder (removed by `stop`).
 */
export async function startCityStack(
  options: WriteCityOptions & { cacheDir?: string } = {},
): Promise<{ stack: LocalStack; summary: CitySummary; dataDir: string; stop: () => Promise<void> }> {
  const { startLocalStack } = await import('#infra/local/stack');
  const at = options.at ?? CITY_AT;
  const root = options.cacheDir ?? join('.bench', 'city');
  const cached = join(root, cacheKey({ ...options, at }));
  const summaryFile = join(cached, 'summary.json');
  if (!existsSync(summaryFile)) {
    // Its own process: the store modules read the table endpoint once, and LevelDB allows one owner.
    const { onProgress: _, cacheDir: __, ...plain } = options;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), cached, JSON.stringify({ ...plain, at })],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) throw new Error(`writing the city into ${cached} failed (${child.status})`);
  }
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as CitySummary;
  const dataDir = join(root, `run-${process.pid}-${Date.now()}`);
  cpSync(join(cached, 'data'), dataDir, { recursive: true });
  const stack = await startLocalStack({ dataDir });
  const stop = async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { stack, summary, dataDir, stop };
}

/** `tsx tests/bench/city-data.ts <dir> <options json>`: writes a city into `<dir>/data`, its summary beside. */
async function writeCacheFolder(dir: string, json: string) {
  const { startLocalStack } = await import('#infra/local/stack');
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const parsed = JSON.parse(json) as WriteCityOptions & { at: string };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stack = await startLocalStack({ dataDir: join(dir, 'data') });
  const summary = await writeCity({ ...parsed, at: new Date(parsed.at), onProgress: await cityProgress() });
  await stack.stop();
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, json] = process.argv.slice(2);
  if (!dir || !json) throw new Error('usage: tsx tests/bench/city-data.ts <dir> <options json>');
  await writeCacheFolder(dir, json);
}

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CitySummary } from './city';

/** Bytes under a folder (LevelDB's files), 0 if there is none. */
export function folderBytes(dir: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      bytes += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
    }
  } catch {
    return bytes;
  }
  return bytes;
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');

/** What `npm run seed` prints after the fast path: the counts, its rate next to the raw baseline, RSS, disk. */
export function cityReport(summary: CitySummary, dataDir: string): string {
  const raw = summary.raw
    ? `raw BatchWriteItem ${n(summary.raw.itemsPerSecond)} items/s (${n(summary.raw.items)} items at the start), seed ${n(summary.itemsPerSecond)} items/s: ratio ${(summary.ratio ?? 0).toFixed(2)}`
    : `seed ${n(summary.itemsPerSecond)} items/s (no raw baseline measured)`;
  const end = summary.rawAtEnd
    ? `  raw BatchWriteItem again at the end (full table): ${n(summary.rawAtEnd.itemsPerSecond)} items/s: ratio ${(summary.itemsPerSecond / summary.rawAtEnd.itemsPerSecond).toFixed(2)}`
    : '';
  return [
    `Seeded ${n(summary.towns)} towns, ${n(summary.grids)} grids, ${n(summary.enterprises)} enterprises, ${n(summary.accounts)} accounts,`,
    `  ${n(summary.points)} risk points, ${n(summary.scans)} scans, ${n(summary.hazards)} hazards, ${n(summary.counters)} scan counters`,
    `  ${n(summary.items)} items in ${n(summary.requests)} BatchWriteItem requests, ${summary.seconds.toFixed(1)} s`,
    `  ${raw}`,
    ...(end ? [end] : []),
    `  peak RSS ${n(process.resourceUsage().maxRSS / 1024)} MB, dynalite data ${n(folderBytes(join(dataDir, 'dynamo')) / 2 ** 20)} MB`,
  ].join('\n');
}

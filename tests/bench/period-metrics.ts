import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalStack } from '#infra/local/stack';
import { AT, rawRead, SCALE, writeCity } from './period-metrics-data';
import { isWorker, median, serveWorker, startWorker } from './worker';

/**
 * `npm run bench -- period-metrics` (issue 12): the period-metrics job for 2026Q4 to date over the report's city
 * (32,742 enterprises, their quarter scan counters, the quarter's hazards, the overdue job's day snapshots) in a
 * fresh dynalite, next to one raw read of exactly the items the job reads (the same key conditions, items only
 * counted), measured in the same run before and after the job. Prints how many items the job read, and why.
 *
 * Written raw (period-metrics-data.ts: BatchWriteItem, the stores' own key format): the enterprises, one counter per enterprise that
 * scanned (99.77 %), hazards (due this quarter, open past deadline from the last, closed last quarter: not read),
 * the day snapshots of the city, districts and towns for every day of the quarter so far, and the enterprise
 * rows of the last two days (the job reads the last one only). The 90 days of scans and the 475,404 points are
 * not written: the job reads neither (counters instead of scans, snapshots instead of points), and a key
 * condition's cost in dynalite does not depend on what else the table holds. `PERIOD_BENCH_SCALE=0.05` for a
 * quick look.
 */
const TARGET_RATIO = 1.5;
const PERIOD_KEY = 'through#2026-11-30';
/** Rounds of (raw read, job, raw read); the ratio reported is their median (`PERIOD_BENCH_ROUNDS`). */
const ROUNDS = Math.max(1, Number(process.env.PERIOD_BENCH_ROUNDS ?? 3));

const thisFile = fileURLToPath(import.meta.url);
const WORKER = 'PERIOD_BENCH_WORKER';
const JOB_MODULE = 'metrics/jobs/period-metrics';

/** The measured side, in the worker process (a Lambda's place): the raw read and the job, modules loaded first. */
function serveBench(): void {
  serveWorker({
    warm: async () => {
      const { pinClock } = await import('#functions/platform/clock');
      const { loadHandler } = await import('#infra/local/handlers');
      pinClock(AT);
      await Promise.all([
        loadHandler(JOB_MODULE),
        import('#functions/enterprises/store/entities/enterprise'),
        import('#functions/hazards/store/entities/hazard'),
        import('#functions/metrics/store/overdue-keys'),
      ]);
    },
    raw: () => rawRead(),
    job: async () => {
      const { invoke } = await import('#infra/local/handlers');
      return invoke(JOB_MODULE, { at: AT.toISOString() }, 15 * 60_000);
    },
  });
}

export async function runPeriodMetricsBench(): Promise<number> {
  const dataDir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'period-bench-'));
  const { startLocalStack } = await import('#infra/local/stack');
  const stack: LocalStack = await startLocalStack({ port: 0, dataDir });
  const worker = startWorker(thisFile, WORKER, { POWERTOOLS_LOG_LEVEL: 'ERROR' });
  try {
    const written = await writeCity();
    console.log(
      `period-metrics bench: ${written.toLocaleString()} items written (scale ${SCALE}); the job and the raw read run in a worker process, the emulator in this one`,
    );
    if (!stack.bindings.jobs.some((job) => job.module === JOB_MODULE))
      throw new Error(`the manifest has no job ${JOB_MODULE}`);
    await worker.run('warm');
    const { jobRun } = await import('#functions/platform/jobs/job-run-entity');
    // Rounds of (raw read, job, raw read); between rounds the run's record is removed (untimed), so the next
    // round runs the same period again over the same items and must read as many.
    const rounds: Array<{ ratio: number; jobMs: number; rawMs: number }> = [];
    let jobItems = 0;
    let rawItems = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = await worker.run<{ items: number }>('raw');
      const job = await worker.run<{ items: number }>('job');
      const after = await worker.run<{ items: number }>('raw');
      await jobRun.delete({ job: 'period-metrics', periodKey: PERIOD_KEY }).go();
      if (round > 1 && job.result.items !== jobItems)
        throw new Error(`round ${round} read ${job.result.items} items, round 1 ${jobItems}`);
      jobItems = job.result.items;
      rawItems = before.result.items;
      const rawMs = Math.min(before.ms, after.ms);
      rounds.push({ ratio: job.ms / rawMs, jobMs: job.ms, rawMs });
      console.log(
        `  round ${round}: raw read ${Math.round(before.ms)} / ${Math.round(after.ms)} ms (process CPU ${Math.round(before.cpuMs)} / ${Math.round(after.cpuMs)}); job ${Math.round(job.ms)} ms (CPU ${Math.round(job.cpuMs)}); ${(job.ms / rawMs).toFixed(2)}× the faster raw read`,
      );
    }
    const ratio = median(rounds.map((r) => r.ratio));
    console.log(
      `  raw read: ${rawItems.toLocaleString()} items; job: ${jobItems.toLocaleString()} items read (reads + tally + writes of every row)`,
    );
    console.log(
      `  why: each enterprise once (census, 7 districts), one counter per enterprise that scanned (not its scans), the hazards due in the quarter or open past deadline, the city/district/town day snapshots of the quarter so far, the enterprises' last-day snapshot, the previous quarter's area rows`,
    );
    console.log(
      `  ratio job / raw read, median of ${ROUNDS} rounds: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`,
    );
    return ratio <= TARGET_RATIO ? 0 : 1;
  } finally {
    await worker.stop();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The worker started by `startWorker`: only when this file is the entry point, never when run.ts imports it.
if (isWorker(thisFile, WORKER)) serveBench();

/**
 * What other capabilities (and the seed and its tests) may use of the dust ladder: one ladder evaluation and
 * one rate snapshot at an instant, without the job-run record (the jobs wrap these). Both load on first use.
 */
export type { LadderCounts } from '#functions/dust-ladder/jobs/ladder';

export async function runDustLadder(
  at: Date,
): Promise<import('#functions/dust-ladder/jobs/ladder').LadderCounts> {
  const { runDustLadder: run } = await import('#functions/dust-ladder/jobs/ladder');
  return run(at);
}

export async function snapshotDustRate(at: Date): Promise<void> {
  const { writeRateSnapshot } = await import('#functions/dust-ladder/jobs/rate');
  await writeRateSnapshot(at);
}

import { jobRun } from '#functions/platform/jobs/job-run-entity';

/** `first`: no attempt for this period before this one; `takeover`: an earlier one was killed or failed. */
export type RunStart = 'first' | 'takeover' | 'alreadyDone';

/**
 * Claims the run of `job` for `periodKey`. A finished run is never repeated; a RUNNING or FAILED one (a killed
 * or failed attempt) may be taken over, because every job's writes are idempotent per period. Two attempts that
 * start at once may both be `first`: a job may use it only to skip reads that its conditional writes make
 * redundant, never to skip a condition.
 */
export async function beginJobRun(job: string, periodKey: string, at: Date): Promise<RunStart> {
  const existing = await jobRun.get({ job, periodKey }).go();
  if (existing.data?.status === 'DONE') return 'alreadyDone';
  await jobRun.put({ job, periodKey, status: 'RUNNING', startedAt: at.toISOString() }).go();
  return existing.data ? 'takeover' : 'first';
}

export async function finishJobRun(job: string, periodKey: string, at: Date, items: number): Promise<void> {
  await jobRun.patch({ job, periodKey }).set({ status: 'DONE', finishedAt: at.toISOString(), items }).go();
}

export async function failJobRun(job: string, periodKey: string, at: Date, error: string): Promise<void> {
  await jobRun.patch({ job, periodKey }).set({ status: 'FAILED', finishedAt: at.toISOString(), error }).go();
}

export async function latestJobRuns(job: string, limit = 20) {
  const { data } = await jobRun.query.byJob({ job }).go({ order: 'desc', limit });
  return data;
}

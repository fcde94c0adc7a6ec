import { Cron } from 'croner';
import { BUSINESS_TIME_ZONE } from '#functions/platform/clock';
import type { LocalJob } from './bindings';
import { invoke } from './handlers';
import { jobLine } from './terminal';

/**
 * Runs one job once, as EventBridge Scheduler would: the event carries the scheduled time. A job with n > 1
 * segments starts n runs at once, each with its `{segment, totalSegments}` (the n schedules CDK makes), and answers
 * their results in segment order.
 */
export async function runJob(job: LocalJob, at: Date): Promise<unknown> {
  const event = { at: at.toISOString() };
  if (job.segments <= 1) return invoke(job.module, event, job.timeoutMs);
  return Promise.all(
    Array.from({ length: job.segments }, (_, segment) =>
      invoke(job.module, { ...event, segment, totalSegments: job.segments }, job.timeoutMs),
    ),
  );
}

/** Segmented runs print as one line: their items summed and how many ran. */
function combined(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  const items = result.reduce(
    (sum: number, run) => sum + (Number((run as { items?: unknown }).items) || 0),
    0,
  );
  return { items, runs: result.length };
}

/** Schedules every manifest job in Asia/Shanghai; a run still going when the next is due is skipped. */
export function startScheduler(jobs: readonly LocalJob[], log: (line: string) => void): { stop: () => void } {
  const crons = jobs.map(
    (job) =>
      new Cron(
        job.cron,
        { timezone: BUSINESS_TIME_ZONE, protect: true, name: job.name },
        async (self: Cron) => {
          const at = self.currentRun() ?? new Date();
          const started = performance.now();
          try {
            const result = await runJob(job, at);
            log(jobLine(job.name, { result: combined(result), ms: performance.now() - started }));
          } catch (error) {
            log(jobLine(job.name, { error, ms: performance.now() - started }));
          }
        },
      ),
  );
  const stop = () => {
    for (const cron of crons) cron.stop();
  };
  return { stop };
}

import { Cron } from 'croner';
import { BUSINESS_TIME_ZONE } from '#functions/platform/clock';
import type { LocalJob } from './bindings';
import { invoke } from './handlers';
import { jobLine } from './terminal';

/** Runs one job once, as EventBridge Scheduler would: the event carries the scheduled time. */
export async function runJob(job: LocalJob, at: Date): Promise<unknown> {
  return invoke(job.module, { at: at.toISOString() }, job.timeoutMs);
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
            log(jobLine(job.name, { result, ms: performance.now() - started }));
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

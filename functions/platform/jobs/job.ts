import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { type Clock, fixedClock, now } from '#functions/platform/clock';
import { beginJobRun, failJobRun, finishJobRun } from '#functions/platform/jobs/job-runs';
import { logger } from '#functions/platform/logger';

/**
 * What the scheduler sends: EventBridge passes its scheduled time, `npm run job -- --at` a pinned one. A segment
 * is one of `totalSegments`, 0-based (absent, the run is segment 0 of 1): `segment` ≥ `totalSegments` is refused.
 */
export const jobEventSchema = z
  .object({
    at: z.iso.datetime({ offset: true }).optional(),
    segment: z.number().int().min(0).optional(),
    totalSegments: z.number().int().min(1).optional(),
  })
  .refine(({ segment = 0, totalSegments = 1 }) => segment < totalSegments, {
    error: '分段序号须小于分段总数',
    path: ['segment'],
  });
export type JobEvent = z.infer<typeof jobEventSchema>;

export interface JobContext {
  at: Date;
  clock: Clock;
  periodKey: string;
  segment: number;
  totalSegments: number;
  /**
   * No earlier attempt of this period was recorded (no killed or failed run to take over), so nothing this
   * period writes exists yet unless a concurrent first attempt wrote it: a hint to skip pre-reads, never a lock.
   */
  firstAttempt: boolean;
}

export interface JobResult {
  items: number;
  skipped?: boolean;
}

export interface JobDefinition {
  /** The period this run accounts for; a second run for the same key does nothing. */
  periodKey: (at: Date) => string;
  run: (context: JobContext) => Promise<{ items: number }>;
}

/** Wraps a job: pinned clock, one run item per period key (idempotency), and an items/s log line. */
export function jobHandler(name: string, definition: JobDefinition) {
  return async (rawEvent: unknown = {}, context?: Context): Promise<JobResult> => {
    const event = jobEventSchema.parse(rawEvent ?? {});
    const clock = fixedClock(event.at ?? now());
    const at = clock.now();
    const segment = event.segment ?? 0;
    const totalSegments = event.totalSegments ?? 1;
    const periodKey = `${definition.periodKey(at)}${totalSegments > 1 ? `#${segment}/${totalSegments}` : ''}`;
    logger.resetKeys();
    if (context) logger.addContext(context);
    logger.appendKeys({ job: name, periodKey });

    const start = await beginJobRun(name, periodKey, at);
    if (start === 'alreadyDone') {
      logger.info('job skipped: period already done');
      return { items: 0, skipped: true };
    }
    const started = performance.now();
    try {
      const firstAttempt = start === 'first';
      const { items } = await definition.run({ at, clock, periodKey, segment, totalSegments, firstAttempt });
      await finishJobRun(name, periodKey, now(), items);
      const ms = performance.now() - started;
      logger.info('job done', { items, ms: Math.round(ms), itemsPerSecond: Math.round((items / ms) * 1000) });
      return { items };
    } catch (error) {
      await failJobRun(name, periodKey, now(), error instanceof Error ? error.message : String(error));
      logger.error('job failed', { error });
      throw error;
    }
  };
}

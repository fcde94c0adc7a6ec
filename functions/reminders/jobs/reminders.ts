import { enqueue } from '#functions/messages/index';
import { businessDay } from '#functions/platform/clock';
import { mapLimit } from '#functions/platform/concurrency';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';
import { reminderMessages } from '#functions/reminders/domain/messages';
import { readRecipients, readReminderState } from '#functions/reminders/store/sources';

/** Enqueues in flight: each is a conditional put and a read; the dispatcher, not this job, paces the sends. */
const ENQUEUE_CONCURRENCY = 16;

/**
 * One run of the day's reminders at `at`: reads the state, plans the messages, puts them in the outbox. Safe to
 * repeat: every message's idempotency key names its enterprise, hazard or officer and the day, so a repeat
 * (the job's takeover after a crash, a manual run) finds them there and creates nothing.
 */
export async function runReminders(at: Date) {
  const { plan, read } = await readReminderState(at);
  const recipients = await readRecipients(plan);
  const { requests, noPhone } = reminderMessages(plan, recipients, at);
  const created = await mapLimit(
    requests,
    ENQUEUE_CONCURRENCY,
    async ({ key, input }) => (await enqueue(key, input, at)).created,
  );
  const summary = {
    day: businessDay(at),
    pointsRead: read.points,
    hazardsRead: read.hazards,
    digests: plan.digests.length,
    hazardReminders: plan.hazards.length,
    townEscalations: plan.pointTowns.length + plan.hazardTowns.length,
    messages: requests.length,
    created: created.filter(Boolean).length,
    noPhone,
  };
  logger.info('reminders enqueued', summary);
  return summary;
}

/**
 * The daily reminders (issue 12): 09:00 Asia/Shanghai, after quiet hours (22:00–07:00) so nothing waits in
 * the outbox, and in office hours, when an enterprise can act the same day. Once per Asia/Shanghai day.
 */
export const handler = jobHandler('reminders', {
  periodKey: (at) => businessDay(at),
  run: async ({ at }) => {
    const summary = await runReminders(at);
    return { items: summary.messages, ...summary };
  },
});

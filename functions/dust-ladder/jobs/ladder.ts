import { planSite, type SitePlan } from '#functions/dust-ladder/domain/plan';
import { type Streak, streakFromDays, streakOf, URGE_DAY } from '#functions/dust-ladder/domain/streak';
import { readActiveSites, satisfiedDaysOf } from '#functions/dust-ladder/store/sites';
import { type DustSource, defaultSource } from '#functions/dust-ladder/store/source-types';
import { principalContacts } from '#functions/enterprises/index';
import { enqueueAll } from '#functions/messages/index';
import { businessDay } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';
import { createTasks } from '#functions/tasks/index';

export interface LadderCounts {
  day: string;
  sites: number;
  /** Items read: the sites, the day states of a past day's rerun, the principals looked up. */
  itemsRead: number;
  /** Sites with k ≥ 1, ≥ 3, ≥ 7 at this run. */
  inStreak: number;
  /** Created by this run (a repeat creates none). */
  reminded: number;
  urged: number;
  verified: number;
  tasks: number;
  noPhone: number;
}

export interface LadderOptions {
  /** Where the sites and day records come from. @default the dust-sites and dust-cleanings capabilities */
  source?: DustSource;
  /**
   * The run is its period's first attempt (`JobContext.firstAttempt`): the keys no earlier day asked for
   * (today's reminds, the 3rd day's urges, the 7th day's verifications) are put without a pre-read.
   */
  firstAttempt?: boolean;
}

/**
 * The dust ladder at `at` (一天提醒、三天督促、七天核查): reads the active sites once, counts each one's streak of
 * unsatisfied days ending today, and asks the outbox and the tasks capability for what the streak calls for,
 * each under its idempotency key (batched: the keys that may exist are read first, only the missing ones put).
 * Repeating it (twice a day, 18:00 then 23:00, a takeover after a crash) creates nothing new. The upload rate is the hourly `dust-rate` job's (its 18:05 run follows this one).
 */
export async function runDustLadder(at: Date, options: LadderOptions = {}): Promise<LadderCounts> {
  const source = options.source ?? (await defaultSource());
  const day = businessDay(at);
  const sites = await readActiveSites(source);
  const past = await satisfiedDaysOf(source, sites, day);
  const streaks = new Map<string, Streak>();
  for (const site of sites) {
    const known = past.found.get(site.siteId);
    streaks.set(site.siteId, known ? streakFromDays(known.days, known.from, day) : streakOf(site, day));
  }
  const urged = sites.filter((site) => (streaks.get(site.siteId)?.k ?? 0) >= URGE_DAY);
  const principals = await principalContacts(urged.map((site) => site.enterpriseId));
  const plans: SitePlan[] = sites.map((site) =>
    planSite(site, streaks.get(site.siteId) ?? { k: 0, start: null }, day, principals.get(site.enterpriseId)),
  );
  const counts: LadderCounts = {
    day,
    sites: sites.length,
    itemsRead: sites.length + past.items + principals.size,
    inStreak: plans.filter((plan) => plan.sms.length + plan.noPhone > 0).length,
    reminded: 0,
    urged: 0,
    verified: 0,
    tasks: 0,
    noPhone: plans.reduce((sum, plan) => sum + plan.noPhone, 0),
  };
  const byTemplate = { dustRemind: 'reminded', dustUrge: 'urged', dustVerify: 'verified' } as const;
  const sms = plans.flatMap((plan) => plan.sms);
  // Independent writes: the outbox's and the tasks' batches go at once (16 in flight each).
  const unread = new Set(options.firstAttempt ? plans.flatMap((plan) => plan.askedFirstToday) : []);
  const [sent, tasks] = await Promise.all([
    enqueueAll(sms, at, { unread }),
    createTasks(
      plans.flatMap((plan) => plan.tasks),
      at,
      { unread },
    ),
  ]);
  for (const { key, input } of sms) {
    const counter = byTemplate[input.template as keyof typeof byTemplate];
    if (counter && sent.has(key)) counts[counter] += 1;
  }
  counts.tasks = tasks.size;
  logger.info('dust ladder done', { ...counts });
  return counts;
}

/** Daily at the ladder hour (manifest cron); one run a Beijing day, a failed one taken over by the next trigger. */
export const handler = jobHandler('dust-ladder', {
  periodKey: (at) => businessDay(at),
  run: async ({ at, firstAttempt }) => {
    const counts = await runDustLadder(at, { firstAttempt });
    return { items: counts.itemsRead, ...counts };
  },
});

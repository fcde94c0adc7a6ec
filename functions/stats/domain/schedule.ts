/** How often the stats job recomputes the dashboard's counts; the console says so in its empty state. */
export const STATS_REFRESH_MINUTES = 10;

/** The job's schedule (Asia/Shanghai, like every manifest cron). */
export const statsCron = `*/${STATS_REFRESH_MINUTES} * * * *`;

/** The refresh slot of `at` in UTC, e.g. `2026-12-01T02:10`: one run per slot however often it is triggered. */
export function statsSlot(at: Date): string {
  const slotMs = STATS_REFRESH_MINUTES * 60_000;
  return new Date(Math.floor(at.getTime() / slotMs) * slotMs).toISOString().slice(0, 16);
}

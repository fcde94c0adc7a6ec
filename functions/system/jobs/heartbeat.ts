import { jobHandler } from '#functions/platform/jobs/job';

/** Ten-minute slot in UTC, e.g. `2026-11-30T02:10`: one heartbeat per slot however often it is triggered. */
function tenMinuteSlot(at: Date): string {
  const slot = new Date(Math.floor(at.getTime() / 600_000) * 600_000);
  return slot.toISOString().slice(0, 16);
}

/** Proves the scheduler runs: its run items are what an operator checks when reminders seem to stop. */
export const handler = jobHandler('heartbeat', {
  periodKey: tenMinuteSlot,
  run: async () => ({ items: 1 }),
});

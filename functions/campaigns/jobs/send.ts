import { campaignsIn } from '#functions/campaigns/store/open-campaigns';
import { runSend } from '#functions/campaigns/store/send';
import { now } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';

/** A run stops starting chunks after this, well inside its 300 s timeout: the next minute's run goes on. */
const BUDGET_MS = 240_000;

/**
 * The send worker (decision: a scheduled worker, not a task): the send route records the first chunks itself
 * and this job finishes large campaigns (27,891 targets: 56 chunks) from the checkpoint on the campaign. A
 * retried or concurrent run repeats at most one chunk, whose writes are idempotent.
 */
export async function continueSends(budgetMs = BUDGET_MS) {
  const started = performance.now();
  let chunks = 0;
  for (const item of await campaignsIn('sending')) {
    const left = budgetMs - (performance.now() - started);
    if (left <= 0) break;
    chunks += (await runSend(item.campaignId, now, left)).chunks;
  }
  return { items: chunks };
}

export const handler = jobHandler('campaign-send', {
  periodKey: (at) => at.toISOString().slice(0, 16),
  run: async () => continueSends(),
});

import { agencyDeduction } from '#functions/agency-deductions/store/entities/deduction';
import { agencyScoreCounter } from '#functions/agency-deductions/store/entities/score-counter';
import { isConditionFailure } from '#functions/platform/conditions';

/** A write younger than this may still owe its counter its ADD: the repair leaves such an agency for next time. */
export const REPAIR_GRACE_MS = 2 * 60_000;

export type RepairOutcome = 'ok' | 'fixed' | 'busy';

/**
 * Recomputes an agency's counter of `year` from its deductions (one gsi1 partition) and fixes drift with an ADD
 * of the difference, conditional on the counter being what was read: a deduction or revocation racing the
 * repair makes the condition fail (left for the next run), and one written in the last minutes is skipped, so
 * the repair never counts a change twice.
 */
export async function repairCounter(agencyId: string, year: number, at: Date): Promise<RepairOutcome> {
  const { data: counter } = await agencyScoreCounter.get({ agencyId, year }).go({ consistent: true });
  const { data: items } = await agencyDeduction.query.byAgencyYear({ agencyId, year }).go({ pages: 'all' });
  const recent = new Date(at.getTime() - REPAIR_GRACE_MS).toISOString();
  if (items.some((item) => item.updatedAt > recent)) return 'busy';
  const live = items.filter((item) => item.status === 'live');
  const points = live.reduce((sum, item) => sum + item.points, 0);
  const deductions = live.length;
  const had = { points: counter?.points ?? 0, deductions: counter?.deductions ?? 0 };
  if (had.points === points && had.deductions === deductions) return 'ok';
  try {
    const update = agencyScoreCounter
      .update({ agencyId, year })
      .add({ points: points - had.points, deductions: deductions - had.deductions })
      .set({ repairedAt: at.toISOString() });
    await (counter
      ? update.where((a, op) => `${op.eq(a.points, had.points)} AND ${op.eq(a.deductions, had.deductions)}`)
      : update.where((a, op) => op.notExists(a.points))
    ).go();
    return 'fixed';
  } catch (error) {
    if (isConditionFailure(error)) return 'busy';
    throw error;
  }
}

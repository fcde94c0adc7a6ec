import type { AppealView, DeductionView } from '#functions/agency-deductions/schemas';
import { appealsOf, visibleAppeal } from '#functions/agency-deductions/store/appeals';
import type { DeductionItem } from '#functions/agency-deductions/store/entities/deduction';
import { evidenceLinks } from '#functions/agency-deductions/store/evidence';
import { visibleDeduction } from '#functions/agency-deductions/store/reach';
import { appealView, deductionView } from '#functions/agency-deductions/store/views';
import type { Principal } from '#functions/platform/principal';

/** A deduction with its evidence links and its appeals (each with its evidence and outcome). */
export async function deductionDetail(item: DeductionItem): Promise<DeductionView> {
  const [evidence, appeals] = await Promise.all([
    evidenceLinks(item.agencyId, item.evidenceIds),
    appealsOf(item.deductionId),
  ]);
  const appealViews = await Promise.all(
    appeals.map(async (appeal) => ({
      ...appealView(appeal),
      evidence: await evidenceLinks(appeal.agencyId, appeal.evidenceIds),
    })),
  );
  return { ...deductionView(item), evidence, appeals: appealViews };
}

export async function getDeduction(principal: Principal, deductionId: string): Promise<DeductionView> {
  return deductionDetail(await visibleDeduction(principal, deductionId));
}

export async function getAppeal(principal: Principal, appealId: string): Promise<AppealView> {
  const item = await visibleAppeal(principal, appealId);
  return { ...appealView(item), evidence: await evidenceLinks(item.agencyId, item.evidenceIds) };
}

import { appealUntil } from '#functions/agency-deductions/domain/window';
import type { AppealCreate, AppealDecision } from '#functions/agency-deductions/schemas';
import { revokeItem } from '#functions/agency-deductions/store/deductions';
import { type AppealItem, agencyAppeal } from '#functions/agency-deductions/store/entities/appeal';
import { agencyDeduction, type DeductionItem } from '#functions/agency-deductions/store/entities/deduction';
import { usableEvidence } from '#functions/agency-deductions/store/evidence';
import { deductionNotFound, mayDecide, visibleDeduction } from '#functions/agency-deductions/store/reach';
import { appealView } from '#functions/agency-deductions/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ForbiddenError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

const appealNotFound = () => new NotFoundError('申诉不存在或无权查看');

export const appealAuditOf = (
  action: AuditRecord['action'],
  item: AppealItem,
  before: AppealItem | null,
  summary: string,
): AuditRecord => ({
  action,
  entity: 'agencyAppeal',
  entityId: item.appealId,
  districtId: item.issuingDistrictId === 'city' ? null : item.issuingDistrictId,
  before: before ? appealView(before) : null,
  after: appealView(item),
  summary: `${summary}：${item.agencyName}（扣分 ${item.deductionId}）`,
});

/**
 * An agency user's appeal against its agency's live deduction, within the window after the deduction's date.
 * One appeal per deduction: the deduction claims it (conditional on no appeal and live) before the appeal is put;
 * a crash between the two leaves a claim without an appeal, which the agency's next appeal completes.
 */
export async function createAppeal(principal: Principal, deductionId: string, input: AppealCreate, at: Date) {
  const deduction = await visibleDeduction(principal, deductionId);
  if (principal.role !== 'agencyUser' || principal.agencyId !== deduction.agencyId) throw deductionNotFound();
  if (deduction.status === 'revoked') throw new ConflictError('DEDUCTION_REVOKED', '该扣分已撤销，无需申诉');
  const orphan = deduction.appealId ? await orphanClaim(deduction.appealId) : false;
  if (deduction.appealId && !orphan)
    throw new ConflictError('APPEAL_EXISTS', '该扣分已提出过申诉，不能重复申诉');
  const until = appealUntil(deduction.date);
  if (businessDay(at) > until)
    throw new ConflictError(
      'APPEAL_WINDOW_CLOSED',
      `申诉期已过：须在扣分日期后 ${until} 之前（含当日）提出申诉`,
    );
  const evidenceIds = await usableEvidence(
    principal,
    deduction.agencyId,
    input.evidenceIds,
    'body.evidenceIds',
  );
  const appealId = deduction.appealId ?? newId(at);
  const stamp = at.toISOString();
  if (!orphan) await claimForAppeal(deductionId, appealId, stamp);
  let data: AppealItem;
  try {
    ({ data } = await agencyAppeal
      .create({
        appealId,
        deductionId,
        agencyId: deduction.agencyId,
        agencyName: deduction.agencyName,
        issuingDistrictId: deduction.issuingDistrictId,
        statement: input.statement,
        evidenceIds,
        status: 'pending',
        version: 1,
        createdBy: principal.userId,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .go());
  } catch (error) {
    // two retries completing one orphaned claim: the first wrote the appeal
    if (isConditionFailure(error))
      throw new ConflictError('APPEAL_EXISTS', '该扣分已提出过申诉，不能重复申诉');
    throw error;
  }
  const item = data as AppealItem;
  return { item, audit: appealAuditOf('appeal', item, null, '中介机构提出申诉') };
}

/** Whether the deduction's appeal claim has no appeal: a crash between the claim and the appeal's put. */
async function orphanClaim(appealId: string): Promise<boolean> {
  const { data } = await agencyAppeal.get({ appealId }).go({ consistent: true });
  return data === null;
}

/** One appeal per deduction: the deduction claims it, conditional on no appeal yet and live. */
async function claimForAppeal(deductionId: string, appealId: string, stamp: string) {
  try {
    await agencyDeduction
      .patch({ deductionId })
      .set({ appealId, appealStatus: 'pending', updatedAt: stamp })
      .where((a, op) => `${op.notExists(a.appealId)} AND ${op.eq(a.status, 'live')}`)
      .go();
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('APPEAL_EXISTS', '该扣分已提出过申诉或已撤销，不能申诉');
    throw error;
  }
}

/** Who sees an appeal: as its deduction (the issuing district, the city, the agency's own user). */
export function maySeeAppeal(principal: Principal, item: AppealItem): boolean {
  if (principal.role === 'cityAdmin') return true;
  if (principal.role === 'agencyUser') return principal.agencyId === item.agencyId;
  return principal.role === 'districtAdmin' && principal.districtId === item.issuingDistrictId;
}

export async function visibleAppeal(principal: Principal, appealId: string): Promise<AppealItem> {
  const { data } = await agencyAppeal.get({ appealId }).go({ consistent: true });
  if (!data || !maySeeAppeal(principal, data)) throw appealNotFound();
  return data;
}

export async function appealsOf(deductionId: string): Promise<AppealItem[]> {
  const { data } = await agencyAppeal.query.byDeduction({ deductionId }).go({ pages: 'all' });
  return data;
}

/**
 * The issuing district's (or the city's) decision: pending → upheld | revoked, conditional on pending, so one
 * decision wins. Revoke then revokes the deduction (conditional on live: points come back exactly once). A crash
 * between the two leaves a revoked appeal over a live deduction: the same decision sent again completes it.
 */
export async function decideAppeal(principal: Principal, appealId: string, input: AppealDecision, at: Date) {
  const before = await visibleAppeal(principal, appealId);
  if (!mayDecide(principal, before))
    throw new ForbiddenError('只有作出扣分的辖市（区）或市级管理员可以处理此申诉');
  const status = input.outcome === 'revoke' ? ('revoked' as const) : ('upheld' as const);
  if (before.status !== 'pending') {
    const unfinished = before.status === 'revoked' && status === 'revoked';
    const done = unfinished ? await followDecision(before, principal, input.reason, at) : null;
    if (!done?.revoked) throw new ConflictError('APPEAL_DECIDED', '该申诉已处理，请刷新后查看');
    return decided(before, before, done);
  }
  const stamp = at.toISOString();
  let item: AppealItem;
  try {
    const { data } = await agencyAppeal
      .patch({ appealId })
      .set({
        status,
        issuingDistrictId: before.issuingDistrictId,
        decisionReason: input.reason,
        decidedBy: principal.userId,
        decidedAt: stamp,
        updatedAt: stamp,
      })
      .add({ version: 1 })
      .where((a, op) => op.eq(a.status, 'pending'))
      .go({ response: 'all_new' });
    item = data as AppealItem;
  } catch (error) {
    if (isConditionFailure(error)) throw new ConflictError('APPEAL_DECIDED', '该申诉已处理，请刷新后查看');
    throw error;
  }
  return decided(item, before, await followDecision(item, principal, input.reason, at));
}

/** The deduction after its appeal's decision: revoked if the appeal was (once), else marked upheld. */
async function followDecision(item: AppealItem, principal: Principal, reason: string, at: Date) {
  const { data: deduction } = await agencyDeduction
    .get({ deductionId: item.deductionId })
    .go({ consistent: true });
  let revoked: DeductionItem | null = null;
  if (deduction && item.status === 'revoked' && deduction.status === 'live') {
    try {
      revoked = await revokeItem(deduction, principal, `申诉成立：${reason}`, at, item.appealId);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error; // revoked meanwhile: its points came back once already
    }
  }
  if (deduction && !revoked && item.status !== 'pending')
    await agencyDeduction
      .patch({ deductionId: deduction.deductionId })
      .set({ appealStatus: item.status })
      .go();
  return { deduction, revoked };
}

/** One audit entry per call: the appeal's, naming what became of its deduction. */
function decided(
  item: AppealItem,
  before: AppealItem,
  outcome: { deduction: DeductionItem | null; revoked: DeductionItem | null },
) {
  const revokedNow = item.status === 'revoked';
  const summary = revokedNow ? '申诉成立，撤销扣分' : '申诉不成立，维持扣分';
  const audit = appealAuditOf(revokedNow ? 'revoke' : 'uphold', item, before, summary);
  const deductionStatus = (outcome.revoked ?? outcome.deduction)?.status ?? null;
  return {
    item,
    deduction: outcome.revoked,
    audit: { ...audit, after: { ...audit.after, deductionStatus } },
  };
}

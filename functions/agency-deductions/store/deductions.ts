import { type AgencyRule, currentRule } from '#functions/agencies/index';
import type { DeductionCreate } from '#functions/agency-deductions/schemas';
import { addToCounter } from '#functions/agency-deductions/store/counters';
import { agencyDeduction, type DeductionItem } from '#functions/agency-deductions/store/entities/deduction';
import { usableEvidence } from '#functions/agency-deductions/store/evidence';
import { decidableDeduction, deductibleAgency, issuerOf } from '#functions/agency-deductions/store/reach';
import { deductionAudit } from '#functions/agency-deductions/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

type Written = { item: DeductionItem; audit: AuditRecord };

const fieldError = (path: string, message: string, code: string) =>
  new ValidationError([{ path, message, code }], message);

const districtOfAudit = (item: DeductionItem) =>
  item.issuingDistrictId === 'city' ? null : item.issuingDistrictId;

export const deductionAuditOf = (
  action: AuditRecord['action'],
  item: DeductionItem,
  before: DeductionItem | null,
  summary: string,
): AuditRecord => ({
  action,
  entity: 'agencyDeduction',
  entityId: item.deductionId,
  districtId: districtOfAudit(item),
  before: before ? deductionAudit(before) : null,
  after: deductionAudit(item),
  summary: `${summary}：${item.agencyName} ${item.ruleCode} ${item.points} 分`,
});

/** The rule's fixed points, or within its range: else 400 points_out_of_range. */
function checkPoints(rule: AgencyRule, points: number) {
  const ranged = rule.pointsMin !== undefined && rule.pointsMax !== undefined;
  const fits = ranged
    ? points >= (rule.pointsMin ?? 0) && points <= (rule.pointsMax ?? 0)
    : points === rule.points;
  if (fits) return;
  const message = ranged
    ? `扣分须在该细则的 ${rule.pointsMin}～${rule.pointsMax} 分之间`
    : `该细则扣分固定为 ${rule.points} 分`;
  throw fieldError('body.points', message, 'points_out_of_range');
}

async function activeRule(code: string): Promise<AgencyRule> {
  const rule = await currentRule(code);
  if (!rule?.active) throw fieldError('body.ruleCode', '考评细则不存在或已停用', 'invalid_rule');
  return rule;
}

/**
 * A deduction by a district admin (of an agency registered or working in its district) or the city admin. The
 * item is written first (a put conditional on its new id), then the agency's counter of the year gets its
 * points: a crash between the two is drift the nightly repair fixes. Every check comes before any write.
 */
export async function createDeduction(
  principal: Principal,
  input: DeductionCreate,
  at: Date,
): Promise<Written> {
  const agency = await deductibleAgency(principal, input.agencyId);
  const rule = await activeRule(input.ruleCode);
  checkPoints(rule, input.points);
  if (input.date > businessDay(at)) throw fieldError('body.date', '扣分日期不能晚于今天', 'future_date');
  const evidenceIds = await usableEvidence(principal, agency.agencyId, input.evidenceIds, 'body.evidenceIds');
  const stamp = at.toISOString();
  const { data } = await agencyDeduction
    .create({
      deductionId: newId(at),
      agencyId: agency.agencyId,
      agencyName: agency.name,
      issuingDistrictId: issuerOf(principal),
      ruleCode: rule.code,
      ruleVersion: rule.version,
      ruleDescription: rule.description,
      ruleCategory: rule.category,
      rulePoints: rule.points,
      ...(rule.pointsMin !== undefined ? { rulePointsMin: rule.pointsMin } : {}),
      ...(rule.pointsMax !== undefined ? { rulePointsMax: rule.pointsMax } : {}),
      points: input.points,
      reason: input.reason,
      date: input.date,
      year: Number(input.date.slice(0, 4)),
      month: input.date.slice(0, 7),
      evidenceIds,
      status: 'live',
      version: 1,
      createdBy: principal.userId,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .go();
  const item = data as DeductionItem;
  await addToCounter(item.agencyId, item.year, item.points, 1);
  return { item, audit: deductionAuditOf('create', item, null, '中介机构扣分') };
}

/**
 * live → revoked, conditional on live: of concurrent revocations exactly one holds its condition, and only it
 * takes the points back from the counter. The others get 409 and write nothing.
 */
export async function revokeItem(
  before: DeductionItem,
  by: Principal,
  reason: string,
  at: Date,
  appealId?: string,
): Promise<DeductionItem> {
  let item: DeductionItem;
  try {
    const { data } = await agencyDeduction
      .patch({ deductionId: before.deductionId })
      .set({
        status: 'revoked',
        revokeReason: reason,
        revokedBy: by.userId,
        revokedAt: at.toISOString(),
        updatedAt: at.toISOString(),
        ...(appealId ? { revokedByAppealId: appealId, appealStatus: 'revoked' as const } : {}),
      })
      .add({ version: 1 })
      .where((a, op) => op.eq(a.status, 'live'))
      .go({ response: 'all_new' });
    item = data as DeductionItem;
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('DEDUCTION_REVOKED', '该扣分已被撤销，请刷新后查看');
    throw error;
  }
  await addToCounter(item.agencyId, item.year, -item.points, -1);
  return item;
}

export async function revokeDeduction(principal: Principal, deductionId: string, reason: string, at: Date) {
  const before = await decidableDeduction(principal, deductionId);
  if (before.status === 'revoked')
    throw new ConflictError('DEDUCTION_REVOKED', '该扣分已被撤销，请刷新后查看');
  const item = await revokeItem(before, principal, reason, at);
  return { item, audit: deductionAuditOf('revoke', item, before, '撤销中介机构扣分') };
}

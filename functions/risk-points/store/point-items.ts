import { NotFoundError } from '#functions/platform/errors';
import { maskPhone } from '#functions/platform/phone';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { isOverdue } from '#functions/risk-points/domain/schedule';
import type { RiskPoint } from '#functions/risk-points/schemas';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';

export async function getPointItem(riskPointId: string) {
  return (await riskPoint.get({ riskPointId }).go()).data ?? undefined;
}

export type RiskPointItem = NonNullable<Awaited<ReturnType<typeof getPointItem>>>;

/** Who may change a point: a manager in scope or a user of its own enterprise (town and grid read only). */
export function mayManage(principal: Principal, item: RiskPointItem): boolean {
  if (!['cityAdmin', 'districtAdmin', 'enterpriseUser'].includes(principal.role)) return false;
  return inScope(principal, item);
}

/**
 * A point as the API answers it, `overdue` at `at`. The responsible person's phone is personal data: in full
 * only on the detail for those who manage the point, masked everywhere else.
 */
export function pointView(item: RiskPointItem, at: Date, fullPhone = false): RiskPoint {
  const { riskPointId, version: _version, createdBy: _createdBy, responsible, ...rest } = item;
  const phone = fullPhone ? responsible.phone : maskPhone(responsible.phone);
  return {
    ...rest,
    id: riskPointId,
    responsible: { name: responsible.name, ...(phone ? { phone } : {}) },
    overdue: isOverdue(item, at),
  };
}

/** A point the caller may see, or 404 (out of scope looks like missing, DOMAIN.md). */
export async function visiblePoint(principal: Principal, riskPointId: string): Promise<RiskPointItem> {
  const item = await getPointItem(riskPointId);
  if (!item || !inScope(principal, item)) throw new NotFoundError();
  return item;
}

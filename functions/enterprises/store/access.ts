import { maskEnterprise, showsFullPhones } from '#functions/enterprises/domain/view';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { toEnterprise } from '#functions/enterprises/store/records';
import { districtName } from '#functions/platform/districts';
import { ForbiddenError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

export const placementOf = (record: Enterprise) => ({ ...record, enterpriseId: record.id });

/** The enterprise if `principal` may see it; a missing or out-of-scope one is the same 404 (DOMAIN.md). */
export async function enterpriseInScope(principal: Principal, id: string): Promise<Enterprise> {
  const { data } = await enterprise.get({ id }).go({ consistent: true });
  const record = data && toEnterprise(data);
  if (!record || !inScope(principal, placementOf(record))) throw new NotFoundError();
  return record;
}

/**
 * Writes are for the city and for a district admin inside its district. Putting an enterprise into another
 * district is a 403, not a 404: the 7 districts are public, so naming the rule leaks nothing and says what to do.
 */
export function assertMayWriteTo(principal: Principal, districtId: string): void {
  if (principal.role === 'cityAdmin') return;
  if (principal.role !== 'districtAdmin')
    throw new ForbiddenError('只有市、辖市（区）管理员可以维护企业信息');
  if (principal.districtId !== districtId)
    throw new ForbiddenError(`只能维护本辖区（${districtName(principal.districtId ?? '') ?? '未知'}）的企业`);
}

/** What `principal` sees of a record's detail: full phones for the roles that manage it, masked otherwise. */
export function detailFor(principal: Principal, record: Enterprise): Enterprise {
  return showsFullPhones(principal.role) ? record : maskEnterprise(record);
}

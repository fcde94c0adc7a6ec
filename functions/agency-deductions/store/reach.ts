import { type Agency, agencyReach, getAgency } from '#functions/agencies/index';
import { CITY_ISSUER } from '#functions/agency-deductions/domain/window';
import { agencyDeduction, type DeductionItem } from '#functions/agency-deductions/store/entities/deduction';
import { ForbiddenError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

export const agencyNotFound = () => new NotFoundError('中介机构不存在或不在您的管辖范围内');
export const deductionNotFound = () => new NotFoundError('扣分记录不存在或无权查看');

/** The issuing district of the principal's deductions: its district, or `city` for the city admin. */
export const issuerOf = (principal: Principal): string =>
  principal.role === 'cityAdmin' ? CITY_ISSUER : (principal.districtId ?? '');

/** The agency if the principal may deduct it (agencyReach 'manage'), else 404. */
export async function deductibleAgency(principal: Principal, agencyId: string): Promise<Agency> {
  const agency = await getAgency(agencyId);
  if (!agency || agencyReach(principal, agency) !== 'manage') throw agencyNotFound();
  return agency;
}

/** The agency if the principal reaches it at all (manage or read), else 404. */
export async function readableAgency(principal: Principal, agencyId: string): Promise<Agency> {
  const agency = await getAgency(agencyId);
  if (!agency || agencyReach(principal, agency) === 'none') throw agencyNotFound();
  return agency;
}

/**
 * Who sees a deduction: the city admin all; a district admin those it issued and those of agencies it reaches;
 * an agency user its own agency's.
 */
export async function maySeeDeduction(principal: Principal, item: DeductionItem): Promise<boolean> {
  if (principal.role === 'cityAdmin') return true;
  if (principal.role === 'agencyUser') return principal.agencyId === item.agencyId;
  if (principal.role !== 'districtAdmin' || !principal.districtId) return false;
  if (item.issuingDistrictId === principal.districtId) return true;
  const agency = await getAgency(item.agencyId);
  return agency !== null && agencyReach(principal, agency) === 'manage';
}

/** The deduction if the principal may see it, else 404 (a consistent read: the revocation's condition follows). */
export async function visibleDeduction(principal: Principal, deductionId: string): Promise<DeductionItem> {
  const { data } = await agencyDeduction.get({ deductionId }).go({ consistent: true });
  if (!data || !(await maySeeDeduction(principal, data))) throw deductionNotFound();
  return data;
}

/** Whether the principal issued the deduction's district (or is the city admin): it revokes and decides. */
export const mayDecide = (principal: Principal, item: { issuingDistrictId: string }): boolean =>
  principal.role === 'cityAdmin' ||
  (principal.role === 'districtAdmin' && item.issuingDistrictId === principal.districtId);

/** The deduction if the principal may revoke it: seen (else 404) and issued by its district (else 403). */
export async function decidableDeduction(principal: Principal, deductionId: string): Promise<DeductionItem> {
  const item = await visibleDeduction(principal, deductionId);
  if (!mayDecide(principal, item))
    throw new ForbiddenError('只有作出扣分的辖市（区）或市级管理员可以撤销此扣分');
  return item;
}

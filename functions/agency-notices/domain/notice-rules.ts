import { districtName } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';

/** The city bureau's issuer id: a city notice may group any district's deductions. */
export const CITY_ISSUER = 'city';
export const CITY_ISSUER_NAME = '常州市应急管理局';

export const issuerName = (issuerId: string): string =>
  issuerId === CITY_ISSUER ? CITY_ISSUER_NAME : (districtName(issuerId) ?? issuerId);

/** What a notice needs for the rules below. */
export interface NoticeFacts {
  issuerId: string;
  status: 'draft' | 'published';
  agencyIds: readonly string[];
}

/** The city admin manages every notice; a district admin its own district's. */
export function mayManageNotice(principal: Principal, notice: Pick<NoticeFacts, 'issuerId'>): boolean {
  if (principal.role === 'cityAdmin') return true;
  return (
    principal.role === 'districtAdmin' && !!principal.districtId && principal.districtId === notice.issuerId
  );
}

/** Managers read what they manage; an agency user reads published notices that name its agency. */
export function mayReadNotice(principal: Principal, notice: NoticeFacts): boolean {
  if (mayManageNotice(principal, notice)) return true;
  return (
    principal.role === 'agencyUser' &&
    notice.status === 'published' &&
    !!principal.agencyId &&
    notice.agencyIds.includes(principal.agencyId)
  );
}

/**
 * The deductions a notice of `issuerId` may group: a district's notice only those its district issued (a
 * district reports its own findings), a city notice any district's.
 */
export function mayGroupDeduction(issuerId: string, deduction: { issuingDistrictId: string }): boolean {
  return issuerId === CITY_ISSUER || deduction.issuingDistrictId === issuerId;
}

/** A deduction no longer counts once revoked (H2's status; anything else is live). */
export const isRevoked = (deduction: { status: string }): boolean => deduction.status === 'revoked';

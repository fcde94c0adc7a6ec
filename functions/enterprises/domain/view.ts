import type { Enterprise, EnterpriseView } from '#functions/enterprises/schemas/enterprises';
import type { OrgDirectory } from '#functions/org/index';
import { districtName } from '#functions/platform/districts';
import { maskPhone } from '#functions/platform/phone';

type Contact = Enterprise['principal'];

const masked = (contact: Contact): Contact => ({ name: contact.name, phone: maskPhone(contact.phone) });

/** The enterprise with its contacts' phones masked (138****1234), as lists and non-managing roles see it. */
export function maskEnterprise(enterprise: Enterprise): Enterprise {
  return {
    ...enterprise,
    principal: masked(enterprise.principal),
    ...(enterprise.safetyContact ? { safetyContact: masked(enterprise.safetyContact) } : {}),
  };
}

/** Roles that manage enterprises see full phone numbers on a record's detail; everyone else sees them masked. */
export function showsFullPhones(role: string): boolean {
  return role === 'cityAdmin' || role === 'districtAdmin';
}

/**
 * The enterprise as the API answers it: with the names of its district, town and grid (`gridName` null outside
 * the grid). A town or grid missing from `directory` (it cannot be deleted while it has enterprises) shows its id.
 */
export function namedEnterprise(enterprise: Enterprise, directory: OrgDirectory): EnterpriseView {
  const { districtId, townId, gridId } = enterprise;
  return {
    ...enterprise,
    districtName: districtName(districtId) ?? districtId,
    townName: directory.town(townId)?.name ?? townId,
    gridName: gridId === null ? null : (directory.grid(gridId)?.name ?? gridId),
  };
}

import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
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

import { enterpriseInputSchema } from '#functions/enterprises/schemas/enterprises';
import { optionalText, requiredText, zodFormValidator } from '../forms/zodValidation';

type Values = Record<string, unknown>;

const contactOf = (value: unknown) => {
  const contact = (value ?? {}) as Values;
  return { name: requiredText(contact.name), phone: requiredText(contact.phone) };
};

/**
 * Form values → the body of POST/PUT /api/enterprises: empty optional text left out, 网格外 as null, a safety
 * contact only when one of its fields is filled. Used as the form's `transform` and before validation.
 */
export function toEnterpriseInput(values: Values): Values {
  const safety = (values.safetyContact ?? {}) as Values;
  const hasSafety = optionalText(safety.name) !== undefined || optionalText(safety.phone) !== undefined;
  return {
    creditCode: requiredText(values.creditCode),
    name: requiredText(values.name),
    districtId: requiredText(values.districtId),
    townId: requiredText(values.townId),
    gridId: optionalText(values.gridId) ?? null,
    industry: requiredText(values.industry),
    status: optionalText(values.status) ?? '正常生产',
    flags: Array.isArray(values.flags) ? values.flags : [],
    address: optionalText(values.address),
    principal: contactOf(values.principal),
    safetyContact: hasSafety ? contactOf(safety) : undefined,
  };
}

/** The API's enterprise schema, credit-code check character included (functions/domain/credit-code.ts). */
export const validateEnterprise = zodFormValidator(enterpriseInputSchema, toEnterpriseInput);

/** Credit codes are printed upper-case; typing lower-case is a slip, not a different code. */
export const upperCase = (value: string) => (value ? value.toUpperCase() : null);

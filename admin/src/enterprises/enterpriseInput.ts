import { normalizeCreditCode } from '#functions/enterprises/domain/credit-code';
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

/**
 * The credit-code input keeps what the API validates: a paste loses its spaces (full-width ones too) as it
 * lands, and lower case is upper-cased, since codes are printed upper-case and typing lower-case is a slip.
 */
export const creditCodeInput = (value: string) => (value ? normalizeCreditCode(value).toUpperCase() : null);

/** A code the API refused as registered: its message, and the holder when the caller may see it. */
export interface DuplicateCode {
  creditCode: string;
  message: string;
  existingId?: string;
}

/** What a failed save says about a duplicate `creditCode` (409 `DUPLICATE_CREDIT_CODE`), if that was the failure. */
export function duplicateCodeOf(error: unknown, creditCode: string): DuplicateCode | undefined {
  type Answer = { body?: { error?: { code?: string; message?: unknown; existingId?: unknown } } };
  const answer = (error as Answer | null)?.body?.error;
  if (answer?.code !== 'DUPLICATE_CREDIT_CODE' || typeof answer.message !== 'string') return undefined;
  const existingId = typeof answer.existingId === 'string' ? answer.existingId : undefined;
  return { creditCode, message: answer.message, ...(existingId ? { existingId } : {}) };
}

/**
 * The form's validation, plus the API's answer about a code it refused as registered: the field keeps that
 * message while it holds the code (re-validation would otherwise clear it), and the same code is not sent again.
 */
export function validateEnterpriseKnowing(duplicate: DuplicateCode | undefined) {
  return (values: Values) => {
    const errors = validateEnterprise(values);
    const code = creditCodeInput(String(values.creditCode ?? ''));
    if (duplicate && code === duplicate.creditCode && !errors.creditCode)
      return { ...errors, creditCode: duplicate.message };
    return errors;
  };
}

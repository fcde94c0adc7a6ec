import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

// The same messages as the API gives (functions/lib/http/validate.ts configures zod the same way).
z.config(zhCN());

type FormErrors = { [field: string]: string | FormErrors };

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], values);
}

function setError(errors: FormErrors, path: readonly PropertyKey[], message: string): void {
  let node = errors;
  path.slice(0, -1).forEach((key) => {
    const child = node[String(key)];
    if (typeof child === 'object') node = child;
    else node = node[String(key)] = {};
  });
  const last = String(path.at(-1) ?? '');
  if (node[last] === undefined) node[last] = message; // the first problem of a field is the one to fix first
}

/**
 * A react-admin form `validate` that checks the values with the API's own zod schema, so that the console
 * refuses exactly what the API would (credit-code check character, phone pattern, enums), with its messages.
 * `prepare` turns form values into the request body first (the same function the form's `transform` uses).
 * An empty required field says 必填 rather than the schema's message for a wrong value.
 */
export function zodFormValidator<T>(
  schema: z.ZodType<T>,
  prepare: (values: Record<string, unknown>) => unknown,
) {
  return (values: Record<string, unknown>): FormErrors => {
    const body = prepare(values);
    const parsed = schema.safeParse(body);
    const errors: FormErrors = {};
    if (parsed.success) return errors;
    for (const issue of parsed.error.issues) {
      if (issue.path.length === 0) continue;
      const message = isEmpty(valueAt(body, issue.path)) ? 'ra.validation.required' : issue.message;
      setError(errors, issue.path, message);
    }
    return errors;
  };
}

/** A text value as the API wants it: trimmed, and left out when empty (react-admin gives null for ''). */
export function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A required text value: '' rather than null, so that the schema's length message applies. */
export function requiredText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

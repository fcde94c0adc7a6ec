import { userCreateSchema, userUpdateSchema } from '#functions/identity/schemas/users';
import type { Role } from '#functions/platform/manifest-types';
import { scopeFieldsOf } from '../auth/roles';
import { optionalText, requiredText, zodFormValidator } from '../forms/zodValidation';

type Values = Record<string, unknown>;
const scopeFields = ['districtId', 'townId', 'gridId', 'enterpriseId', 'agencyId'] as const;

/**
 * Form values → the body of PUT /api/users/{id}: only the scope fields the role carries (a town officer keeps
 * its district and town, loses any grid or enterprise left from another role), 主要负责人 only for enterprises.
 */
export function toUserUpdate(values: Values): Values {
  const role = requiredText(values.role) as Role;
  const needed: readonly string[] = scopeFieldsOf[role] ?? [];
  const body: Values = {
    name: requiredText(values.name),
    phone: requiredText(values.phone),
    role,
    isPrincipal: role === 'enterpriseUser' && values.isPrincipal === true,
  };
  for (const field of scopeFields) if (needed.includes(field)) body[field] = optionalText(values[field]);
  return body;
}

/** POST /api/users adds the login name and the initial password. */
export function toUserCreate(values: Values): Values {
  return {
    username: requiredText(values.username),
    password: typeof values.password === 'string' ? values.password : '',
    ...toUserUpdate(values),
  };
}

type Errors = Record<string, string>;

/** The schema leaves scope fields optional; the role decides which it needs, so the form asks for them. */
function withScopeRequired(validate: (values: Values) => object, prepare: (values: Values) => Values) {
  return (values: Values) => {
    const errors = validate(values) as Errors;
    const body = prepare(values);
    const role = body.role as Role;
    for (const field of scopeFieldsOf[role] ?? [])
      if (!body[field]) errors[field] ??= 'ra.validation.required';
    return errors;
  };
}

export const validateUserCreate = withScopeRequired(
  zodFormValidator(userCreateSchema, toUserCreate),
  toUserCreate,
);
export const validateUserUpdate = withScopeRequired(
  zodFormValidator(userUpdateSchema, toUserUpdate),
  toUserUpdate,
);

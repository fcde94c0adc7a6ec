import * as z from 'zod';
import { roleSchema, scopeSchema } from '#functions/platform/schemas/scope';

export const loginSchema = z.object({
  username: z.string().trim().min(1, { error: '请输入用户名' }).max(64),
  password: z.string().min(1, { error: '请输入密码' }).max(128),
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  scope: scopeSchema,
  isPrincipal: z.boolean(),
  mustChangePassword: z.boolean(),
  phone: z.string().optional(),
});
export type Me = z.infer<typeof meSchema>;

export const loginResultSchema = z.object({ token: z.string(), expiresAt: z.string(), user: meSchema });

/** A password change ends every older token; the caller's session goes on with this one. */
export const sessionTokenSchema = z.object({ token: z.string(), expiresAt: z.string() });

/** At least 8 characters with letters and digits: the bar for accounts that see 33,000 enterprises. */
export const newPasswordSchema = z
  .string()
  .min(8, { error: '密码至少 8 位' })
  .max(128)
  .regex(/[A-Za-z]/, { error: '密码须包含字母' })
  .regex(/\d/, { error: '密码须包含数字' });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: '请输入当前密码' }).max(128),
  newPassword: newPasswordSchema,
});

export const jwksSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });
export const openIdConfigurationSchema = z.object({ issuer: z.string(), jwks_uri: z.string() });

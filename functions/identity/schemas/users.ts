import * as z from 'zod';
import { newPasswordSchema } from '#functions/identity/schemas/auth';
import { pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { mobileSchema } from '#functions/platform/schemas/people';
import {
  districtIdSchema,
  queryTextSchema,
  recordIdSchema,
  roleSchema,
} from '#functions/platform/schemas/scope';

/** A user as lists show it: phone masked. Detail adds the full phone for roles that manage the user. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  districtId: z.string().optional(),
  townId: z.string().optional(),
  gridId: z.string().optional(),
  enterpriseId: z.string().optional(),
  agencyId: z.string().optional(),
  isPrincipal: z.boolean(),
  phone: z.string().optional(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lockedUntil: z.string().optional().meta({ description: '登录锁定到何时（仅详情）' }),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  role: roleSchema.optional(),
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  disabled: queryBoolean.optional(),
  q: queryTextSchema(32).optional(),
});

const userFields = {
  name: z.string().trim().min(1, { error: '请填写姓名' }).max(32),
  phone: mobileSchema,
  role: roleSchema,
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  gridId: recordIdSchema.optional(),
  enterpriseId: recordIdSchema.optional(),
  agencyId: recordIdSchema.optional(),
  isPrincipal: z.boolean().default(false),
};

export const userCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, {
      error: '用户名为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头',
    }),
  password: newPasswordSchema,
  ...userFields,
});

export const userUpdateSchema = z.object(userFields);

export const userStatusSchema = z.object({ disabled: z.boolean() });

export const passwordResetResultSchema = z.object({
  temporaryPassword: z.string().meta({ description: '只显示一次；用户下次登录后须修改' }),
});

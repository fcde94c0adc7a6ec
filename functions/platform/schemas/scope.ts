import * as z from 'zod';
import { districtIds } from '#functions/platform/districts';
import { roles } from '#functions/platform/manifest-types';

/** Schemas every capability shares: who a caller is and where a record sits in the organization. */
export const roleSchema = z.enum(roles);

export const districtIdSchema = z.enum(districtIds, { error: '请选择辖市（区）' });

/** The id of another record (a town, a grid, an enterprise, a user): 1..64 characters, never blank. */
export const recordIdSchema = z
  .string({ error: '编号须为文本' })
  .min(1, { error: '编号不能为空' })
  .max(64, { error: '编号不能超过 64 个字符' });

/** A free-text filter of a list query: trimmed, not blank (an empty filter is refused, not ignored). */
export const queryTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '筛选条件不能为空' })
    .max(max, { error: `筛选条件不能超过 ${max} 个字符` });

export const scopeSchema = z.object({
  districtId: z.string().optional(),
  townId: z.string().optional(),
  gridId: z.string().optional(),
  enterpriseId: z.string().optional(),
});

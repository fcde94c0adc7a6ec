import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

export const districtSchema = z.object({ id: z.string(), name: z.string(), code: z.string() });

const nameSchema = z.string().trim().min(1, { error: '请填写名称' }).max(64);

export const townSchema = z.object({
  id: z.string(),
  districtId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const townListQuerySchema = pageQuerySchema.extend({ districtId: districtIdSchema.optional() });
export const townCreateSchema = z.object({ districtId: districtIdSchema, name: nameSchema });
export const townUpdateSchema = z.object({ name: nameSchema });

export const gridSchema = z.object({
  id: z.string(),
  districtId: z.string(),
  townId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const gridListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
});
export const gridCreateSchema = z.object({
  townId: z.string().min(1, { error: '请选择镇（街道）' }).max(64),
  name: nameSchema,
});
export const gridUpdateSchema = z.object({ name: nameSchema });

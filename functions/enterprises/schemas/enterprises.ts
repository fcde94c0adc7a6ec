import * as z from 'zod';
import {
  creditCodeMessages,
  creditCodeProblem,
  normalizeCreditCode,
} from '#functions/enterprises/domain/credit-code';
import { enterpriseFlags, enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { contactSchema, maskedContactSchema } from '#functions/platform/schemas/people';
import { districtIdSchema, queryTextSchema, recordIdSchema } from '#functions/platform/schemas/scope';

export const industrySchema = z.enum(industries, {
  error: '行业须为：冶金、有色、建材、机械、轻工、纺织、烟草、商贸之一',
});
export const enterpriseStatusSchema = z.enum(enterpriseStatuses, {
  error: '状态须为：正常生产、停产、关闭之一',
});
export const enterpriseFlagSchema = z.enum(enterpriseFlags);

/** Validated as pasted codes are meant: spaces (U+3000 too) removed, full-width characters read as ASCII. */
export const creditCodeSchema = z
  .string()
  .overwrite(normalizeCreditCode)
  .superRefine((code, context) => {
    const problem = creditCodeProblem(code);
    if (problem)
      context.addIssue({ code: 'custom', message: creditCodeMessages[problem], params: { problem } });
  });

const enterpriseFields = {
  creditCode: creditCodeSchema,
  name: z.string().trim().min(2, { error: '企业名称至少 2 个字' }).max(100),
  districtId: districtIdSchema,
  townId: z.string().min(1, { error: '请选择镇（街道）' }).max(64),
  /** null = outside the grid (网格外). */
  gridId: z.string().min(1).max(64).nullable().default(null),
  industry: industrySchema,
  status: enterpriseStatusSchema.default('正常生产'),
  flags: z
    .array(enterpriseFlagSchema)
    .max(3)
    .refine((flags) => new Set(flags).size === flags.length, { error: '企业标记不能重复' })
    .default([]),
  address: z.string().trim().max(200).optional(),
  principal: contactSchema,
  safetyContact: contactSchema.optional(),
};

export const enterpriseInputSchema = z.object(enterpriseFields);
export type EnterpriseInput = z.infer<typeof enterpriseInputSchema>;

/** An enterprise as stored: what the store, the audit log, the filters and the spreadsheets work with. */
export const enterpriseRecordSchema = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().nullable(),
  industry: z.string(),
  status: z.string(),
  flags: z.array(z.string()),
  address: z.string().optional(),
  principal: maskedContactSchema,
  safetyContact: maskedContactSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enterprise = z.infer<typeof enterpriseRecordSchema>;

/**
 * An enterprise as the API answers it (lists, detail, writes): the record with the names of its district, town
 * and grid, so that no client needs the org routes (an enterprise user may not read them) or one read per row.
 */
export const enterpriseSchema = enterpriseRecordSchema.extend({
  districtName: z.string().meta({ description: '辖市（区）名称' }),
  townName: z.string().meta({ description: '镇（街道）名称' }),
  gridName: z.string().nullable().meta({ description: '网格名称；null 为网格外' }),
});
export type EnterpriseView = z.infer<typeof enterpriseSchema>;

/** Filters of the enterprise list; `gridId=none` lists the enterprises outside the grid. */
export const enterpriseFilterSchema = z.object({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  gridId: recordIdSchema.optional(),
  industry: industrySchema.optional(),
  status: enterpriseStatusSchema.optional(),
  flag: enterpriseFlagSchema.optional(),
  q: queryTextSchema(50).optional(),
});
export type EnterpriseFilter = z.infer<typeof enterpriseFilterSchema>;

/** Lists always mask phones (QUALITY.md); full numbers are only on a record's detail, for the roles managing it. */
export const enterpriseListQuerySchema = pageQuerySchema.extend(enterpriseFilterSchema.shape);

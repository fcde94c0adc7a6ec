import * as z from 'zod';
import {
  hazardLevels,
  hazardSources,
  hazardStatuses,
  majorCategoryCodes,
  reviewDecisions,
} from '#functions/hazards/domain/kinds';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema, roleSchema } from '#functions/platform/schemas/scope';

export const hazardLevelSchema = z.enum(hazardLevels, { error: '隐患等级须为一般隐患或重大隐患' });
export const hazardStatusSchema = z.enum(hazardStatuses, { error: '状态须为待整改、待验收或已闭环' });
export const hazardSourceSchema = z.enum(hazardSources, {
  error: '来源须为扫码自查、网格巡查、自查清单、监管检查或百日清零',
});
export const majorCategorySchema = z.enum(majorCategoryCodes, {
  error: '请从《工贸企业重大事故隐患判定标准》的类别中选择',
});

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

const photoIdList = (min: number) =>
  z
    .array(recordIdSchema, { error: '照片须为编号列表' })
    .min(min, { error: '请至少上传 1 张照片' })
    .max(9, { error: '照片最多 9 张' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' });

/** A supervisor's finding (source `supervisor`); a major hazard names its category and a rectification plan. */
export const hazardCreateSchema = z
  .strictObject({
    enterpriseId: recordIdSchema,
    description: text('隐患描述', 500),
    level: hazardLevelSchema,
    majorCategory: majorCategorySchema.optional(),
    rectificationPlan: text('整改方案', 2000).optional(),
    photoIds: photoIdList(0).default([]),
  })
  .superRefine((input, context) => {
    if (input.level === 'major' && !input.majorCategory)
      context.addIssue({ code: 'custom', path: ['majorCategory'], message: '重大隐患请选择判定类别' });
    if (input.level === 'major' && !input.rectificationPlan)
      context.addIssue({ code: 'custom', path: ['rectificationPlan'], message: '重大隐患须填写整改方案' });
    if (input.level === 'general' && input.majorCategory)
      context.addIssue({ code: 'custom', path: ['majorCategory'], message: '一般隐患不选重大隐患类别' });
  });
export type HazardCreate = z.infer<typeof hazardCreateSchema>;

/** The enterprise's rectification: what was done and at least one verified photo of the result. */
export const rectificationSchema = z.strictObject({
  description: text('整改措施', 500),
  photoIds: photoIdList(1),
});
export type Rectification = z.infer<typeof rectificationSchema>;

/** A supervisor's acceptance check of a rectified hazard: close it, or send it back with the reason. */
export const reviewSchema = z.strictObject({
  decision: z.enum(reviewDecisions, { error: '请选择验收结论：通过（闭环）或退回整改' }),
  reason: text('验收意见', 500),
});
export type Review = z.infer<typeof reviewSchema>;

export const hazardListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  enterpriseId: recordIdSchema.optional(),
  status: hazardStatusSchema.optional(),
  level: hazardLevelSchema.optional(),
  source: hazardSourceSchema.optional(),
  /** Only OPEN hazards whose deadline has passed. */
  pastDeadline: z.literal('true', { error: '超期筛选只能为 true' }).optional(),
});
export type HazardListQuery = z.infer<typeof hazardListQuerySchema>;
export type HazardFilter = Omit<HazardListQuery, 'limit' | 'cursor'>;

export const historyEntrySchema = z.object({
  at: z.string(),
  action: z.enum(['create', 'rectify', 'close', 'reject']),
  from: hazardStatusSchema.nullable(),
  to: hazardStatusSchema,
  by: z.string(),
  byName: z.string(),
  role: roleSchema,
  note: z.string(),
  photoIds: z.array(z.string()).optional(),
});

/** A hazard as lists show it. */
export const hazardSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().nullable(),
  source: hazardSourceSchema,
  level: hazardLevelSchema,
  majorCategory: z.string().optional(),
  majorCategoryLabel: z.string().optional(),
  category: z.string().optional().meta({ description: '发现来源内的分类（巡查表检查项、清单条目）' }),
  findingRef: z.string().optional().meta({ description: '发现来源的记录（扫码、巡查、清单答复、清零名单）' }),
  description: z.string(),
  rectificationPlan: z.string().optional(),
  riskPointId: z.string().optional(),
  riskPointName: z.string().optional(),
  scanId: z.string().optional(),
  status: hazardStatusSchema,
  deadline: z.string().meta({ description: '整改期限（北京时间当日结束）' }),
  pastDeadline: z.boolean().meta({ description: '待整改且已过整改期限' }),
  photoIds: z.array(z.string()),
  rectification: z
    .object({ description: z.string(), photoIds: z.array(z.string()), at: z.string(), by: z.string() })
    .optional(),
  rejectReason: z.string().optional().meta({ description: '最近一次退回整改的理由（待整改时）' }),
  closedAt: z.string().optional(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Hazard = z.infer<typeof hazardSchema>;

export const hazardPhotoSchema = z.object({
  photoId: z.string(),
  url: z.string(),
  capturedAt: z.string().optional(),
  suspect: z.string().optional(),
  purpose: z.enum(['hazard', 'rectification']),
});

/** A hazard's detail: its history and a gallery of the photos the caller may see. */
export const hazardDetailSchema = hazardSchema.extend({
  history: z.array(historyEntrySchema),
  photos: z.array(hazardPhotoSchema),
});
export type HazardDetail = z.infer<typeof hazardDetailSchema>;

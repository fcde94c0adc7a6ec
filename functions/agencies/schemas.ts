import * as z from 'zod';
import { agencyStatuses, agencyTypes } from '#functions/agencies/domain/agency-types';
import { creditCodeSchema } from '#functions/platform/schemas/credit-code';
import { pageOf, pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { mobileSchema } from '#functions/platform/schemas/people';
import { districtIdSchema, queryTextSchema } from '#functions/platform/schemas/scope';

export const agencyTypeSchema = z.enum(agencyTypes, {
  error: '机构类型须为：安全评价、检测检验、咨询、培训、其他之一',
});
export const agencyStatusSchema = z.enum(agencyStatuses, { error: '状态须为：已登记、暂停、已注销之一' });

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

/** YYYY-MM-DD, a real calendar day. */
export const daySchema = z
  .string({ error: '日期须为 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期须为 YYYY-MM-DD' })
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    {
      error: '日期不存在，请核对',
    },
  );

const agencyFields = {
  name: z
    .string({ error: '机构名称须为文本' })
    .trim()
    .min(2, { error: '机构名称至少 2 个字' })
    .max(100, { error: '机构名称不能超过 100 个字' }),
  creditCode: creditCodeSchema,
  type: agencyTypeSchema,
  districtId: districtIdSchema,
  /** The registered district is always among them (added when missing). */
  workDistrictIds: z
    .array(districtIdSchema, { error: '请选择从业区域' })
    .max(7, { error: '从业区域最多 7 个' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '从业区域不能重复' })
    .default([]),
  certificateNo: text('资质证书编号', 64),
  certificateExpiry: daySchema,
  contactName: text('联系人', 32),
  contactPhone: mobileSchema,
  status: agencyStatusSchema.default('registered'),
};

export const agencyCreateSchema = z.object(agencyFields);
export type AgencyCreate = z.infer<typeof agencyCreateSchema>;
export const agencyUpdateSchema = z.object(agencyFields);
export type AgencyUpdate = z.infer<typeof agencyUpdateSchema>;

export const agencySchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.string(),
  creditCode: z.string(),
  type: agencyTypeSchema,
  districtId: z.string(),
  workDistrictIds: z.array(z.string()),
  certificateNo: z.string(),
  certificateExpiry: z.string(),
  contactName: z.string(),
  contactPhone: z.string().meta({ description: '联系人手机（列表中打码，详情中完整）' }),
  status: agencyStatusSchema,
  year: z.number().int().meta({ description: '得分所属年度（北京时间）' }),
  score: z.number().meta({ description: '本年度得分（基础分 100 减去本年度有效扣分，不低于 0）' }),
  listed: z.boolean().meta({ description: '是否符合公告条件（已登记、证书有效、得分 ≥ 80）' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgencyView = z.infer<typeof agencySchema>;

export const agencyListQuerySchema = pageQuerySchema.extend({
  q: queryTextSchema(60).optional(),
  type: agencyTypeSchema.optional(),
  /** Registered in or working in this district. */
  districtId: districtIdSchema.optional(),
  status: agencyStatusSchema.optional(),
  listed: queryBoolean.optional(),
});
export type AgencyListQuery = z.infer<typeof agencyListQuerySchema>;

/* ---- 考评细则 ---- */

export const ruleCodeSchema = z
  .string({ error: '细则编号须为文本' })
  .trim()
  .regex(/^[A-Z]{1,3}-\d{2,3}$/, { error: '细则编号格式如 A-01（大写字母-两位或三位数字）' });

const points = (label: string) =>
  z
    .number({ error: `${label}须为数字` })
    .int({ error: `${label}须为整数` })
    .min(1, { error: `${label}至少 1 分` })
    .max(100, { error: `${label}不能超过 100 分` });

const ruleFields = z.object({
  description: text('细则内容', 500),
  category: text('类别', 40),
  points: points('扣分').optional(),
  pointsMin: points('最低扣分').optional(),
  pointsMax: points('最高扣分').optional(),
  active: z.boolean({ error: '启用状态须为是或否' }).default(true),
});

/** Fixed points, or a range min < max; never both. `points` is 0 in the stored rule when it has a range. */
const withPoints = <T extends z.infer<typeof ruleFields>>(rule: T, context: z.RefinementCtx) => {
  const ranged = rule.pointsMin !== undefined || rule.pointsMax !== undefined;
  if (rule.points !== undefined && ranged)
    context.addIssue({ code: 'custom', path: ['points'], message: '固定扣分与扣分范围只能填写一种' });
  else if (!ranged && rule.points === undefined)
    context.addIssue({ code: 'custom', path: ['points'], message: '请填写扣分或扣分范围' });
  else if (ranged && (rule.pointsMin === undefined || rule.pointsMax === undefined))
    context.addIssue({ code: 'custom', path: ['pointsMax'], message: '扣分范围须同时填写最低与最高扣分' });
  else if (ranged && (rule.pointsMin ?? 0) >= (rule.pointsMax ?? 0))
    context.addIssue({ code: 'custom', path: ['pointsMax'], message: '最高扣分须大于最低扣分' });
};

export const ruleUpdateSchema = ruleFields.superRefine(withPoints);
export type RuleUpdate = z.infer<typeof ruleUpdateSchema>;
export const ruleCreateSchema = ruleFields.extend({ code: ruleCodeSchema }).superRefine(withPoints);
export type RuleCreate = z.infer<typeof ruleCreateSchema>;

export const ruleCodeParamsSchema = z.object({ code: ruleCodeSchema });

export const agencyRuleSchema = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  description: z.string(),
  category: z.string(),
  points: z.number().meta({ description: '固定扣分；有扣分范围时为 0' }),
  pointsMin: z.number().optional(),
  pointsMax: z.number().optional(),
  active: z.boolean(),
  updatedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const agencyRuleDetailSchema = agencyRuleSchema.extend({
  versions: z.array(agencyRuleSchema).meta({ description: '历史版本（新的在前，含当前版本）' }),
});
export const agencyRuleListSchema = pageOf(agencyRuleSchema);

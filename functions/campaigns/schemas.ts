import * as z from 'zod';
import { pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/**
 * 自查清单 (self-check campaigns): the contract of the routes, shared with the console and the phone page. The
 * enterprise value lists are repeated here (the console imports this file, and the enterprises index loads its
 * stores); tests/unit/campaigns/campaign-schemas.test.ts keeps them equal to the enterprises' own.
 */
export const campaignIndustries = ['冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸'] as const;
export const campaignEnterpriseStatuses = ['正常生产', '停产', '关闭'] as const;
export const campaignFlags = ['dust', 'nonCoalMine', 'listingReserve'] as const;

/** An answer to one checklist item: 符合 / 不符合 / 不涉及. */
export const checkResults = ['pass', 'fail', 'na'] as const;
export type CheckResult = (typeof checkResults)[number];
export const checkResultLabels: Record<CheckResult, string> = { pass: '符合', fail: '不符合', na: '不涉及' };

export const campaignStatuses = ['draft', 'sending', 'sent'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

const day = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

/** Which enterprises a campaign goes to: the enterprise list's filters (one value each; absent = all). */
export const targetFilterSchema = z.strictObject({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  industry: z.enum(campaignIndustries, { error: '行业无效' }).optional(),
  status: z.enum(campaignEnterpriseStatuses, { error: '企业状态无效' }).optional(),
  flag: z.enum(campaignFlags, { error: '企业标签无效' }).optional(),
});
export type TargetFilter = z.infer<typeof targetFilterSchema>;

/** GET /api/campaign-targets/count: the same filter in the query string (strict: a stray `limit` is refused). */
export const targetCountQuerySchema = targetFilterSchema;

export const targetCountSchema = z.object({
  total: z.number().int(),
  byDistrict: z.array(z.object({ districtId: z.string(), count: z.number().int() })),
  asOf: z.iso
    .datetime()
    .optional()
    .meta({ description: '按统计快照计数时的统计时间（UTC）；缺省 = 实时计数。发送时按实际名单记录' }),
});
export type TargetCount = z.infer<typeof targetCountSchema>;

export const campaignCreateSchema = z.strictObject({
  title: z
    .string({ error: '请填写清单名称' })
    .trim()
    .min(2, { error: '清单名称至少 2 个字' })
    .max(40, { error: '清单名称不能超过 40 个字' }),
  items: z
    .array(
      z.strictObject({
        text: z
          .string({ error: '检查项须为文本' })
          .trim()
          .min(2, { error: '检查项至少 2 个字' })
          .max(200, { error: '检查项不能超过 200 个字' }),
      }),
      { error: '检查项须为列表' },
    )
    .min(1, { error: '请至少添加一个检查项' })
    .max(50, { error: '检查项最多 50 个' }),
  filter: targetFilterSchema,
  /** The last Asia/Shanghai day answers are accepted (inclusive). */
  deadline: day,
  /** Days before the deadline the reminder goes to those not done. */
  reminderDays: z
    .number({ error: '提醒天数须为数字' })
    .int({ error: '提醒天数须为整数' })
    .min(1, { error: '提醒天数须为 1–30 天' })
    .max(30, { error: '提醒天数须为 1–30 天' })
    .default(3),
});
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

export const campaignItemSchema = z.object({ itemId: z.string(), text: z.string() });

export const districtProgressSchema = z.object({
  districtId: z.string(),
  sent: z.number().int(),
  submitted: z.number().int(),
  /** submitted / sent in percent, two decimals; null while nothing was sent. */
  rate: z.number().nullable(),
});
export type DistrictProgress = z.infer<typeof districtProgressSchema>;

export const campaignSchema = z.object({
  /** = campaignId (the console's records need an id). */
  id: z.string(),
  campaignId: z.string(),
  title: z.string(),
  items: z.array(campaignItemSchema),
  filter: targetFilterSchema,
  deadline: z.string(),
  reminderDays: z.number().int(),
  status: z.enum(campaignStatuses),
  /** Past its deadline (北京时间): answers are refused. */
  closed: z.boolean(),
  /** A district's own campaign; absent = the city's. */
  ownerDistrictId: z.string().optional(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  sendStartedAt: z.string().optional(),
  sentAt: z.string().optional(),
  /** Targets recorded so far (the send's progress); equals the target count once sent. */
  sent: z.number().int(),
  submitted: z.number().int(),
  rate: z.number().nullable(),
  /** Only on the detail: per district, restricted to the caller's scope. */
  progress: z.array(districtProgressSchema).optional(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignListQuerySchema = pageQuerySchema.extend({
  status: z.enum(campaignStatuses, { error: '状态须为草稿、发送中或已发送' }).optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

export const answerSchema = z.object({
  itemId: z.string(),
  result: z.enum(checkResults),
  note: z.string().optional(),
  photoIds: z.array(z.string()),
  hazardId: z.string().optional(),
});

export const targetSchema = z.object({
  /** = enterpriseId: a target is one enterprise of the campaign (the console's rows need an id). */
  id: z.string(),
  campaignId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  sentAt: z.string(),
  submittedAt: z.string().optional(),
  submittedByName: z.string().optional(),
  failCount: z.number().int(),
  answers: z.array(answerSchema).optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const targetListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  done: queryBoolean.optional(),
});
export type TargetListQuery = z.infer<typeof targetListQuerySchema>;

const photoIdsSchema = z
  .array(recordIdSchema, { error: '照片须为编号列表' })
  .max(3, { error: '每项照片最多 3 张' })
  .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' });

/** POST /api/campaigns/{id}/answers: every item answered once. */
export const submissionCreateSchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        itemId: z.string({ error: '缺少检查项编号' }).regex(/^item-\d{1,2}$/, { error: '检查项编号无效' }),
        result: z.enum(checkResults, { error: '结果须为符合、不符合或不涉及' }),
        note: z
          .string({ error: '说明须为文本' })
          .trim()
          .max(200, { error: '说明不能超过 200 个字' })
          .optional(),
        photoIds: photoIdsSchema.optional(),
      }),
      { error: '答案须为列表' },
    )
    .min(1, { error: '请逐项填写自查结果' })
    .max(50, { error: '答案最多 50 项' })
    .refine((answers) => new Set(answers.map((a) => a.itemId)).size === answers.length, {
      error: '同一检查项只能填写一次',
    }),
  /** Photos of the whole sheet (the phone's): attached to every hazard the 不符合 items make. */
  photoIds: z
    .array(recordIdSchema, { error: '照片须为编号列表' })
    .max(9, { error: '照片最多 9 张' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' })
    .optional(),
});
export type SubmissionCreate = z.infer<typeof submissionCreateSchema>;

/** The phone page's view: the checklist, the enterprise's own target row (with its answers once submitted). */
export const myCampaignSchema = z.object({
  campaignId: z.string(),
  title: z.string(),
  items: z.array(campaignItemSchema),
  deadline: z.string(),
  closed: z.boolean(),
  target: targetSchema,
});
export type MyCampaign = z.infer<typeof myCampaignSchema>;

export const myCampaignListQuerySchema = pageQuerySchema.extend({
  open: queryBoolean.optional(),
});

import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';
import { checkLevels } from '#functions/zeroing/domain/levels';

/** Payloads of the zeroing campaign (百日清零): the campaign, its list, its checks and its board. */

// A listed hazard's level and state, as the hazards capability names them (its schemas are its own bundle's).
const hazardLevelSchema = z.enum(['general', 'major']);
const hazardStatusSchema = z.enum(['OPEN', 'RECTIFIED', 'CLOSED']);

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字` });

/** YYYY-MM-DD, a real calendar day (Asia/Shanghai business day). */
export const zeroingDaySchema = z
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

export const checkLevelSchema = z.enum(checkLevels, { error: '检查层级须为省级、市级或辖市（区）级' });

/** The campaign's span: 100 days from its start unless an end is given (百日清零). */
export const ZEROING_DAYS = 100;

export const zeroingCampaignCreateSchema = z
  .strictObject({
    name: text('行动名称', 60),
    startDate: zeroingDaySchema,
    endDate: zeroingDaySchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.endDate && input.endDate <= input.startDate)
      context.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期须晚于开始日期' });
  });
export type ZeroingCampaignCreate = z.infer<typeof zeroingCampaignCreateSchema>;

export const zeroingCampaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ZeroingCampaign = z.infer<typeof zeroingCampaignSchema>;

const uniqueIds = (what: string, max: number) =>
  z
    .array(recordIdSchema, { error: `${what}须为编号列表` })
    .max(max, { error: `${what}一次最多 ${max} 个` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `${what}不能重复` });

/** Listing major hazards (重大隐患) that exist: the picker's choice, up to a page of them at once. */
export const zeroingEntriesAddSchema = z.strictObject({
  hazardIds: uniqueIds('隐患', 100).refine((ids) => ids.length > 0, { error: '请至少选择 1 条重大隐患' }),
});
export type ZeroingEntriesAdd = z.infer<typeof zeroingEntriesAddSchema>;

/** Base64 of at most ~135 KB of .xlsx: well above 500 rows of three short columns, below the 256 KB body cap. */
export const MAX_IMPORT_BASE64 = 180_000;
export const MAX_IMPORT_ROWS = 500;

export const zeroingImportSchema = z.strictObject({
  fileName: text('文件名', 120).refine((name) => name.toLowerCase().endsWith('.xlsx'), {
    error: '请上传 .xlsx 格式的文件',
  }),
  content: z
    .string({ error: '请选择要导入的文件' })
    .min(1, { error: '请选择要导入的文件' })
    .max(MAX_IMPORT_BASE64, { error: '文件过大：一次最多导入 500 行，请拆分后再导入' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: '文件内容须为 Base64 编码' }),
});
export type ZeroingImport = z.infer<typeof zeroingImportSchema>;

export const zeroingListResultSchema = z.object({
  enterprises: z.number().meta({ description: '涉及企业数' }),
  hazardsAdded: z.number().meta({ description: '新列入的隐患数' }),
});

export const zeroingImportResultSchema = z.object({
  rows: z.number(),
  enterprises: z.number(),
  hazardsCreated: z.number(),
});

const resultSchema = z
  .strictObject({
    hazardId: recordIdSchema,
    zeroed: z.boolean({ error: '请选择是否已清零' }),
    note: z.string({ error: '说明须为文本' }).trim().max(200, { error: '说明不能超过 200 个字' }).optional(),
  })
  .superRefine((result, context) => {
    if (!result.zeroed && !result.note)
      context.addIssue({ code: 'custom', path: ['note'], message: '未清零的隐患请填写说明' });
  });

/** One check of one listed enterprise at one level: who checked, when, and a result for each listed hazard. */
export const zeroingCheckCreateSchema = z.strictObject({
  enterpriseId: recordIdSchema,
  level: checkLevelSchema,
  checkedOn: zeroingDaySchema,
  checkers: z
    .array(text('检查人员姓名', 20), { error: '请填写检查人员' })
    .min(1, { error: '请至少填写 1 名检查人员' })
    .max(10, { error: '检查人员最多 10 名' }),
  results: z
    .array(resultSchema, { error: '请逐条填写隐患检查结果' })
    .min(1, { error: '请逐条填写隐患检查结果' })
    .max(50, { error: '检查结果最多 50 条' })
    .refine((results) => new Set(results.map((r) => r.hazardId)).size === results.length, {
      error: '同一隐患只能填写一条结果',
    }),
  photoIds: uniqueIds('照片', 9).default([]),
});
export type ZeroingCheckCreate = z.infer<typeof zeroingCheckCreateSchema>;

export const zeroingListedHazardSchema = z.object({
  hazardId: z.string(),
  description: z.string(),
  level: hazardLevelSchema,
  status: hazardStatusSchema.optional().meta({ description: '隐患当前状态（来自隐患整改闭环）' }),
  closedAt: z.string().optional(),
});

export const zeroingEntrySchema = z.object({
  id: z.string().meta({ description: '企业编号（同一行动内唯一）' }),
  campaignId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().nullable(),
  hazards: z.array(zeroingListedHazardSchema),
  /** Every listed hazard CLOSED. */
  allClosed: z.boolean(),
  addedAt: z.string(),
  updatedAt: z.string(),
});
export type ZeroingEntry = z.infer<typeof zeroingEntrySchema>;

export const zeroingEntryListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
});
export type ZeroingEntryListQuery = z.infer<typeof zeroingEntryListQuerySchema>;

export const zeroingCheckSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().nullable(),
  level: checkLevelSchema,
  checkedOn: z.string(),
  checkers: z.array(z.string()),
  results: z.array(
    z.object({ hazardId: z.string(), description: z.string(), zeroed: z.boolean(), note: z.string() }),
  ),
  zeroed: z.boolean().meta({ description: '每条隐患均已清零' }),
  photoIds: z.array(z.string()),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type ZeroingCheck = z.infer<typeof zeroingCheckSchema>;

export const zeroingCheckListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  level: checkLevelSchema.optional(),
});
export type ZeroingCheckListQuery = z.infer<typeof zeroingCheckListQuerySchema>;

const perLevel = z.object({ province: z.number(), city: z.number(), district: z.number() });
const countsSchema = z.object({
  listed: z.number(),
  checked: z.number(),
  notZeroed: perLevel,
  notZeroedTotal: z.number(),
  closedSince: z.number(),
});

export const zeroingBoardSchema = countsSchema.extend({
  campaign: zeroingCampaignSchema,
  byDistrict: z.array(countsSchema.extend({ districtId: z.string() })),
  followUp: z
    .array(
      z.object({
        enterpriseId: z.string(),
        enterpriseName: z.string(),
        districtId: z.string(),
        levels: z.array(checkLevelSchema),
        openHazards: z.number(),
      }),
    )
    .meta({ description: '未清零企业跟踪：发现未清零的层级、列入隐患中尚未闭环的条数（未闭环者在前）' }),
  sentence: z.string().meta({ description: '通报用语，由统计数字生成' }),
});
export type ZeroingBoard = z.infer<typeof zeroingBoardSchema>;

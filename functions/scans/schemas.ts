import * as z from 'zod';
import { pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

export const checklistAnswers = ['pass', 'fail', 'na'] as const;
export const scanResults = ['normal', 'hazard'] as const;
export const hazardLevels = ['general', 'major'] as const;

/** 符合 / 不符合 / 不涉及. */
export const checklistAnswerSchema = z.enum(checklistAnswers, { error: '请选择符合、不符合或不涉及' });
/** 正常 / 发现隐患. */
export const scanResultSchema = z.enum(scanResults, { error: '请选择检查结果：正常或发现隐患' });

const idList = (max: number, what: string) =>
  z
    .array(recordIdSchema, { error: `${what}须为编号列表` })
    .max(max, { error: `${what}最多 ${max} 个` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `${what}不能重复` });

export const scanAnswerSchema = z.strictObject({
  itemId: recordIdSchema,
  answer: checklistAnswerSchema,
});

/** What the phone reports about the hazard it found; without it, the failed items make the description. */
export const scanHazardSchema = z.strictObject({
  description: z
    .string({ error: '请描述发现的隐患' })
    .trim()
    .min(1, { error: '请描述发现的隐患' })
    .max(500, { error: '隐患描述不能超过 500 个字符' }),
  level: z.enum(hazardLevels, { error: '隐患等级须为一般隐患或重大隐患' }).default('general'),
  majorCategory: z.string().trim().min(1).max(64, { error: '重大隐患类别不能超过 64 个字符' }).optional(),
});

export const scanCreateSchema = z.strictObject({
  /** The code token read from the QR (`/m/r/<token>`). */
  token: z
    .string({ error: '缺少风险点二维码' })
    .regex(/^[A-Za-z0-9_-]{22,64}$/, { error: '二维码无效，请重新扫描风险点上的二维码' }),
  /** Chosen by the phone once per scan and kept across retries: the idempotency key. */
  clientScanId: z
    .string({ error: '缺少扫码记录编号' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '扫码记录编号须为 8–64 位字母、数字、下划线或连字符' }),
  answers: z
    .array(scanAnswerSchema, { error: '请回答检查清单' })
    .max(100, { error: '检查清单最多 100 项' })
    .refine((answers) => new Set(answers.map((a) => a.itemId)).size === answers.length, {
      error: '同一检查项只能回答一次',
    }),
  result: scanResultSchema,
  photoIds: idList(20, '照片').default([]),
  hazard: scanHazardSchema.optional(),
});
export type ScanCreate = z.infer<typeof scanCreateSchema>;

export const scanSchema = z.object({
  id: z.string(),
  clientScanId: z.string(),
  riskPointId: z.string(),
  riskPointName: z.string(),
  level: z.enum(['red', 'orange', 'yellow', 'blue']),
  className: z.string(),
  location: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  userId: z.string(),
  userName: z.string(),
  principal: z.boolean().meta({ description: '扫码人是否为企业主要负责人' }),
  scannedAt: z.string().meta({ description: '服务器收到扫码的时间' }),
  day: z.string().meta({ description: '扫码日（北京时间）' }),
  dueAt: z.string().meta({ description: '扫码时该风险点的应检时间（nextDueAt）' }),
  late: z.boolean().meta({ description: '扫码时已逾期' }),
  result: scanResultSchema,
  answers: z.array(scanAnswerSchema.extend({ text: z.string() })),
  photoIds: z.array(z.string()),
  hazardId: z.string().optional(),
});
export type Scan = z.infer<typeof scanSchema>;

const daySchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const scanListQuerySchema = pageQuerySchema
  .extend({
    enterpriseId: recordIdSchema.optional(),
    riskPointId: recordIdSchema.optional(),
    districtId: districtIdSchema.optional(),
    townId: recordIdSchema.optional(),
    /** Asia/Shanghai days, both included. */
    from: daySchema.optional(),
    to: daySchema.optional(),
    late: queryBoolean.optional(),
    principal: queryBoolean.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['from'] });
export type ScanListQuery = z.infer<typeof scanListQuerySchema>;

import * as z from 'zod';
import { hazardLevels, majorCategoryCodes } from '#functions/hazards/index';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** The three answers of a form item: 符合 / 不符合 / 不涉及. */
export const patrolAnswers = ['pass', 'fail', 'na'] as const;
export const patrolAnswerSchema = z.enum(patrolAnswers, {
  error: '检查结果须为符合（pass）、不符合（fail）或不涉及（na）',
});
export type PatrolAnswer = z.infer<typeof patrolAnswerSchema>;

const hazardLevelSchema = z.enum(hazardLevels, { error: '隐患等级须为一般隐患或重大隐患' });
const majorCategorySchema = z.enum(majorCategoryCodes, {
  error: '请从《工贸企业重大事故隐患判定标准》的类别中选择',
});

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

const itemIdSchema = z
  .string({ error: '检查项编号须为文本' })
  .regex(/^[a-z][a-z0-9-]{0,31}$/, { error: '检查项编号无效，请刷新巡查表后重试' });

const photoIdList = z
  .array(recordIdSchema, { error: '照片须为编号列表' })
  .max(9, { error: '照片最多 9 张' })
  .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' })
  .default([]);

const versionSchema = z
  .number({ error: '巡查表版本须为数字' })
  .int({ error: '巡查表版本须为整数' })
  .min(0, { error: '巡查表版本无效' })
  .max(1_000_000, { error: '巡查表版本无效' });

// ---- forms ----------------------------------------------------------------------------------------------

export const formItemSchema = z.object({ itemId: z.string(), text: z.string() });
export const effectiveItemSchema = formItemSchema.extend({ origin: z.enum(['city', 'district']) });

/** One version of the city's form or of a district's additions. */
export const patrolFormSchema = z.object({
  id: z.string().meta({ description: '`city` 或辖市（区）编号' }),
  formKey: z.string(),
  version: z.number().meta({ description: '0 = 尚未添加（辖市区）' }),
  items: z.array(formItemSchema),
  updatedAt: z.string().optional(),
  updatedByName: z.string().optional(),
});
export type PatrolForm = z.infer<typeof patrolFormSchema>;

/** The form a district's patrols answer now: the city's items, then that district's additions. */
export const effectiveFormSchema = z.object({
  districtId: z.string(),
  cityVersion: z.number(),
  districtVersion: z.number(),
  formVersion: z.string().meta({ description: '如 c3+xinbei2' }),
  items: z.array(effectiveItemSchema),
});
export type EffectiveForm = z.infer<typeof effectiveFormSchema>;

export const currentFormQuerySchema = z.object({ districtId: districtIdSchema.optional() });

/** An edit makes the next version: `baseVersion` is the version the editor started from (else 409). */
export const formUpdateSchema = z.strictObject({
  baseVersion: versionSchema,
  items: z
    .array(z.strictObject({ itemId: itemIdSchema.optional(), text: text('检查项内容', 200) }), {
      error: '检查项须为列表',
    })
    .max(60, { error: '检查项最多 60 项' })
    .refine(
      (items) => {
        const ids = items.flatMap(({ itemId }) => (itemId ? [itemId] : []));
        return new Set(ids).size === ids.length;
      },
      { error: '检查项编号不能重复' },
    ),
});
export type FormUpdate = z.infer<typeof formUpdateSchema>;

export const districtParamsSchema = z.object({ districtId: districtIdSchema });

// ---- patrols --------------------------------------------------------------------------------------------

export const patrolHazardInputSchema = z
  .strictObject({
    /** The form item the hazard belongs to (its category for repeated findings); must be answered 不符合. */
    itemId: itemIdSchema.optional(),
    description: text('隐患描述', 500),
    level: hazardLevelSchema,
    majorCategory: majorCategorySchema.optional(),
    photoIds: photoIdList,
  })
  .superRefine((input, context) => {
    if (input.level === 'major' && !input.majorCategory)
      context.addIssue({ code: 'custom', path: ['majorCategory'], message: '重大隐患请选择判定类别' });
    if (input.level === 'general' && input.majorCategory)
      context.addIssue({ code: 'custom', path: ['majorCategory'], message: '一般隐患不选重大隐患类别' });
  });

export const patrolCreateSchema = z.strictObject({
  /** Chosen by the phone once per patrol and kept across retries: the idempotency key. */
  clientId: z
    .string({ error: '缺少巡查编号' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '巡查编号须为 8–64 位字母、数字、下划线或连字符' }),
  enterpriseId: recordIdSchema,
  /** The versions of the form the phone showed (GET /api/patrol-forms/current). */
  cityVersion: versionSchema,
  districtVersion: versionSchema,
  answers: z
    .array(
      z.strictObject({
        itemId: itemIdSchema,
        answer: patrolAnswerSchema,
        note: text('说明', 200).optional(),
      }),
      { error: '检查结果须为列表' },
    )
    .min(1, { error: '请逐项填写检查结果' })
    .max(120, { error: '检查项过多' }),
  photoIds: photoIdList,
  hazards: z
    .array(patrolHazardInputSchema, { error: '隐患须为列表' })
    .max(20, { error: '隐患最多 20 条' })
    .default([]),
  /** 常安码使用情况已检查: the member looked at the enterprise's overdue points. */
  codeChecked: z.boolean({ error: '请确认已检查常安码使用情况' }),
  note: text('巡查说明', 500).optional(),
});
export type PatrolCreate = z.infer<typeof patrolCreateSchema>;

export const patrolSchema = z.object({
  id: z.string(),
  patrolId: z.string(),
  clientId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string(),
  day: z.string().meta({ description: '巡查日（北京时间）' }),
  at: z.string(),
  patrolledBy: z.string(),
  patrolledByName: z.string(),
  formVersion: z.string(),
  cityVersion: z.number(),
  districtVersion: z.number(),
  items: z.array(effectiveItemSchema),
  answers: z.array(z.object({ itemId: z.string(), answer: patrolAnswerSchema, note: z.string().optional() })),
  failedItemIds: z.array(z.string()),
  hazardIds: z.array(z.string()),
  hazardCategories: z.array(z.string()),
  hazards: z.array(
    z.object({
      hazardId: z.string(),
      description: z.string(),
      level: hazardLevelSchema,
      category: z.string(),
      majorCategory: z.string().optional(),
      photoIds: z.array(z.string()),
    }),
  ),
  photoIds: z.array(z.string()),
  codeChecked: z.boolean(),
  overdueRiskPoints: z.array(z.object({ riskPointId: z.string(), name: z.string() })),
  note: z.string().optional(),
  /** Only on the detail and the create's answer: short-lived links of the photos the caller may see. */
  photos: z.array(z.object({ photoId: z.string(), url: z.string() })).optional(),
});
export type Patrol = z.infer<typeof patrolSchema>;

const daySchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const patrolListQuerySchema = pageQuerySchema
  .extend({
    districtId: districtIdSchema.optional(),
    townId: recordIdSchema.optional(),
    gridId: recordIdSchema.optional(),
    enterpriseId: recordIdSchema.optional(),
    /** Asia/Shanghai days, both included. */
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['from'] });
export type PatrolListQuery = z.infer<typeof patrolListQuerySchema>;

// ---- plan and due list ----------------------------------------------------------------------------------

export const patrolPlanSchema = z.object({
  id: z.string(),
  districtId: z.string(),
  frequencyDays: z.number(),
  /** false: the default (monthly) applies, the district set nothing. */
  own: z.boolean(),
  updatedAt: z.string().optional(),
  updatedByName: z.string().optional(),
});
export type PatrolPlan = z.infer<typeof patrolPlanSchema>;

export const patrolPlanUpdateSchema = z.strictObject({
  frequencyDays: z
    .number({ error: '巡查周期须为天数' })
    .int({ error: '巡查周期须为整数天' })
    .min(1, { error: '巡查周期至少 1 天' })
    .max(366, { error: '巡查周期不能超过 366 天' }),
});
export type PatrolPlanUpdate = z.infer<typeof patrolPlanUpdateSchema>;

export const dueQuerySchema = pageQuerySchema;

/** One enterprise of the grid member's due list: never patrolled or due first. */
export const dueEnterpriseSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  name: z.string(),
  townId: z.string(),
  gridId: z.string(),
  lastPatrolDay: z.string().optional(),
  dueDay: z.string().optional().meta({ description: '下次应巡查日；从未巡查则无' }),
  due: z.boolean(),
});
export type DueEnterprise = z.infer<typeof dueEnterpriseSchema>;

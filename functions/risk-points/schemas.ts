import * as z from 'zod';
import { pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { mobileSchema } from '#functions/platform/schemas/people';
import { districtIdSchema, queryTextSchema, recordIdSchema } from '#functions/platform/schemas/scope';
import { CLASS_CYCLE_MAX, CLASS_CYCLE_MIN } from '#functions/risk-points/domain/schedule';
import { TOKEN_PATTERN } from '#functions/risk-points/domain/token';
import { riskLevels } from '#functions/risk-points/domain/types';

export const riskLevelSchema = z.enum(riskLevels, {
  error: '风险等级须为：重大（red）、较大（orange）、一般（yellow）、低（blue）之一',
});
export const statusSchema = z.enum(['active', 'retired'], {
  error: '状态须为：在用（active）或停用（retired）',
});

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

const controlsSchema = z
  .array(text('管控措施', 200), { error: '管控措施须为列表' })
  .max(20, { error: '管控措施最多 20 条' });

export const checklistItemInputSchema = z.object({
  /** Kept on an edit so that answers recorded against the item still name it; new items get the next id. */
  itemId: z
    .string({ error: '检查项编号须为文本' })
    .regex(/^[0-9a-z-]{1,16}$/, { error: '检查项编号只能是 1–16 位小写字母、数字或 -' })
    .optional(),
  text: text('检查内容', 200),
  photoRequired: z.boolean({ error: '“是否需拍照”须为是或否' }).default(false),
});

export const riskClassInputSchema = z.object({
  name: text('类别名称', 40),
  family: text('风险类型', 20),
  level: riskLevelSchema,
  cycleDays: z
    .number({ error: '检查周期须为天数' })
    .int({ error: '检查周期须为整数天' })
    .min(CLASS_CYCLE_MIN, { error: `检查周期至少 ${CLASS_CYCLE_MIN} 天` })
    .max(CLASS_CYCLE_MAX, { error: `检查周期不能超过 ${CLASS_CYCLE_MAX} 天` }),
  controls: controlsSchema.min(1, { error: '请至少填写 1 条管控措施' }),
  checklist: z
    .array(checklistItemInputSchema, { error: '检查清单须为列表' })
    .min(1, { error: '请至少填写 1 个检查项' })
    .max(30, { error: '检查项最多 30 个' })
    .refine(
      (items) =>
        new Set(items.flatMap((item) => item.itemId ?? [])).size ===
        items.filter((item) => item.itemId).length,
      {
        error: '检查项编号不能重复',
      },
    ),
  status: statusSchema.default('active'),
});
export type RiskClassInput = z.infer<typeof riskClassInputSchema>;

const checklistItemSchema = z.object({ itemId: z.string(), text: z.string(), photoRequired: z.boolean() });

export const riskClassSchema = z.object({
  id: z.string(),
  family: z.string(),
  name: z.string(),
  level: riskLevelSchema,
  cycleDays: z.number(),
  controls: z.array(z.string()),
  checklist: z.array(checklistItemSchema),
  status: statusSchema,
  seeded: z.boolean().meta({ description: '系统预置（辞典初始 80 类）' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskClass = z.infer<typeof riskClassSchema>;

export const riskClassListQuerySchema = pageQuerySchema.extend({
  level: riskLevelSchema.optional(),
  family: queryTextSchema(20).optional(),
  status: statusSchema.optional(),
});

const responsibleSchema = z.object(
  { name: text('责任人姓名', 32), phone: mobileSchema.optional() },
  { error: '请填写责任人' },
);

const pointFields = {
  classId: recordIdSchema,
  name: text('风险点名称', 60),
  location: text('所在位置', 100),
  /** Absent = the class's level and cycle and controls. */
  level: riskLevelSchema.optional(),
  cycleDays: z
    .number({ error: '检查周期须为天数' })
    .int({ error: '检查周期须为整数天' })
    .min(1, { error: '检查周期至少 1 天' })
    .optional(),
  controls: controlsSchema.optional(),
  responsible: responsibleSchema,
};

export const riskPointCreateSchema = z.object({
  /** An enterprise user's points are its own enterprise's; a manager names the enterprise. */
  enterpriseId: recordIdSchema.optional(),
  ...pointFields,
});
export type RiskPointCreate = z.infer<typeof riskPointCreateSchema>;

export const riskPointUpdateSchema = z.object({ ...pointFields, status: statusSchema.default('active') });
export type RiskPointUpdate = z.infer<typeof riskPointUpdateSchema>;

export const riskPointSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  classId: z.string(),
  className: z.string(),
  name: z.string(),
  location: z.string(),
  level: riskLevelSchema,
  cycleDays: z.number(),
  controls: z.array(z.string()),
  responsible: z.object({ name: z.string(), phone: z.string().optional() }),
  status: statusSchema,
  lastScanAt: z.string().optional(),
  nextDueAt: z.string(),
  overdue: z.boolean().meta({ description: '此刻已逾期（nextDueAt 已过，且在用）' }),
  token: z.string().meta({ description: '常安码令牌；二维码内容为 <控制台地址>/m/r/<token>' }),
  codeIssuedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskPoint = z.infer<typeof riskPointSchema>;

export const riskPointListQuerySchema = pageQuerySchema.extend({
  enterpriseId: recordIdSchema.optional(),
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  gridId: recordIdSchema.optional(),
  level: riskLevelSchema.optional(),
  classId: recordIdSchema.optional(),
  /** Absent = active points (the list the console and the phone work from). */
  status: statusSchema.optional(),
  overdue: queryBoolean.optional(),
});
export type RiskPointListQuery = z.infer<typeof riskPointListQuerySchema>;

export const codeParamsSchema = z.object({
  token: z.string().regex(TOKEN_PATTERN, { error: '二维码无效：请扫描风险点上张贴的常安码' }),
});

const checklistSchema = z.array(checklistItemSchema);

/** What the phone page shows after a scan: the point, its controls and checklist, and whether this user may scan. */
export const scannedPointSchema = z.object({
  riskPointId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  classId: z.string(),
  className: z.string(),
  name: z.string(),
  location: z.string(),
  level: riskLevelSchema,
  cycleDays: z.number(),
  status: statusSchema,
  lastScanAt: z.string().optional(),
  nextDueAt: z.string(),
  overdue: z.boolean(),
  controls: z.array(z.string()),
  checklist: checklistSchema,
  canScan: z.boolean().meta({ description: '本企业账号且风险点在用：可扫码自查；监管人员只读' }),
});

import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { recordIdSchema } from '#functions/platform/schemas/scope';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const daySchema = z
  .string({ error: '日期须为文本' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(
    (day) => {
      const at = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
    },
    { error: '日期不存在' },
  );

const evidenceIdsSchema = z
  .array(recordIdSchema, { error: '证据文件须为编号列表' })
  .max(10, { error: '证据文件最多 10 个' })
  .default([]);

export const deductionStatusSchema = z.enum(['live', 'revoked'], {
  error: '状态须为：有效（live）或已撤销（revoked）',
});
export const appealStatusSchema = z.enum(['pending', 'upheld', 'revoked'], {
  error: '申诉状态须为：待处理（pending）、维持（upheld）或撤销（revoked）',
});

export const deductionCreateSchema = z.object({
  agencyId: recordIdSchema,
  ruleCode: z
    .string({ error: '细则编号须为文本' })
    .trim()
    .min(1, { error: '请选择考评细则' })
    .max(32, { error: '细则编号不能超过 32 个字符' }),
  points: z
    .number({ error: '扣分须为数字' })
    .positive({ error: '扣分须大于 0' })
    .max(100, { error: '扣分不能超过 100 分' })
    .multipleOf(0.5, { error: '扣分须为 0.5 的整数倍' }),
  reason: text('扣分理由', 500),
  date: daySchema,
  evidenceIds: evidenceIdsSchema,
});
export type DeductionCreate = z.infer<typeof deductionCreateSchema>;

export const reasonBodySchema = z.object({
  reason: z
    .string({ error: '请填写撤销理由' })
    .trim()
    .min(1, { error: '请填写撤销理由' })
    .max(500, { error: '撤销理由不能超过 500 个字' }),
});

export const appealCreateSchema = z.object({
  statement: text('申诉陈述', 2000),
  evidenceIds: evidenceIdsSchema,
});
export type AppealCreate = z.infer<typeof appealCreateSchema>;

export const appealDecisionSchema = z.object({
  outcome: z.enum(['uphold', 'revoke'], { error: '处理结果须为：维持（uphold）或撤销扣分（revoke）' }),
  reason: text('处理理由', 500),
});
export type AppealDecision = z.infer<typeof appealDecisionSchema>;

export const evidenceUploadSchema = z.object({
  agencyId: recordIdSchema,
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], {
    error: '证据文件格式应为 JPEG、PNG、WebP 图片或 PDF',
  }),
});

export const deductionListQuerySchema = pageQuerySchema.extend({
  agencyId: recordIdSchema.optional(),
  year: z.coerce
    .number({ error: '年度须为数字' })
    .int({ error: '年度须为整数' })
    .min(2000, { error: '年度不能早于 2000' })
    .max(2100, { error: '年度不能晚于 2100' })
    .optional(),
  status: deductionStatusSchema.optional(),
});
export type DeductionListQuery = z.infer<typeof deductionListQuerySchema>;

export const appealListQuerySchema = pageQuerySchema.extend({
  status: appealStatusSchema.optional(),
  agencyId: recordIdSchema.optional(),
});
export type AppealListQuery = z.infer<typeof appealListQuerySchema>;

const evidenceViewSchema = z.object({
  photoId: z.string(),
  url: z.string(),
  contentType: z.string().optional(),
});

export const appealSchema = z.object({
  id: z.string(),
  appealId: z.string(),
  deductionId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  issuingDistrictId: z.string(),
  statement: z.string(),
  evidenceIds: z.array(z.string()),
  evidence: z.array(evidenceViewSchema).optional(),
  status: appealStatusSchema,
  decisionReason: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AppealView = z.infer<typeof appealSchema>;

export const deductionSchema = z.object({
  id: z.string(),
  deductionId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  issuingDistrictId: z.string().meta({ description: '作出扣分的辖市（区）；市级为 city' }),
  rule: z.object({
    code: z.string(),
    version: z.number(),
    description: z.string(),
    category: z.string(),
    points: z.number(),
    pointsMin: z.number().optional(),
    pointsMax: z.number().optional(),
  }),
  points: z.number(),
  reason: z.string(),
  date: z.string(),
  year: z.number(),
  evidenceIds: z.array(z.string()),
  evidence: z.array(evidenceViewSchema).optional(),
  status: deductionStatusSchema,
  revokeReason: z.string().optional(),
  revokedBy: z.string().optional(),
  revokedAt: z.string().optional(),
  appealId: z.string().optional(),
  appealStatus: appealStatusSchema.optional(),
  /** YYYY-MM-DD: the last day an appeal is accepted. */
  appealUntil: z.string(),
  appeals: z.array(appealSchema).optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeductionView = z.infer<typeof deductionSchema>;

/** The granted evidence upload (as photos' ticket): POST `upload.fields` then the file to `upload.url`. */
export const uploadTicketSchema = z.object({
  photoId: z.string(),
  status: z.literal('PENDING'),
  key: z.string(),
  expiresAt: z.string(),
  maxBytes: z.number(),
  upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
});

/** An evidence upload's state (its uploader polls until VERIFIED or REJECTED). */
export const evidenceStatusSchema = z.object({
  photoId: z.string(),
  status: z.enum(['PENDING', 'VERIFIED', 'REJECTED']),
  contentType: z.string(),
  rejectMessage: z.string().optional(),
});

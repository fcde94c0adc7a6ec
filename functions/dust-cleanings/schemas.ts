import * as z from 'zod';
import { cleaningReviews } from '#functions/dust-cleanings/domain/review';
import { pageQuerySchema, queryBoolean } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

export { cleaningReviews };
export const cleaningReviewSchema = z.enum(cleaningReviews, {
  error: '审核状态须为未抽查、待审核、已通过或已驳回',
});
export type CleaningReview = z.infer<typeof cleaningReviewSchema>;

export const dustCleaningCreateSchema = z.strictObject({
  /** The code token read from the site's QR (`/m/d/<token>`). */
  token: z
    .string({ error: '缺少场所码' })
    .regex(/^[A-Za-z0-9_-]{22,64}$/, { error: '场所码无效，请重新扫描粉尘场所张贴的二维码' }),
  /** Chosen by the phone once per upload and kept across retries: the idempotency key. */
  clientId: z
    .string({ error: '缺少上报编号' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '上报编号须为 8–64 位字母、数字、下划线或连字符' }),
  photoIds: z
    .array(recordIdSchema, { error: '照片须为编号列表' })
    .min(1, { error: '请至少拍摄一张清扫照片' })
    .max(9, { error: '照片最多 9 张' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' }),
});
export type DustCleaningCreate = z.infer<typeof dustCleaningCreateSchema>;

export const cleaningPhotoSchema = z.object({
  photoId: z.string(),
  url: z.string(),
  capturedAt: z.string().optional(),
  suspect: z.string().optional(),
});

export const dustCleaningSchema = z.object({
  cleaningId: z.string(),
  clientId: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  day: z.string().meta({ description: '上报日（北京时间）' }),
  uploadedAt: z.string().meta({ description: '服务器收到上报的时间' }),
  uploadedBy: z.string(),
  uploadedByName: z.string(),
  photoIds: z.array(z.string()),
  suspect: z.boolean(),
  suspectReasons: z.array(z.string()).meta({ description: 'duplicate / captureGap / similar' }),
  review: cleaningReviewSchema,
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  reason: z.string().optional(),
  /** Only on the detail and the upload's answer: short-lived links of the photos the caller may see. */
  photos: z.array(cleaningPhotoSchema).optional(),
});
export type DustCleaning = z.infer<typeof dustCleaningSchema>;

const daySchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const dustCleaningListQuerySchema = pageQuerySchema
  .extend({
    districtId: districtIdSchema.optional(),
    townId: recordIdSchema.optional(),
    siteId: recordIdSchema.optional(),
    /** Asia/Shanghai days, both included. */
    from: daySchema.optional(),
    to: daySchema.optional(),
    review: cleaningReviewSchema.optional(),
    suspect: queryBoolean.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['from'] });
export type DustCleaningListQuery = z.infer<typeof dustCleaningListQuerySchema>;

/** POST /api/dust-cleanings/{id}/review: a reject names why (it goes into the re-upload SMS, ≤ 60 characters). */
export const dustReviewDecisionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject'], { error: '审核结论须为通过（approve）或驳回（reject）' }),
    reason: z
      .string({ error: '原因须为文本' })
      .trim()
      .min(1, { error: '原因不能为空' })
      .max(60, { error: '原因不能超过 60 个字' })
      .optional(),
  })
  .refine((body) => body.decision !== 'reject' || body.reason !== undefined, {
    error: '驳回时请填写原因（1–60 字），将随重新上传短信发给场所联系人',
    path: ['reason'],
  });
export type DustReviewDecision = z.infer<typeof dustReviewDecisionSchema>;

export const reviewStates = ['queued', 'approved', 'rejected'] as const;

export const dustReviewQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  /** One Asia/Shanghai day; left out, the last 31 days, newest first. */
  day: daySchema.optional(),
  state: z.enum(reviewStates, { error: '状态须为待审核、已通过或已驳回' }).default('queued'),
});
export type DustReviewQuery = z.infer<typeof dustReviewQuerySchema>;

/** One spot-checked cleaning in the review gallery (抽查): the queue item, its site's names and its photos. */
export const dustReviewItemSchema = z.object({
  cleaningId: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  day: z.string().meta({ description: '上报日（北京时间）' }),
  suspect: z.boolean(),
  suspectReasons: z.array(z.string()),
  state: z.enum(reviewStates),
  queuedAt: z.string(),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  reason: z.string().optional(),
  photos: z.array(z.object({ photoId: z.string(), url: z.string() })),
});
export type DustReviewItem = z.infer<typeof dustReviewItemSchema>;

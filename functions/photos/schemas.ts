import * as z from 'zod';
import { photoKinds, photoStatuses, uploadKinds } from '#functions/photos/domain/photo-key';
import { rejectionReasons } from '#functions/photos/domain/rejections';
import { recordIdSchema } from '#functions/platform/schemas/scope';

export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const photoKindSchema = z.enum(photoKinds, {
  error: '照片用途应为 扫码、隐患、整改、粉尘、巡查或任务 之一',
});
/** What POST /api/uploads grants: evidence files go through agency-deductions. */
export const uploadKindSchema = z.enum(uploadKinds, {
  error: '照片用途应为 扫码、隐患、整改、粉尘、巡查或任务 之一',
});
export type PhotoKind = z.infer<typeof photoKindSchema>;

/** What a browser asks for before it uploads: what the photo is for, its type, and (supervisors) whose it is. */
export const uploadRequestSchema = z.object({
  kind: uploadKindSchema,
  contentType: z.enum(imageTypes, { error: '图片格式应为 JPEG、PNG 或 WebP' }),
  /** An enterprise user's own enterprise when left out; supervisors name an enterprise in their scope. */
  enterpriseId: recordIdSchema.optional(),
});
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/** The granted upload: POST `upload.fields` then the file (field `file`) to `upload.url` before `expiresAt`. */
export const uploadTicketSchema = z.object({
  photoId: z.string(),
  status: z.literal('PENDING'),
  key: z.string(),
  expiresAt: z.string(),
  maxBytes: z.number(),
  upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
});
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

/** A photo as its viewers see it; `url` (a few minutes' GET link) only once VERIFIED. */
export const photoSchema = z.object({
  id: z.string(),
  kind: photoKindSchema,
  status: z.enum(photoStatuses),
  enterpriseId: z.string(),
  districtId: z.string(),
  contentType: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  sha256: z.string().optional(),
  size: z.number().optional(),
  capturedAt: z.string().optional(),
  suspect: z.string().optional(),
  /** Codes of `suspect`: captureGap 拍摄时间异常, duplicate 同一照片, similar 相似照片. */
  suspectReasons: z.array(z.enum(['captureGap', 'duplicate', 'similar'])).optional(),
  rejectReason: z.enum(rejectionReasons).optional(),
  rejectMessage: z.string().optional(),
  url: z.string().optional(),
});
export type Photo = z.infer<typeof photoSchema>;

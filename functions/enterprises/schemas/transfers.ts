import * as z from 'zod';
import { enterpriseFilterSchema } from '#functions/enterprises/schemas/enterprises';

export const importFormats = ['xlsx', 'csv'] as const;

export const importCreateSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  format: z.enum(importFormats, { error: '只支持 .xlsx 或 .csv 文件' }),
  size: z
    .number()
    .int()
    .min(1, { error: '文件为空' })
    .max(20 * 1024 * 1024, { error: '文件不能超过 20 MB' }),
});

export const presignedPostSchema = z.object({ url: z.string(), fields: z.record(z.string(), z.string()) });

export const transferStatuses = ['PENDING', 'RUNNING', 'DONE', 'FAILED'] as const;

export const indexStatuses = ['RUNNING', 'DONE', 'DEFERRED'] as const;

export const importRowErrorSchema = z.object({ row: z.number(), column: z.string(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importTaskSchema = z.object({
  id: z.string(),
  status: z.enum(transferStatuses),
  fileName: z.string(),
  total: z.number(),
  processed: z.number(),
  created: z.number(),
  updated: z.number(),
  /** Rows whose enterprise already had exactly this content: nothing written. */
  unchanged: z.number(),
  failed: z.number(),
  /** The first errors; the full report is downloadable when there are more. */
  errors: z.array(importRowErrorSchema),
  /**
   * After DONE, the name-search tokens of the new enterprises are built: `indexed` of `indexTotal`.
   * RUNNING: until then a name search may miss some of them; DEFERRED: the phase failed or stopped, the
   * nightly name-index job completes it; DONE: all searchable (also when there was nothing to index).
   */
  indexed: z.number(),
  indexTotal: z.number(),
  indexStatus: z.enum(indexStatuses),
  reportUrl: z.string().optional(),
  message: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const importCreatedSchema = z.object({ task: importTaskSchema, upload: presignedPostSchema });

export const exportCreateSchema = z.object({ filter: enterpriseFilterSchema.default({}) });

export const exportTaskSchema = z.object({
  id: z.string(),
  status: z.enum(transferStatuses),
  total: z.number(),
  processed: z.number(),
  downloadUrl: z.string().optional(),
  message: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

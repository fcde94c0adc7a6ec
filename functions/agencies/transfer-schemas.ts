import * as z from 'zod';
import { agencyListQuerySchema } from '#functions/agencies/schemas';

/** The agency import and export tasks (中介机构导入、导出): requests and the task views polled after them. */

export const agencyImportFormats = ['xlsx', 'csv'] as const;
/** A few hundred agencies fit in far less; the enterprise import allows 20 MB for 33,000 rows. */
export const MAX_AGENCY_IMPORT_BYTES = 5 * 1024 * 1024;

export const agencyImportCreateSchema = z.object({
  fileName: z.string({ error: '文件名须为文本' }).trim().min(1, { error: '请填写文件名' }).max(200),
  format: z.enum(agencyImportFormats, { error: '只支持 .xlsx 或 .csv 文件' }),
  size: z
    .number({ error: '文件大小须为数字' })
    .int({ error: '文件大小须为整数' })
    .min(1, { error: '文件为空' })
    .max(MAX_AGENCY_IMPORT_BYTES, { error: '文件不能超过 5 MB' }),
});
export type AgencyImportCreate = z.infer<typeof agencyImportCreateSchema>;

export const agencyTransferStatuses = ['PENDING', 'RUNNING', 'DONE', 'FAILED'] as const;

export const agencyImportErrorSchema = z.object({ row: z.number(), column: z.string(), reason: z.string() });
export type AgencyImportError = z.infer<typeof agencyImportErrorSchema>;

export const agencyImportTaskSchema = z.object({
  id: z.string(),
  status: z.enum(agencyTransferStatuses),
  fileName: z.string(),
  total: z.number(),
  processed: z.number(),
  created: z.number(),
  updated: z.number(),
  /** Rows whose agency already had exactly this content: nothing written. */
  unchanged: z.number(),
  failed: z.number(),
  errors: z.array(agencyImportErrorSchema).meta({ description: '逐行错误（行号、列、原因）' }),
  message: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgencyImportTask = z.infer<typeof agencyImportTaskSchema>;

export const agencyImportCreatedSchema = z.object({
  task: agencyImportTaskSchema,
  upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
});

/** The filter of GET /api/agencies, without its page. */
export const agencyExportFilterSchema = agencyListQuerySchema.omit({ limit: true, cursor: true });
export type AgencyExportFilter = z.infer<typeof agencyExportFilterSchema>;

export const agencyExportCreateSchema = z.object({
  filter: agencyExportFilterSchema.default({}),
});

export const agencyExportTaskSchema = z.object({
  id: z.string(),
  status: z.enum(agencyTransferStatuses),
  total: z.number(),
  processed: z.number(),
  downloadUrl: z.string().optional(),
  message: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgencyExportTask = z.infer<typeof agencyExportTaskSchema>;

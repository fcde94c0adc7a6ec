import * as z from 'zod';
import { riskLevelCodes } from '#functions/labels/domain/levels';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** The most labels one sheet holds (625 A4 pages); a larger print is split by filter (a district, a town). */
export const MAX_LABELS = 5000;

export const labelSheetStatuses = ['PENDING', 'RUNNING', 'DONE', 'FAILED'] as const;

/**
 * The risk-point list's filters as the print button sends them (the list's current filter). Retired points are
 * never printed, so there is no status filter; `overdue` is a JSON boolean here, not a query string.
 */
export const labelSheetFilterSchema = z.object(
  {
    enterpriseId: recordIdSchema.optional(),
    districtId: districtIdSchema.optional(),
    townId: recordIdSchema.optional(),
    gridId: recordIdSchema.optional(),
    classId: recordIdSchema.optional(),
    level: z
      .enum(riskLevelCodes, {
        error: '风险等级须为：重大（red）、较大（orange）、一般（yellow）、低（blue）之一',
      })
      .optional(),
    overdue: z.boolean({ error: '“已超期”须为是或否' }).optional(),
  },
  { error: '筛选条件须为对象' },
);
export type LabelSheetFilter = z.infer<typeof labelSheetFilterSchema>;
export const labelSheetFilterKeys = labelSheetFilterSchema.keyof().options;

const ONE_OF = '请选择要打印的风险点或粉尘场所（ids），或按筛选条件打印（filter），二者选一';

/** What a sheet prints: risk point labels (常安码, the default) or dust site labels (场所码). */
export const labelKinds = ['riskPoint', 'dustSite'] as const;
export type LabelKind = (typeof labelKinds)[number];

/** Filters that only mean something for risk points; a dust site sheet names its places only. */
const riskOnlyFilters = ['classId', 'level', 'overdue'] as const;
const DUST_FILTERS = '粉尘场所标签只按辖市（区）、镇（街道）、网格或企业筛选，不按风险类别、等级或超期';

/**
 * Either the selected points or sites (`ids`) or the list's filter (`filter`), never both: both fields are
 * named. `kind` says which labels (absent: risk points, as before dust sites existed).
 */
export const labelSheetCreateSchema = z
  .object({
    kind: z
      .enum(labelKinds, { error: '标签种类须为：风险点（riskPoint）或粉尘场所（dustSite）' })
      .default('riskPoint'),
    ids: z
      .array(recordIdSchema, { error: '所选风险点须为编号列表' })
      .min(1, { error: '请至少选择 1 项' })
      .max(MAX_LABELS, { error: `一次最多打印 ${MAX_LABELS} 张标签` })
      .optional(),
    filter: labelSheetFilterSchema.optional(),
  })
  .superRefine((body, context) => {
    if ((body.ids === undefined) === (body.filter === undefined))
      for (const path of ['ids', 'filter'])
        context.addIssue({ code: 'custom', path: [path], message: ONE_OF });
    // Both the kind and the filter are named: either one may be the mistake.
    const riskOnly = riskOnlyFilters.filter((key) => body.filter?.[key] !== undefined);
    if (body.kind === 'dustSite')
      for (const path of riskOnly.length ? [['kind'], ...riskOnly.map((key) => ['filter', key])] : [])
        context.addIssue({ code: 'custom', path, message: DUST_FILTERS });
  });
export type LabelSheetCreate = z.infer<typeof labelSheetCreateSchema>;

export const labelSheetTaskSchema = z.object({
  id: z.string(),
  status: z.enum(labelSheetStatuses),
  /** Labels on the sheet so far (the final count when DONE). */
  total: z.number(),
  processed: z.number(),
  /** Selected ids not printed: outside the requester's scope, retired, unknown, or repeated. */
  skipped: z.number(),
  downloadUrl: z.string().optional(),
  message: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LabelSheetTask = z.infer<typeof labelSheetTaskSchema>;

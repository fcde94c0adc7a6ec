import * as z from 'zod';
import { assignmentStatuses } from '#functions/grid-coverage/domain/assignment';
import { enterpriseStatuses, industries } from '#functions/grid-coverage/domain/kinds';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, queryTextSchema, recordIdSchema } from '#functions/platform/schemas/scope';

const count = z.number().int().min(0);
const percent = z
  .number()
  .min(0)
  .max(100)
  .nullable()
  .meta({ description: '网格覆盖率（%，两位小数）；无企业为 null' });

const industrySchema = z.enum(industries, {
  error: '行业须为：冶金、有色、建材、机械、轻工、纺织、烟草、商贸之一',
});

/** Active enterprises of an area (status ≠ 关闭): all, inside a grid, outside (网格外), coverage. */
const countsShape = {
  total: count.meta({ description: '在册企业数（不含已关闭）' }),
  inGrid: count.meta({ description: '网格内企业数' }),
  outside: count.meta({ description: '网格外企业数' }),
  coverage: percent,
};

export const townCoverageSchema = z.object({ townId: z.string(), townName: z.string(), ...countsShape });
export const districtCoverageSchema = z.object({
  districtId: z.string(),
  districtName: z.string(),
  ...countsShape,
  towns: z.array(townCoverageSchema),
});

/** `GET /api/grid-coverage`: the caller's area, per district and town, as the coverage job last counted it. */
export const coverageSchema = z.object({
  refreshMinutes: z.number().int().positive(),
  generatedAt: z.iso.datetime().nullable().meta({ description: '统计时间；尚未统计为 null' }),
  ...countsShape,
  districts: z.array(districtCoverageSchema),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** Filters of the outside list and of a bulk assignment's selection. */
const outsideFilterShape = {
  industry: industrySchema.optional(),
  q: queryTextSchema(50).optional().meta({ description: '企业名称包含或统一社会信用代码开头' }),
};

export const outsideQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  ...outsideFilterShape,
});

export const outsideRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  districtId: z.string(),
  districtName: z.string(),
  townId: z.string(),
  townName: z.string(),
  industry: z.string(),
  status: z.enum(enterpriseStatuses),
  address: z.string().optional(),
});
export type OutsideRowView = z.infer<typeof outsideRowSchema>;

/** What a bulk assignment takes: the town, the grid of that town, and the filter that selects its enterprises. */
const assignmentFields = {
  townId: recordIdSchema.meta({ description: '镇（街道）编号' }),
  gridId: recordIdSchema.meta({ description: '划入的网格编号（须属于该镇）' }),
  ...outsideFilterShape,
};
export const previewQuerySchema = z.object(assignmentFields);
export const assignmentCreateSchema = z.strictObject(assignmentFields);
export type AssignmentRequest = z.infer<typeof assignmentCreateSchema>;

/** `GET /api/grid-assignments/preview`: how many would move, and the first of them. */
export const previewSchema = z.object({
  count: count.meta({ description: '将划入网格的企业数' }),
  limit: count.meta({ description: '一次最多可划入的企业数' }),
  tooMany: z.boolean().meta({ description: '符合条件的企业超过上限（须缩小范围）' }),
  rows: z.array(outsideRowSchema),
});

export const assignmentSchema = z.object({
  id: z.string(),
  status: z.enum(assignmentStatuses),
  districtId: z.string(),
  townId: z.string(),
  townName: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  filter: z.object({ industry: z.string().optional(), q: z.string().optional() }),
  total: count,
  processed: count,
  assigned: count,
  already: count,
  skipped: count,
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type AssignmentView = z.infer<typeof assignmentSchema>;

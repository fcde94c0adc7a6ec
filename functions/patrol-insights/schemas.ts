import * as z from 'zod';
import { MONTH_PATTERN, QUARTER_PATTERN } from '#functions/patrol-insights/domain/periods';
import { queryBoolean } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** The levels a patrol rate is kept for, city down to grid (the console drills down in this order). */
export const rateLevels = ['city', 'district', 'town', 'grid'] as const;

/** `2026-12` (a month) or `2026Q4` (a quarter), Asia/Shanghai. */
export const periodSchema = z
  .string({ error: '统计期须为文本' })
  .refine((text) => MONTH_PATTERN.test(text) || QUARTER_PATTERN.test(text), {
    error: '统计期须为月份 YYYY-MM（如 2026-12）或季度 YYYYQn（如 2026Q4）',
  });

/** Strict: no paging (an area's rows are few), so a stray `limit` or `cursor` is refused rather than ignored. */
export const patrolRateQuerySchema = z.strictObject({
  period: periodSchema.optional().meta({ description: '统计期：月份 2026-12 或季度 2026Q4；不填为本季度' }),
  level: z
    .enum(rateLevels, { error: '层级须为：全市（city）、辖市区（district）、镇街（town）、网格（grid）之一' })
    .default('district'),
  districtId: districtIdSchema.optional().meta({ description: '镇街、网格层级：只看该辖市区的' }),
  townId: recordIdSchema.optional().meta({ description: '网格层级：只看该镇街的网格' }),
});
export type PatrolRateQuery = z.output<typeof patrolRateQuerySchema>;

export const patrolRateRowSchema = z.object({
  level: z.enum(rateLevels),
  id: z.string().meta({ description: 'city / 辖市区编号 / 镇街编号 / 网格编号' }),
  name: z.string().nullable(),
  districtId: z.string().nullable(),
  townId: z.string().nullable(),
  gridId: z.string().nullable(),
  inGrid: z.number().int().meta({ description: '在网格内的企业（经营状态非“关闭”）' }),
  patrolled: z.number().int().meta({ description: '期内至少巡查一次的在网格企业' }),
  rate: z.number().nullable().meta({ description: '巡查率 = 期内巡查过的在网格企业 / 在网格企业（0–1）' }),
  fromDay: z.string(),
  throughDay: z.string().meta({ description: '统计截至日（本期进行中为计算当日）' }),
});
export type PatrolRateRow = z.infer<typeof patrolRateRowSchema>;

export const patrolRatesSchema = z.object({
  period: z.string(),
  level: z.enum(rateLevels),
  /** When the job last computed this period; null until it has. */
  generatedAt: z.string().nullable(),
  rows: z.array(patrolRateRowSchema),
});
export type PatrolRates = z.infer<typeof patrolRatesSchema>;

/** Strict, no paging: one town's 90 days of flags are few, computed per request from its patrols. */
export const repeatedFindingQuerySchema = z.strictObject({
  townId: recordIdSchema
    .optional()
    .meta({ description: '镇街（辖市区、全市账号必填；镇街、网格账号为本镇街）' }),
  gridId: recordIdSchema.optional(),
  enterpriseId: recordIdSchema.optional(),
  open: queryBoolean.optional().meta({ description: 'true：只看未闭环的；false：只看已闭环的' }),
});
export type RepeatedFindingQuery = z.output<typeof repeatedFindingQuerySchema>;

export const repeatedFindingSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string().nullable(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string(),
  code: z.string().meta({ description: '巡查表检查项编号或隐患类别' }),
  kind: z.enum(['item', 'category']).meta({ description: 'item：检查项不符合；category：同类隐患' }),
  patrols: z.array(z.object({ patrolId: z.string(), day: z.string(), at: z.string() })),
  count: z.number().int(),
  firstDay: z.string(),
  lastDay: z.string(),
  stillFound: z.boolean().meta({ description: '该企业最近一次巡查仍发现该问题' }),
  hazardIds: z.array(z.string()).meta({ description: '这些巡查就该问题登记的隐患' }),
  openHazardIds: z.array(z.string()).meta({ description: '其中尚未整改闭环的隐患' }),
  open: z.boolean().meta({ description: '未闭环：最近一次巡查仍发现，或其隐患尚未整改闭环' }),
});
export type RepeatedFindingRow = z.infer<typeof repeatedFindingSchema>;

import * as z from 'zod';
import { districtIdSchema } from '#functions/platform/schemas/scope';

/** The areas a quarter's metrics are kept for; the route serves the first three (an enterprise user its own). */
export const periodLevels = ['city', 'district', 'town', 'enterprise'] as const;
export type PeriodLevel = (typeof periodLevels)[number];
export const periodQueryLevels = ['city', 'district', 'town'] as const;

/** `2022Q3`: a calendar quarter of Asia/Shanghai. */
export const quarterSchema = z
  .string({ error: '季度须为文本' })
  .regex(/^\d{4}Q[1-4]$/, { error: '季度格式须为 YYYYQn，如 2022Q3' });

/** Strict: this route takes no paging, so a stray `limit` or `cursor` is refused rather than ignored. */
export const periodQuerySchema = z.strictObject({
  quarter: quarterSchema
    .optional()
    .meta({ description: '季度（北京时间），如 2022Q3；不填为本季度（截至昨日）' }),
  level: z
    .enum(periodQueryLevels, { error: '层级须为：全市（city）、辖市区（district）、镇街（town）之一' })
    .default('district'),
  districtId: districtIdSchema.optional().meta({ description: '镇街层级时只看该辖市区的镇街' }),
});
export type PeriodQuery = z.output<typeof periodQuerySchema>;

const rate = (description: string) => z.number().nullable().meta({ description });
const byLevel = z.object({
  red: z.number(),
  orange: z.number(),
  yellow: z.number(),
  blue: z.number(),
  total: z.number(),
});
export type ByRiskLevel = z.infer<typeof byLevel>;

/** The ranked figures of an area (rates are 0–1; null when the denominator is 0). */
export const periodFiguresSchema = z.object({
  codeUsageRate: rate('常安码使用率 = 期内有扫码的企业 / 登记在册的在营企业'),
  participationRate: rate('主要负责人参与率 = 主要负责人期内扫过码的企业 / 使用常安码的企业'),
  riskPointsPerEnterprise: rate('户均风险点（期末在用风险点 / 在营企业）'),
  selfFoundPerEnterprise: rate('户均自查隐患（期内扫码发现的隐患 / 在营企业）'),
  onTimeRate: rate('按期整改率 = 按期整改闭环的隐患 / 期内到期的隐患'),
  openPastDeadline: z.number().int().meta({ description: '期末逾期未整改的隐患（待整改且已过期限）' }),
  overdueRateEnd: rate('期末风险逾期率（期末日终快照）'),
  overdueRateMean: rate('期内风险逾期率（各日日终快照的平均值）'),
});
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;
export const periodFigureKeys = Object.keys(periodFiguresSchema.shape) as (keyof PeriodFigures)[];

/** What the rates are made of, for the table's tooltips and exports. */
export const periodCountsSchema = z.object({
  enterprises: z.number().int().meta({ description: '登记在册的在营企业（经营状态非“关闭”）' }),
  usingEnterprises: z.number().int(),
  principalEnterprises: z.number().int(),
  scans: z.number().int(),
  lateScans: z.number().int(),
  riskPoints: byLevel.meta({ description: '期末在用风险点，按等级' }),
  riskPointsPerEnterprise: byLevel.nullable(),
  selfFoundHazards: z.number().int(),
  hazardsDue: z.number().int(),
  hazardsOnTime: z.number().int(),
  overduePointsEnd: z.number().int(),
  activePointsEnd: z.number().int(),
  snapshotDays: z.number().int().meta({ description: '期内有日终快照的天数（平均逾期率的分母）' }),
});
export type PeriodCounts = z.infer<typeof periodCountsSchema>;

/** Rank 1 is best (higher rates, more points identified and hazards found; lower overdue and open hazards). */
export const periodRanksSchema = z.object(
  Object.fromEntries(
    Object.keys(periodFiguresSchema.shape).map((key) => [key, z.number().int().nullable()]),
  ) as Record<keyof PeriodFigures, z.ZodNullable<z.ZodNumber>>,
);
export type PeriodRanks = z.infer<typeof periodRanksSchema>;

export const periodRowSchema = z.object({
  level: z.enum(periodLevels),
  id: z.string().meta({ description: 'city / 辖市区编号 / 镇街编号 / 企业编号' }),
  name: z.string().nullable(),
  districtId: z.string().nullable(),
  townId: z.string().nullable(),
  figures: periodFiguresSchema,
  counts: periodCountsSchema,
  /** Among the 7 districts (district rows only; null elsewhere). Ties share a rank (1, 1, 3). */
  ranks: periodRanksSchema.nullable(),
  /** The same area's figures in the previous quarter (null when that quarter was not computed). */
  previous: periodFiguresSchema.nullable(),
  /** figures − previous, per figure (null when either side is null). */
  change: periodFiguresSchema.nullable(),
});
export type PeriodRow = z.infer<typeof periodRowSchema>;

/** Where the dashboard highlights a district: server config (METRICS_*_THRESHOLD), the seed's defaults. */
export const periodThresholdsSchema = z.object({
  overdueRate: z.number().meta({ description: '风险逾期率高于此值标红（默认 0.3）' }),
  participationRate: z.number().meta({ description: '主要负责人参与率低于此值标红（默认 0.6）' }),
});
export type PeriodThresholds = z.infer<typeof periodThresholdsSchema>;

export const periodResponseSchema = z.object({
  quarter: z.string(),
  /** The level of `data`: the one asked, or `enterprise` for an enterprise user. */
  level: z.enum(periodLevels),
  /** True once the quarter has ended and its final run is done; false for the quarter to date. */
  final: z.boolean(),
  /** The last day (Asia/Shanghai) the figures cover; null until the job has run for that quarter. */
  throughDay: z.string().nullable(),
  generatedAt: z.string().nullable(),
  thresholds: periodThresholdsSchema,
  data: z.array(periodRowSchema),
});
export type PeriodResponse = z.infer<typeof periodResponseSchema>;

import * as z from 'zod';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** The areas an overdue snapshot is kept for, from the whole city down to one enterprise. */
export const overdueLevels = ['city', 'district', 'town', 'enterprise'] as const;
export type OverdueLevel = (typeof overdueLevels)[number];
export const trendLevels = ['city', 'district', 'town'] as const;
export type TrendLevel = (typeof trendLevels)[number];

const overdueLevelSchema = z.enum(overdueLevels, {
  error: '层级须为：全市（city）、辖市区（district）、镇街（town）、企业（enterprise）之一',
});

/** A calendar day of Asia/Shanghai that exists (`2026-02-30` is refused, not rolled over). */
const daySchema = (label: string) =>
  z
    .string({ error: `${label}须为日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式须为 YYYY-MM-DD` })
    // zod runs this after a failed regex too: a day that does not parse must answer false, not throw.
    .refine(
      (day) => {
        const time = Date.parse(`${day}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
      },
      {
        error: `${label}不是有效的日期`,
      },
    );

/** Active and overdue risk points of one area and level at one instant; `rate` is null when none is active. */
export const overdueFiguresSchema = z.object({
  active: z.number().int(),
  overdue: z.number().int(),
  rate: z
    .number()
    .nullable()
    .meta({ description: '逾期率 = 逾期在用风险点 / 在用风险点（0–1）；无在用风险点时为 null' }),
});
export type OverdueFigures = z.infer<typeof overdueFiguresSchema>;

/** The figures of an area in total and by risk level. */
export const overdueByLevelSchema = z.object({
  total: overdueFiguresSchema,
  red: overdueFiguresSchema,
  orange: overdueFiguresSchema,
  yellow: overdueFiguresSchema,
  blue: overdueFiguresSchema,
});
export type OverdueByLevel = z.infer<typeof overdueByLevelSchema>;

/** One area's row of a snapshot. `name` is null where the snapshot does not know it (a town unknown to org). */
export const overdueRowSchema = z.object({
  level: overdueLevelSchema,
  id: z.string().meta({ description: '区域编号：city / 辖市区编号 / 镇街编号 / 企业编号' }),
  name: z.string().nullable(),
  districtId: z.string().nullable(),
  townId: z.string().nullable(),
  gridId: z.string().nullable(),
  figures: overdueByLevelSchema,
  /** Overdue red + orange points: what "the enterprises with the most overdue points" ranks by. */
  overdueSevere: z.number().int(),
});
export type OverdueRow = z.infer<typeof overdueRowSchema>;

export const overdueQuerySchema = z
  .object({
    level: overdueLevelSchema,
    date: daySchema('日期')
      .optional()
      .meta({ description: '某日（北京时间）日终快照；不填为最近一小时的状态' }),
    districtId: districtIdSchema.optional(),
    townId: recordIdSchema.optional(),
    sort: z
      .enum(['area', 'worst'], { error: '排序须为：按区域（area）或逾期最多（worst）' })
      .default('area')
      .meta({ description: 'worst：逾期重大、较大风险点最多的在前（仅企业层级，最多 50 家）' }),
    limit: z.coerce
      .number({ error: '每页条数须为数字' })
      .int({ error: '每页条数须为整数' })
      .min(1, { error: '每页条数至少 1' })
      .max(100, { error: '每页条数不能超过 100' })
      .default(25),
    cursor: z.string().min(1).max(2048).optional(),
  })
  .refine((query) => query.sort !== 'worst' || query.level === 'enterprise', {
    error: '逾期最多排序只用于企业层级',
    path: ['sort'],
  })
  .refine((query) => query.sort !== 'worst' || query.limit <= 50, {
    error: '逾期最多排序最多返回 50 家',
    path: ['limit'],
  });
export type OverdueQuery = z.output<typeof overdueQuerySchema>;

export const overdueResponseSchema = z.object({
  level: overdueLevelSchema,
  /** `2026-12-01` for a day's snapshot, null for the current (hourly) state. */
  date: z.string().nullable(),
  /** The instant the figures are at (the hour, or the day's end); null until the job has run. */
  asOf: z.string().nullable(),
  data: z.array(overdueRowSchema),
  nextCursor: z.string().nullable(),
});
export type OverdueResponse = z.infer<typeof overdueResponseSchema>;

/** Strict: this route takes no paging, so a stray `limit` or `cursor` is refused rather than ignored. */
export const trendQuerySchema = z.strictObject({
  metric: z.enum(['overdueRate'], { error: '指标须为：风险逾期率（overdueRate）' }).default('overdueRate'),
  days: z.coerce
    .number({ error: '天数须为数字' })
    .int({ error: '天数须为整数' })
    .min(1, { error: '天数至少 1' })
    .max(366, { error: '天数不能超过 366' })
    .default(90),
  level: z
    .enum(trendLevels, { error: '层级须为：全市（city）、辖市区（district）、镇街（town）之一' })
    .default('district'),
  districtId: districtIdSchema.optional(),
});
export type TrendQuery = z.output<typeof trendQuerySchema>;

export const trendPointSchema = z.object({
  date: z.string(),
  active: z.number().int(),
  overdue: z.number().int(),
  rate: z.number().nullable(),
});

export const trendResponseSchema = z.object({
  metric: z.literal('overdueRate'),
  level: z.enum(trendLevels),
  /** First and last day (Asia/Shanghai) of the window; a day without a snapshot has no point. */
  from: z.string(),
  to: z.string(),
  series: z.array(
    z.object({
      id: z.string(),
      name: z.string().nullable(),
      districtId: z.string().nullable(),
      points: z.array(trendPointSchema),
    }),
  ),
});
export type TrendResponse = z.infer<typeof trendResponseSchema>;

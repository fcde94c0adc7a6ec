import * as z from 'zod';
import { rateLevels } from '#functions/dust-ladder/domain/rate-tally';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** A calendar day that exists (`2026-02-30` is refused, not rolled over). */
const daySchema = z
  .string({ error: '日期须为文本' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式须为 YYYY-MM-DD' })
  .refine(
    (day) => {
      const time = Date.parse(`${day}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
    },
    { error: '日期不是有效的日期' },
  );

/** Strict: no paging, so a stray `limit` or `cursor` is refused rather than ignored. */
export const dustRateQuerySchema = z.strictObject({
  level: z.enum(rateLevels, {
    error: '层级须为：全市（city）、辖市区（district）、镇街（town）、场所（site）之一',
  }),
  date: daySchema.optional().meta({ description: '某日（北京时间）；不填为今日最新快照' }),
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  days: z.coerce
    .number({ error: '天数须为数字' })
    .int({ error: '天数须为整数' })
    .min(1, { error: '天数至少 1' })
    .max(90, { error: '天数不能超过 90' })
    .default(1)
    .meta({ description: '大于 1 时返回截至该日的每日趋势与各行的期间均值（场所层级须限定辖市区）' }),
});
export type DustRateQuery = z.output<typeof dustRateQuerySchema>;

const figures = {
  sites: z.number().int(),
  uploaded: z.number().int(),
  rate: z.number().nullable().meta({ description: '上报率 = 当日已上报场所 / 场所（0–1）；无场所时为 null' }),
};

export const dustRateRowSchema = z.object({
  level: z.enum(rateLevels),
  id: z.string(),
  name: z.string().nullable(),
  districtId: z.string().nullable(),
  townId: z.string().nullable(),
  location: z.string().optional(),
  enterpriseId: z.string().optional(),
  townName: z.string().nullable().optional(),
  ...figures,
  mean: z
    .number()
    .nullable()
    .optional()
    .meta({ description: '期间均值：有快照各日上报率的平均（days > 1）' }),
});
export type DustRateRow = z.infer<typeof dustRateRowSchema>;

export const dustMissingSchema = z.object({
  siteId: z.string(),
  name: z.string(),
  location: z.string(),
  enterpriseId: z.string(),
  districtId: z.string(),
  townId: z.string(),
  townName: z.string().nullable(),
});

export const dustRateResponseSchema = z.object({
  level: z.enum(rateLevels),
  date: z.string(),
  days: z.number().int(),
  /** The instant of the day's latest snapshot; null before the first run of the day. */
  asOf: z.string().nullable(),
  /** True once the day has ended and its final snapshot is written. */
  final: z.boolean(),
  total: z.object(figures),
  rows: z.array(dustRateRowSchema),
  missing: z.array(dustMissingSchema).meta({ description: '范围内该日尚未上报的场所' }),
  trend: z.array(z.object({ day: z.string(), ...figures })),
});
export type DustRateResponse = z.infer<typeof dustRateResponseSchema>;

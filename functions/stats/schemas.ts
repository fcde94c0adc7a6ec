import * as z from 'zod';
import { type StatsScopeKind, statsScopeKinds } from '#functions/stats/domain/scope-kinds';

export { type StatsScopeKind, statsScopeKinds };

const count = z.number().int().min(0);
/** Counts by a category (an enterprise status, a role, a message status); categories with none may be absent. */
const countsBy = z.record(z.string(), count);

/** Enterprises of an area: all of them, those inside a grid (the rest are 网格外), and by status. */
export const enterpriseCountsSchema = z.object({
  total: count,
  inGrid: count.meta({ description: '在网格内的企业数；网格覆盖率 = inGrid / total' }),
  byStatus: countsBy.meta({ description: '按经营状态（正常生产、停产、关闭）计数' }),
});

/** One area one level below the snapshot's (districts of the city, towns of a district, grids of a town). */
export const statsAreaSchema = enterpriseCountsSchema.extend({
  id: z.string().nullable().meta({ description: '辖市（区）、镇（街道）或网格编号；null = 网格外' }),
  name: z.string().nullable().meta({ description: '名称；null = 网格外' }),
});

/** What the dashboard shows for one area, as the stats job last computed it. */
export const statsSnapshotSchema = z.object({
  scope: z.object({
    kind: z.enum(statsScopeKinds),
    id: z.string(),
    name: z.string().nullable().meta({ description: '辖区名称；全市为 null' }),
  }),
  generatedAt: z.iso.datetime().meta({ description: '统计时间（UTC）' }),
  enterprises: enterpriseCountsSchema,
  areas: z.array(statsAreaSchema),
  accounts: z.object({ total: count, disabled: count, byRole: countsBy }),
  /** Messages are the managers' (city, district); null for a town's or grid's snapshot. */
  messagesToday: z
    .object({ day: z.string().meta({ description: '北京时间日期' }), total: count, byStatus: countsBy })
    .nullable(),
});
export type StatsSnapshot = z.infer<typeof statsSnapshotSchema>;
export type StatsArea = z.infer<typeof statsAreaSchema>;
export type EnterpriseCounts = z.infer<typeof enterpriseCountsSchema>;

/** `GET /api/stats`: the caller's area's snapshot, or null until the job has run once. */
export const statsSchema = z.object({
  refreshMinutes: z.number().int().positive().meta({ description: '统计每隔多少分钟重新计算' }),
  snapshot: statsSnapshotSchema.nullable(),
});
export type Stats = z.infer<typeof statsSchema>;

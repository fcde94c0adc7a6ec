import { type PeriodLevel, type PeriodRow, periodRowSchema } from '#functions/metrics/schemas-period';
import { type PackedRow, packRow, unpackRow } from '#functions/metrics/store/period-pack';
import { getItem, putAll, queryAll } from '#functions/platform/dynamo/items';

/**
 * Key layout of the quarter's metrics in the main table (plain pk/sk, prefixed `period…`, apart from every
 * ElectroDB key). Access patterns, each one GetItem or Query:
 * - the city's row: pk `period#<quarter>#city#-`, sk `city`
 * - the 7 district rows: pk `period#<quarter>#district#city`
 * - a district's towns: pk `period#<quarter>#town#<districtId>`
 * - one enterprise: pk `period#<quarter>#enterprise#<districtId>`, sk `shard#<nn>` (nn = enterpriseShard(id)),
 *   whose `rows` (JSON) hold the rows of ≈ 1/32 of the district's enterprises: one GetItem for an enterprise
 *   user, and a city's 32,742 rows are 224 puts a night instead of 32,742 (each item ≈ 150 rows, ≈ 120 KB)
 * - which day the quarter's rows cover: pk `period#<quarter>`, sk `meta`, written after every row
 */
export const periodPk = (quarter: string, level: PeriodLevel, parentId: string) =>
  `period#${quarter}#${level}#${parentId}`;

const parentOf = (row: PeriodRow) =>
  row.level === 'city' ? '-' : row.level === 'district' ? 'city' : (row.districtId ?? '-');

export interface PeriodMeta {
  quarter: string;
  throughDay: string;
  final: boolean;
  generatedAt: string;
}

/** Enterprise rows per district are spread over this many items (a fixed count: every run rewrites each). */
export const ENTERPRISE_SHARDS = 32;

export function enterpriseShard(enterpriseId: string): string {
  let sum = 0;
  for (let i = 0; i < enterpriseId.length; i += 1) sum = (sum * 31 + enterpriseId.charCodeAt(i)) >>> 0;
  return `shard#${String(sum % ENTERPRISE_SHARDS).padStart(2, '0')}`;
}

function enterpriseItems(quarter: string, districts: readonly string[], rows: readonly PeriodRow[]) {
  const shards = new Map<string, PeriodRow[]>();
  for (const districtId of districts)
    for (let n = 0; n < ENTERPRISE_SHARDS; n += 1)
      shards.set(`${districtId}|shard#${String(n).padStart(2, '0')}`, []);
  for (const row of rows) shards.get(`${row.districtId}|${enterpriseShard(row.id)}`)?.push(row);
  return [...shards].map(([key, list]) => {
    const [districtId = '', sk] = key.split('|');
    return { pk: periodPk(quarter, 'enterprise', districtId), sk, rows: JSON.stringify(list.map(packRow)) };
  });
}

/** Puts every row, then the meta item: a reader sees the previous run's day until the rows are all written. */
export async function savePeriod(
  meta: PeriodMeta,
  districts: readonly string[],
  rows: readonly PeriodRow[],
): Promise<number> {
  const items: Record<string, unknown>[] = rows
    .filter((row) => row.level !== 'enterprise')
    .map((row) => ({ pk: periodPk(meta.quarter, row.level, parentOf(row)), sk: row.id, row }));
  const firms = rows.filter((row) => row.level === 'enterprise');
  items.push(...enterpriseItems(meta.quarter, districts, firms));
  await putAll(items);
  await putAll([{ pk: `period#${meta.quarter}`, sk: 'meta', ...meta }]);
  return items.length + 1;
}

export async function periodMeta(quarter: string): Promise<PeriodMeta | null> {
  const item = await getItem({ pk: `period#${quarter}`, sk: 'meta' });
  return item ? (item as unknown as PeriodMeta) : null;
}

const rowsOf = (items: Record<string, unknown>[]) => items.map((item) => periodRowSchema.parse(item.row));

/** The rows of one partition (`parentId` as in `periodPk`). */
export async function periodRowsOf(
  quarter: string,
  level: PeriodLevel,
  parentId: string,
): Promise<PeriodRow[]> {
  return rowsOf(
    await queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': periodPk(quarter, level, parentId) },
    }),
  );
}

export async function enterprisePeriodRow(quarter: string, districtId: string, enterpriseId: string) {
  const item = await getItem({
    pk: periodPk(quarter, 'enterprise', districtId),
    sk: enterpriseShard(enterpriseId),
  });
  const rows = item ? (JSON.parse(String(item.rows)) as PackedRow[]) : [];
  const row = rows.find((candidate) => candidate[0] === enterpriseId);
  return row ? periodRowSchema.parse(unpackRow(row, districtId)) : null;
}

/** The city, district and town rows of a quarter (the previous quarter's, for the change): ≈ 70 items. */
export async function areaRows(quarter: string, districts: readonly string[]): Promise<PeriodRow[]> {
  const parts = [
    periodRowsOf(quarter, 'city', '-'),
    periodRowsOf(quarter, 'district', 'city'),
    ...districts.map((districtId) => periodRowsOf(quarter, 'town', districtId)),
  ];
  return (await Promise.all(parts)).flat();
}

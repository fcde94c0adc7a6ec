import { type PeriodLevel, type PeriodRow, periodRowSchema } from '#functions/metrics/schemas-period';
import { getItem, putAll, queryAll } from '#functions/metrics/store/overdue-batch';

/**
 * Key layout of the quarter's metrics in the main table (plain pk/sk, prefixed `period…`, apart from every
 * ElectroDB key). Access patterns, each one GetItem or Query:
 * - the city's row: pk `period#<quarter>#city#-`, sk `city`
 * - the 7 district rows: pk `period#<quarter>#district#city`
 * - a district's towns: pk `period#<quarter>#town#<districtId>`
 * - one enterprise: pk `period#<quarter>#enterprise#<districtId>`, sk `<enterpriseId>` (an enterprise user's get)
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

/** Puts every row, then the meta item: a reader sees the previous run's day until the rows are all written. */
export async function savePeriod(meta: PeriodMeta, rows: readonly PeriodRow[]): Promise<number> {
  const items = rows.map((row) => ({
    pk: periodPk(meta.quarter, row.level, parentOf(row)),
    sk: row.id,
    row,
  }));
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
  const item = await getItem({ pk: periodPk(quarter, 'enterprise', districtId), sk: enterpriseId });
  return item ? periodRowSchema.parse(item.row) : null;
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

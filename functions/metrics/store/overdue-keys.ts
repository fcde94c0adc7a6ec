import type { OverdueLevel, OverdueRow } from '#functions/metrics/schemas';

/**
 * Key layout of the overdue snapshots in the main table (plain pk/sk, prefixed `overdue…` so that no ElectroDB
 * entity's `$changan#…` key can meet them). Access patterns, each one Query or GetItem:
 * - an area's children at one slot: pk `overdue#<level>#<parentId>`, sk begins_with `<slot>#`
 *   (the city: `overdue#city#-`; districts: `overdue#district#city`; a district's towns: `overdue#town#<districtId>`;
 *   a town's enterprises: `overdue#enterprise#<townId>`, sk `<slot>#<gridId|->#<enterpriseId>`, so a grid's
 *   enterprises are begins_with `<slot>#<gridId>#`)
 * - 90 days of an area's children (the trend): the same pk, sk BETWEEN `d<from>` AND `d<to>#~`
 * - the worst enterprises of the city, a district or a town: pk `overdueTop#<scope>#<id>`, sk `<slot>`
 * - which hour slot is current: pk `overdueCurrent`, sk `-`
 * - one run's partial aggregates (segments): pk `overduePartial#<periodKey>#<total>`, sk `done#<segment>` and
 *   `part#<segment>#<chunk>`
 * - each enterprise's running sum of the quarter's daily overdue rates, as of a day: pk `overdueQuarterSum#<quarter>`,
 *   sk `<day>#chunk#<n>` and `<day>#done` (sorts after its chunks: the latest complete day below a bound is one reverse Query, Limit 1)
 */
export type Key = {
  pk: string;
  sk: string;
};

export const rowPk = (level: OverdueLevel, parentId: string) => `overdue#${level}#${parentId}`;

export function rowSk(slot: string, row: Pick<OverdueRow, 'level' | 'id' | 'gridId'>): string {
  return row.level === 'enterprise' ? `${slot}#${row.gridId ?? '-'}#${row.id}` : `${slot}#${row.id}`;
}

export const topKey = (scope: string, scopeId: string, slot: string): Key => ({
  pk: `overdueTop#${scope}#${scopeId}`,
  sk: slot,
});

export const currentKey: Key = { pk: 'overdueCurrent', sk: '-' };

export const partialPk = (periodKey: string, totalSegments: number) =>
  `overduePartial#${periodKey}#${totalSegments}`;

export const quarterSumPk = (quarter: string) => `overdueQuarterSum#${quarter}`;

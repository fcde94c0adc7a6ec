import { daySlot, type OverduePeriod } from '#functions/metrics/domain/overdue-period';
import type { Rollup } from '#functions/metrics/domain/overdue-rollup';
import { topLists } from '#functions/metrics/domain/overdue-top';
import { currentKey, rowPk, rowSk, topKey } from '#functions/metrics/store/overdue-keys';
import { isConditionFailure } from '#functions/platform/conditions';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import { getItem, putAll } from '#functions/platform/dynamo/items';

function itemsOf(rollup: Rollup, slot: string, asOf: string): Record<string, unknown>[] {
  const rows = [...rollup.city, ...rollup.district, ...rollup.town, ...rollup.enterprise];
  const items: Record<string, unknown>[] = rows.map(({ parentId, row }) => ({
    pk: rowPk(row.level, parentId),
    sk: rowSk(slot, row),
    asOf,
    row,
  }));
  for (const list of topLists(rollup))
    items.push({ ...topKey(list.scope, list.scopeId, slot), asOf, rows: list.rows });
  return items;
}

/**
 * Whether the hour slot already holds a later hour (a rerun of yesterday's 13:00 after today's): then only the
 * day rows are written, never older figures over newer ones.
 */
async function slotHoldsLater(slot: string, asOf: string): Promise<boolean> {
  const city = await getItem({ pk: rowPk('city', '-'), sk: `${slot}#city` }, true);
  return typeof city?.asOf === 'string' && city.asOf > asOf;
}

/**
 * Writes a run's snapshot: the hour slot's rows and top lists, the day's too on the run that ends a day, and
 * last the pointer to the current hour (so a reader sees the previous hour until every row is written). Every
 * write is a put of a whole item keyed by slot: a run killed half-way is finished by rerunning it.
 */
export async function publishOverdue(period: OverduePeriod, rollup: Rollup): Promise<number> {
  const asOf = period.asOf.toISOString();
  const later = await slotHoldsLater(period.hourSlot, asOf);
  const items = [
    ...(later ? [] : itemsOf(rollup, period.hourSlot, asOf)),
    ...(period.day ? itemsOf(rollup, daySlot(period.day), asOf) : []),
  ];
  await putAll(items);
  if (!later) {
    try {
      await callDynamo('PutItem', {
        TableName: tableName,
        Item: { ...currentKey, slot: period.hourSlot, asOf, periodKey: period.periodKey },
        ConditionExpression: 'attribute_not_exists(asOf) OR asOf <= :asOf',
        ExpressionAttributeValues: { ':asOf': asOf },
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // a later hour is already current
    }
  }
  return items.length;
}

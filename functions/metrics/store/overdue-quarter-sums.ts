import {
  addDaySnapshot,
  type EnterpriseRateSum,
  type QuarterRateSums,
  quarterOfDay,
} from '#functions/metrics/domain/overdue-quarter-sum';
import type { PlacedRow } from '#functions/metrics/domain/overdue-rollup';
import { quarterSumPk } from '#functions/metrics/store/overdue-keys';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import { putAll, queryAll } from '#functions/platform/dynamo/items';

/** Enterprises per chunk: ~60 bytes each as JSON, so a chunk stays far below DynamoDB's 400 KB. */
const CHUNK = 2000;

type Packed = [string, number, number];
type Item = Record<string, unknown>;

const dayOf = (sk: unknown) => String(sk).slice(0, 10);

/** The sums as read, with how many items that took (the period job's log line and benchmark print it). */
export type StoredQuarterSums = QuarterRateSums & { itemsRead: number };

/** The newest complete day of the quarter with an sk below `below` (its `done` marker is written last). */
async function latestMarker(quarter: string, below: string): Promise<{ marker: Item | null; read: number }> {
  let bound = below;
  for (let read = 1; ; read += 1) {
    const answer = await callDynamo('Query', {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :below',
      ExpressionAttributeValues: { ':pk': quarterSumPk(quarter), ':below': bound },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    });
    const [item] = (answer.Items ?? []) as Item[];
    if (!item) return { marker: null, read };
    if (String(item.sk).endsWith('#done')) return { marker: item, read };
    // A day killed between its chunks and its marker: look at the day before it.
    bound = dayOf(item.sk);
  }
}

async function load(quarter: string, below: string): Promise<StoredQuarterSums | null> {
  const { marker, read } = await latestMarker(quarter, below);
  if (!marker) return null;
  const day = dayOf(marker.sk);
  const parts = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :chunk)',
    ExpressionAttributeValues: { ':pk': quarterSumPk(quarter), ':chunk': `${day}#chunk#` },
    ConsistentRead: true,
  });
  const enterprises = new Map<string, EnterpriseRateSum>();
  for (const part of parts) {
    // A rerun that wrote fewer chunks than a killed attempt leaves the extra ones behind: its marker says.
    if (Number(String(part.sk).split('#')[2]) >= Number(marker.chunks)) continue;
    for (const [id, sum, days] of JSON.parse(String(part.data)) as Packed[])
      enterprises.set(id, { sum, days });
  }
  return {
    quarter,
    throughDay: day,
    days: marker.days as string[],
    enterprises,
    itemsRead: read + parts.length,
  };
}

/** The sums of the latest day of `quarter` before `day`, the base the day's run adds to; null on its first. */
export const quarterSumsBefore = (quarter: string, day: string) => load(quarter, day);

/** The sums through `throughDay` (its own day if written, else the latest before): what the period job reads. */
export const quarterSumsThrough = (quarter: string, throughDay: string) => load(quarter, `${throughDay}#~`);

/**
 * Saves a day's sums: the chunks first, then the `done` marker naming how many there are and which days they
 * hold, so a marker is never seen without its chunks. A rerun of the day writes the same items again.
 */
export async function saveQuarterSums(sums: QuarterRateSums): Promise<number> {
  const pk = quarterSumPk(sums.quarter);
  const entries: Packed[] = [...sums.enterprises].map(([id, { sum, days }]) => [id, sum, days]);
  const chunks: Item[] = [];
  for (let start = 0; start < entries.length; start += CHUNK)
    chunks.push({
      pk,
      sk: `${sums.throughDay}#chunk#${chunks.length}`,
      data: JSON.stringify(entries.slice(start, start + CHUNK)),
    });
  await putAll(chunks);
  await putAll([{ pk, sk: `${sums.throughDay}#done`, chunks: chunks.length, days: [...sums.days] }]);
  return chunks.length + 1;
}

/**
 * The day run's step after its snapshot: the latest earlier day's sums (≈ 17 items at city scale) plus this day's
 * enterprise rows, saved under this day. A rerun of the day reads the same base and writes the same items.
 */
export async function addDayToQuarterSums(
  day: string,
  enterpriseRows: readonly PlacedRow[],
): Promise<number> {
  const quarter = quarterOfDay(day);
  const base = await quarterSumsBefore(quarter, day);
  return saveQuarterSums(addDaySnapshot(base, quarter, day, enterpriseRows));
}

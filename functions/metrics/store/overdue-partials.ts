import type { EnterpriseTally, Tally } from '#functions/metrics/domain/overdue-tally';
import { partialPk } from '#functions/metrics/store/overdue-keys';
import { putAll, queryAll } from '#functions/platform/dynamo/items';

/** Enterprises per partial item: ~80 bytes each as JSON, so a chunk stays far below DynamoDB's 400 KB. */
const CHUNK = 2000;

type Packed = [string, string, string, string, string | null, ...number[]];

const pack = (e: EnterpriseTally): Packed => [
  e.enterpriseId,
  e.name,
  e.districtId,
  e.townId,
  e.gridId,
  ...e.counts,
];

function unpack([enterpriseId, name, districtId, townId, gridId, ...counts]: Packed): EnterpriseTally {
  return { enterpriseId, name, districtId, townId, gridId, counts };
}

/**
 * Saves one segment's partial aggregate: its chunks first, then the `done` marker naming how many there are, so a
 * marker is never seen without its chunks. A rerun of the segment writes the same items again.
 */
export async function savePartial(periodKey: string, segment: number, total: number, tally: Tally) {
  const entries = [...tally.values()].map(pack);
  const pk = partialPk(periodKey, total);
  const chunks: Record<string, unknown>[] = [];
  for (let start = 0; start < entries.length; start += CHUNK)
    chunks.push({
      pk,
      sk: `part#${segment}#${chunks.length}`,
      data: JSON.stringify(entries.slice(start, start + CHUNK)),
    });
  await putAll(chunks);
  await putAll([{ pk, sk: `done#${segment}`, chunks: chunks.length }]);
}

/**
 * The partial aggregates of every segment of the run, or null while a segment has not saved its own. Read
 * strongly consistent: of two segments finishing together, the one that reads last sees both markers, so at
 * least one of them merges (both may: the merge writes the same items).
 */
export async function loadPartials(periodKey: string, total: number): Promise<Tally[] | null> {
  const pk = partialPk(periodKey, total);
  const key = { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)', ConsistentRead: true };
  const markers = await queryAll({ ...key, ExpressionAttributeValues: { ':pk': pk, ':sk': 'done#' } });
  if (markers.length < total) return null;
  const parts = await queryAll({ ...key, ExpressionAttributeValues: { ':pk': pk, ':sk': 'part#' } });
  const chunksOf = new Map(
    markers.map((marker) => [Number(String(marker.sk).slice(5)), Number(marker.chunks)]),
  );
  const tallies: Tally[] = Array.from({ length: total }, () => new Map());
  const seen = new Array<number>(total).fill(0);
  for (const part of parts) {
    const [, segment, chunk] = String(part.sk).split('#').map(Number) as [number, number, number];
    // A rerun that wrote fewer chunks than a killed attempt leaves the extra ones behind: its marker says.
    if (chunk >= (chunksOf.get(segment) ?? 0)) continue;
    seen[segment] = (seen[segment] ?? 0) + 1;
    for (const packed of JSON.parse(String(part.data)) as Packed[]) {
      const entry = unpack(packed);
      (tallies[segment] as Tally).set(entry.enterpriseId, entry);
    }
  }
  if ([...chunksOf].some(([segment, chunks]) => seen[segment] !== chunks))
    throw new Error(`overdue partials of ${periodKey} do not match their markers`);
  return tallies;
}

import { createConversions } from 'electrodb';
import * as z from 'zod';
import type { Enterprise, EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { enterprise, gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
import type { Partition } from '#functions/enterprises/store/list-plan';
import { toEnterprise } from '#functions/enterprises/store/records';
import { enterpriseWhere } from '#functions/enterprises/store/where';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#functions/platform/cursor';

/** Items DynamoDB evaluates per request when a filter expression may drop most of them (~300 KB of items). */
const FILTERED_READ = 500;
const conversions = createConversions(enterprise);
const positionSchema = z.strictObject({
  p: z.number().int().min(0),
  k: z.record(z.string(), z.string()).nullable(),
});
type Position = z.infer<typeof positionSchema>;
type Keys = Record<string, string>;

/** Index keys from composite attributes; the union of access patterns is too wide for ElectroDB's types. */
const keysOf = (index: Partition['index'], composite: Keys): Keys =>
  conversions.byAccessPattern[index].fromComposite.toKeys(composite as never) as Keys;

function query(partition: Partition, residual: EnterpriseFilter) {
  const where = enterpriseWhere(residual);
  const base =
    partition.index === 'byDistrict'
      ? enterprise.query.byDistrict(partition.key)
      : partition.index === 'byTown'
        ? enterprise.query.byTown(partition.key)
        : enterprise.query.byGrid(partition.key);
  return where ? base.where(where) : base;
}

/** The index keys of `item` in `partition`: where the next page starts when a page ends inside a response. */
function keysAfter(partition: Partition, item: Enterprise): Keys {
  const composite = {
    id: item.id,
    districtId: item.districtId,
    townId: item.townId,
    gridKey: gridKeyOf(item.gridId, item.districtId),
  };
  return keysOf(partition.index, composite);
}

/** A cursor's start key must be a key of this very partition: a tampered one cannot reach other partitions. */
function checkStartKey(partition: Partition, key: Keys): void {
  const expected = keysOf(partition.index, { ...partition.key, id: 'x' });
  const names = Object.keys(expected);
  const [indexPk, indexSk] = names.filter((name) => name.startsWith('gsi'));
  const sameShape =
    Object.keys(key).length === names.length && names.every((name) => typeof key[name] === 'string');
  const samePartition = !!indexPk && key[indexPk] === expected[indexPk];
  const sortPrefix = (expected[indexSk ?? ''] ?? '').replace(/x$/, '');
  if (!sameShape || !samePartition || !key[indexSk ?? '']?.startsWith(sortPrefix))
    throw new InvalidCursorError();
}

function startPosition(partitions: readonly Partition[], cursor: string | undefined): Position {
  if (!cursor) return { p: 0, k: null };
  const position = decodeCursor(cursor, positionSchema);
  const partition = partitions[position.p];
  if (!partition) throw new InvalidCursorError();
  if (position.k) checkStartKey(partition, position.k);
  return position;
}

export interface EnterpriseChunk {
  items: Enterprise[];
  nextCursor: string | null;
}

/**
 * Reads up to `limit` enterprises from `partitions` in order, starting at `cursor`. A filter expression can make
 * a DynamoDB response short, so it keeps reading until the page is full, the partitions are exhausted or
 * `maxReads` requests were made; the cursor then says where to go on (a page may be short, never wrong).
 */
export async function readEnterprises(
  partitions: readonly Partition[],
  residual: EnterpriseFilter,
  options: { limit: number; cursor?: string | undefined; maxReads: number },
): Promise<EnterpriseChunk> {
  let { p, k } = startPosition(partitions, options.cursor);
  const items: Enterprise[] = [];
  const filtered = enterpriseWhere(residual) !== null;
  for (
    let reads = 0;
    reads < options.maxReads && p < partitions.length && items.length < options.limit;
    reads += 1
  ) {
    const partition = partitions[p] as Partition;
    const want = options.limit - items.length;
    const cursor = k ? conversions.byAccessPattern[partition.index].fromKeys.toCursor(k) : null;
    const response = await query(partition, residual).go({
      cursor,
      limit: filtered ? Math.max(want, FILTERED_READ) : want,
      pages: 1,
    });
    const taken = response.data.slice(0, want).map(toEnterprise);
    items.push(...taken);
    const last = taken.at(-1);
    if (response.data.length > want && last) k = keysAfter(partition, last);
    else if (response.cursor)
      k = conversions.byAccessPattern[partition.index].fromCursor.toKeys(response.cursor) as Keys;
    else [p, k] = [p + 1, null];
  }
  return { items, nextCursor: p < partitions.length ? encodeCursor({ p, k }) : null };
}

import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { batchUntilDone } from '#functions/platform/text-index/batches';

/**
 * Which partitions of a name index (a district, or `city`) have any token W: one small item per index, token
 * and partition, so that a search over the whole city asks one Query per token instead of one per district,
 * and reads only the districts where every token of the search occurs. It may say more than is true (writers
 * put it with their tokens and never delete it; the repair jobs do), never less.
 * Access patterns:
 * - the partitions of index I that have token W (query byToken)
 */
export const tokenPresence = new Entity(
  {
    model: { entity: 'tokenPresence', version: '1', service: 'changan' },
    attributes: {
      /** The name index: `enterprise` or `user`. */
      kind: { type: 'string', required: true },
      token: { type: 'string', required: true },
      partition: { type: 'string', required: true },
    },
    indexes: {
      byToken: {
        pk: { field: 'pk', composite: ['kind', 'token'] },
        sk: { field: 'sk', composite: ['partition'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

type Presence = { kind: string; token: string; partition: string };
type Occurrence = { token: string; partition: string };

const keyOf = (value: object) => {
  const { kind, token, partition } = value as Presence;
  return `${kind}\u0001${token}\u0001${partition}`;
};

/** Each (token, partition) once, however many records share it. */
function distinct(kind: string, occurrences: readonly Occurrence[]): Presence[] {
  const items = new Map<string, Presence>();
  for (const { token, partition } of occurrences) {
    const item = { kind, token, partition };
    items.set(keyOf(item), item);
  }
  return [...items.values()];
}

const putAll = (items: readonly Presence[]) =>
  batchUntilDone(items, (batch) => tokenPresence.put(batch).go({ concurrent: 8 }), keyOf);

/** Records that tokens occur in their partitions (a writer, before it puts the tokens). */
export async function notePresence(kind: string, occurrences: readonly Occurrence[]) {
  await putAll(distinct(kind, occurrences));
}

/** The partitions each of `tokens` occurs in (one Query per token, all at once). */
export async function presenceOf(kind: string, tokens: readonly string[]): Promise<Map<string, Set<string>>> {
  const found = await Promise.all(
    tokens.map(async (token) => {
      const { data } = await tokenPresence.query.byToken({ kind, token }).go({ pages: 'all' });
      return [token, new Set(data.map((item) => item.partition))] as const;
    }),
  );
  return new Map(found);
}

/** The repair jobs' half of `notePresence`: reads which occurrences are noted, puts only the others. */
export async function ensurePresence(kind: string, occurrences: readonly Occurrence[]): Promise<number> {
  const wanted = distinct(kind, occurrences);
  const noted = await batchUntilDone(wanted, (keys) => tokenPresence.get(keys).go({ concurrent: 4 }), keyOf);
  const known = new Set(noted.map(keyOf));
  const missing = wanted.filter((item) => !known.has(keyOf(item)));
  await putAll(missing);
  return missing.length;
}

/**
 * The repair jobs' clean-up, for one segment of a parallel scan: forgets each noted (token, partition) of
 * `kind` that `stillThere` finds no token for any more (its last record was renamed, moved or deleted).
 */
export async function prunePresence(
  kind: string,
  segment: number,
  totalSegments: number,
  stillThere: (token: string, partition: string) => Promise<boolean>,
): Promise<number> {
  let [cursor, forgotten]: [string | null, number] = [null, 0];
  do {
    const page: { data: Presence[]; cursor: string | null } = await tokenPresence.scan
      .where((a, op) => op.eq(a.kind, kind))
      .go({ cursor, limit: 2000, pages: 1, params: { Segment: segment, TotalSegments: totalSegments } });
    for (const item of page.data)
      if (!(await stillThere(item.token, item.partition))) {
        await tokenPresence.delete(item).go();
        forgotten += 1;
      }
    cursor = page.cursor;
  } while (cursor);
  return forgotten;
}

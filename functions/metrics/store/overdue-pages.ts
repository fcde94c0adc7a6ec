import * as z from 'zod';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import { InvalidCursorError, type Page } from '#functions/platform/pager';

/** One snapshot partition a page reads: the rows of `pk` whose sort key starts with `prefix`. */
export interface RowPartition {
  pk: string;
  prefix: string;
}

const MAX_READS = 10;
const cursorSchema = z.strictObject({
  p: z.number().int().min(0),
  k: z.strictObject({ pk: z.string(), sk: z.string() }).nullable(),
});
type Position = z.infer<typeof cursorSchema>;

const encode = (position: Position) => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

/** A cursor must name one of this list's partitions and a key inside it: a forged one reaches nothing else. */
function decode(partitions: readonly RowPartition[], cursor: string | undefined): Position {
  if (!cursor) return { p: 0, k: null };
  let parsed: ReturnType<typeof cursorSchema.safeParse>;
  try {
    parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError();
  }
  if (!parsed.success) throw new InvalidCursorError();
  const partition = partitions[parsed.data.p];
  const key = parsed.data.k;
  if (!partition || (key && (key.pk !== partition.pk || !key.sk.startsWith(partition.prefix))))
    throw new InvalidCursorError();
  return parsed.data;
}

/**
 * One page of snapshot rows read in partition order. `asOf` (the current hour) drops rows an hour slot kept from
 * an earlier day (an enterprise with no active point left): a filter on one small partition, never a scan.
 */
export async function readRowPage<T>(
  partitions: readonly RowPartition[],
  request: { limit: number; cursor?: string | undefined; asOf?: string },
  view: (item: Record<string, unknown>) => T | undefined,
): Promise<Page<T>> {
  let position = decode(partitions, request.cursor);
  const data: T[] = [];
  for (let reads = 0; reads < MAX_READS && data.length < request.limit; reads += 1) {
    const partition = partitions[position.p];
    if (!partition) return { data, nextCursor: null };
    const answer = await callDynamo('Query', {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': partition.pk,
        ':prefix': partition.prefix,
        ...(request.asOf ? { ':asOf': request.asOf } : {}),
      },
      ...(request.asOf ? { FilterExpression: 'asOf = :asOf' } : {}),
      Limit: request.limit - data.length,
      ...(position.k ? { ExclusiveStartKey: position.k } : {}),
    });
    for (const item of (answer.Items ?? []) as Record<string, unknown>[]) {
      const row = view(item);
      if (row !== undefined) data.push(row);
    }
    const last = answer.LastEvaluatedKey as { pk: string; sk: string } | undefined;
    position = last ? { p: position.p, k: { pk: last.pk, sk: last.sk } } : { p: position.p + 1, k: null };
  }
  return { data, nextCursor: partitions[position.p] ? encode(position) : null };
}

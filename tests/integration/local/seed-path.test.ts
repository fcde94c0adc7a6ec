import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** Empties the main table (Scan + BatchWriteItem deletes), so that the same demo city can be seeded again. */
async function emptyMainTable() {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  for (;;) {
    const page = (await callDynamo('Scan', {
      TableName: tableName,
      ProjectionExpression: 'pk, sk',
      Limit: 500,
    })) as {
      Items?: { pk: string; sk: string }[];
    };
    const keys = page.Items ?? [];
    if (keys.length === 0) return;
    for (let at = 0; at < keys.length; at += 25) {
      let pending: unknown[] = keys.slice(at, at + 25).map((Key) => ({ DeleteRequest: { Key } }));
      while (pending.length > 0) {
        const answer = (await callDynamo('BatchWriteItem', { RequestItems: { [tableName]: pending } })) as {
          UnprocessedItems?: Record<string, unknown[]>;
        };
        pending = answer.UnprocessedItems?.[tableName] ?? [];
      }
    }
  }
}

/** The demo seed at `scale` into an empty table: its summary and its DynamoDB requests by action. */
async function seedCounting(scale: number) {
  await emptyMainTable();
  const { seedDemoCity } = await import('#infra/local/seed/seed-city');
  const { result, requests } = await dynamoRequestsDuring(stack, () => seedDemoCity({ scale, seed: 7 }));
  return { summary: result, counts: countByAction(requests) };
}

describe('the demo seed', () => {
  it('writes each enterprise through the import’s batch path: nothing read for it, one claim and its account', async () => {
    // Act: the same city (towns, grids, officers) with 100 and with 500 enterprises; the difference is what
    // 400 enterprises cost
    const small = await seedCounting(0.05);
    const large = await seedCounting(0.25);

    // Assess: per enterprise, its credit-code claim and its account (username claim + account) are the only
    // single writes; the rest (the enterprise, the name indexes) is batched, and nothing is read per enterprise
    const added = large.summary.enterprises - small.summary.enterprises;
    const each = (action: string) => ((large.counts[action] ?? 0) - (small.counts[action] ?? 0)) / added;
    console.info(
      `seed requests: ${JSON.stringify(small.counts)} for 100, ${JSON.stringify(large.counts)} for 500`,
    );
    expect(added).toBe(400);
    expect(each('GetItem')).toBeLessThan(0.05);
    expect(each('Query')).toBeLessThan(0.05);
    expect(each('PutItem')).toBeLessThanOrEqual(3.05);
    const { findUserByUsername } = await import('#functions/identity/store/users');
    const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
    const { data: some } = await enterprise.query.byDistrict({ districtId: 'wujin' }).go({ limit: 3 });
    for (const seeded of some)
      expect(await findUserByUsername(`e${seeded.creditCode.toLowerCase()}`)).toMatchObject({
        role: 'enterpriseUser',
        enterpriseId: seeded.id,
        isPrincipal: true,
      });
  }, 240_000);
});

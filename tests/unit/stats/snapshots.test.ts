import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import type { StatsSnapshot } from '#functions/stats/schemas';
import { findStatsFor, saveStatsSnapshots } from '#functions/stats/store/snapshots';
import { dynamoWire } from '#tests/fixtures/dynamo-wire';

const dynamo = dynamoWire();
type WireItem = Parameters<typeof unmarshall>[0];
type Requests = Record<string, { PutRequest: { Item: WireItem } }[]>;

/** Town snapshots T01…Tnn; the store writes them as they are, so only the key fields matter here. */
const snapshots = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      ({
        scope: { kind: 'town', id: `T${String(i + 1).padStart(2, '0')}` },
        generatedAt: '2026-12-06T02:00:00.000Z',
      }) as unknown as StatsSnapshot,
  );

/** The scope ids each BatchWriteItem request carried, request by request, with the time it arrived. */
const sent: { at: number; ids: string[] }[] = [];
const idsOf = (requests: Requests) =>
  Object.values(requests)
    .flat()
    .map((request) => String(unmarshall(request.PutRequest.Item).scopeId));

/** Answers each request, handing back as unprocessed the puts `refuse` names (by scope id and earlier tries). */
function answerBatches(refuse: (id: string, triedBefore: number) => boolean) {
  const tries = new Map<string, number>();
  dynamo.on(BatchWriteCommand).callsFake((input) => {
    const requests = input.RequestItems as Requests;
    const ids = idsOf(requests);
    sent.push({ at: Date.now(), ids });
    const unprocessed: Requests = {};
    for (const [table, puts] of Object.entries(requests)) {
      const left = puts.filter((put) => {
        const id = String(unmarshall(put.PutRequest.Item).scopeId);
        tries.set(id, (tries.get(id) ?? 0) + 1);
        return refuse(id, (tries.get(id) ?? 1) - 1);
      });
      if (left.length > 0) unprocessed[table] = left;
    }
    return { UnprocessedItems: unprocessed };
  });
}

const principal = (fields: Partial<Principal>): Principal => ({
  userId: 'u1',
  username: 'u1',
  name: '测试',
  role: 'cityAdmin',
  ...fields,
});

describe('saving stats snapshots', () => {
  beforeEach(() => {
    dynamo.reset();
    sent.length = 0;
  });

  it('writes 30 snapshots in requests of 25 and again only the ones handed back, after a pause', async () => {
    answerBatches((id, triedBefore) => triedBefore === 0 && (id === 'T03' || id === 'T27'));
    await saveStatsSnapshots(snapshots(30));
    const [first, second, retry, ...more] = sent;
    expect([first?.ids.length, second?.ids.length].sort()).toEqual([25, 5]);
    expect(new Set([...(first?.ids ?? []), ...(second?.ids ?? [])]).size).toBe(30);
    expect(retry?.ids.sort()).toEqual(['T03', 'T27']);
    expect(more).toEqual([]);
    // The first retry waits 100 ms (50 ms × 2¹) before it asks again.
    expect((retry?.at ?? 0) - Math.max(first?.at ?? 0, second?.at ?? 0)).toBeGreaterThanOrEqual(90);
  });

  it('writes nothing again when nothing is handed back', async () => {
    answerBatches(() => false);
    await saveStatsSnapshots(snapshots(3));
    expect(sent.map((request) => request.ids.sort())).toEqual([['T01', 'T02', 'T03']]);
  });

  it('gives up after 8 rounds of one snapshot handed back every time, saying so', async () => {
    answerBatches((id) => id === 'T01');
    const started = Date.now();
    await expect(saveStatsSnapshots(snapshots(2))).rejects.toThrow(
      'stats snapshots still unprocessed after 8 rounds',
    );
    expect(sent.map((request) => request.ids.sort())).toEqual([
      ['T01', 'T02'],
      ...Array.from({ length: 7 }, () => ['T01']),
    ]);
    // Pauses of 100, 200, 400, 800, 1600, 2000, 2000 ms: 7.1 s, never 2 s each (14 s).
    expect(Date.now() - started).toBeGreaterThanOrEqual(7000);
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 20_000);
});

describe("reading the caller's snapshot", () => {
  beforeEach(() => dynamo.reset());

  it('refuses a caller with no area of its own with a 404 naming why, reading nothing', async () => {
    for (const caller of [
      principal({ role: 'enterpriseUser', enterpriseId: 'e1' }),
      principal({ role: 'agencyUser', agencyId: 'a1' }),
      principal({ role: 'districtAdmin' }),
    ]) {
      const failure = await findStatsFor(caller).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(NotFoundError);
      expect((failure as Error).message).toBe('当前账号没有可统计的辖区');
    }
    expect(dynamo.calls()).toEqual([]);
  });

  it("reads one item: the city's, the district's, the town's or the grid's snapshot", async () => {
    dynamo.on(GetCommand).resolves({});
    const callers = [
      principal({ role: 'cityAdmin' }),
      principal({ role: 'districtAdmin', districtId: 'wujin' }),
      principal({ role: 'townOfficer', districtId: 'wujin', townId: 'T1' }),
      principal({ role: 'gridMember', districtId: 'wujin', townId: 'T1', gridId: 'G1' }),
    ];
    for (const caller of callers) expect((await findStatsFor(caller)).snapshot).toBeNull();
    const keys = dynamo.commandCalls(GetCommand).map((call) => call.args[0].input.Key);
    expect(keys.map((key) => (key as { pk: string }).pk)).toEqual([
      '$changan#scopekind_city#scopeid_city',
      '$changan#scopekind_district#scopeid_wujin',
      '$changan#scopekind_town#scopeid_t1',
      '$changan#scopekind_grid#scopeid_g1',
    ]);
  });
});

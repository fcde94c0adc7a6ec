import type { SourceSite } from '#functions/dust-ladder/store/source-types';
import { seededRandom } from '../../infra/local/seed/random';

/**
 * The dust bench's city (tests/bench/dust.ts): 1,830 sites with 90 days of day records and their enterprises,
 * the raw baselines (the sites' Queries, the principals, conditional puts of copies of what the job made) and
 * the untimed steps that put the table back between rounds.
 */
export const SITES = Number(process.env.DUST_BENCH_SITES ?? 1830);
export const DAYS = 90;
export const AT = new Date('2026-11-30T10:00:00.000Z'); // Beijing 18:00
export const TODAY = '2026-11-30';
const DISTRICTS = ['liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];
export type Item = Record<string, unknown>;

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function putAll(items: Item[]) {
  const { putAll: put } = await import('#functions/platform/dynamo/items');
  await put(items);
}

export async function writeData(): Promise<{ sites: SourceSite[]; items: number; seconds: number }> {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const random = seededRandom(13).next;
  const started = performance.now();
  const sites: SourceSite[] = [];
  const enterprises: Item[] = [];
  const days: Item[] = [];
  const written = new Set<string>();
  for (let n = 0; n < SITES; n += 1) {
    const districtId = DISTRICTS[n % DISTRICTS.length] as string;
    const townId = `${districtId}-t${n % 9}`;
    const enterpriseId = `bench-e${Math.floor((n * 2) / 3)}`;
    if (!written.has(enterpriseId)) {
      written.add(enterpriseId);
      const params = enterprise
        .put({
          id: enterpriseId,
          creditCode: `91320400MA${String(n).padStart(7, '0')}X`,
          name: `常州粉尘基准企业${n}`,
          districtId,
          townId,
          industry: '机械',
          status: '正常生产',
          flags: ['dust'],
          principal: { name: '主要负责人', phone: `139${String(n).padStart(8, '0')}` },
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        })
        .params() as { Item: Item };
      enterprises.push(params.Item);
    }
    const roll = random();
    const missed =
      roll < 0.9
        ? 0
        : roll < 0.95
          ? 1 + Math.floor(random() * 2)
          : roll < 0.98
            ? 3 + Math.floor(random() * 4)
            : 7 + Math.floor(random() * 14);
    const site: SourceSite = {
      siteId: `bench-s${String(n).padStart(5, '0')}`,
      enterpriseId,
      districtId,
      townId,
      name: `抛光车间${n}`,
      location: `${n % 5}号厂房`,
      contactPhone: `138${String(n).padStart(8, '0')}`,
      createdAt: '2026-01-01T00:00:00.000Z',
      lastSatisfiedDay: addDays(TODAY, -missed),
    };
    sites.push(site);
    for (let back = missed; back < DAYS; back += 1)
      if (back === missed || random() < 0.97)
        days.push({ pk: `benchDustDay#${site.siteId}`, sk: addDays(TODAY, -back), satisfied: true });
  }
  const { dustSite } = await import('#functions/dust-sites/store/entities/dust-site');
  const siteItems = sites.map((site, n) => {
    const params = dustSite
      .put({
        ...site,
        enterpriseName: `常州粉尘基准企业${n}`,
        dustType: '铝粉',
        status: 'active',
        token: `benchToken${String(n).padStart(12, '0')}`,
        codeIssuedAt: site.createdAt,
        version: 1,
        createdBy: 'bench',
        updatedAt: site.createdAt,
      })
      .params() as { Item: Item };
    return params.Item;
  });
  await putAll([...enterprises, ...siteItems, ...days]);
  const items = enterprises.length + siteItems.length + days.length;
  return { sites, items, seconds: (performance.now() - started) / 1000 };
}

/** The raw read of the sites: one Query a district partition of gsi3 (active), all pages, 4 in flight. */
async function rawSites(): Promise<number> {
  const { queryAll } = await import('#functions/platform/dynamo/items');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const { districtIds } = await import('#functions/platform/districts');
  const { dustSite } = await import('#functions/dust-sites/store/entities/dust-site');
  const pages = await mapLimit([...districtIds], 4, (districtId) => {
    const query = dustSite.query.byDistrict({ districtId, status: 'active' }).params() as Item;
    return queryAll({
      IndexName: query.IndexName,
      KeyConditionExpression: query.KeyConditionExpression,
      ExpressionAttributeNames: query.ExpressionAttributeNames,
      ExpressionAttributeValues: query.ExpressionAttributeValues,
    });
  });
  return pages.reduce((sum, items) => sum + items.length, 0);
}

/** The baseline: the sites (7 Queries) and the principals the ladder looks up (batched gets), nothing done. */
export async function rawRead(principalIds: readonly string[]): Promise<{ items: number; ms: number }> {
  const { principalContacts } = await import('#functions/enterprises/index');
  const started = performance.now();
  let items = await rawSites();
  items += (await principalContacts(principalIds)).size;
  return { items, ms: performance.now() - started };
}

/**
 * 300 messages and 100 tasks under throwaway keys, before any timing: the first few hundred conditional puts of
 * a process run cold (V8 compiles the transport's marshalling and dynalite's expression parser on the way), and
 * the job, timed first, would pay that for the baseline after it.
 */
export async function warmUp(): Promise<void> {
  const { enqueueAll } = await import('#functions/messages/index');
  const { createTasks } = await import('#functions/tasks/index');
  const day = addDays(TODAY, -200);
  await enqueueAll(
    Array.from({ length: 300 }, (_, n) => ({
      key: `bench-warm#${n}`,
      input: {
        template: 'dustRemind' as const,
        params: { site: `预热车间${n}`, date: day },
        recipient: { phone: `137${String(n).padStart(8, '0')}` },
        enqueuedBy: 'job:bench',
        districtId: 'wujin',
      },
    })),
    AT,
  );
  await createTasks(
    Array.from({ length: 100 }, (_, n) => ({
      taskKey: `bench-warm#task#${n}`,
      kind: 'dustUrge' as const,
      title: `预热任务${n}`,
      assignee: { level: 'town' as const, districtId: 'wujin', townId: 'wujin-t0' },
      subject: { enterpriseId: `bench-e${n}` },
      dueAt: AT.toISOString(),
    })),
    AT,
  );
}

/** The messages and tasks the first run made, read back raw (a bench-only Scan, outside every timing). */
export async function createdItems(): Promise<Item[]> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const answer = await callDynamo('Scan', {
      TableName: tableName,
      FilterExpression: '#e IN (:message, :task)',
      ExpressionAttributeNames: { '#e': '__edb_e__' },
      ExpressionAttributeValues: { ':message': 'message', ':task': 'task' },
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    items.push(...((answer.Items as Item[] | undefined) ?? []));
    start = answer.LastEvaluatedKey as Item | undefined;
  } while (start);
  const warm = (item: Item) => String(item.idempotencyKey ?? item.taskKey ?? '').startsWith('bench-warm#');
  const copy = (item: Item) => String(item.pk).startsWith(RAW_COPY);
  return items.filter((item) => !warm(item) && !copy(item));
}

/** Deletes items by their table key, 16 in flight (outside every timing: it puts the table back for the next round). */
export async function deleteAll(keys: readonly Item[]): Promise<void> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { mapLimit } = await import('#functions/platform/concurrency');
  await mapLimit(keys, 16, async ({ pk, sk }) => {
    await callDynamo('DeleteItem', { TableName: tableName, Key: { pk, sk } });
  });
}

const RAW_COPY = 'benchRawWrite#';

/**
 * A second baseline: the writes the ladder cannot avoid, raw — one PutItem of a copy of each message and task
 * it created (same attributes, so the emulator maintains the same index entries; a copy's key is its own), 16 in
 * flight as the job, each with the job's own `attribute_not_exists` condition: an idempotent job's put is
 * conditional (in dynalite the condition alone costs ≈ 2.4× an unconditional put, measured while writing this).
 * Returns the time and the copies' keys (deleted after the round, untimed).
 */
export async function rawWrites(
  items: readonly Item[],
  round: number,
): Promise<{ ms: number; keys: Item[] }> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const keys = items.map((item, n) => ({ pk: `${RAW_COPY}${round}#${n}`, sk: item.sk }));
  const started = performance.now();
  await mapLimit([...items.keys()], 16, async (n) => {
    await callDynamo('PutItem', {
      TableName: tableName,
      Item: { ...items[n], pk: keys[n]?.pk },
      // the condition ElectroDB's create sends (dynalite parses each expression: the same text costs the same)
      ConditionExpression: 'attribute_not_exists(#pk) AND attribute_not_exists(#sk)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    });
  });
  return { ms: performance.now() - started, keys };
}

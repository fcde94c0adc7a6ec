import { seededRandom } from '../../infra/local/seed/random';

/**
 * The period-metrics bench's city (tests/bench/period-metrics.ts), written raw in the stores' key format, and the
 * raw read of exactly the items the job reads (its baseline).
 */
export const SCALE = Number(process.env.PERIOD_BENCH_SCALE ?? 1);
const ENTERPRISES = Math.round(32_742 * SCALE);
const HAZARDS = Math.round(12_000 * SCALE);
const TOWNS_PER_DISTRICT = [8, 9, 14, 10, 9, 8, 8];
/** Beijing 2026-12-01 01:30: the nightly run for 2026Q4 through 11-30. */
export const AT = new Date('2026-11-30T17:30:00.000Z');
const QUARTER = '2026Q4';
const DAYS = 61; // 10-01 … 11-30

async function write(items: Record<string, unknown>[]) {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await mapLimit(batches, 8, async (batch) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    while (pending.length > 0) {
      const answer = await callDynamo('BatchWriteItem', { RequestItems: { [tableName]: pending } });
      pending = ((answer.UnprocessedItems as Record<string, typeof pending>)?.[tableName] ??
        []) as typeof pending;
    }
  });
}

const figure = (active: number, overdue: number) => ({
  active,
  overdue,
  rate: active ? overdue / active : null,
});

function overdueRow(
  level: string,
  id: string,
  districtId: string | null,
  townId: string | null,
  n: number,
  next: () => number,
) {
  const split = [0.04, 0.16, 0.4, 0.4].map((share) => Math.round(share * n));
  const [red, orange, yellow, blue] = split.map((active) =>
    figure(active, Math.round(active * next() * 0.5)),
  );
  const total = figure(
    split.reduce((s, v) => s + v, 0),
    [red, orange, yellow, blue].reduce((s, f) => s + (f?.overdue ?? 0), 0),
  );
  return {
    level,
    id,
    name: null,
    districtId,
    townId,
    gridId: null,
    figures: { total, red, orange, yellow, blue },
    overdueSevere: 0,
  };
}

export async function writeCity(): Promise<number> {
  const { districtIds } = await import('#functions/platform/districts');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const { scanCounterItem } = await import('#functions/scans/index');
  const { rowPk, rowSk } = await import('#functions/metrics/store/overdue-keys');
  const { next } = seededRandom(2022);
  const towns = districtIds.flatMap((districtId, d) =>
    Array.from({ length: TOWNS_PER_DISTRICT[d] ?? 8 }, (_, t) => ({ districtId, townId: `pt-${d}-${t}` })),
  );
  const firms = Array.from({ length: ENTERPRISES }, (_, i) => ({
    id: `pe-${i}`,
    ...(towns[i % towns.length] as (typeof towns)[number]),
  }));
  let items = 0;
  const flush = async (batch: Record<string, unknown>[]) => {
    await write(batch);
    items += batch.length;
    process.stderr.write(`\r  writing ${items.toLocaleString()} items`);
  };
  let batch: Record<string, unknown>[] = [];
  const add = async (item: Record<string, unknown>) => {
    batch.push(item);
    if (batch.length < 10_000) return;
    await flush(batch);
    batch = [];
  };
  for (const [i, firm] of firms.entries()) {
    const at = '2026-08-01T00:00:00.000Z';
    const status = i % 100 === 7 ? '关闭' : '正常生产';
    await add(
      enterprise
        .put({
          ...firm,
          creditCode: `91320400MA${String(i).padStart(8, '0')}`,
          name: `基准企业${i}`,
          industry: '机械',
          status,
          flags: [],
          principal: { name: '张三', phone: '13800001234' },
          createdAt: at,
          updatedAt: at,
        })
        .params().Item,
    );
    if (next() < 0.9977) {
      const scans = 1 + Math.floor(next() * 200);
      await add(
        scanCounterItem({
          enterpriseId: firm.id,
          districtId: firm.districtId,
          townId: firm.townId,
          quarter: QUARTER,
          scans,
          lateScans: Math.floor(scans * 0.2),
          principalScans: next() < 0.7 ? 3 : 0,
          hazardScans: Math.floor(next() * 4),
          firstScanAt: '2026-10-01T01:00:00.000Z',
          lastScanAt: '2026-11-30T03:00:00.000Z',
        }),
      );
    }
  }
  for (let i = 0; i < HAZARDS * 1.25; i += 1) {
    const firm = firms[Math.floor(next() * firms.length)] as (typeof firms)[number];
    const old = i >= HAZARDS; // a quarter ago: closed (not read) or still open past deadline (read)
    const deadline = new Date(
      Date.parse(old ? '2026-08-01T15:59:59.999Z' : '2026-09-30T15:59:59.999Z') +
        Math.floor(next() * (old ? 60 : 70)) * 86_400_000,
    ).toISOString();
    const status = old
      ? next() < 0.9
        ? 'CLOSED'
        : 'OPEN'
      : ((['OPEN', 'RECTIFIED', 'CLOSED'] as const)[Math.floor(next() * 3)] ?? 'CLOSED');
    const at = '2026-07-01T00:00:00.000Z';
    await add(
      hazard
        .put({
          hazardId: `ph-${i}`,
          enterpriseId: firm.id,
          districtId: firm.districtId,
          townId: firm.townId,
          source: 'scan',
          level: 'general',
          description: '扫码自查发现的隐患',
          status,
          deadline,
          photoIds: [],
          history: [],
          createdBy: 'bench',
          createdByName: '基准',
          createdAt: at,
          updatedAt: at,
          version: 1,
          ...(status !== 'OPEN'
            ? { rectification: { at: deadline, description: '已整改', photoIds: [], by: 'bench' } }
            : {}),
        })
        .params().Item,
    );
  }
  for (let d = 0; d < DAYS; d += 1) {
    const day = new Date(Date.parse('2026-10-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10);
    const slot = `d${day}`;
    const put = (parent: string, row: ReturnType<typeof overdueRow>) =>
      add({ pk: rowPk(row.level as 'city', parent), sk: rowSk(slot, row as never), asOf: '', row });
    await put('-', overdueRow('city', 'city', null, null, 475_404 * SCALE, next));
    for (const districtId of districtIds)
      await put('city', overdueRow('district', districtId, districtId, null, 68_000 * SCALE, next));
    for (const t of towns)
      await put(t.districtId, overdueRow('town', t.townId, t.districtId, t.townId, 7_000 * SCALE, next));
    if (d >= DAYS - 2)
      for (const f of firms)
        await put(f.townId, overdueRow('enterprise', f.id, f.districtId, f.townId, 14, next));
  }
  await flush(batch);
  process.stderr.write('\n');
  return items;
}

/** One raw read of the job's items: the same key conditions (ElectroDB's own request params), all pages, counted. */
export async function rawRead(): Promise<{ items: number; ms: number }> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { districtIds } = await import('#functions/platform/districts');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const { rowPk } = await import('#functions/metrics/store/overdue-keys');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const started = performance.now();
  let items = 0;
  const all = async (params: Record<string, unknown>) => {
    let start: Record<string, unknown> | undefined;
    let n = 0;
    do {
      const answer = await callDynamo('Query', {
        TableName: tableName,
        ...params,
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      n += ((answer.Items ?? []) as unknown[]).length;
      start = answer.LastEvaluatedKey as Record<string, unknown> | undefined;
    } while (start);
    items += n;
    return n;
  };
  const end = '2026-11-30T16:00:00.000Z';
  const start = '2026-09-30T16:00:00.000Z';
  const queries: Record<string, unknown>[] = [];
  for (const districtId of districtIds) {
    queries.push(
      enterprise.query
        .byDistrict({ districtId })
        .params({ attributes: ['id', 'districtId', 'townId', 'gridId', 'status'] }),
    );
    for (const [status, from] of [
      ['OPEN', '0000'],
      ['RECTIFIED', start],
      ['CLOSED', start],
    ] as const)
      queries.push(
        hazard.query
          .byDistrict({ districtId })
          .between({ status, deadline: from }, { status, deadline: end })
          .params({
            attributes: ['enterpriseId', 'districtId', 'townId', 'status', 'deadline', 'rectification'],
          }),
      );
    for (let shard = 0; shard < 8; shard += 1)
      queries.push({
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': `scanCounter#${districtId}#${QUARTER}#${shard}` },
      });
  }
  const between = (pk: string) => ({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :a AND :b',
    ExpressionAttributeValues: { ':pk': pk, ':a': 'd2026-10-01', ':b': 'd2026-11-30#~' },
  });
  for (const pk of [
    rowPk('city', '-'),
    rowPk('district', 'city'),
    ...districtIds.map((d) => rowPk('town', d)),
  ])
    queries.push(between(pk));
  await mapLimit(queries, 4, all);
  const townIds = districtIds.flatMap((_, d) =>
    Array.from({ length: TOWNS_PER_DISTRICT[d] ?? 8 }, (__, t) => `pt-${d}-${t}`),
  );
  await mapLimit(townIds, 4, (t) =>
    all({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':pk': rowPk('enterprise', t), ':s': 'd2026-11-30#' },
    }),
  );
  return { items, ms: performance.now() - started };
}

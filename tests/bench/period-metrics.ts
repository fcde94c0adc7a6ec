import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalStack } from '#infra/local/stack';
import { seededRandom } from '../../infra/local/seed/random';
import { isWorker, median, serveWorker, startWorker } from './worker';

/**
 * `npm run bench -- period-metrics` (issue 12): the period-metrics job for 2026Q4 to date over the report's city
 * (32,742 enterprises, their quarter scan counters, the quarter's hazards, the overdue job's day snapshots) in a
 * fresh dynalite, next to one raw read of exactly the items the job reads (the same key conditions, items only
 * counted), measured in the same run before and after the job. Prints how many items the job read, and why.
 *
 * Written raw here (BatchWriteItem, the stores' own key format): the enterprises, one counter per enterprise that
 * scanned (99.77 %), hazards (due this quarter, open past deadline from the last, closed last quarter: not read),
 * the day snapshots of the city, districts and towns for every day of the quarter so far, and the enterprise
 * rows of the last two days (the job reads the last one only). The 90 days of scans and the 475,404 points are
 * not written: the job reads neither (counters instead of scans, snapshots instead of points), and a key
 * condition's cost in dynalite does not depend on what else the table holds. `PERIOD_BENCH_SCALE=0.05` for a
 * quick look.
 */
const SCALE = Number(process.env.PERIOD_BENCH_SCALE ?? 1);
const ENTERPRISES = Math.round(32_742 * SCALE);
const HAZARDS = Math.round(12_000 * SCALE);
const TOWNS_PER_DISTRICT = [8, 9, 14, 10, 9, 8, 8];
/** Beijing 2026-12-01 01:30: the nightly run for 2026Q4 through 11-30. */
const AT = new Date('2026-11-30T17:30:00.000Z');
const QUARTER = '2026Q4';
const DAYS = 61; // 10-01 … 11-30
const TARGET_RATIO = 1.5;
const PERIOD_KEY = 'through#2026-11-30';
/** Rounds of (raw read, job, raw read); the ratio reported is their median (`PERIOD_BENCH_ROUNDS`). */
const ROUNDS = Math.max(1, Number(process.env.PERIOD_BENCH_ROUNDS ?? 3));

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

async function writeCity(): Promise<number> {
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
async function rawRead(): Promise<{ items: number; ms: number }> {
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

const thisFile = fileURLToPath(import.meta.url);
const WORKER = 'PERIOD_BENCH_WORKER';
const JOB_MODULE = 'metrics/jobs/period-metrics';

/** The measured side, in the worker process (a Lambda's place): the raw read and the job, modules loaded first. */
function serveBench(): void {
  serveWorker({
    warm: async () => {
      const { pinClock } = await import('#functions/platform/clock');
      const { loadHandler } = await import('#infra/local/handlers');
      pinClock(AT);
      await Promise.all([
        loadHandler(JOB_MODULE),
        import('#functions/enterprises/store/entities/enterprise'),
        import('#functions/hazards/store/entities/hazard'),
        import('#functions/metrics/store/overdue-keys'),
      ]);
    },
    raw: () => rawRead(),
    job: async () => {
      const { invoke } = await import('#infra/local/handlers');
      return invoke(JOB_MODULE, { at: AT.toISOString() }, 15 * 60_000);
    },
  });
}

export async function runPeriodMetricsBench(): Promise<number> {
  const dataDir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'period-bench-'));
  const { startLocalStack } = await import('#infra/local/stack');
  const stack: LocalStack = await startLocalStack({ port: 0, dataDir });
  const worker = startWorker(thisFile, WORKER, { POWERTOOLS_LOG_LEVEL: 'ERROR' });
  try {
    const written = await writeCity();
    console.log(
      `period-metrics bench: ${written.toLocaleString()} items written (scale ${SCALE}); the job and the raw read run in a worker process, the emulator in this one`,
    );
    if (!stack.bindings.jobs.some((job) => job.module === JOB_MODULE))
      throw new Error(`the manifest has no job ${JOB_MODULE}`);
    await worker.run('warm');
    const { jobRun } = await import('#functions/platform/jobs/job-run-entity');
    // Rounds of (raw read, job, raw read); between rounds the run's record is removed (untimed), so the next
    // round runs the same period again over the same items and must read as many.
    const rounds: Array<{ ratio: number; jobMs: number; rawMs: number }> = [];
    let jobItems = 0;
    let rawItems = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = await worker.run<{ items: number }>('raw');
      const job = await worker.run<{ items: number }>('job');
      const after = await worker.run<{ items: number }>('raw');
      await jobRun.delete({ job: 'period-metrics', periodKey: PERIOD_KEY }).go();
      if (round > 1 && job.result.items !== jobItems)
        throw new Error(`round ${round} read ${job.result.items} items, round 1 ${jobItems}`);
      jobItems = job.result.items;
      rawItems = before.result.items;
      const rawMs = Math.min(before.ms, after.ms);
      rounds.push({ ratio: job.ms / rawMs, jobMs: job.ms, rawMs });
      console.log(
        `  round ${round}: raw read ${Math.round(before.ms)} / ${Math.round(after.ms)} ms (process CPU ${Math.round(before.cpuMs)} / ${Math.round(after.cpuMs)}); job ${Math.round(job.ms)} ms (CPU ${Math.round(job.cpuMs)}); ${(job.ms / rawMs).toFixed(2)}× the faster raw read`,
      );
    }
    const ratio = median(rounds.map((r) => r.ratio));
    console.log(
      `  raw read: ${rawItems.toLocaleString()} items; job: ${jobItems.toLocaleString()} items read (reads + tally + writes of every row)`,
    );
    console.log(
      `  why: each enterprise once (census, 7 districts), one counter per enterprise that scanned (not its scans), the hazards due in the quarter or open past deadline, the city/district/town day snapshots of the quarter so far, the enterprises' last-day snapshot, the previous quarter's area rows`,
    );
    console.log(
      `  ratio job / raw read, median of ${ROUNDS} rounds: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`,
    );
    return ratio <= TARGET_RATIO ? 0 : 1;
  } finally {
    await worker.stop();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The worker started by `startWorker`: only when this file is the entry point, never when run.ts imports it.
if (isWorker(thisFile, WORKER)) serveBench();

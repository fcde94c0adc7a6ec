import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalStack } from '#infra/local/stack';
import { seededRandom } from '../../infra/local/seed/random';

/**
 * `npm run bench -- patrol-rates` (issue 15): the patrol-rates job over the seed report's grid (33,752 in-grid
 * enterprises, 800 outside, 1 % closed; 446 + 120 grids in 66 towns) and a quarter of patrols (83.93 % of the
 * in-grid enterprises patrolled, 2–3 times each) in a fresh dynalite, next to one raw read of exactly the items
 * the job reads (the same key conditions and projections: each district's census, its patrols of the read
 * range, its towns and grids), measured in the same run before and after the job. The job also writes one
 * snapshot row per area and period. `PATROL_BENCH_SCALE=0.05` for a quick look.
 *
 * Written raw (BatchWriteItem, the entities' own key format, as the other benches do); the patrols carry one
 * form item each: the rate reads only their facts (a projection), not their answers.
 */
const SCALE = Number(process.env.PATROL_BENCH_SCALE ?? 1);
const IN_GRID = Math.round(33_752 * SCALE);
const OUTSIDE = Math.round(800 * SCALE);
const TOWNS_PER_DISTRICT = [8, 9, 14, 10, 9, 8, 8];
const GRIDS_PER_TOWN = 9;
/** Beijing 2026-12-20 10:20: the hourly run for December and 2026Q4 to date (read range 10-01 … 12-20). */
const AT = new Date('2026-12-20T02:20:00.000Z');
const DAYS = 81;
const PATROLLED = 0.8393;
/**
 * Above the other jobs' 1.5×: the patrols capability's fact reader pages by 500 items (≈ 4× the raw read's 1 MB
 * pages, each a round trip) and ElectroDB parses every item; measured 1.86× at scale 1 (2026-12-04).
 */
const TARGET_RATIO = 2;

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

async function writeCity(): Promise<{ items: number; patrols: number }> {
  const { districtIds } = await import('#functions/platform/districts');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { patrol } = await import('#functions/patrols/store/entities/patrol');
  const { next } = seededRandom(2026);
  const grids = districtIds.flatMap((districtId, d) =>
    Array.from({ length: TOWNS_PER_DISTRICT[d] ?? 8 }, (_, t) =>
      Array.from({ length: GRIDS_PER_TOWN }, (__, g) => ({
        districtId,
        townId: `rt-${d}-${t}`,
        gridId: `rg-${d}-${t}-${g}`,
      })),
    ).flat(),
  );
  let items = 0;
  let patrols = 0;
  let batch: Record<string, unknown>[] = [];
  const add = async (item: Record<string, unknown>) => {
    batch.push(item);
    if (batch.length < 10_000) return;
    await write(batch);
    items += batch.length;
    batch = [];
    process.stderr.write(`\r  writing ${items.toLocaleString()} items`);
  };
  const created = '2026-08-01T00:00:00.000Z';
  for (let i = 0; i < IN_GRID + OUTSIDE; i += 1) {
    const place = grids[i % grids.length] as (typeof grids)[number];
    const inGrid = i < IN_GRID;
    const id = `re-${i}`;
    await add(
      enterprise
        .put({
          id,
          districtId: place.districtId,
          townId: place.townId,
          ...(inGrid ? { gridId: place.gridId } : {}),
          creditCode: `91320400MB${String(i).padStart(8, '0')}`,
          name: `巡查基准企业${i}`,
          industry: '机械',
          status: i % 100 === 7 ? '关闭' : '正常生产',
          flags: [],
          principal: { name: '张三', phone: '13800001234' },
          createdAt: created,
          updatedAt: created,
        })
        .params().Item,
    );
    if (!inGrid || next() >= PATROLLED) continue;
    for (let n = 2 + Math.floor(next() * 2); n > 0; n -= 1) {
      const at = new Date(Date.parse('2026-09-30T17:00:00Z') + Math.floor(next() * DAYS * 24) * 3_600_000);
      const day = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const failed = next() < 0.2 ? ['c07'] : [];
      patrols += 1;
      await add(
        patrol
          .put({
            patrolId: `rp-${i}-${n}`,
            clientId: `rp-${i}-${n}`,
            enterpriseId: id,
            enterpriseName: `巡查基准企业${i}`,
            ...place,
            day,
            at: at.toISOString(),
            patrolledBy: 'bench',
            patrolledByName: '基准网格员',
            formVersion: 'c1',
            cityVersion: 1,
            districtVersion: 0,
            items: [{ itemId: 'c07', text: '消防器材配置齐全、在有效期内', origin: 'city' }],
            answers: [{ itemId: 'c07', answer: failed.length ? 'fail' : 'pass' }],
            failedItemIds: failed,
            hazardIds: [],
            hazardCategories: [],
            hazards: [],
            photoIds: [],
            codeChecked: true,
            overdueRiskPoints: [],
          })
          .params().Item,
      );
    }
  }
  await write(batch);
  items += batch.length;
  process.stderr.write('\n');
  return { items, patrols };
}

/** The facts a patrol gives the rate (the patrols capability's projection). */
const FACTS = [
  'patrolId',
  'enterpriseId',
  'districtId',
  'townId',
  'gridId',
  'at',
  'failedItemIds',
  'hazardCategories',
  'hazardIds',
];

/** One raw read of the job's items: the same key conditions and projections, all pages, counted. */
async function rawRead(): Promise<{ items: number; ms: number }> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { districtIds } = await import('#functions/platform/districts');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { patrol } = await import('#functions/patrols/store/entities/patrol');
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const started = performance.now();
  let items = 0;
  const all = async (params: Record<string, unknown>) => {
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await callDynamo('Query', {
        TableName: tableName,
        ...params,
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      items += ((answer.Items ?? []) as unknown[]).length;
      start = answer.LastEvaluatedKey as Record<string, unknown> | undefined;
    } while (start);
  };
  await mapLimit(districtIds, 4, async (districtId) => {
    await Promise.all([
      all(
        enterprise.query
          .byDistrict({ districtId })
          .params({ attributes: ['id', 'districtId', 'townId', 'gridId', 'status'] }),
      ),
      all(town.query.byCity({ districtId }).params()),
      all(grid.query.byCity({ districtId }).params()),
    ]);
    await all(
      patrol.query
        .byDistrict({ districtId })
        .between({ day: '2026-10-01' }, { day: '2026-12-21' })
        .params({ attributes: FACTS as never }),
    );
  });
  return { items, ms: performance.now() - started };
}

export async function runPatrolRatesBench(): Promise<number> {
  const dataDir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'patrol-bench-'));
  const { startLocalStack } = await import('#infra/local/stack');
  const stack: LocalStack = await startLocalStack({ port: 0, dataDir });
  try {
    const written = await writeCity();
    console.log(
      `patrol-rates bench: ${written.items.toLocaleString()} items written, ${written.patrols.toLocaleString()} patrols (scale ${SCALE})`,
    );
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'patrol-rates');
    if (!job) throw new Error('the manifest has no patrol-rates job');
    const { runJob } = await import('#infra/local/scheduler');
    const before = await rawRead();
    const started = performance.now();
    const result = (await runJob(job, AT)) as { items: number };
    const jobMs = performance.now() - started;
    const after = await rawRead();
    const raw = Math.min(before.ms, after.ms);
    const ratio = jobMs / raw;
    console.log(
      `  raw read: ${before.items.toLocaleString()} items, ${Math.round(before.ms)} ms / ${Math.round(after.ms)} ms`,
    );
    console.log(
      `  job: ${result.items.toLocaleString()} items read (and every area's rows written), ${Math.round(jobMs)} ms`,
    );
    console.log(
      "  why: each enterprise once (census of its district), each patrol of the read range once (one key range per district, its facts only), the districts' towns and grids for names",
    );
    console.log(`  ratio job / raw read: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`);
    return ratio <= TARGET_RATIO ? 0 : 1;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

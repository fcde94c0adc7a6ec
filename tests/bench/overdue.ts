import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalStack } from '#infra/local/stack';
import { seededRandom } from '../../infra/local/seed/random';

/**
 * `npm run bench -- overdue` (issue 12): the overdue job over the report's city — 475,404 risk points among
 * 32,742 enterprises in a fresh dynalite (on disk, as the cached city is) that also holds scans — next to one raw
 * read of the same items (the job's own Query of the 28 active partitions, same projection and concurrency,
 * nothing done with the items), measured in the same run before and after the job. Then the metrics routes' p95
 * at that scale next to GET /api/health (metrics-routes.ts).
 *
 * The items are written here with raw BatchWriteItem in the entities' key format (cityseed's full city, with 3.35 M
 * scans, takes far longer to write than a benchmark run): `OVERDUE_BENCH_SCALE=0.05` for a quick look,
 * `OVERDUE_BENCH_SCANS` scans spread over 90 days (default 100,000, far fewer than a real city's ≈ 3.35 M: they
 * share gsi3 with the points, which is what matters here). dynalite runs in memory (`OVERDUE_BENCH_DISK=1`: on
 * disk, slower to write) in this process; the job and the raw reads each run in a child process of their own
 * against it, as a Lambda would (its own Node, only the job's modules), so the child's peak RSS is the job's
 * alone: the kernel's high-water mark (VmHWM) and a 50 ms sample, next to a child that only does the raw read.
 */
const SCALE = Number(process.env.OVERDUE_BENCH_SCALE ?? 1);
const ENTERPRISES = Math.round(32_742 * SCALE);
const POINTS = Math.round(475_404 * SCALE);
const SCANS = Math.round(Number(process.env.OVERDUE_BENCH_SCANS ?? 100_000) * SCALE);
const TOWNS_PER_DISTRICT = [8, 9, 14, 10, 9, 8, 8]; // 66 towns, as the demo city
/** Beijing 2026-11-30 12:00: an hourly run. The points' due dates are spread around it. */
const AT = new Date('2026-11-30T04:00:00.000Z');
/** Beijing 12-01 00:00: the run that also writes the day 11-30 (hour and day rows: twice the writes). */
const AT_MIDNIGHT = new Date('2026-11-30T16:00:00.000Z');
const AT_DAY = '2026-11-30';
const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 1536;
const DAY_MS = 86_400_000;

const LEVELS = [
  ['red', 1, 0.04],
  ['orange', 7, 0.16],
  ['yellow', 30, 0.4],
  ['blue', 90, 0.4],
] as const;

interface Firm {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  gridId?: string;
}

function firmsOf(districtIds: readonly string[]): Firm[] {
  const towns = districtIds.flatMap((districtId, d) =>
    Array.from({ length: TOWNS_PER_DISTRICT[d] ?? 8 }, (_, t) => ({ districtId, townId: `bt-${d}-${t}` })),
  );
  return Array.from({ length: ENTERPRISES }, (_, i) => {
    const town = towns[i % towns.length] as { districtId: string; townId: string };
    const grid = i % 17 === 0 ? {} : { gridId: `${town.townId}-g${i % 9}` }; // some outside any grid
    return { id: `be-${i}`, name: `基准企业${i}`, ...town, ...grid };
  });
}

async function write(items: Record<string, unknown>[], onDone: (n: number) => void) {
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
    onDone(batch.length);
  });
}

/** Writes the points (and the scans) in chunks, so that the built items never all sit in memory at once. */
async function writeCity(): Promise<{ seconds: number; items: number }> {
  const { districtIds } = await import('#functions/platform/districts');
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const { scan } = await import('#functions/scans/store/entities/scan');
  const firms = firmsOf(districtIds);
  const { next } = seededRandom(2022);
  const started = performance.now();
  let written = 0;
  const total = POINTS + SCANS;
  const progress = (n: number) => {
    written += n;
    if (written % 25_000 < n)
      process.stderr.write(`\r  writing ${written.toLocaleString()} / ${total.toLocaleString()} items`);
  };
  const pick = () => {
    const u = next();
    let sum = 0;
    for (const level of LEVELS) {
      sum += level[2];
      if (u < sum) return level;
    }
    return LEVELS[3];
  };
  const CHUNK = 20_000;
  for (let start = 0; start < POINTS; start += CHUNK) {
    const items = [];
    for (let i = start; i < Math.min(POINTS, start + CHUNK); i += 1) {
      const firm = firms[i % ENTERPRISES] as Firm;
      const [level, cycle] = pick();
      // About a quarter overdue: due between a quarter of a cycle ago and three quarters ahead.
      const nextDueAt = new Date(AT.getTime() + (next() - 0.25) * cycle * DAY_MS).toISOString();
      const { Item } = riskPoint
        .put({
          riskPointId: `bp-${i}`,
          enterpriseId: firm.id,
          enterpriseName: firm.name,
          districtId: firm.districtId,
          townId: firm.townId,
          ...(firm.gridId ? { gridId: firm.gridId } : {}),
          classId: `rc-${level}`,
          className: `${level}类`,
          name: `风险点${i}`,
          location: '一号车间',
          level,
          cycleDays: cycle,
          controls: ['按周期检查', '防护罩完好'],
          responsible: { name: '王工', phone: '13800001234' },
          status: 'active',
          lastScanAt: new Date(Date.parse(nextDueAt) - cycle * DAY_MS).toISOString(),
          nextDueAt,
          token: `tok${i}`,
          codeIssuedAt: '2026-08-01T00:00:00.000Z',
          version: 1,
          createdBy: 'bench',
          createdAt: '2026-08-01T00:00:00.000Z',
          updatedAt: '2026-08-01T00:00:00.000Z',
        })
        .params() as { Item: Record<string, unknown> };
      items.push(Item);
    }
    await write(items, progress);
  }
  for (let start = 0; start < SCANS; start += CHUNK) {
    const items = [];
    for (let i = start; i < Math.min(SCANS, start + CHUNK); i += 1) {
      const point = Math.floor(next() * POINTS);
      const firm = firms[point % ENTERPRISES] as Firm;
      const scannedAt = new Date(AT.getTime() - next() * 90 * DAY_MS).toISOString();
      const { Item } = scan
        .put({
          scanId: `bs-${i}`,
          clientScanId: `c${i}`,
          riskPointId: `bp-${point}`,
          riskPointName: `风险点${point}`,
          level: 'yellow',
          className: '一般类',
          location: '一号车间',
          enterpriseId: firm.id,
          enterpriseName: firm.name,
          districtId: firm.districtId,
          townId: firm.townId,
          ...(firm.gridId ? { gridId: firm.gridId } : {}),
          userId: `bu-${point % ENTERPRISES}`,
          userName: '安全员',
          principal: next() < 0.5,
          scannedAt,
          day: new Date(Date.parse(scannedAt) + 8 * 3_600_000).toISOString().slice(0, 10),
          dueAt: scannedAt,
          late: next() < 0.2,
          result: 'normal',
          answers: [{ itemId: 'i1', answer: 'pass' }],
          photoIds: [],
        })
        .params() as { Item: Record<string, unknown> };
      items.push(Item);
    }
    await write(items, progress);
  }
  process.stderr.write('\n');
  return { seconds: (performance.now() - started) / 1000, items: total };
}

/**
 * One raw read of the same risk point items: every active partition by the key condition the job uses, 4 at once,
 * items only counted. `projected`: with the job's own 7-field projection (its request exactly); otherwise the
 * items whole, as a plain read of them returns them (the baseline).
 */
async function rawRead(projected: boolean): Promise<{ items: number; ms: number }> {
  const { activePointPartitions, activePointsOf } = await import('#functions/risk-points/index');
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const { mapLimit } = await import('#functions/platform/concurrency');
  const started = performance.now();
  let items = 0;
  await mapLimit(activePointPartitions, 4, async (partition) => {
    if (projected) {
      for await (const page of activePointsOf(partition)) items += page.length;
      return;
    }
    const params = riskPoint.query.byDistrict({ ...partition, status: 'active' }).params() as Record<
      string,
      unknown
    >;
    let start: unknown;
    do {
      const answer = await callDynamo('Query', {
        ...params,
        TableName: tableName,
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      items += (answer.Items as unknown[]).length;
      start = answer.LastEvaluatedKey;
    } while (start);
  });
  return { items, ms: performance.now() - started };
}

/** What a child process measured of itself, printed as its last stdout line. */
interface ChildReport {
  ms: number;
  result: unknown;
  /** RSS when the child had loaded its modules, before the measured work. */
  startMb: number;
  /** The highest RSS sampled every 50 ms while the work ran. */
  sampledPeakMb: number;
  /**
   * The kernel's high-water mark of the child's resident set since its exec (VmHWM): exact, unlike a sample. Not
   * `resourceUsage().maxRSS`: Linux carries that over from the forking parent, here the 4–6 GB emulator process.
   */
  maxRssMb: number;
}

type RawReport = ChildReport & {
  result: { whole: { items: number; ms: number }; projected: { items: number; ms: number } };
};

const thisFile = fileURLToPath(import.meta.url);

/** Runs this file as a child (`OVERDUE_BENCH_CHILD=raw|job`) with this process's environment: the emulators'. */
function inChild(mode: 'raw' | 'job', extra: Record<string, string> = {}): Promise<ChildReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', thisFile], {
      env: { ...process.env, ...extra, OVERDUE_BENCH_CHILD: mode, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`overdue bench child (${mode}) exited ${code}: ${err.slice(-2000)}`));
      else resolvePromise(JSON.parse(line) as ChildReport);
    });
  });
}

/** VmHWM of this process in MB (Linux), undefined elsewhere. */
function highWaterMb(): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The child's side: the measured work only, then one JSON line. */
async function childMain(mode: string): Promise<void> {
  const mb = (bytes: number) => bytes / 1_048_576;
  let work: () => Promise<unknown>;
  // Modules are loaded before the measurement, as a warm Lambda's are.
  if (mode === 'raw') {
    await Promise.all([
      import('#functions/risk-points/index'),
      import('#functions/risk-points/store/entities/risk-point'),
    ]);
    work = async () => ({ whole: await rawRead(false), projected: await rawRead(true) });
  } else {
    const { invoke, loadHandler } = await import('#infra/local/handlers');
    const at = process.env.OVERDUE_BENCH_AT ?? AT.toISOString();
    const module = process.env.OVERDUE_BENCH_MODULE ?? 'metrics/jobs/overdue';
    await loadHandler(module);
    work = () => invoke(module, { at }, 15 * 60_000);
  }
  const startMb = mb(process.memoryUsage.rss());
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  const report: ChildReport = {
    ms,
    result,
    startMb,
    sampledPeakMb: mb(peak),
    maxRssMb: highWaterMb() ?? mb(peak),
  };
  console.log(JSON.stringify(report));
}

const fmt = (n: number) => n.toFixed(0);

export async function runOverdueBench(): Promise<number> {
  const { startLocalStack } = await import('#infra/local/stack');
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN'; // the handlers' per-request lines would drown the figures
  const dataDir = process.env.OVERDUE_BENCH_DISK ? mkdtempSync(join('.bench', 'overdue-')) : undefined;
  const stack: LocalStack = await startLocalStack(dataDir ? { dataDir } : {});
  try {
    console.log(
      `overdue bench: ${POINTS.toLocaleString()} risk points, ${ENTERPRISES.toLocaleString()} enterprises, ${SCANS.toLocaleString()} scans (scale ${SCALE})`,
    );
    const city = await writeCity();
    console.log(
      `  city written: ${city.items.toLocaleString()} items in ${city.seconds.toFixed(0)} s (${Math.round(city.items / city.seconds)} items/s)`,
    );
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'overdue');
    if (!job) throw new Error('the manifest has no overdue job');
    const jobAt = (at: Date) =>
      inChild('job', { OVERDUE_BENCH_AT: at.toISOString(), OVERDUE_BENCH_MODULE: job.module });
    const before = (await inChild('raw')) as RawReport;
    const hourly = await jobAt(AT);
    const after = (await inChild('raw')) as RawReport;
    const midnight = await jobAt(AT_MIDNIGHT);
    const emulatorMb = process.memoryUsage.rss() / 1_048_576;

    const rawMs = (before.result.whole.ms + after.result.whole.ms) / 2;
    const projectedMs = (before.result.projected.ms + after.result.projected.ms) / 2;
    const ratio = hourly.ms / rawMs;
    const items = before.result.whole.items;
    const perSecond = (ms: number) => Math.round((items / ms) * 1000).toLocaleString();
    const peakMb = Math.max(hourly.maxRssMb, midnight.maxRssMb);
    console.log(
      `  raw read, whole items : ${items.toLocaleString()} items, ${fmt(before.result.whole.ms)} ms then ${fmt(after.result.whole.ms)} ms (${perSecond(rawMs)} items/s)`,
    );
    console.log(
      `  raw read, projected   : ${before.result.projected.items.toLocaleString()} items, ${fmt(before.result.projected.ms)} ms then ${fmt(after.result.projected.ms)} ms (${perSecond(projectedMs)} items/s)`,
    );
    console.log(
      `  overdue job (hourly)  : ${JSON.stringify(hourly.result)} in ${fmt(hourly.ms)} ms (${perSecond(hourly.ms)} items/s)`,
    );
    console.log(
      `  ratio job / raw read: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×); job / projected read ${(hourly.ms / projectedMs).toFixed(2)}×`,
    );
    console.log(
      `  midnight run (hour + day rows, quarter sums): ${JSON.stringify(midnight.result)} in ${fmt(midnight.ms)} ms, ${(midnight.ms / rawMs).toFixed(2)}× the raw read`,
    );
    const rss = (r: ChildReport) =>
      `peak ${fmt(r.maxRssMb)} MB (VmHWM; sampled peak ${fmt(r.sampledPeakMb)} MB, ${fmt(r.startMb)} MB loaded)`;
    console.log(`  peak RSS, job process (its own Node, dynalite elsewhere; target ≤ ${TARGET_RSS_MB} MB):`);
    console.log(`    hourly run  : ${rss(hourly)}`);
    console.log(`    midnight run: ${rss(midnight)}`);
    console.log(`    baseline, a process doing only the raw reads: ${rss(before)}`);
    console.log(`    (the emulator's process, holding the table: ${fmt(emulatorMb)} MB, not counted)`);
    const { measureMetricsRoutes } = await import('./metrics-routes');
    await measureMetricsRoutes(stack, AT_DAY);
    return ratio <= TARGET_RATIO && peakMb <= TARGET_RSS_MB ? 0 : 1;
  } finally {
    await stack.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

// A child started by `inChild`: only when this file is the entry point, never when run.ts imports it.
const childMode = process.env.OVERDUE_BENCH_CHILD;
if (childMode && process.argv[1] && resolve(process.argv[1]) === thisFile) await childMain(childMode);

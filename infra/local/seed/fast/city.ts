import { createHmac } from 'node:crypto';
import { hashPassword } from '#functions/identity/domain/passwords';
import { tableName } from '#functions/platform/dynamo';
import { seedClasses } from '#functions/risk-points/domain/dictionary/index';
import { ensureDictionary } from '#functions/risk-points/store/dictionary-seed';
import { seededRandom } from '../random';
import { demoRiskSeed } from '../risk-marker';
import { HISTORY_DAYS } from '../risk-plan';
import { DEMO_ENTERPRISES_AT_SCALE_1, DEMO_PASSWORD, REPORT_CITY } from '../seed-city';
import { presenceSet } from './accounts';
import { batchWriter, type Item } from './batch-writer';
import { cityEnterprises, enterpriseItems } from './enterprises';
import { type CityContext, cityAdminItems, organizationItems } from './org';
import type { CityProgress } from './progress-line';
import { measureRawRate } from './raw-rate';
import { extraPoints, type RiskContext, riskItems } from './risk';

const MAIN_PHASE = '企业与风险数据';
/** The risk seed's marker version (risk-seed.ts): a city written here counts as risk-seeded. */
const RISK_SEED_VERSION = 'v1';

export interface WriteCityOptions {
  /** 2000 × scale enterprises (default 1); REPORT_CITY.scale gives the report's exact counts. */
  scale?: number;
  /** Exact counts, instead of the scale's. */
  enterprises?: number;
  riskPoints?: number;
  /** Scan history written, in days back from `at` (at most 90, the default); `scans: false` writes none. */
  days?: number;
  scans?: boolean;
  seed?: number;
  /** The instant the scan history ends at (default now). */
  at?: Date;
  /** BatchWriteItem requests in flight (default 8). */
  concurrency?: number;
  /**
   * Leave out the enterprises' accounts and their name index (search tokens): for benchmarks that need the
   * risk data at city scale but not 65,000 logins and their tokens (more than half the non-scan items).
   */
  lean?: boolean;
  /** Measure the raw BatchWriteItem rate first (default true; items of the seed's own, deleted again). */
  rawBaseline?: boolean;
  onProgress?: (progress: CityProgress, final?: boolean) => void;
  /** Told the raw baseline as soon as it is measured (before the seed's own writes). */
  onRawRate?: (raw: NonNullable<CitySummary['raw']>) => void;
}

export interface CitySummary {
  towns: number;
  grids: number;
  enterprises: number;
  accounts: number;
  points: number;
  scans: number;
  hazards: number;
  counters: number;
  items: number;
  requests: number;
  seconds: number;
  itemsPerSecond: number;
  raw?: { items: number; seconds: number; itemsPerSecond: number };
  /** itemsPerSecond / raw.itemsPerSecond. */
  ratio?: number;
  /**
   * The same burst again at the end, into the full table: on a shared machine the load moves during a long run,
   * and a table of millions writes slower than an empty one; the two bursts bracket the seed's rate.
   */
  rawAtEnd?: { items: number; seconds: number; itemsPerSecond: number };
}

function countsFor(options: WriteCityOptions) {
  const scale = options.scale ?? 1;
  const report = options.enterprises === undefined && scale === REPORT_CITY.scale;
  return {
    enterprises:
      options.enterprises ??
      (report ? REPORT_CITY.enterprises : Math.round(DEMO_ENTERPRISES_AT_SCALE_1 * scale)),
    riskPoints: options.riskPoints ?? (report ? REPORT_CITY.riskPoints : undefined),
  };
}

/** The codes' HMAC secret: derived from the seed and instant, so that a re-run writes the same tokens. */
const secretOf = (seed: number, at: Date) =>
  createHmac('sha256', `changan-demo-${seed}`).update(at.toISOString()).digest('base64url');

/**
 * The seed and instant of this run: those of an interrupted fast run if its marker is there (so that the run
 * writes the very same items again over the ones already there), else the options' and the marker written.
 */
async function startOrResume(options: WriteCityOptions): Promise<{ seed: number; at: Date }> {
  const { data } = await demoRiskSeed.get({ seedVersion: RISK_SEED_VERSION }).go({ consistent: true });
  const earlier = data?.complete === false ? (data.counts as { fast?: boolean; seed?: number }) : undefined;
  if (data && earlier?.fast)
    return { seed: options.seed ?? earlier.seed ?? 2022, at: options.at ?? new Date(data.anchor) };
  const seed = options.seed ?? 2022;
  const at = options.at ?? new Date();
  await demoRiskSeed
    .put({
      seedVersion: RISK_SEED_VERSION,
      anchor: at.toISOString(),
      secret: secretOf(seed, at),
      phasesDone: [],
      complete: false,
      counts: { fast: true, seed },
      updatedAt: new Date().toISOString(),
    })
    .go();
  return { seed, at };
}

/**
 * Writes the demo city into an empty main table at BatchWriteItem speed: the same city the slow seed writes
 * (seed-city.ts + risk-seed.ts: organization, accounts, enterprises, risk points and codes, scans, hazards),
 * plus scans' per-enterprise quarter counters, every item built by its entity (`put(...).params()`) and
 * written 25 a request, several in flight. Deterministic for a seed and `at`. Ends with the risk seed's marker
 * and the city admin (what `isRiskSeeded` and `isSeeded` look for), so an interrupted run is seeded again.
 */
export async function writeCity(options: WriteCityOptions = {}): Promise<CitySummary> {
  const started = performance.now();
  const { seed, at } = await startOrResume(options);
  const anchor = at.getTime();
  const counts = countsFor(options);
  const context: CityContext = {
    seed,
    at,
    passwordHash: await hashPassword(DEMO_PASSWORD), // one hash for every account: scrypt is slow on purpose
    presence: presenceSet(),
    lean: options.lean ?? false,
  };
  await ensureDictionary(at);
  const random = seededRandom(seed);
  const org = organizationItems(random, context);
  const enterprises = cityEnterprises(random, org.towns, counts.enterprises, context);
  const operating = enterprises.flatMap((row) => (row.demo ? [row.demo] : []));
  const extras = new Map(
    extraPoints(operating, counts.riskPoints).map((extra, i) => [operating[i]?.id ?? '', extra]),
  );
  const risk: RiskContext = {
    anchor,
    secret: secretOf(seed, at),
    classes: seedClasses,
    reviewers: org.reviewers,
    scans: options.scans ?? true,
    days: Math.min(options.days ?? HISTORY_DAYS, HISTORY_DAYS),
  };
  const tally = { points: 0, scans: 0, hazards: 0, counters: 0 };
  const itemsOf = (row: (typeof enterprises)[number], into = tally): Item[] => [
    ...enterpriseItems(row, context),
    ...(row.demo ? riskItems(row.demo, extras.get(row.id) ?? 0, risk, into) : []),
  ];

  const concurrency = options.concurrency ?? 8;
  let raw: CitySummary['raw'];
  const samples: Item[] = [];
  if (options.rawBaseline ?? true) {
    const scratch = { points: 0, scans: 0, hazards: 0, counters: 0 };
    for (const row of enterprises) {
      if (samples.length >= 5000) break;
      samples.push(...itemsOf(row, scratch));
    }
    // A first burst warms dynalite's code paths up (the JIT): the seed that follows runs warm, so must its baseline.
    await measureRawRate(tableName, samples, { concurrency, items: 2500 });
    raw = await measureRawRate(tableName, samples, { concurrency });
    options.onRawRate?.(raw);
  }

  const writer = batchWriter(tableName, { concurrency });
  const writeStarted = performance.now();
  let mainStarted = writeStarted;
  const progress = (phase: string, done: number, total: number, final = false) => {
    const seconds = (performance.now() - writeStarted) / 1000;
    // The time left by the main phase's own pace (the organization before it is written faster).
    const mainSeconds = (performance.now() - mainStarted) / 1000;
    const fraction = phase === MAIN_PHASE && done > 0 ? done / total : undefined;
    options.onProgress?.(
      {
        phase,
        written: writer.written(),
        itemsPerSecond: seconds > 0 ? writer.written() / seconds : 0,
        done,
        total,
        etaSeconds: fraction ? (mainSeconds * (1 - fraction)) / fraction : undefined,
      },
      final,
    );
  };
  await writer.write(org.items);
  progress('组织与账号', org.items.length, org.items.length);
  mainStarted = performance.now();
  for (const [index, row] of enterprises.entries()) {
    await writer.write(itemsOf(row));
    if (index % 20 === 0) progress(MAIN_PHASE, index + 1, enterprises.length);
  }
  await writer.write(context.presence.items());
  await writer.flush();
  const seconds = (performance.now() - started) / 1000;
  await demoRiskSeed
    .put({
      seedVersion: RISK_SEED_VERSION,
      anchor: at.toISOString(),
      secret: secretOf(seed, at),
      phasesDone: ['points', 'scans-7', 'scans-30', 'scans-90'],
      complete: true,
      counts: { ...tally, seconds, fast: true, seed },
      updatedAt: new Date().toISOString(),
    })
    .go();
  await writer.write(cityAdminItems(context));
  await writer.flush();
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  progress('完成', enterprises.length, enterprises.length, true);
  const itemsPerSecond = writer.written() / writeSeconds;
  const rawAtEnd = raw ? await measureRawRate(tableName, samples, { concurrency }) : undefined;
  return {
    towns: org.towns.length,
    grids: org.towns.reduce((sum, town) => sum + town.gridIds.length, 0),
    enterprises: enterprises.length,
    accounts: org.accounts + 1 + (options.lean ? 0 : enterprises.length + operating.length),
    ...tally,
    items: writer.written(),
    requests: writer.requests(),
    seconds: (performance.now() - started) / 1000,
    itemsPerSecond,
    ...(raw ? { raw, ratio: itemsPerSecond / raw.itemsPerSecond } : {}),
    ...(rawAtEnd ? { rawAtEnd } : {}),
  };
}

import { randomBytes } from 'node:crypto';
import type { DistrictId } from '#functions/platform/districts';
import { progressBar } from '../progress';
import { runMetricsJobs } from './metrics-jobs';
import type { Reviewer } from './risk-items';
import type { DemoRiskSeedItem } from './risk-marker';
import { DAY_MS, type DemoEnterprise, planEnterprise } from './risk-plan';
import { districtProfiles } from './risk-profiles';
import { loadDemoEnterprises, writeBatch } from './risk-sources';
import { DEMO_PASSWORD } from './seed-city';

// The entities read the table's name when they load, after the local stack has set it: loaded on first use.
const markerEntity = () => import('./risk-marker').then((module) => module.demoRiskSeed);

/** Bump when the demo risk data changes shape: a new version seeds again over the old one. */
const SEED_VERSION = 'v1';
/** Enterprises planned and written at a time. */
const CHUNK = 40;

/** The phases in the order they are written: the points first, then the scans and hazards newest first. */
const phases = [
  { name: 'points', label: '演示风险点', days: [0, 0] },
  { name: 'scans-7', label: '扫码与隐患（近 7 天）', days: [0, 7] },
  { name: 'scans-30', label: '扫码与隐患（8–30 天）', days: [7, 30] },
  { name: 'scans-90', label: '扫码与隐患（31–90 天）', days: [30, Number.POSITIVE_INFINITY] },
] as const;

export interface RiskSeedSummary {
  skipped: boolean;
  accounts: number;
  points: number;
  scans: number;
  hazards: number;
  seconds: number;
}

/** Whether the demo risk data is complete (its marker says so). */
export async function isRiskSeeded(): Promise<boolean> {
  return (await (await markerEntity()).get({ seedVersion: SEED_VERSION }).go()).data?.complete === true;
}

/** A stream for the progress bar that hands each line to `log` (a background seed must not redraw the terminal). */
const lineStream = (log: (line: string) => void) =>
  ({ isTTY: false, write: (text: string) => log(text.trimEnd()) }) as unknown as NodeJS.WriteStream;

async function startOrResume(at: Date): Promise<DemoRiskSeedItem> {
  const demoRiskSeed = await markerEntity();
  const { data } = await demoRiskSeed.get({ seedVersion: SEED_VERSION }).go({ consistent: true });
  if (data) return data;
  const marker = {
    seedVersion: SEED_VERSION,
    anchor: at.toISOString(),
    secret: randomBytes(32).toString('base64url'),
    phasesDone: [],
    complete: false,
    updatedAt: at.toISOString(),
  };
  await demoRiskSeed.put(marker).go();
  return marker;
}

/**
 * Seeds the demo city's 常安码 data after the city itself: about 14 risk points per operating enterprise with
 * their codes, 90 days of scans (by its 安全员 and sometimes its principal, some late) and the hazards they found
 * in every state, shaped by district (risk-profiles.ts). Written in batches, points first and then the scan
 * history newest first; every item is deterministic for the marker's anchor and secret, so an interrupted run
 * resumes (the phase it was in is written again, the same items) and a complete one writes nothing.
 */
export async function seedRiskData(
  options: { at?: Date; log?: (line: string) => void; quiet?: boolean } = {},
): Promise<RiskSeedSummary> {
  const started = performance.now();
  const summary: RiskSeedSummary = {
    skipped: false,
    accounts: 0,
    points: 0,
    scans: 0,
    hazards: 0,
    seconds: 0,
  };
  if (await isRiskSeeded()) return { ...summary, skipped: true };
  const { ensureDictionary } = await import('#functions/risk-points/store/dictionary-seed');
  const { seedClasses } = await import('#functions/risk-points/domain/dictionary/index');
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const { riskPointCode } = await import('#functions/risk-points/store/entities/risk-point-code');
  const { scan } = await import('#functions/scans/store/entities/scan');
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const demoRiskSeed = await markerEntity();
  const build = await import('./risk-items');
  const marker = await startOrResume(options.at ?? new Date());
  const anchor = Date.parse(marker.anchor);
  await ensureDictionary(new Date(anchor));
  const { enterprises, reviewers, accounts } = await loadDemoEnterprises(anchor, DEMO_PASSWORD);
  summary.accounts = accounts;
  const stream = options.log ? lineStream(options.log) : undefined;
  const done = new Set(marker.phasesDone);
  for (const phase of phases) {
    if (done.has(phase.name)) continue;
    const bar = options.quiet ? undefined : progressBar(phase.label, enterprises.length, stream);
    for (let start = 0; start < enterprises.length; start += CHUNK) {
      const chunk = enterprises.slice(start, start + CHUNK);
      const items = chunkItems(chunk, phase, {
        anchor,
        secret: marker.secret,
        reviewers,
        classes: seedClasses,
        build,
      });
      await Promise.all([
        writeBatch(riskPoint, items.points, 'riskPointId'),
        writeBatch(riskPointCode, items.codes, 'token'),
        writeBatch(scan, items.scans, 'scanId'),
        writeBatch(hazard, items.hazards, 'hazardId'),
      ]);
      summary.points += items.points.length;
      summary.scans += items.scans.length;
      summary.hazards += items.hazards.length;
      bar?.update(start + chunk.length);
    }
    bar?.done();
    done.add(phase.name);
    await demoRiskSeed.put({ ...marker, phasesDone: [...done], updatedAt: new Date().toISOString() }).go();
  }
  summary.seconds = (performance.now() - started) / 1000;
  const counts = {
    points: summary.points,
    scans: summary.scans,
    hazards: summary.hazards,
    seconds: summary.seconds,
  };
  await demoRiskSeed
    .put({ ...marker, phasesDone: [...done], complete: true, counts, updatedAt: new Date().toISOString() })
    .go();
  return summary;
}

type Phase = (typeof phases)[number];
type ChunkContext = {
  anchor: number;
  secret: string;
  reviewers: ReadonlyMap<string, Reviewer>;
  classes: Parameters<typeof planEnterprise>[2];
  build: typeof import('./risk-items');
};

/** The items of one phase for a few enterprises: their points and codes, or their scans (and hazards) of a window. */
function chunkItems(chunk: readonly DemoEnterprise[], phase: Phase, context: ChunkContext) {
  const points = [];
  const codes = [];
  const scans = [];
  const hazards = [];
  const [from, to] = phase.days;
  for (const enterprise of chunk) {
    const plan = planEnterprise(
      enterprise,
      districtProfiles[enterprise.districtId as DistrictId],
      context.classes,
      context.anchor,
    );
    for (const point of plan) {
      if (phase.name === 'points') {
        const token = context.build.demoToken(context.secret, point.riskPointId);
        points.push(context.build.pointItem(enterprise, point, token));
        codes.push({
          token,
          riskPointId: point.riskPointId,
          issuedAt: new Date(point.createdAt).toISOString(),
        });
        continue;
      }
      const reviewer = context.reviewers.get(enterprise.townId);
      for (const [index, planned] of point.scans.entries()) {
        const age = (context.anchor - planned.at) / DAY_MS;
        if (age < from || age >= to) continue;
        const written = context.build.scanItems(enterprise, point, planned, index + 1, {
          anchor: context.anchor,
          reviewer,
        });
        scans.push(written.scan);
        if (written.hazard) hazards.push(written.hazard);
      }
    }
  }
  return { points, codes, scans, hazards };
}

/**
 * `npm start`'s way: the risk data after the demo city, in the background (the console is usable meanwhile),
 * one progress line per 10% of each phase; a failure is logged, and the next start resumes where it stopped.
 * Then the metrics jobs once (metrics-jobs.ts), so that the dashboard has figures before their first cron run.
 */
export async function seedRiskInBackground(log: (line: string) => void): Promise<void> {
  try {
    if (await isRiskSeeded()) return;
    log('seeding the demo risk points, scans and hazards in the background (newest scans first)…');
    const summary = await seedRiskData({ log });
    log(
      `seeded ${summary.points} risk points, ${summary.scans} scans, ${summary.hazards} hazards, ${summary.accounts} 安全员 accounts in ${summary.seconds.toFixed(1)} s`,
    );
    await runMetricsJobs(log);
  } catch (error) {
    log(
      `demo risk data stopped (the next start resumes it): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

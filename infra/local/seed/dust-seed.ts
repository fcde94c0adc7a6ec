import { createHmac } from 'node:crypto';
import { businessDay } from '#functions/platform/clock';
import { TOKEN_BYTES } from '#functions/risk-points/domain/token';
import { cleaningOf } from './dust-items';
import { dustPhotoPool, storeDustPhotoPool } from './dust-photos';
import {
  DUST_HISTORY_DAYS,
  dustSiteCount,
  lastSatisfiedDay,
  type PlannedSite,
  planDustSites,
} from './dust-plan';
import { batchWriter, type Item } from './fast/batch-writer';
import type { Reviewer } from './risk-items';
import { DAY_MS, type DemoEnterprise } from './risk-plan';

/** Bump when the demo dust data changes shape. Kept in the risk seed's marker entity, under its own version. */
const DUST_SEED_VERSION = 'dust-v1';
const markerEntity = () => import('./risk-marker').then((module) => module.demoRiskSeed);

export interface DustSeedSummary {
  skipped: boolean;
  sites: number;
  cleanings: number;
  photos: number;
  items: number;
  seconds: number;
}

export interface DustSeedInput {
  /** The city's operating enterprises (the 涉爆粉尘 ones get sites), and how many enterprises the city has. */
  enterprises: readonly DemoEnterprise[];
  totalEnterprises: number;
  reviewers: ReadonlyMap<string, Reviewer>;
  anchor: number;
  /** The seed's secret (code tokens are HMACs under it). */
  secret: string;
}

/** The items of one planned site: the site and its code, its cleanings, their photos and its day records. */
async function siteItems(site: PlannedSite, input: DustSeedInput, pool: ReturnType<typeof dustPhotoPool>) {
  const { dustEntityItems } = await import('./dust-entities');
  const token = createHmac('sha256', input.secret)
    .update(`dust\n${site.siteId}`)
    .digest()
    .subarray(0, TOKEN_BYTES);
  const queuedFrom = businessDay(new Date(input.anchor - DAY_MS));
  const reviewer = input.reviewers.get(site.enterprise.townId);
  const cleanings = [];
  const photos = [];
  for (const [serial, day] of site.days.entries()) {
    if (day.at === undefined) continue;
    const written = cleaningOf(site, day, { pool, reviewer, serial, queuedFrom });
    cleanings.push(written.cleaning);
    photos.push(...written.photos);
  }
  const last = lastSatisfiedDay(site);
  return {
    items: await dustEntityItems({
      site,
      token: token.toString('base64url'),
      lastSatisfiedDay: last,
      cleanings,
      photos,
    }),
    cleanings: cleanings.length,
    photos: photos.length,
  };
}

/**
 * Writes the demo's dust sites with 90 days of daily cleanings (dust-plan.ts) at BatchWriteItem speed, their
 * photo records pointing at a pool of 24 real JPEG objects (dust-photos.ts), and a marker: a complete run is not
 * repeated, an interrupted one writes the same items again. The ladder's past messages and tasks are not
 * back-filled: the first ladder run after the seed creates today's (the outbox would otherwise hold thousands of
 * never-sent SMS of past days, and their idempotency keys would block nothing that matters).
 */
export async function writeDustData(
  input: DustSeedInput,
  options: { concurrency?: number } = {},
): Promise<DustSeedSummary> {
  const began = performance.now();
  const marker = await markerEntity();
  const { data } = await marker.get({ seedVersion: DUST_SEED_VERSION }).go({ consistent: true });
  const summary = { skipped: false, sites: 0, cleanings: 0, photos: 0, items: 0, seconds: 0 };
  if (data?.complete) return { ...summary, skipped: true };
  // An interrupted run's instant and secret: the same items again, over the ones already there.
  const run = data ? { ...input, anchor: Date.parse(data.anchor), secret: data.secret } : input;
  const started = {
    seedVersion: DUST_SEED_VERSION,
    anchor: new Date(run.anchor).toISOString(),
    secret: run.secret,
  };
  if (!data)
    await marker
      .put({ ...started, phasesDone: [], complete: false, updatedAt: new Date().toISOString() })
      .go();
  const { tableName } = await import('#functions/platform/dynamo');
  const dust = input.enterprises.filter((enterprise) => enterprise.flags.includes('dust'));
  const sites = planDustSites(dust, dustSiteCount(run.totalEnterprises), run.anchor);
  const pool = dustPhotoPool();
  await storeDustPhotoPool(pool);
  const writer = batchWriter(tableName, { concurrency: options.concurrency ?? 8 });
  for (const site of sites) {
    const written = await siteItems(site, run, pool);
    await writer.write(written.items as Item[]);
    summary.sites += 1;
    summary.cleanings += written.cleanings;
    summary.photos += written.photos;
  }
  await writer.flush();
  summary.items = writer.written();
  summary.seconds = (performance.now() - began) / 1000;
  await marker
    .put({
      ...started,
      phasesDone: ['dust'],
      complete: true,
      counts: { ...summary, days: DUST_HISTORY_DAYS },
      updatedAt: new Date().toISOString(),
    })
    .go();
  return summary;
}

import { randomBytes } from 'node:crypto';
import { districts } from '#functions/platform/districts';
import type { DustSeedSummary } from './dust-seed';
import { loadDemoEnterprises } from './risk-sources';
import { DEMO_PASSWORD } from './seed-city';

/** How many enterprises the city has (all states): 7 key-condition queries, ids only. */
async function countEnterprises(): Promise<number> {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  let total = 0;
  for (const district of districts) {
    const { data } = await enterprise.query
      .byDistrict({ districtId: district.id })
      .go({ pages: 'all', attributes: ['id'] });
    total += data.length;
  }
  return total;
}

/**
 * Seeds the demo's dust data into a seeded city (both seed paths call it after the risk data): the city's
 * operating 涉爆粉尘 enterprises (loadDemoEnterprises: their principal and 安全员, who uploads) and the town
 * officers who reviewed. Ends at `at` (default now): the streaks end today. A complete run is skipped.
 */
export async function seedDustData(options: { at?: Date } = {}): Promise<DustSeedSummary> {
  const anchor = (options.at ?? new Date()).getTime();
  const { writeDustData } = await import('./dust-seed');
  const { enterprises, reviewers } = await loadDemoEnterprises(anchor, DEMO_PASSWORD);
  return writeDustData({
    enterprises,
    totalEnterprises: await countEnterprises(),
    reviewers,
    anchor,
    secret: randomBytes(32).toString('base64url'),
  });
}

/** One log line of a summary, for `npm start` and `npm run seed` (none for a complete earlier run). */
export const dustSeedLine = (summary: DustSeedSummary) =>
  summary.skipped
    ? undefined
    : `seeded ${summary.sites} dust sites, ${summary.cleanings} cleanings, ${summary.photos} photos (${summary.items} items) in ${summary.seconds.toFixed(1)} s`;

/**
 * `npm start`'s way, after the risk data: the dust data, then one dust-rate snapshot so that the dashboard's
 * widget has today's figure before the job's first hourly run. A failure is logged; the next start resumes.
 */
export async function seedDustInBackground(log: (line: string) => void): Promise<void> {
  try {
    const summary = await seedDustData();
    const line = dustSeedLine(summary);
    if (line) log(line);
    if (summary.skipped) return;
    const { snapshotDustRate } = await import('#functions/dust-ladder/index');
    await snapshotDustRate(new Date());
  } catch (error) {
    log(
      `demo dust data stopped (the next start resumes it): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

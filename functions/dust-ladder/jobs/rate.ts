import { tallyDay } from '#functions/dust-ladder/domain/rate-tally';
import type { LadderSite } from '#functions/dust-ladder/domain/site';
import { writeDayRows } from '#functions/dust-ladder/store/rate-write';
import { readActiveSites, satisfiedOn } from '#functions/dust-ladder/store/sites';
import { type DustSource, defaultSource } from '#functions/dust-ladder/store/source-types';
import { loadOrgRefs } from '#functions/org/index';
import { addDays, businessDay } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';

export { dustRateCron } from '#functions/dust-ladder/jobs/rate-schedule';

const hourOf = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 13);

async function writeDay(
  source: DustSource,
  sites: readonly LadderSite[],
  day: string,
  at: Date,
  final: boolean,
) {
  const { satisfied, items } = await satisfiedOn(source, sites, day);
  const directory = await loadOrgRefs({ townIds: [...new Set(sites.map((s) => s.townId))], gridIds: [] });
  const rows = tallyDay(
    sites,
    day,
    (site) => satisfied.has(site.siteId),
    (id) => directory.town(id)?.name,
  );
  return { written: await writeDayRows(day, rows, at, final), items };
}

/**
 * Writes today's upload-rate rows at `at` (so far today) from the active sites (read here unless the ladder
 * passes its own read), and in the first hour of a day also the day that ended, marked final.
 */
export async function writeRateSnapshot(at: Date, given?: DustSource, known?: readonly LadderSite[]) {
  const source = given ?? (await defaultSource());
  const sites = known ?? (await readActiveSites(source));
  const today = businessDay(at);
  const now = await writeDay(source, sites, today, at, false);
  const ended = hourOf(at).endsWith('T00')
    ? await writeDay(source, sites, addDays(today, -1), at, true)
    : null;
  return {
    sites: sites.length,
    rows: now.written + (ended?.written ?? 0),
    items: now.items + (ended?.items ?? 0),
  };
}

/** 上报率 snapshots, hourly; one run a Beijing hour (the period key), a rerun writes the same rows. */
export const handler = jobHandler('dust-rate', {
  periodKey: hourOf,
  run: async ({ at }) => {
    const result = await writeRateSnapshot(at);
    return { ...result, items: result.sites + result.items };
  },
});

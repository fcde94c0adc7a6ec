import { businessDay } from '#functions/platform/clock';
import { districts } from '#functions/platform/districts';
import { REPORT_CITY } from './seed-city';
import { planZeroing, type ZeroingCandidate, zeroingSize } from './zeroing-plan';

/** Bump when the demo zeroing campaign changes shape. Kept in the risk seed's marker entity, under its own version. */
const ZEROING_SEED_VERSION = 'zeroing-1';

export interface ZeroingSeedSummary {
  skipped: boolean;
  enterprises: number;
  checks: number;
  seconds: number;
}

/** The first enterprises of each district (a key-condition query per district, one page each), round-robin. */
async function candidates(count: number): Promise<ZeroingCandidate[]> {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const perDistrict = Math.ceil(count / districts.length);
  const lists = await Promise.all(
    districts.map(async (district) => {
      const { data } = await enterprise.query.byDistrict({ districtId: district.id }).go({
        limit: perDistrict,
        attributes: ['id', 'name', 'creditCode', 'districtId', 'townId', 'gridId'],
      });
      return data;
    }),
  );
  const chosen: ZeroingCandidate[] = [];
  for (let row = 0; row < perDistrict; row += 1)
    for (const list of lists) {
      const item = list[row];
      if (item && chosen.length < count) chosen.push(item);
    }
  return chosen;
}

/**
 * Seeds the demo's zeroing campaign (百日清零) once, at the report's size at the report's scale and in proportion
 * below it: its listed enterprises' major hazards (all closed since, as the report says), the list and the checks.
 * Its ids are derived, so a run cut off half-way is simply run again.
 */
export async function seedZeroingData(
  options: { at?: Date; scale?: number } = {},
): Promise<ZeroingSeedSummary> {
  const started = Date.now();
  const { demoRiskSeed: marker } = await import('./risk-marker');
  const { data } = await marker.get({ seedVersion: ZEROING_SEED_VERSION }).go({ consistent: true });
  if (data?.complete) return { skipped: true, enterprises: 0, checks: 0, seconds: 0 };
  const at = options.at ?? new Date();
  const cityEnterprises = (REPORT_CITY.enterprises * (options.scale ?? 1)) / REPORT_CITY.scale;
  const size = zeroingSize(cityEnterprises, REPORT_CITY.enterprises);
  const { seed, hazards } = planZeroing(await candidates(size.enterprises), size, businessDay(at));
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  if (hazards.length > 0) await hazard.put(hazards).go({ concurrent: 4 });
  const { putZeroingForSeed } = await import('#functions/zeroing/index');
  await putZeroingForSeed(seed);
  const counts = { enterprises: seed.entries.length, checks: seed.checks.length };
  const updatedAt = new Date().toISOString();
  const done = {
    seedVersion: ZEROING_SEED_VERSION,
    anchor: at.toISOString(),
    secret: '-',
    phasesDone: ['zeroing'],
  };
  await marker.put({ ...done, complete: true, counts, updatedAt }).go();
  return { skipped: false, ...counts, seconds: (Date.now() - started) / 1000 };
}

/** One log line of a summary (none for a complete earlier run). */
export const zeroingSeedLine = (summary: ZeroingSeedSummary) =>
  summary.skipped
    ? undefined
    : `seeded a zeroing campaign of ${summary.enterprises} enterprises, ${summary.checks} checks in ${summary.seconds.toFixed(1)} s`;

/** `npm start`'s way: after the agencies. A failure is logged, never thrown. */
export async function seedZeroingInBackground(log: (line: string) => void): Promise<void> {
  try {
    const line = zeroingSeedLine(await seedZeroingData());
    if (line) log(line);
  } catch (error) {
    log(`demo zeroing campaign stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

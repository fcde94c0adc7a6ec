import { businessDay } from '#functions/platform/clock';
import type { AgencySeedSummary } from './agency-seed';
import { DEMO_PASSWORD } from './seed-city';

/** Bump when the demo agency data changes shape. Kept in the risk seed's marker entity, under its own version. */
const AGENCY_SEED_VERSION = 'agencies-1';
const markerEntity = () => import('./risk-marker').then((module) => module.demoRiskSeed);

/**
 * Seeds the demo's agencies (中介机构) and a year of their scoring up to `at` (default now), once: a complete run
 * is skipped. A run cut off half-way is not resumed (its deductions carry fresh ids): it says so, and
 * `npm start -- --reset` starts over.
 */
export async function seedAgencyData(options: { at?: Date } = {}): Promise<AgencySeedSummary> {
  const at = options.at ?? new Date();
  const marker = await markerEntity();
  const { data } = await marker.get({ seedVersion: AGENCY_SEED_VERSION }).go({ consistent: true });
  const skipped = {
    skipped: true,
    agencies: 0,
    deductions: 0,
    appeals: 0,
    notices: 0,
    demoAgencyName: '',
    seconds: 0,
  };
  if (data?.complete) return skipped;
  if (data) throw new Error('an earlier agency seed was cut off half-way; npm start -- --reset seeds afresh');
  const started = { seedVersion: AGENCY_SEED_VERSION, anchor: at.toISOString(), secret: '-' };
  await marker.put({ ...started, phasesDone: [], complete: false, updatedAt: new Date().toISOString() }).go();
  const { planAgencyData } = await import('./agency-plan');
  const { writeAgencyData } = await import('./agency-seed');
  const { hashPassword } = await import('#functions/identity/domain/passwords');
  const summary = await writeAgencyData(planAgencyData(businessDay(at)), await hashPassword(DEMO_PASSWORD));
  await marker
    .put({
      ...started,
      phasesDone: ['agencies'],
      complete: true,
      counts: summary,
      updatedAt: new Date().toISOString(),
    })
    .go();
  return summary;
}

/** One log line of a summary (none for a complete earlier run). */
export const agencySeedLine = (summary: AgencySeedSummary) =>
  summary.skipped
    ? undefined
    : `seeded ${summary.agencies} agencies, ${summary.deductions} deductions, ${summary.appeals} appeals, ${summary.notices} notices in ${summary.seconds.toFixed(1)} s`;

/** `npm start`'s way: after the dust data. A failure is logged, never thrown. */
export async function seedAgenciesInBackground(log: (line: string) => void): Promise<void> {
  try {
    const line = agencySeedLine(await seedAgencyData());
    if (line) log(line);
  } catch (error) {
    log(`demo agency data stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

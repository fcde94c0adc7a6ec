import { districts } from '#functions/platform/districts';
import type { Item } from './fast/batch-writer';
import {
  districtFrequencies,
  type GridMember,
  type PatrolSeedEnterprise,
  planPatrols,
  seedForms,
} from './patrol-plan';

/** Bump when the demo patrol data changes shape. Kept in the risk seed's marker entity, under its own version. */
const PATROL_SEED_VERSION = 'patrol-v1';

export interface PatrolSeedSummary {
  skipped: boolean;
  patrols: number;
  enterprises: number;
  items: number;
  seconds: number;
}

/** A district's in-grid enterprises that are not closed, and its grid members (first account per grid). */
async function districtInputs(districtId: string) {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { user } = await import('#functions/identity/store/entities/user');
  const [{ data: found }, { data: accounts }] = await Promise.all([
    enterprise.query
      .byDistrict({ districtId })
      .go({ pages: 'all', attributes: ['id', 'name', 'districtId', 'townId', 'gridId', 'status'] }),
    user.query
      .byDistrict({ districtId })
      .begins({ role: 'gridMember' })
      .go({ pages: 'all', attributes: ['userId', 'name', 'gridId', 'role', 'disabled'] }),
  ]);
  const members = new Map<string, GridMember>();
  for (const account of accounts)
    if (account.role === 'gridMember' && account.gridId && !account.disabled && !members.has(account.gridId))
      members.set(account.gridId, { userId: account.userId, name: account.name });
  const inGrid: PatrolSeedEnterprise[] = found.flatMap((item) =>
    item.gridId && item.status !== '关闭'
      ? [
          {
            id: item.id,
            name: item.name,
            districtId: item.districtId,
            townId: item.townId,
            gridId: item.gridId,
          },
        ]
      : [],
  );
  return { inGrid, members };
}

/**
 * Seeds the demo's patrol forms (the city's, 新北区's fire-safety additions), each district's frequency and a
 * quarter of patrols (patrol-plan.ts) into a seeded city, at BatchWriteItem speed, ending at `at` (default now).
 * The patrols' items are written by the patrols capability's own entities (`put(...).params().Item`). A complete
 * run is skipped; an interrupted one writes the same items again.
 */
export async function seedPatrolData(options: { at?: Date } = {}): Promise<PatrolSeedSummary> {
  const began = performance.now();
  const { demoRiskSeed: marker } = await import('./risk-marker');
  const { data } = await marker.get({ seedVersion: PATROL_SEED_VERSION }).go({ consistent: true });
  const summary = { skipped: false, patrols: 0, enterprises: 0, items: 0, seconds: 0 };
  if (data?.complete) return { ...summary, skipped: true };
  const anchor = data ? Date.parse(data.anchor) : (options.at ?? new Date()).getTime();
  const started = { seedVersion: PATROL_SEED_VERSION, anchor: new Date(anchor).toISOString(), secret: '-' };
  if (!data)
    await marker.put({ ...started, phasesDone: [], complete: false, updatedAt: started.anchor }).go();
  const { patrol, patrolGridEntry } = await import('#functions/patrols/store/entities/patrol');
  const { patrolForm } = await import('#functions/patrols/store/entities/form');
  const { patrolMark, patrolPlan } = await import('#functions/patrols/store/entities/plan');
  const { tableName } = await import('#functions/platform/dynamo');
  // loaded here, not at the top: the DynamoDB module reads its environment when it loads, before the stack is up
  const { batchWriter } = await import('./fast/batch-writer');
  const writer = batchWriter(tableName, { concurrency: 8 });
  const by = { updatedAt: started.anchor, updatedBy: 'seed', updatedByName: '系统初始化' };
  await writer.write([
    patrolForm
      .put({ formKey: 'city', version: 1, items: seedForms.city, lastUsed: seedForms.city.length, ...by })
      .params().Item,
    patrolForm
      .put({
        formKey: 'xinbei',
        version: 1,
        items: seedForms.xinbei,
        lastUsed: seedForms.xinbei.length,
        ...by,
      })
      .params().Item,
    ...Object.entries(districtFrequencies).map(
      ([districtId, frequencyDays]) =>
        patrolPlan.put({ districtId, frequencyDays, ...by }).params().Item as Item,
    ),
  ] as Item[]);
  for (const district of districts) {
    const { inGrid, members } = await districtInputs(district.id);
    const patrols = planPatrols(inGrid, members, anchor);
    const newest = new Map<string, (typeof patrols)[number]>();
    for (const item of patrols) {
      const seen = newest.get(item.enterpriseId);
      if (!seen || seen.day < item.day) newest.set(item.enterpriseId, item);
    }
    await writer.write([
      ...patrols.flatMap((item) => {
        const { gridId, day, at, patrolId, enterpriseId, districtId, townId } = item;
        return [
          patrol.put(item).params().Item,
          patrolGridEntry.put({ gridId, day, at, patrolId, enterpriseId, districtId, townId }).params().Item,
        ];
      }),
      ...[...newest.values()].map(
        (item) =>
          patrolMark
            .put({ enterpriseId: item.enterpriseId, lastDay: item.day, lastPatrolId: item.patrolId })
            .params().Item,
      ),
    ] as Item[]);
    summary.patrols += patrols.length;
    summary.enterprises += newest.size;
  }
  await writer.flush();
  summary.items = writer.written();
  summary.seconds = (performance.now() - began) / 1000;
  await marker
    .put({
      ...started,
      phasesDone: ['patrols'],
      complete: true,
      counts: summary,
      updatedAt: new Date().toISOString(),
    })
    .go();
  return summary;
}

/** One log line of a summary, for `npm start` and `npm run seed` (none for a complete earlier run). */
export const patrolSeedLine = (summary: PatrolSeedSummary) =>
  summary.skipped
    ? undefined
    : `seeded ${summary.patrols} patrols of ${summary.enterprises} enterprises (${summary.items} items) in ${summary.seconds.toFixed(1)} s`;

/** `npm start`'s way, after the agencies: the patrol data. A failure is logged; the next start resumes. */
export async function seedPatrolsInBackground(log: (line: string) => void): Promise<void> {
  try {
    const line = patrolSeedLine(await seedPatrolData());
    if (line) log(line);
  } catch (error) {
    log(
      `demo patrol data stopped (the next start resumes it): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

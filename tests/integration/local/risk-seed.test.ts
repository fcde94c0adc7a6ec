import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { startTestStack } from '#tests/fixtures/local-stack';

type Row = Record<string, unknown> & { __edb_e__?: string };
const AT = new Date('2026-11-30T04:00:00.000Z');
const DAY = 24 * 3600 * 1000;
const CYCLE_DAYS: Record<string, number> = { red: 1, orange: 7, yellow: 30, blue: 90 };
const OVERDUE_DISTRICTS = ['wujin', 'jintan', 'tianning'];
const FEW_HAZARD_DISTRICTS = ['jintan', 'xinbei'];
let stack: LocalStack;

/** Every item of the main table, by ElectroDB entity name. */
async function itemsByEntity(): Promise<Record<string, Row[]>> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const out: Record<string, Row[]> = {};
  let start: unknown;
  do {
    const page = (await callDynamo('Scan', {
      TableName: tableName,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })) as {
      Items?: Row[];
      LastEvaluatedKey?: unknown;
    };
    for (const row of page.Items ?? []) {
      const entity = row.__edb_e__ ?? '?';
      const rows = out[entity] ?? [];
      rows.push(row);
      out[entity] = rows;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

const share = (rows: Row[], test: (row: Row) => boolean) =>
  rows.filter(test).length / Math.max(1, rows.length);
/** Rows grouped by a field's value (Node 20 has no Map.groupBy). */
function groupBy(rows: Row[], field: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[field]);
    groups.set(key, groups.get(key) ?? []);
    groups.get(key)?.push(row);
  }
  return groups;
}
const byDistrict = (rows: Row[]) => groupBy(rows, 'districtId');

let items: Record<string, Row[]>;

beforeAll(async () => {
  stack = await startTestStack();
  const { seedDemoCity } = await import('#infra/local/seed/seed-city');
  const { seedRiskData } = await import('#infra/local/seed/risk-seed');
  await seedDemoCity({ scale: 0.05, seed: 11 });
  const summary = await seedRiskData({ at: AT, quiet: true });
  console.info(`demo risk data at scale 0.05: ${JSON.stringify(summary)}`);
  items = await itemsByEntity();
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the demo risk data', () => {
  it('gives every operating enterprise about 14 points, few red, some orange, many yellow and blue', () => {
    // Prepare
    const points = items.riskPoint ?? [];
    const operating = (items.enterprise ?? []).filter((row) => row.status === '正常生产');
    const levels = (level: string) => share(points, (row) => row.level === level);

    // Assess: the mean per enterprise, and the four levels' shares in the order of the seed report's city
    expect(points.length / operating.length).toBeGreaterThan(12);
    expect(points.length / operating.length).toBeLessThan(17);
    expect(levels('red')).toBeGreaterThan(0);
    expect(levels('red')).toBeLessThan(0.08);
    expect(levels('red')).toBeLessThan(levels('orange'));
    expect(levels('orange')).toBeLessThan(levels('yellow'));
    expect(levels('yellow') + levels('blue')).toBeGreaterThan(0.65);
    expect(levels('blue')).toBeGreaterThan(0.2);
  });

  it('shows the seed report’s district differences', () => {
    // Prepare: hand-written rules over the written items
    const points = byDistrict(items.riskPoint ?? []);
    const enterprises = byDistrict((items.enterprise ?? []).filter((row) => row.status === '正常生产'));
    const scans = byDistrict(items.scan ?? []);
    const hazards = byDistrict(items.hazard ?? []);
    const perEnterprise = (d: string) => (points.get(d)?.length ?? 0) / (enterprises.get(d)?.length ?? 1);
    const overdue = (d: string) =>
      share(points.get(d) ?? [], (row) => Date.parse(String(row.nextDueAt)) < AT.getTime());
    const hazardsPerScan = (d: string) => (hazards.get(d)?.length ?? 0) / (scans.get(d)?.length ?? 1);
    const principalsTakePart = (d: string) => {
      const scanning = groupBy(scans.get(d) ?? [], 'enterpriseId');
      return share(
        [...scanning.values()].map((rows) => ({ any: rows.some((row) => row.principal === true) })),
        (row) => row.any === true,
      );
    };
    const others = (except: string[]) => [...points.keys()].filter((d) => !except.includes(d));

    // Assess
    expect(perEnterprise('zhonglou')).toBeLessThan(10.5);
    for (const d of others(['zhonglou'])) expect(perEnterprise(d), d).toBeGreaterThan(12);
    for (const d of OVERDUE_DISTRICTS) expect(overdue(d), d).toBeGreaterThan(0.3);
    for (const d of others(OVERDUE_DISTRICTS)) expect(overdue(d), d).toBeLessThan(0.2);
    // the usual rate is the other districts' mean: their minimum (one small district's draw, ±20 % at this scale)
    // put xinbei's 0.007 a hair over or under half of it from run to run
    const usual = others(FEW_HAZARD_DISTRICTS).map(hazardsPerScan);
    const usualRate = usual.reduce((sum, rate) => sum + rate, 0) / usual.length;
    for (const d of FEW_HAZARD_DISTRICTS) expect(hazardsPerScan(d), d).toBeLessThan(usualRate / 2);
    expect(principalsTakePart('liyang')).toBeLessThan(0.6);
    for (const d of others(['liyang'])) expect(principalsTakePart(d), d).toBeGreaterThan(0.6);
  });

  it('has 90 days of scans, some late, and hazards in every state', () => {
    // Prepare
    const scans = items.scan ?? [];
    const hazards = items.hazard ?? [];
    const ages = scans.map((row) => (AT.getTime() - Date.parse(String(row.scannedAt))) / DAY);
    const history = (row: Row) => row.history as { action: string }[];

    // Assess
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
    expect(Math.max(...ages)).toBeGreaterThan(85);
    expect(share(scans, (row) => row.late === true)).toBeGreaterThan(0.05);
    expect(share(scans, (row) => row.late === true)).toBeLessThan(0.5);
    for (const status of ['OPEN', 'RECTIFIED', 'CLOSED'])
      expect(
        hazards.some((row) => row.status === status),
        status,
      ).toBe(true);
    expect(
      hazards.some((row) => row.status === 'OPEN' && history(row).some((step) => step.action === 'reject')),
    ).toBe(true);
    expect(hazards.some((row) => row.status === 'OPEN' && String(row.deadline) < AT.toISOString())).toBe(
      true,
    );
    expect(hazards.some((row) => row.level === 'major' && row.majorCategory)).toBe(true);
  });

  it('keeps the derived items consistent: codes, lastScanAt and nextDueAt, hazard links', () => {
    // Prepare
    const points = items.riskPoint ?? [];
    const codes = new Map((items.riskPointCode ?? []).map((row) => [row.token, row.riskPointId]));
    const scansOf = groupBy(items.scan ?? [], 'riskPointId');
    const hazards = new Map((items.hazard ?? []).map((row) => [row.hazardId, row]));

    // Assess: each point's code finds it; its dates follow from its newest scan like a real scan moves them
    for (const point of points) {
      expect(codes.get(point.token)).toBe(point.riskPointId);
      const newest = (scansOf.get(String(point.riskPointId)) ?? [])
        .map((row) => String(row.scannedAt))
        .sort()
        .at(-1);
      expect(point.lastScanAt).toBe(newest);
      const from = Date.parse(String(newest ?? point.createdAt));
      expect(Date.parse(String(point.nextDueAt))).toBe(
        from + (CYCLE_DAYS[String(point.level)] ?? Number.NaN) * DAY,
      );
    }
    for (const scan of items.scan ?? []) {
      if (scan.result === 'hazard') expect(hazards.get(scan.hazardId)?.scanId).toBe(scan.scanId);
      else expect(scan.hazardId).toBeUndefined();
    }
  });

  it('writes nothing on a re-run, and a run resumed in its last phase converges to the same items', async () => {
    // Prepare
    const { seedRiskData } = await import('#infra/local/seed/risk-seed');
    const { demoRiskSeed } = await import('#infra/local/seed/risk-marker');
    const count = (all: Record<string, Row[]>) =>
      Object.values(all).reduce((sum, rows) => sum + rows.length, 0);

    // Act: a run after a complete one; then a run after one that stopped before its oldest scans were written
    const again = await dynamoRequestsDuring(stack, () => seedRiskData({ quiet: true }));
    const { data: marker } = await demoRiskSeed.get({ seedVersion: 'v1' }).go();
    if (!marker) throw new Error('the complete run left no marker');
    await demoRiskSeed
      .put({ ...marker, complete: false, phasesDone: ['points', 'scans-7', 'scans-30'] })
      .go();
    const resumed = await seedRiskData({ quiet: true });
    const after = await itemsByEntity();

    // Assess
    expect(again.result.skipped).toBe(true);
    const writes = countByAction(again.requests);
    expect(writes.BatchWriteItem ?? 0).toBe(0);
    expect(writes.PutItem ?? 0).toBe(0);
    expect(resumed.scans).toBeGreaterThan(0);
    expect(resumed.points).toBe(0);
    expect(count(after)).toBe(count(items));
    expect(after.scan?.map((row) => row.scanId).sort()).toEqual(items.scan?.map((row) => row.scanId).sort());
  }, 120_000);
});

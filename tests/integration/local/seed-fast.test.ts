import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitySummary } from '#infra/local/seed/fast/city';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Row = Record<string, unknown> & { __edb_e__?: string; pk: string };
const AT = new Date('2026-11-30T04:00:00.000Z');
/** 2026Q4 starts at 2026-10-01 00:00 Asia/Shanghai. */
const Q4_START = '2026-09-30T16:00:00.000Z';
let stack: LocalStack;
let summary: CitySummary;
let items: Row[];
let finalProgress: unknown;

async function allItems(): Promise<Row[]> {
  const { callDynamo, tableName } = await import('#functions/platform/dynamo');
  const out: Row[] = [];
  let start: unknown;
  do {
    const page = (await callDynamo('Scan', {
      TableName: tableName,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })) as { Items?: Row[]; LastEvaluatedKey?: unknown };
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}
const ofEntity = (entity: string) => items.filter((row) => row.__edb_e__ === entity);

/** Every page of a list route, as `headers` sees it. */
async function listAll(path: string, headers: Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const answer = await callApi(
      stack,
      `${path}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      {
        headers,
      },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body as { data: Row[]; nextCursor: string | null };
    rows.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

beforeAll(async () => {
  stack = await startTestStack();
  const { writeCity } = await import('#infra/local/seed/fast/city');
  summary = await writeCity({
    scale: 0.05,
    riskPoints: 1400,
    seed: 11,
    at: AT,
    rawBaseline: false,
    onProgress: (progress, final) => {
      if (final) finalProgress = progress;
    },
  });
  items = await allItems();
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the fast city writer', () => {
  it('writes the asked-for counts, and what it says it wrote is in the table', () => {
    // Assess: 2000 × 0.05 enterprises, exactly the 1,400 points asked for, each with its code
    expect(summary.enterprises).toBe(100);
    expect(ofEntity('enterprise')).toHaveLength(100);
    expect(ofEntity('creditCodeClaim')).toHaveLength(100);
    expect(summary.towns).toBe(66);
    expect(ofEntity('town')).toHaveLength(66);
    expect(summary.points).toBe(1400);
    expect(ofEntity('riskPoint')).toHaveLength(1400);
    expect(ofEntity('riskPointCode')).toHaveLength(1400);
    expect(ofEntity('scan')).toHaveLength(summary.scans);
    expect(ofEntity('hazard')).toHaveLength(summary.hazards);
    expect(ofEntity('user')).toHaveLength(summary.accounts);
    expect(summary.scans).toBeGreaterThan(5000);
    expect(summary.hazards).toBeGreaterThan(0);
    expect(items.filter((row) => row.pk.startsWith('rawBurst#'))).toHaveLength(0);
  });

  it('reports its last progress from the writing process, with every item it wrote', () => {
    // Assess
    expect(finalProgress).toMatchObject({ phase: '完成', written: summary.items });
  });

  it('keeps the keys the entities read: a district admin lists its risk points and scans through the routes', async () => {
    // Prepare
    const { DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
    const headers = authHeader(await loginAs(stack, 'wujin.admin', DEMO_PASSWORD));
    const inTable = ofEntity('riskPoint').filter((row) => row.districtId === 'wujin');
    const point = inTable.find((row) => row.level === 'orange') ?? inTable[0];

    // Act
    const listed = await listAll('/api/risk-points?districtId=wujin', headers);
    const scans = await listAll(`/api/scans?riskPointId=${String(point?.riskPointId)}`, headers);

    // Assess
    expect(inTable.length).toBeGreaterThan(300);
    expect(listed.map((row) => row.id).sort()).toEqual(inTable.map((row) => row.riskPointId).sort());
    const scansOfPoint = ofEntity('scan').filter((row) => row.riskPointId === point?.riskPointId);
    expect(scans.map((row) => row.id).sort()).toEqual(scansOfPoint.map((row) => row.scanId).sort());
  });

  it('lets the city admin and an enterprise principal log in with the demo password', async () => {
    // Prepare
    const { DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
    const enterprise = ofEntity('enterprise').find(
      (row) => row.status === '正常生产' && row.districtId === 'jintan',
    );
    const username = `e${String(enterprise?.creditCode).toLowerCase()}`;

    // Act
    const city = await loginAs(stack, 'admin', DEMO_PASSWORD);
    const own = await listAll('/api/risk-points?', authHeader(await loginAs(stack, username, DEMO_PASSWORD)));

    // Assess
    expect(city).toEqual(expect.any(String));
    const expected = ofEntity('riskPoint').filter((row) => row.enterpriseId === enterprise?.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(own.map((row) => row.id).sort()).toEqual(expected.map((row) => row.riskPointId).sort());
  });

  it('writes each enterprise’s quarter counters as its scans say (scans, late, principal, hazard)', async () => {
    // Prepare: the counters scans reads for 2026Q4 in 金坛区, and the same figures counted by hand from the scans
    const { quarterScanCounters } = await import('#functions/scans/index');
    const counters = [];
    for await (const page of quarterScanCounters('2026Q4', 'jintan')) counters.push(...page);
    const byHand = new Map<string, number[]>();
    for (const row of ofEntity('scan')) {
      if (row.districtId !== 'jintan' || String(row.scannedAt) < Q4_START) continue;
      const figures = byHand.get(String(row.enterpriseId)) ?? [0, 0, 0, 0];
      figures[0] = (figures[0] ?? 0) + 1;
      if (row.late === true) figures[1] = (figures[1] ?? 0) + 1;
      if (row.principal === true) figures[2] = (figures[2] ?? 0) + 1;
      if (row.result === 'hazard') figures[3] = (figures[3] ?? 0) + 1;
      byHand.set(String(row.enterpriseId), figures);
    }

    // Assess
    expect(counters.length).toBeGreaterThan(3);
    expect(
      Object.fromEntries(
        counters.map((c) => [c.enterpriseId, [c.scans, c.lateScans, c.principalScans, c.hazardScans]]),
      ),
    ).toEqual(Object.fromEntries(byHand));
  });

  it('builds the same items for the same seed and other items for another seed', async () => {
    // Prepare
    const { seededRandom } = await import('#infra/local/seed/random');
    const { presenceSet } = await import('#infra/local/seed/fast/accounts');
    const { organizationItems } = await import('#infra/local/seed/fast/org');
    const { cityEnterprises, enterpriseItems } = await import('#infra/local/seed/fast/enterprises');
    const build = (seed: number) => {
      const context = { seed, at: AT, passwordHash: 'hash', presence: presenceSet() };
      const random = seededRandom(seed);
      const org = organizationItems(random, context);
      const rows = cityEnterprises(random, org.towns, 20, context);
      return JSON.stringify([org.items, rows.map((row) => enterpriseItems(row, context))]);
    };

    // Act
    const [first, again, other] = [build(11), build(11), build(12)];

    // Assess: and seed 11 is the city the table holds (the same enterprise ids)
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    const firstId = JSON.parse(first)[1][0][0].id;
    expect(ofEntity('enterprise').some((row) => row.id === firstId)).toBe(true);
  });
});

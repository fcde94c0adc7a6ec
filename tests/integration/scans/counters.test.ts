import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '#functions/platform/principal';
import type { EnterpriseScanCounter } from '#functions/scans/index';
import { signedIn } from '#tests/fixtures/auth';
import { makeEnterprise, places } from '#tests/integration/enterprises/support';
import {
  checklist,
  makePoint,
  normalScan,
  postScan,
  send,
  stack,
  startScanStack,
  stopScanStack,
  T0,
  verifiedPhoto,
} from './support';

beforeAll(startScanStack, 120_000);
afterAll(stopScanStack);

const MIN = 60_000;
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * MIN);
type Account = Awaited<ReturnType<typeof signedIn>>;

/** A fresh 武进区 enterprise with its principal (主要负责人) and a staff account, as principals and headers. */
async function firm(name: string) {
  const enterprise = await makeEnterprise(places.wujinA, { name });
  const account = (isPrincipal: boolean) =>
    signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: enterprise.id,
      isPrincipal,
    });
  const [principal, staff] = await Promise.all([account(true), account(false)]);
  return { id: enterprise.id, principal, staff };
}

const principalOf = ({ user }: Account): Principal => ({
  userId: user.id,
  username: user.username,
  name: user.name,
  role: 'enterpriseUser',
  districtId: 'wujin',
  enterpriseId: user.enterpriseId as string,
  ...(user.isPrincipal ? { enterprisePrincipal: true as const } : {}),
});

/** A scan needing no photo: the photo-required item answered 不涉及. */
const plainScan = (token: string, clientScanId = `c-${randomUUID()}`) => ({
  token,
  clientScanId,
  answers: [
    { itemId: checklist.plain, answer: 'pass' as const },
    { itemId: checklist.photo, answer: 'na' as const },
  ],
  result: 'normal' as const,
  photoIds: [],
});

const recordDirect = async (by: Account, body: ReturnType<typeof plainScan>, when: Date, seams = {}) => {
  const { recordScan } = await import('#functions/scans/store/record');
  return recordScan(principalOf(by), body, when, seams);
};

const repair = async (now: Date) => (await import('#functions/scans/index')).repairScanCounters(now);

/** The firm's 2026Q4 counter, found the way the period job reads: every counter of 武进区's quarter. */
async function counterOf(enterpriseId: string): Promise<EnterpriseScanCounter | undefined> {
  const { quarterScanCounters } = await import('#functions/scans/index');
  let found: EnterpriseScanCounter | undefined;
  for await (const page of quarterScanCounters('2026Q4', 'wujin'))
    for (const counter of page) if (counter.enterpriseId === enterpriseId) found = counter;
  return found;
}

const lastScanOf = async (pointId: string, by: Account) =>
  ((await send('GET', `/api/risk-points/${pointId}`, by.headers)).body as { lastScanAt?: string }).lastScanAt;

const crash = () => {
  throw new Error('injected crash');
};

describe('the per-enterprise quarter scan counters', () => {
  it('counts scans, late, principal and hazard scans exactly, a retried clientScanId once', async () => {
    // Prepare
    const f = await firm('计数机械厂');
    const [a, b] = [await makePoint(f.principal.headers), await makePoint(f.staff.headers)];
    const photo = await verifiedPhoto(f.staff.headers);
    const first = plainScan(a.token);
    const hazard = {
      ...normalScan(b.token, photo),
      answers: [
        { itemId: checklist.plain, answer: 'fail' },
        { itemId: checklist.photo, answer: 'na' },
      ],
    };

    // Act
    const answers = [await postScan(f.principal.headers, first)];
    answers.push(
      ...(await Promise.all([postScan(f.principal.headers, first), postScan(f.principal.headers, first)])),
    );
    answers.push(await postScan(f.staff.headers, hazard), await postScan(f.staff.headers, hazard));
    // 8 days on: a (7 days) was due at T0 + 7 d, so the staff's scan is late
    await recordDirect(f.staff, plainScan(a.token), at(8 * 24 * 60));

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([201, 200, 200, 201, 200]);
    expect(await counterOf(f.id)).toEqual({
      enterpriseId: f.id,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
      quarter: '2026Q4',
      scans: 3,
      lateScans: 1,
      principalScans: 1,
      hazardScans: 1,
      firstScanAt: T0,
      lastScanAt: '2026-12-09T02:00:00.000Z',
    });
  });

  it('stays exact under concurrent scans of one enterprise arriving out of order, with duplicates', async () => {
    // Prepare: 16 in-process scans stamped T0 + 0..15 min in shuffled order, 8 through the API at T0
    const f = await firm('并发计数厂');
    const points = await Promise.all(Array.from({ length: 4 }, () => makePoint(f.principal.headers)));
    const direct = Array.from({ length: 16 }, (_, i) => ({
      by: i % 2 === 0 ? f.principal : f.staff,
      body: plainScan(points[i % 4]?.token as string),
      when: at((i * 7) % 16),
    }));
    const viaApi = Array.from({ length: 8 }, (_, i) => plainScan(points[i % 4]?.token as string));

    // Act
    await Promise.all([
      ...direct.map(({ by, body, when }) => recordDirect(by, body, when)),
      ...direct.slice(0, 4).map(({ by, body, when }) => recordDirect(by, body, when)),
      ...viaApi.map((body) => postScan(f.staff.headers, body)),
      ...viaApi.slice(0, 4).map((body) => postScan(f.staff.headers, body)),
    ]);

    // Assess
    expect(await counterOf(f.id)).toMatchObject({
      scans: 24,
      lateScans: 0,
      principalScans: 8,
      hazardScans: 0,
      firstScanAt: T0,
      lastScanAt: at(15).toISOString(),
    });
  });

  it('repairs a crash between the scan and its counter: the point moved, counted once, also after a retry', async () => {
    // Prepare
    const f = await firm('断点修复厂');
    const [x, y, z] = await Promise.all([1, 2, 3].map(() => makePoint(f.principal.headers)));
    await postScan(f.principal.headers, plainScan(z?.token as string));
    const crashedX = plainScan(x?.token as string);
    const crashedY = plainScan(y?.token as string);

    // Act
    const outcomes = await Promise.allSettled([
      recordDirect(f.staff, crashedX, at(1), { beforeCount: crash }),
      recordDirect(f.principal, crashedY, at(2), { beforeCount: crash }),
    ]);
    const afterCrash = { counter: await counterOf(f.id), x: await lastScanOf(x?.id as string, f.principal) };
    const early = await repair(at(4));
    const afterEarly = await counterOf(f.id);
    const retried = await postScan(f.principal.headers, crashedY); // the phone retries y; x's phone gave up
    const repaired = await repair(at(8));
    const again = await repair(at(9));

    // Assess
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(afterCrash.counter).toMatchObject({ scans: 1, principalScans: 1 });
    expect(afterCrash.x).toBeUndefined();
    expect(early).toMatchObject({ repaired: 0 }); // younger than the grace period: maybe still in flight
    expect(afterEarly).toMatchObject({ scans: 1 });
    expect(retried.status).toBe(200);
    expect(await lastScanOf(y?.id as string, f.principal)).toBe(at(2).toISOString());
    expect(repaired).toMatchObject({ repaired: 1, deferred: 0, markers: 2 });
    expect(await counterOf(f.id)).toMatchObject({
      scans: 3,
      principalScans: 2,
      lateScans: 0,
      firstScanAt: T0,
      lastScanAt: at(2).toISOString(),
    });
    expect(await lastScanOf(x?.id as string, f.principal)).toBe(at(1).toISOString());
    expect(again).toEqual({ repaired: 0, deferred: 0, markers: 0 });
  });

  it('ends exact after a crash between the counter and the marker’s delete (no double count)', async () => {
    // Prepare
    const f = await firm('标记残留厂');
    const point = await makePoint(f.principal.headers);
    await postScan(f.principal.headers, plainScan(point.token));

    // Act
    const outcome = await recordDirect(f.staff, plainScan(point.token), at(20), {
      beforeUnmark: crash,
    }).catch((error: Error) => error.message);
    const before = await counterOf(f.id);
    const repaired = await repair(at(26));

    // Assess
    expect(outcome).toBe('injected crash');
    expect(before).toMatchObject({ scans: 2 });
    expect(repaired).toMatchObject({ repaired: 1, markers: 1 });
    expect(await counterOf(f.id)).toMatchObject({
      scans: 2,
      principalScans: 1,
      lastScanAt: at(20).toISOString(),
    });
  });

  it('defers an enterprise with a scan in flight, and repairs it once the scan is done', async () => {
    // Prepare: a crash at T0 + 30 min; a scan stamped T0 + 37 min held between its put and its counter
    const f = await firm('延后修复厂');
    const point = await makePoint(f.principal.headers);
    await recordDirect(f.staff, plainScan(point.token), at(30), { beforeCount: crash }).catch(
      () => undefined,
    );
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const scanWritten = new Promise<void>((resolve) => {
      written = resolve;
    });
    const inFlight = recordDirect(f.principal, plainScan(point.token), at(37), {
      beforeCount: () => {
        written();
        return held;
      },
    });
    await scanWritten;

    // Act: at 38 min the crash is past the grace period, the held scan is not
    const deferred = await repair(at(38));
    release();
    await inFlight;
    const afterFlight = await counterOf(f.id);
    const repaired = await repair(at(43));

    // Assess
    expect(deferred).toMatchObject({ repaired: 0, deferred: 1 });
    expect(afterFlight).toMatchObject({ scans: 1, principalScans: 1 });
    expect(repaired).toMatchObject({ repaired: 1, deferred: 0 });
    expect(await counterOf(f.id)).toMatchObject({
      scans: 2,
      principalScans: 1,
      firstScanAt: at(30).toISOString(),
      lastScanAt: at(37).toISOString(),
    });
  });
});

describe('the point moved forward in one conditional update (advanceRiskPointScan with the cycle read)', () => {
  it('keeps the newest of 12 concurrent scans, and falls back to reading when the cycle changed', async () => {
    // Prepare: the test class's cycle is 7 days
    const { advanceRiskPointScan } = await import('#functions/risk-points/index');
    const f = await firm('快速推进厂');
    const [point, changed] = [await makePoint(f.principal.headers), await makePoint(f.principal.headers)];
    const times = Array.from({ length: 12 }, (_, i) => at(i).toISOString());
    const shuffled = [...times.slice(6), ...times.slice(0, 6).reverse()];

    // Act
    const results = await Promise.all(
      shuffled.map((scannedAt) => advanceRiskPointScan({ riskPointId: point.id, scannedAt, cycleDays: 7 })),
    );
    const older = await advanceRiskPointScan({
      riskPointId: point.id,
      scannedAt: at(3).toISOString(),
      cycleDays: 7,
    });
    const stale = await advanceRiskPointScan({
      riskPointId: changed.id,
      scannedAt: at(5).toISOString(),
      cycleDays: 1,
    });

    // Assess
    const after = (await send('GET', `/api/risk-points/${point.id}`, f.principal.headers)).body;
    expect(after).toMatchObject({
      lastScanAt: at(11).toISOString(),
      nextDueAt: at(11 + 7 * 24 * 60).toISOString(),
    });
    expect(results.filter((result) => result.advanced).length).toBeGreaterThanOrEqual(1);
    expect(older).toEqual({ advanced: false });
    expect(stale).toEqual({ advanced: true });
    const moved = (await send('GET', `/api/risk-points/${changed.id}`, f.principal.headers)).body;
    expect(moved).toMatchObject({
      lastScanAt: at(5).toISOString(),
      nextDueAt: at(5 + 7 * 24 * 60).toISOString(),
    });
  });
});

describe('DynamoDB requests per scan', () => {
  it('records a normal scan in 9 requests: 4 reads, the marker, the scan, the point, the counter, the unmark', async () => {
    // Prepare
    const { countByAction, dynamoRequestsDuring } = await import('#tests/fixtures/dynamo-requests');
    const f = await firm('请求计数厂');
    const [warm, point] = [await makePoint(f.principal.headers), await makePoint(f.principal.headers)];
    const body = plainScan(point.token);
    await postScan(f.principal.headers, plainScan(warm.token)); // the key set is read once per cold start

    // Act
    const { result, requests } = await dynamoRequestsDuring(stack, () => postScan(f.principal.headers, body));
    const retry = await dynamoRequestsDuring(stack, () => postScan(f.principal.headers, body));

    // Assess: reads = the account (auth), the code claim, the point, its class
    expect(result.status).toBe(201);
    expect(countByAction(requests)).toEqual({ GetItem: 4, PutItem: 2, UpdateItem: 2, DeleteItem: 1 });
    expect(retry.result.status).toBe(200);
    // a retry: the same 4 reads, its own marker, the put that fails, the first scan read, the marker deleted
    expect(countByAction(retry.requests)).toEqual({ GetItem: 5, PutItem: 2, DeleteItem: 1 });
  });
});

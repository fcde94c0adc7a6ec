import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { signedIn } from '#tests/fixtures/auth';
import {
  ids,
  makePoint,
  type RiskPoint,
  readAllPages,
  send,
  stack,
  startRiskPointStack,
  stopRiskPointStack,
  validPoint,
  who,
} from '#tests/integration/risk-points/support';

const DAY_MS = 24 * 3600 * 1000;

beforeAll(startRiskPointStack, 120_000);
afterAll(stopRiskPointStack);

describe('risk points', () => {
  it('creates an enterprise user’s point in its own enterprise with a 22-character code and the class’s cycle', async () => {
    // Act: an enterprise user names no enterprise (its own is used), or another one (refused)
    const answer = await send('POST', '/api/risk-points', who.firm, validPoint());
    const elsewhere = await send(
      'POST',
      '/api/risk-points',
      who.firm,
      validPoint({ enterpriseId: ids.liyangFirm }),
    );

    // Assess: 污水池 is an orange class, 7 days (the seed list, by hand)
    expect(answer.status).toBe(201);
    expect(elsewhere.status).toBe(400);
    const point = answer.body as RiskPoint;
    expect(point).toMatchObject({
      enterpriseId: ids.firm,
      enterpriseName: '常州湖塘喆犇机械厂',
      className: '污水池、化粪池',
      level: 'orange',
      cycleDays: 7,
      status: 'active',
      overdue: false,
      responsible: { name: '王建国', phone: '13812345678' },
    });
    expect(point.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Date(point.nextDueAt).getTime() - new Date(point.createdAt).getTime()).toBe(7 * DAY_MS);
  });

  it('refuses a cycle over twice the class’s with a Chinese field error and writes nothing', async () => {
    // Prepare
    const before = await readAllPages(`/api/risk-points?enterpriseId=${ids.firm2}`, who.city);

    // Act: 污水池 is 7 days, so at most 14
    const answer = await send('POST', '/api/risk-points', who.firm2User, validPoint({ cycleDays: 15 }));
    const within = await send(
      'POST',
      '/api/risk-points',
      who.firm2User,
      validPoint({ cycleDays: 14, name: '2 号池' }),
    );

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: {
        fields: [{ path: 'body.cycleDays', message: '检查周期须在 1–14 天之间（类别周期的 2 倍以内）' }],
      },
    });
    expect(within.status).toBe(201);
    const after = await readAllPages(`/api/risk-points?enterpriseId=${ids.firm2}`, who.city);
    expect(after.map((point) => point.name)).toEqual([...before.map((point) => point.name), '2 号池']);
  });

  it('answers bad input with Chinese field errors and writes nothing', async () => {
    // Prepare
    const before = await readAllPages(`/api/risk-points?enterpriseId=${ids.firm}`, who.firm);

    // Act
    const answer = await send('POST', '/api/risk-points', who.firm, {
      classId: '',
      name: '',
      location: 'x'.repeat(101),
      level: 'purple',
      responsible: { name: '张三', phone: '123' },
    });

    // Assess
    expect(answer.status).toBe(400);
    const { fields } = (answer.body as { error: { fields: { path: string; message: string }[] } }).error;
    const paths = fields.map((field) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.classId',
        'body.name',
        'body.location',
        'body.level',
        'body.responsible.phone',
      ]),
    );
    for (const field of fields) expect(field.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await readAllPages(`/api/risk-points?enterpriseId=${ids.firm}`, who.firm)).toEqual(before);
  });

  it('lists by enterprise, town, district, level and overdue, the overdue ones by a key condition on nextDueAt', async () => {
    // Prepare: a red point (1 day) made 3 days ago is overdue now; a blue one is not
    const past = new Date(Date.now() - 3 * DAY_MS);
    pinClock(past);
    let late: RiskPoint;
    try {
      const { headers } = await signedIn(stack, {
        role: 'enterpriseUser',
        districtId: 'wujin',
        enterpriseId: ids.firm,
      });
      late = await makePoint(headers, { classId: 'rc-ammonia-01', name: '氨机房' });
    } finally {
      pinClock(null);
    }
    const fresh = await makePoint(who.firm, { classId: 'rc-lifting-03', name: '电动葫芦' });

    // Act
    const overdue = await readAllPages('/api/risk-points?overdue=true', who.wujin);
    const notOverdue = await readAllPages(
      `/api/risk-points?overdue=false&enterpriseId=${ids.firm}`,
      who.firm,
    );
    const red = await readAllPages('/api/risk-points?level=red&districtId=wujin', who.city);
    const town = await readAllPages('/api/risk-points?limit=1', who.town);
    const liyang = await readAllPages('/api/risk-points', who.liyangAdmin);

    // Assess
    expect(overdue.map((point) => point.id)).toEqual([late.id]);
    expect(overdue[0]?.overdue).toBe(true);
    expect(notOverdue.map((point) => point.id)).toContain(fresh.id);
    expect(notOverdue.map((point) => point.id)).not.toContain(late.id);
    expect(red.map((point) => point.id)).toEqual([late.id]);
    expect(town.map((point) => point.level)).toEqual(
      [...town.map((point) => point.level)].sort(
        (a, b) =>
          ['red', 'orange', 'yellow', 'blue'].indexOf(a) - ['red', 'orange', 'yellow', 'blue'].indexOf(b),
      ),
    );
    expect(town.length).toBeGreaterThanOrEqual(4);
    expect(liyang).toEqual([]);
    expect(town[0]?.responsible.phone).toBe('138****5678');
  });

  it('re-issues a code: the old token stops opening the point, the new one opens it', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '3 号池' });
    const opened = await send('GET', `/api/risk-point-codes/${point.token}`, who.firm);

    // Act
    const reissued = await send('POST', `/api/risk-points/${point.id}/code`, who.firm);

    // Assess
    expect(opened).toMatchObject({ status: 200, body: { riskPointId: point.id, canScan: true } });
    expect(reissued.status).toBe(200);
    const token = (reissued.body as RiskPoint).token;
    expect(token).not.toBe(point.token);
    expect((await send('GET', `/api/risk-point-codes/${point.token}`, who.firm)).status).toBe(404);
    expect((await send('GET', `/api/risk-point-codes/${token}`, who.firm)).body).toMatchObject({
      canScan: true,
    });
  });

  it('shows a scanned code read-only to a supervisor in scope and as 404 to everyone else', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '4 号池' });
    const path = `/api/risk-point-codes/${point.token}`;

    // Act
    const [town, city, liyang, otherFirm, bad] = await Promise.all([
      send('GET', path, who.town),
      send('GET', path, who.city),
      send('GET', path, who.liyangAdmin),
      send('GET', path, who.firm2User),
      send('GET', '/api/risk-point-codes/short', who.firm),
    ]);

    // Assess
    expect(town.body).toMatchObject({ canScan: false, name: '4 号池', checklist: expect.any(Array) });
    expect((town.body as { checklist: unknown[] }).checklist).toHaveLength(3);
    expect(city.body).toMatchObject({ canScan: false });
    expect(liyang.status).toBe(404);
    expect(otherFirm.status).toBe(404);
    expect(bad.status).toBe(400);
  });

  it('retires a point on DELETE: its code shows it as not scannable and it leaves the active list', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '5 号池' });

    // Act
    const deleted = await send('DELETE', `/api/risk-points/${point.id}`, who.firm);
    const reissue = await send('POST', `/api/risk-points/${point.id}/code`, who.firm);

    // Assess
    expect(deleted.status).toBe(204);
    expect(reissue.status).toBe(409);
    expect((await send('GET', `/api/risk-point-codes/${point.token}`, who.firm)).body).toMatchObject({
      status: 'retired',
      canScan: false,
    });
    const active = await readAllPages(`/api/risk-points?enterpriseId=${ids.firm}`, who.firm);
    const retired = await readAllPages(`/api/risk-points?enterpriseId=${ids.firm}&status=retired`, who.firm);
    expect(active.map((p) => p.id)).not.toContain(point.id);
    expect(retired.map((p) => p.id)).toEqual([point.id]);
  });

  it('lets a town officer read but not change its points, and hides other districts’ points as 404', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '6 号池' });

    // Act
    const read = await send('GET', `/api/risk-points/${point.id}`, who.town);
    const write = await send('PUT', `/api/risk-points/${point.id}`, who.town, validPoint());
    const outside = await send('GET', `/api/risk-points/${point.id}`, who.liyangAdmin);
    const outsideWrite = await send('PUT', `/api/risk-points/${point.id}`, who.liyangAdmin, validPoint());

    // Assess
    expect(read.status).toBe(200);
    expect(write.status).toBe(403);
    expect(outside.status).toBe(404);
    expect(outsideWrite.status).toBe(404);
    expect((await send('GET', `/api/risk-points/${point.id}`, who.firm)).body).toMatchObject({
      name: '6 号池',
    });
  });

  it('records an enterprise user’s write in the audit log', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '7 号池' });

    // Act
    const updated = await send(
      'PUT',
      `/api/risk-points/${point.id}`,
      who.firm,
      validPoint({ name: '7 号污水池' }),
    );
    const log = await send('GET', '/api/audit?limit=100', who.city);

    // Assess
    expect(updated.status).toBe(200);
    const entries = (log.body as { data: { entityId: string; action: string; role: string }[] }).data.filter(
      (entry) => entry.entityId === point.id,
    );
    expect(entries.map((entry) => [entry.action, entry.role])).toEqual([
      ['update', 'enterpriseUser'],
      ['create', 'enterpriseUser'],
    ]);
  });
});

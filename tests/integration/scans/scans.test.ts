import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countItems } from '#tests/fixtures/table-count';
import {
  checklist,
  firms,
  makePoint,
  moveClock,
  normalScan,
  pageOfScans,
  pendingPhoto,
  postScan,
  scanOf,
  send,
  stack,
  startScanStack,
  stopScanStack,
  T0,
  verifiedPhoto,
  who,
} from './support';

beforeAll(startScanStack, 120_000);
afterAll(stopScanStack);

const pointOf = async (id: string) =>
  (await send('GET', `/api/risk-points/${id}`, who.principal)).body as {
    lastScanAt?: string;
    nextDueAt: string;
  };

describe('POST /api/scans', () => {
  it('records the server time, the user, the principal flag and lateness, and moves the point forward', async () => {
    // Prepare
    const point = await makePoint(who.principal);
    const photo = await verifiedPhoto(who.principal);

    // Act
    const answer = await postScan(who.principal, normalScan(point.token, photo));

    // Assess
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(scanOf(answer)).toMatchObject({
      riskPointId: point.id,
      enterpriseId: firms.hutang,
      scannedAt: T0,
      day: '2026-12-01',
      principal: true,
      late: false,
      result: 'normal',
      photoIds: [photo],
    });
    expect(scanOf(answer).hazardId).toBeUndefined();
    expect(await pointOf(point.id)).toMatchObject({ lastScanAt: T0, nextDueAt: '2026-12-08T02:00:00.000Z' });
  });

  it('records a scan by a user who is not the principal as such', async () => {
    // Prepare
    const point = await makePoint(who.staff);
    const photo = await verifiedPhoto(who.staff);

    // Act
    const answer = await postScan(who.staff, normalScan(point.token, photo));

    // Assess
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(scanOf(answer).principal).toBe(false);
  });

  it('records a retried clientScanId once, also when the retries arrive at the same time', async () => {
    // Prepare
    const point = await makePoint(who.principal);
    const body = normalScan(point.token, await verifiedPhoto(who.principal));
    const first = await postScan(who.principal, body);
    const before = await countItems(stack);

    // Act
    const again = await Promise.all(Array.from({ length: 6 }, () => postScan(who.principal, body)));
    const fresh = normalScan(point.token, body.photoIds[0] as string);
    const together = await Promise.all(Array.from({ length: 6 }, () => postScan(who.principal, fresh)));

    // Assess
    expect(first.status).toBe(201);
    expect(again.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(again.map((answer) => scanOf(answer).id))).toEqual(new Set([scanOf(first).id]));
    expect(together.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(together.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(new Set(together.map((answer) => scanOf(answer).id)).size).toBe(1);
    const list = await send('GET', `/api/scans?riskPointId=${point.id}`, who.principal);
    expect(pageOfScans(list).data).toHaveLength(2);
    expect((await countItems(stack)).main).toBe((before.main ?? 0) + 1);
  });

  it('creates a hazard with source scan for an answer 不符合, described by the failed item', async () => {
    // Prepare
    const point = await makePoint(who.principal);
    const photo = await verifiedPhoto(who.principal);
    const body = {
      ...normalScan(point.token, photo),
      answers: [
        { itemId: checklist.plain, answer: 'fail' },
        { itemId: checklist.photo, answer: 'na' },
      ],
    };

    // Act
    const answer = await postScan(who.principal, body);
    const retried = await postScan(who.principal, body);

    // Assess
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const { hazardId, result } = scanOf(answer);
    expect(result).toBe('hazard');
    expect(hazardId).toEqual(expect.any(String));
    expect(scanOf(retried).hazardId).toBe(hazardId);
    const hazard = await send('GET', `/api/hazards/${hazardId}`, who.town);
    expect(hazard.status).toBe(200);
    expect(hazard.body).toMatchObject({ source: 'scan', riskPointId: point.id, enterpriseId: firms.hutang });
    expect((hazard.body as { description: string }).description).toContain('泄爆口朝向安全区域');
  });

  it('asks for a photo where an item requires one and for a hazard, and writes nothing', async () => {
    // Prepare
    const point = await makePoint(who.principal);
    const before = await countItems(stack);

    // Act
    const item = await postScan(who.principal, { ...normalScan(point.token, 'x'), photoIds: [] });
    const hazard = await postScan(who.principal, {
      ...normalScan(point.token, 'x'),
      answers: [
        { itemId: checklist.plain, answer: 'pass' },
        { itemId: checklist.photo, answer: 'na' },
      ],
      result: 'hazard',
      hazard: { description: '配电箱门未关闭' },
      photoIds: [],
    });

    // Assess
    expect(item.status).toBe(400);
    expect(item.body).toMatchObject({
      error: {
        fields: [
          { path: 'body.photoIds', message: '检查项“粉尘清扫记录完整”要求拍照，请拍摄至少 1 张现场照片' },
        ],
      },
    });
    expect(hazard.status).toBe(400);
    expect(hazard.body).toMatchObject({
      error: { fields: [{ path: 'body.photoIds', message: '发现隐患时请拍摄至少 1 张现场照片' }] },
    });
    expect(await countItems(stack)).toEqual(before);
  });

  it('refuses an old token, another enterprise’s token and unusable photos in Chinese, writing nothing', async () => {
    // Prepare
    const reissued = await makePoint(who.principal);
    await send('POST', `/api/risk-points/${reissued.id}/code`, who.principal);
    const theirs = await makePoint(who.tianmu);
    const mine = await makePoint(who.principal);
    const photo = await verifiedPhoto(who.principal);
    const pending = await pendingPhoto(who.principal);
    const colleagues = await verifiedPhoto(who.staff);
    const before = await countItems(stack);

    // Act
    const answers = {
      oldToken: await postScan(who.principal, normalScan(reissued.token, photo)),
      otherEnterprise: await postScan(who.principal, normalScan(theirs.token, photo)),
      pendingPhoto: await postScan(who.principal, normalScan(mine.token, pending)),
      colleaguesPhoto: await postScan(who.principal, normalScan(mine.token, colleagues)),
      missingAnswer: await postScan(who.principal, {
        ...normalScan(mine.token, photo),
        answers: [{ itemId: checklist.plain, answer: 'pass' }],
      }),
    };

    // Assess
    const statuses = Object.fromEntries(
      Object.entries(answers).map(([name, answer]) => [name, answer.status]),
    );
    expect(statuses).toEqual({
      oldToken: 404,
      otherEnterprise: 404,
      pendingPhoto: 400,
      colleaguesPhoto: 400,
      missingAnswer: 400,
    });
    for (const answer of Object.values(answers))
      expect((answer.body as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fa5]/);
    for (const refused of [answers.pendingPhoto, answers.colleaguesPhoto])
      expect(refused.body).toMatchObject({
        error: { fields: [{ path: 'body.photoIds', code: 'PHOTO_NOT_USABLE' }] },
      });
    expect(await countItems(stack)).toEqual(before);
  });

  it('refuses a scan of a retired point with 409, writing nothing', async () => {
    // Prepare
    const point = await makePoint(who.principal);
    const current = (await send('GET', `/api/risk-points/${point.id}`, who.principal)).body as Record<
      string,
      unknown
    >;
    const retire = await send('PUT', `/api/risk-points/${point.id}`, who.principal, {
      classId: current.classId,
      name: current.name,
      location: current.location,
      responsible: current.responsible,
      status: 'retired',
    });
    const photo = await verifiedPhoto(who.principal);
    const before = await countItems(stack);

    // Act
    const answer = await postScan(who.principal, normalScan(point.token, photo));

    // Assess
    expect(retire.status, JSON.stringify(retire.body)).toBe(200);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: { code: 'RISK_POINT_RETIRED' } });
    expect(await countItems(stack)).toEqual(before);
  });
});

describe('late scans and the forward-only due date', () => {
  it('marks a scan after nextDueAt late, and an older scan arriving later never moves the point back', async () => {
    // Prepare
    await moveClock(T0);
    const point = await makePoint(who.principal);
    const oldPhoto = await verifiedPhoto(who.principal);
    await moveClock('2026-12-09T02:00:00.000Z');
    const newPhoto = await verifiedPhoto(who.principal);

    // Act
    const late = await postScan(who.principal, normalScan(point.token, newPhoto));
    await moveClock('2026-12-08T20:00:00.000Z'); // an earlier instant, as a slow request would have been stamped
    const older = await postScan(who.principal, normalScan(point.token, oldPhoto));

    // Assess
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    expect(scanOf(late)).toMatchObject({ late: true, dueAt: '2026-12-08T02:00:00.000Z' });
    expect(older.status, JSON.stringify(older.body)).toBe(201);
    expect(await pointOf(point.id)).toMatchObject({
      lastScanAt: '2026-12-09T02:00:00.000Z',
      nextDueAt: '2026-12-16T02:00:00.000Z',
    });
    await moveClock(T0);
  });
});

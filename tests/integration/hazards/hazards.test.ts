import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hazard, HazardDetail } from '#functions/hazards/schemas';
import { auditTableReader } from '#tests/fixtures/audit-table';
import {
  generalHazard,
  ids,
  places,
  send,
  stack,
  startHazardStack,
  stopHazardStack,
  storedHazard,
  storedPhoto,
  who,
} from './support';

let audit: ReturnType<typeof auditTableReader>;
beforeAll(async () => {
  await startHazardStack();
  audit = auditTableReader(stack);
});
afterAll(async () => {
  audit?.close();
  await stopHazardStack();
});

const entriesFor = async (hazardId: string) =>
  (await audit.entries()).filter((entry) => entry.entity === 'hazard' && entry.entityId === hazardId);

async function openHazard(): Promise<Hazard> {
  const answer = await send('POST', '/api/hazards', who.town, generalHazard(ids.firm));
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as Hazard;
}

async function rectifiedHazard(): Promise<Hazard> {
  const hazard = await openHazard();
  const photoId = await storedPhoto({ enterpriseId: ids.firm, uploadedBy: ids.firmUser });
  const answer = await send('POST', `/api/hazards/${hazard.id}/rectification`, who.firm, {
    description: '已关闭配电箱门并加锁，电缆穿管保护',
    photoIds: [photoId],
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as Hazard;
}

describe('hazards', () => {
  it('records a supervisor finding, open, due at the end of the 7th Beijing day, audited', async () => {
    // Act
    const hazard = await openHazard();

    // Assess
    expect(hazard).toMatchObject({
      enterpriseId: ids.firm,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      source: 'supervisor',
      level: 'general',
      status: 'OPEN',
      pastDeadline: false,
      version: 1,
    });
    const days = (Date.parse(hazard.deadline) - Date.parse(hazard.createdAt)) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThanOrEqual(8);
    expect(hazard.deadline.endsWith('T15:59:59.999Z')).toBe(true);
    expect((await entriesFor(hazard.id)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('refuses a major hazard without its category and plan, naming both fields, and writes nothing', async () => {
    // Prepare
    const before = await send('GET', `/api/hazards?enterpriseId=${ids.firm}&limit=100`, who.city);

    // Act
    const answer = await send('POST', '/api/hazards', who.town, {
      ...generalHazard(ids.firm),
      level: 'major',
    });

    // Assess
    expect(answer.status).toBe(400);
    const paths = (answer.body as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths.sort()).toEqual(['body.majorCategory', 'body.rectificationPlan']);
    const after = await send('GET', `/api/hazards?enterpriseId=${ids.firm}&limit=100`, who.city);
    expect(after.body).toEqual(before.body);
  });

  it('answers 404 to a supervisor recording or reading a hazard out of its scope', async () => {
    // Prepare
    const liyang = await send('POST', '/api/hazards', who.liyangAdmin, generalHazard(ids.liyangFirm));
    const liyangId = (liyang.body as Hazard).id;

    // Act
    const created = await send('POST', '/api/hazards', who.town, generalHazard(ids.liyangFirm));
    const read = await send('GET', `/api/hazards/${liyangId}`, who.wujin);
    const reviewed = await send('POST', `/api/hazards/${liyangId}/review`, who.town, {
      decision: 'close',
      reason: '已整改',
    });

    // Assess
    expect(liyang.status).toBe(201);
    expect([created.status, read.status, reviewed.status]).toEqual([404, 404, 404]);
    expect((await storedHazard(liyangId))?.status).toBe('OPEN');
  });

  it('refuses a rectification without a photo and one with an unverified photo, the hazard unchanged', async () => {
    // Prepare
    const hazard = await openHazard();
    const pending = await storedPhoto({
      enterpriseId: ids.firm,
      uploadedBy: ids.firmUser,
      status: 'PENDING',
    });
    const othersPhoto = await storedPhoto({ enterpriseId: ids.firm, uploadedBy: ids.firmUser2 });
    const path = `/api/hazards/${hazard.id}/rectification`;

    // Act
    const none = await send('POST', path, who.firm, { description: '已整改', photoIds: [] });
    const unverified = await send('POST', path, who.firm, { description: '已整改', photoIds: [pending] });
    const foreign = await send('POST', path, who.firm, { description: '已整改', photoIds: [othersPhoto] });

    // Assess
    expect([none.status, unverified.status, foreign.status]).toEqual([400, 400, 400]);
    expect(JSON.stringify(unverified.body)).toContain('PHOTO_NOT_USABLE');
    expect(JSON.stringify(foreign.body)).toContain('PHOTO_NOT_USABLE');
    expect(await storedHazard(hazard.id)).toMatchObject({ status: 'OPEN', version: 1 });
    expect((await entriesFor(hazard.id)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('goes OPEN → RECTIFIED → CLOSED with each step in the history and the audit log; a second close is 409', async () => {
    // Prepare
    const hazard = await rectifiedHazard();

    // Act
    const closed = await send('POST', `/api/hazards/${hazard.id}/review`, who.town, {
      decision: 'close',
      reason: '现场核实整改到位',
    });
    const again = await send('POST', `/api/hazards/${hazard.id}/review`, who.town2, {
      decision: 'close',
      reason: '同意',
    });
    const detail = (await send('GET', `/api/hazards/${hazard.id}`, who.firm)).body as HazardDetail;

    // Assess
    expect(hazard.status).toBe('RECTIFIED');
    expect(closed.status).toBe(200);
    expect(again.status).toBe(409);
    expect(detail).toMatchObject({ status: 'CLOSED', version: 3 });
    expect(detail.history.map((step) => [step.action, step.from, step.to])).toEqual([
      ['create', null, 'OPEN'],
      ['rectify', 'OPEN', 'RECTIFIED'],
      ['close', 'RECTIFIED', 'CLOSED'],
    ]);
    const steps = await entriesFor(hazard.id);
    expect(steps.map((entry) => entry.action).sort()).toEqual(['close', 'create', 'rectify']);
    expect(steps.find((entry) => entry.action === 'rectify')?.actorId).toBe(ids.firmUser);
  });

  it('lets exactly one of two reviewers closing at once win, with one audit entry', async () => {
    // Prepare
    const hazard = await rectifiedHazard();
    const review = (headers: Record<string, string>) =>
      send('POST', `/api/hazards/${hazard.id}/review`, headers, { decision: 'close', reason: '整改到位' });

    // Act
    const answers = await Promise.all([review(who.town), review(who.wujin)]);

    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await entriesFor(hazard.id)).filter((entry) => entry.action === 'close')).toHaveLength(1);
    expect((await storedHazard(hazard.id))?.history).toHaveLength(3);
  });

  it('sends a rectified hazard back to OPEN with the reason, and refuses a review by a grid member', async () => {
    // Prepare
    const hazard = await rectifiedHazard();

    // Act
    const byGrid = await send('POST', `/api/hazards/${hazard.id}/review`, who.grid, {
      decision: 'reject',
      reason: '不行',
    });
    const rejected = await send('POST', `/api/hazards/${hazard.id}/review`, who.wujin, {
      decision: 'reject',
      reason: '照片看不清电缆是否穿管',
    });

    // Assess
    expect(byGrid.status).toBe(403);
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'OPEN',
      rejectReason: '照片看不清电缆是否穿管',
      version: 3,
    });
  });

  it('creates one hazard for a scan however often it is retried', async () => {
    // Prepare
    const { createHazardFromScan } = await import('#functions/hazards/index');
    const input = {
      scanId: `scan-${Date.now()}`,
      riskPointId: 'rp-1',
      riskPointName: '粉尘除尘器',
      enterpriseId: ids.firm,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
      description: '泄爆片破损',
      level: 'general' as const,
      photoIds: [],
      createdBy: ids.firmUser,
    };

    // Act
    const first = await createHazardFromScan({ ...input, at: new Date().toISOString() });
    const retried = await createHazardFromScan({ ...input, at: new Date(Date.now() + 5000).toISOString() });

    // Assess
    expect(retried.hazardId).toBe(first.hazardId);
    const list = await send('GET', `/api/hazards?enterpriseId=${ids.firm}&source=scan&limit=100`, who.firm);
    const rows = (list.body as { data: Hazard[] }).data.filter((row) => row.scanId === input.scanId);
    expect(rows).toHaveLength(1);
    expect((await entriesFor(first.hazardId)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('creates one hazard per patrol finding, with its source and category, however often it is retried', async () => {
    // Prepare
    const { createHazardFromFinding, hazardIdOfFinding } = await import('#functions/hazards/index');
    const ref = `patrol-${Date.now()}:1`;
    const input = {
      source: 'patrol' as const,
      findingRef: ref,
      enterpriseId: ids.firm,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
      description: '消防通道堆放杂物',
      level: 'general' as const,
      category: 'fire-exit',
      photoIds: [],
      createdBy: ids.firmUser,
      routeKey: 'POST /api/patrols',
      requestId: 'req-patrol-1',
    };

    // Act
    const first = await createHazardFromFinding({ ...input, at: new Date().toISOString() });
    const retried = await createHazardFromFinding({
      ...input,
      at: new Date(Date.now() + 5000).toISOString(),
    });

    // Assess: the id is sha256("hazard\npatrol\n<ref>") cut to 26 hex digits, as scans' always were
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update(`hazard\npatrol\n${ref}`).digest('hex').slice(0, 26);
    expect([first, retried]).toEqual([
      { hazardId: expected, created: true },
      { hazardId: expected, created: false },
    ]);
    expect(hazardIdOfFinding('patrol', ref)).toBe(expected);
    const list = await send('GET', `/api/hazards?enterpriseId=${ids.firm}&source=patrol&limit=100`, who.firm);
    const rows = (list.body as { data: Hazard[] }).data.filter((row) => row.findingRef === ref);
    expect(rows.map(({ id, source, category, status }) => ({ id, source, category, status }))).toEqual([
      { id: expected, source: 'patrol', category: 'fire-exit', status: 'OPEN' },
    ]);
    expect((await entriesFor(expected)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('lists past-deadline hazards from the open ones only, in the caller’s scope', async () => {
    // Prepare: a scan finding 20 days ago is past its 7-day deadline; a fresh finding is not
    const { createHazardFromScan } = await import('#functions/hazards/index');
    const base = {
      riskPointId: 'rp-2',
      riskPointName: '涉氨制冷机房',
      enterpriseId: ids.firm,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      description: '氨气报警器失效',
      level: 'general' as const,
      photoIds: [],
      createdBy: ids.firmUser,
    };
    const old = await createHazardFromScan({
      ...base,
      scanId: `old-${Date.now()}`,
      at: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    });
    const fresh = await openHazard();

    // Act
    const town = await send('GET', '/api/hazards?pastDeadline=true&limit=100', who.town);
    const liyang = await send('GET', '/api/hazards?pastDeadline=true&limit=100', who.liyangAdmin);
    const closedAndPast = await send('GET', '/api/hazards?pastDeadline=true&status=CLOSED', who.town);

    // Assess
    const townIds = (town.body as { data: Hazard[] }).data.map((row) => row.id);
    expect(townIds).toContain(old.hazardId);
    expect(townIds).not.toContain(fresh.id);
    expect((town.body as { data: Hazard[] }).data.every((row) => row.pastDeadline)).toBe(true);
    expect((liyang.body as { data: Hazard[] }).data.map((row) => row.id)).not.toContain(old.hazardId);
    expect(closedAndPast.body).toEqual({ data: [], nextCursor: null });
  });

  it('filters by status and level on every scope, and an enterprise user sees only its own', async () => {
    // Act
    const rectified = await send('GET', '/api/hazards?status=RECTIFIED&limit=100', who.wujin);
    const major = await send('GET', '/api/hazards?level=major&limit=100', who.city);
    const own = await send('GET', '/api/hazards?limit=100', who.liyangFirm);

    // Assess
    expect((rectified.body as { data: Hazard[] }).data.every((row) => row.status === 'RECTIFIED')).toBe(true);
    expect((major.body as { data: Hazard[] }).data.every((row) => row.level === 'major')).toBe(true);
    const liyangRows = (own.body as { data: Hazard[] }).data;
    expect(liyangRows.length).toBeGreaterThan(0);
    expect(liyangRows.every((row) => row.enterpriseId === ids.liyangFirm)).toBe(true);
  });
});

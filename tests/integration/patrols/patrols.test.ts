import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { signedIn } from '#tests/fixtures/auth';
import {
  currentForm,
  DAY,
  type Error4xx,
  firms,
  hazardsOf,
  type Patrol,
  patrolBody,
  patrolPhoto,
  patrolsOf,
  send,
  stack,
  startWorld,
  stopWorld,
  who,
} from './support';

beforeAll(startWorld, 120_000);
afterAll(stopWorld);

/** The city's built-in form (version 1), written out by hand: 14 items c01..c14. */
const CITY_ITEMS = Array.from({ length: 14 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);

describe('patrol forms', () => {
  it('serves the city form as version 1 and a district without additions as version 0', async () => {
    // Act
    const form = await currentForm(who.member);

    // Assess
    expect(form).toMatchObject({ cityVersion: 1, districtVersion: 0, formVersion: 'c1+wujin0' });
    expect(form.items.map((item) => item.itemId)).toEqual(CITY_ITEMS);
    expect(form.items[0]).toMatchObject({
      text: '安全生产责任制、安全管理制度和操作规程已建立并落实',
      origin: 'city',
    });
  });

  it("adds a district's own items after the city's, as that district's next version; another district may not", async () => {
    // Prepare
    const items = [{ text: '消防安全责任人、管理人明确' }, { text: '每日防火巡查记录完整' }];

    // Act
    const refused = await send('PUT', '/api/patrol-forms/districts/wujin', who.liyang, {
      baseVersion: 0,
      items,
    });
    const saved = await send('PUT', '/api/patrol-forms/districts/wujin', who.wujin, {
      baseVersion: 0,
      items,
    });
    const stale = await send('PUT', '/api/patrol-forms/districts/wujin', who.city, { baseVersion: 0, items });
    const form = await currentForm(who.town);

    // Assess
    expect(refused.status).toBe(404);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, items: [{ itemId: 'wujin-01' }, { itemId: 'wujin-02' }] });
    expect(stale.status).toBe(409);
    expect((stale.body as Error4xx).error.code).toBe('FORM_VERSION_STALE');
    expect(form.formVersion).toBe('c1+wujin1');
    expect(form.items.slice(-2)).toEqual([
      { itemId: 'wujin-01', text: '消防安全责任人、管理人明确', origin: 'district' },
      { itemId: 'wujin-02', text: '每日防火巡查记录完整', origin: 'district' },
    ]);
  });

  it('refuses to empty the city form (nothing left to answer) with a Chinese 400, writing nothing', async () => {
    // Prepare
    const city = await send('GET', '/api/patrol-forms/city', who.city);
    const writes = stack.storageWrites();

    // Act
    const answer = await send('PUT', '/api/patrol-forms/city', who.city, {
      baseVersion: (city.body as { version: number }).version,
      items: [],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect((answer.body as Error4xx).error.fields?.[0]).toMatchObject({
      path: 'body.items',
      code: 'FORM_EMPTY',
    });
    expect((answer.body as Error4xx).error.message).toContain('至少保留 1 个检查项');
    expect(stack.storageWrites() - writes).toBe(0);
    const after = await send('GET', '/api/patrol-forms/city', who.city);
    expect(after.body).toMatchObject({ version: (city.body as { version: number }).version });
  });

  it('keeps on a recorded patrol the exact items it was made with after the city edits its form', async () => {
    // Prepare: a patrol on the current form, then the city rewrites item c01, drops c14 and adds one
    const before = await currentForm(who.member);
    const made = await send(
      'POST',
      '/api/patrols',
      who.member,
      patrolBody(before, firms.a1, 'form-version-0001'),
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const city = await send('GET', '/api/patrol-forms/city', who.city);
    const edited = (city.body as { items: { itemId: string; text: string }[] }).items
      .filter(({ itemId }) => itemId !== 'c14')
      .map((item) => (item.itemId === 'c01' ? { ...item, text: '安全生产责任制已逐级签订' } : item));

    // Act
    const saved = await send('PUT', '/api/patrol-forms/city', who.city, {
      baseVersion: 1,
      items: [...edited, { text: '外来施工人员安全告知到位' }],
    });
    const after = await currentForm(who.member);
    const patrol = await send('GET', `/api/patrols/${(made.body as Patrol).id}`, who.town);

    // Assess
    expect(saved.status).toBe(200);
    expect(after.formVersion).toBe('c2+wujin1');
    expect(after.items.map((item) => item.itemId)).toEqual([
      ...CITY_ITEMS.slice(0, 13),
      'c15',
      'wujin-01',
      'wujin-02',
    ]);
    expect(after.items[0]?.text).toBe('安全生产责任制已逐级签订');
    const kept = patrol.body as Patrol;
    expect(kept.formVersion).toBe('c1+wujin1');
    expect(kept.items.map((item) => item.itemId)).toEqual([...CITY_ITEMS, 'wujin-01', 'wujin-02']);
    expect(kept.items[0]?.text).toBe('安全生产责任制、安全管理制度和操作规程已建立并落实');
  });
});

describe('recording a patrol', () => {
  it('refuses a patrol of an enterprise outside the member’s grid with a Chinese 404, writing nothing', async () => {
    // Prepare
    const form = await currentForm(who.member);
    const body = patrolBody(form, firms.b1, 'outside-grid-0001', ['c02'], {
      hazards: [{ itemId: 'c02', description: '特种作业人员无证上岗', level: 'general' }],
    });
    const writes = stack.storageWrites();

    // Act
    const answer = await send('POST', '/api/patrols', who.member, body);

    // Assess
    expect(answer.status).toBe(404);
    expect((answer.body as Error4xx).error.message).toContain('不在您负责的网格内');
    await stack.whenIdle();
    expect(stack.storageWrites() - writes).toBe(0);
    expect(await patrolsOf(firms.b1)).toEqual([]);
    expect(await hazardsOf(firms.b1)).toEqual([]);
  });

  it('refuses answers that do not cover the form, or a form version that never existed, writing nothing', async () => {
    // Prepare
    const form = await currentForm(who.member);
    const partial = patrolBody(form, firms.a2, 'partial-answers-01');
    partial.answers = partial.answers.slice(1);
    const unknown = { ...patrolBody(form, firms.a2, 'unknown-version-01'), cityVersion: 9 };
    const notFailed = patrolBody(form, firms.a2, 'not-failed-item-01', [], {
      hazards: [{ itemId: 'c03', description: '隐患', level: 'general' }],
    });
    const writes = stack.storageWrites();

    // Act
    const answers = [
      await send('POST', '/api/patrols', who.member, partial),
      await send('POST', '/api/patrols', who.member, unknown),
      await send('POST', '/api/patrols', who.member, notFailed),
    ];

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
    expect(answers.map((answer) => (answer.body as Error4xx).error.fields?.[0]?.code)).toEqual([
      'ITEM_MISSING',
      'FORM_VERSION_UNKNOWN',
      'HAZARD_ITEM_NOT_FAILED',
    ]);
    expect(stack.storageWrites() - writes).toBe(0);
    expect(await patrolsOf(firms.a2)).toEqual([]);
  });

  it('creates each hazard found with source patrol and the form item as category, once however often retried', async () => {
    // Prepare
    const form = await currentForm(who.member);
    const photoId = await patrolPhoto(who.member, firms.a2, 7);
    const body = patrolBody(form, firms.a2, 'retry-patrol-0001', ['c07', 'wujin-02'], {
      photoIds: [photoId],
      hazards: [
        { itemId: 'c07', description: '二号车间灭火器过期', level: 'general' },
        { itemId: 'wujin-02', description: '防火巡查记录缺失一周', level: 'general' },
      ],
    });

    // Act
    const first = await send('POST', '/api/patrols', who.member, body);
    const retry = await send('POST', '/api/patrols', who.member, body);

    // Assess
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(retry.status).toBe(200);
    const patrol = first.body as Patrol;
    expect((retry.body as Patrol).id).toBe(patrol.id);
    expect(patrol.failedItemIds).toEqual(['c07', 'wujin-02']);
    expect(patrol.hazardCategories).toEqual(['c07', 'wujin-02']);
    expect(patrol.photos).toHaveLength(1);
    expect(await patrolsOf(firms.a2)).toHaveLength(1);
    const hazards = await hazardsOf(firms.a2);
    expect(hazards.map(({ id }) => id).sort()).toEqual([...patrol.hazardIds].sort());
    const found = hazards.map(({ source, category }) => `${source}:${category}`).sort();
    expect(found).toEqual(['patrol:c07', 'patrol:wujin-02']);
  });
});

describe('patrol lists and the due list', () => {
  it('lists patrols by scope: the grid, the town, the district and the city; others see none', async () => {
    // Act
    const ids = async (headers: Record<string, string>, query = '') => {
      const answer = await send('GET', `/api/patrols?limit=100${query}`, headers);
      expect(answer.status).toBe(200);
      return (answer.body as { data: Patrol[] }).data.map((patrol) => patrol.enterpriseId).sort();
    };
    const ours = [firms.a1, firms.a2].sort();

    // Assess
    expect(await ids(who.member)).toEqual(ours);
    expect(await ids(who.town)).toEqual(ours);
    expect(await ids(who.wujin)).toEqual(ours);
    expect(await ids(who.city)).toEqual(ours);
    expect(await ids(who.memberB)).toEqual([]);
    expect(await ids(who.otherTown)).toEqual([]);
    expect(await ids(who.liyang)).toEqual([]);
    expect(await ids(who.city, `&from=${DAY}&to=${DAY}&districtId=wujin`)).toEqual(ours);
    expect(await ids(who.city, '&from=2030-05-07')).toEqual([]);
    const other = await send('GET', `/api/patrols/${(await patrolsOf(firms.a1))[0]?.id}`, who.memberB);
    expect(other.status).toBe(404);
  });

  it('puts never-patrolled enterprises first and those patrolled again once the district frequency has passed', async () => {
    // Prepare: a third enterprise of the grid, never patrolled
    const { makeEnterprise, places } = await import('#tests/integration/enterprises/support');
    const a3 = (await makeEnterprise(places.wujinA, { name: '常州湖塘化工仓储' })).id;
    const due = async (headers = who.member) =>
      (await send('GET', '/api/patrols/due?limit=100', headers)).body as {
        data: { enterpriseId: string; due: boolean; dueDay?: string }[];
      };

    // Act
    const today = await due();
    const plan = await send('PUT', '/api/patrol-plans/wujin', who.wujin, { frequencyDays: 14 });
    pinClock('2030-05-20T09:00:00+08:00');
    // a session of that day (a token of the 6th has expired by then)
    const later = await due((await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers);
    pinClock(`${DAY}T09:00:00+08:00`);

    // Assess
    expect(today.data[0]).toMatchObject({ enterpriseId: a3, due: true });
    expect(today.data[0]?.dueDay).toBeUndefined();
    expect(
      today.data
        .slice(1)
        .map((row) => [row.enterpriseId, row.due])
        .sort(),
    ).toEqual(
      [
        [firms.a1, false],
        [firms.a2, false],
      ].sort(),
    );
    expect(today.data.find((row) => row.enterpriseId === firms.a1)?.dueDay).toBe('2030-06-05');
    expect(plan.status).toBe(200);
    expect(later.data.find((row) => row.enterpriseId === firms.a1)).toMatchObject({
      due: true,
      dueDay: '2030-05-20',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { countItems } from '#tests/fixtures/table-count';
import {
  answersFor,
  type Error4xx,
  firms,
  firmUser,
  type Headers,
  invitationOf,
  makeCampaign,
  places,
  send,
  stack,
  startCampaignWorld,
  stopCampaignWorld,
  TODAY,
  who,
} from '#tests/integration/campaigns/support';

/**
 * The refusals of issue 15 for 自查清单, each a clear Chinese 4xx with nothing written: an answer from an
 * enterprise the campaign was not sent to, an answer after the deadline, a district admin targeting another
 * district; and what a second submission does (decision: once; the same answers again answer the first).
 */
let wujinCampaign = '';
let wujinFirm: Headers;
let liyangFirm: Headers;

beforeAll(async () => {
  await startCampaignWorld({ wujinA: 3, wujinB: 2, liyang: 2 });
  wujinCampaign = await makeCampaign({ districtId: 'wujin' }, { deadline: '2030-05-10' });
  const sent = await send('POST', `/api/campaigns/${wujinCampaign}/send`, who.city);
  if (sent.status !== 202) throw new Error(`send: ${sent.status} ${JSON.stringify(sent.body)}`);
  wujinFirm = await firmUser('wujinA', firms.wujinA[0] as string);
  liyangFirm = await firmUser('liyang', firms.liyang[0] as string);
}, 60_000);
afterAll(stopCampaignWorld);

const errorOf = (answer: { body: unknown }) => (answer.body as Error4xx).error;

describe('the invitation', () => {
  it('carries a full link to the campaign’s phone page', async () => {
    // Act
    const { text } = await invitationOf(wujinCampaign, firms.wujinA[0] as string);

    // Assess: the local stack's console origin (CONSOLE_ORIGIN in AWS)
    expect(text).toContain(` http://localhost:3000/m/c/${wujinCampaign} `);
  });
});

describe('refused answers write nothing', () => {
  it('refuses an enterprise the campaign was not sent to with 404', async () => {
    // Prepare
    const before = await countItems(stack);

    // Act
    const answer = await send(
      'POST',
      `/api/campaigns/${wujinCampaign}/answers`,
      liyangFirm,
      answersFor(3, [1]),
    );
    const page = await send('GET', `/api/campaigns/${wujinCampaign}/mine`, liyangFirm);

    // Assess
    expect(answer.status).toBe(404);
    expect(errorOf(answer).message).toContain('不在该自查清单的发送范围内');
    expect(page.status).toBe(404);
    expect(await countItems(stack)).toEqual(before);
  });

  it('refuses an incomplete checklist with 400 on the answers', async () => {
    // Prepare
    const before = await countItems(stack);
    const partial = { answers: answersFor(3).answers.slice(0, 2) };

    // Act
    const answer = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, wujinFirm, partial);

    // Assess
    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields).toEqual([
      expect.objectContaining({ path: 'body.answers', code: 'missing_items' }),
    ]);
    expect(await countItems(stack)).toEqual(before);
  });

  it('refuses an answer after the deadline with 409', async () => {
    // Prepare
    pinClock('2030-05-11T08:00:00+08:00');
    const late = await firmUser('wujinB', firms.wujinB[0] as string);
    const before = await countItems(stack);

    // Act
    const answer = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, late, answersFor(3));
    const page = await send('GET', `/api/campaigns/${wujinCampaign}/mine`, late);
    pinClock(`${TODAY}T09:00:00+08:00`);

    // Assess
    expect(answer.status).toBe(409);
    expect(errorOf(answer)).toMatchObject({ code: 'CAMPAIGN_CLOSED' });
    expect(errorOf(answer).message).toContain('2030-05-10 截止');
    expect((page.body as { closed: boolean }).closed).toBe(true);
    expect(await countItems(stack)).toEqual(before);
  });
});

describe('a district admin targeting another district', () => {
  it('is refused with 400 on the filter, for the campaign and for its preview', async () => {
    // Prepare
    const before = await countItems(stack);
    const body = {
      title: '溧阳企业自查',
      items: [{ text: '安全出口畅通' }],
      filter: { districtId: 'liyang' },
      deadline: '2030-05-20',
    };

    // Act
    const created = await send('POST', '/api/campaigns', who.wujin, body);
    const town = await send('POST', '/api/campaigns', who.wujin, {
      ...body,
      filter: { townId: places.liyang.townId },
    });
    const preview = await send('GET', '/api/campaign-targets/count?districtId=liyang', who.wujin);

    // Assess
    expect(created.status).toBe(400);
    expect(errorOf(created).fields).toEqual([
      expect.objectContaining({ path: 'body.filter.districtId', code: 'out_of_scope' }),
    ]);
    expect(errorOf(created).message).toContain('本辖区');
    expect(town.status).toBe(400);
    expect(errorOf(town).fields).toEqual([expect.objectContaining({ path: 'body.filter.townId' })]);
    expect(preview.status).toBe(400);
    expect(await countItems(stack)).toEqual(before);
  });

  it('neither sees nor sends another district’s campaign, and may not send the city’s', async () => {
    // Prepare
    const own = await makeCampaign({}, { headers: who.liyang, title: '溧阳市自查' });
    const before = await countItems(stack);

    // Act
    const shown = await send('GET', `/api/campaigns/${own}`, who.wujin);
    const sent = await send('POST', `/api/campaigns/${own}/send`, who.wujin);
    const city = await send('POST', `/api/campaigns/${wujinCampaign}/send`, who.wujin);
    const list = await send('GET', '/api/campaigns', who.wujin);

    // Assess
    expect([shown.status, sent.status, city.status]).toEqual([404, 404, 403]);
    expect(await countItems(stack)).toEqual(before);
    const ids = (list.body as { data: { campaignId: string }[] }).data.map((row) => row.campaignId);
    expect(ids).toEqual([wujinCampaign]);
  });
});

describe('an enterprise answering', () => {
  it('answers once: 不符合 makes a hazard; the same answers again are 200, others 409', async () => {
    // Prepare
    const open = await send('GET', '/api/my-campaigns?open=true', wujinFirm);
    const answers = answersFor(3, [2]);

    // Act
    const first = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, wujinFirm, answers);
    const before = await countItems(stack);
    const again = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, wujinFirm, answers);
    const other = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, wujinFirm, answersFor(3));
    const after = await send('GET', '/api/my-campaigns?open=true', wujinFirm);

    // Assess
    expect((open.body as { data: { campaignId: string }[] }).data.map((row) => row.campaignId)).toEqual([
      wujinCampaign,
    ]);
    expect(first.status).toBe(201);
    const target = first.body as { failCount: number; answers: { itemId: string; hazardId?: string }[] };
    expect(target.failCount).toBe(1);
    const hazardId = target.answers.find((answer) => answer.itemId === 'item-2')?.hazardId;
    expect(hazardId).toBeTruthy();
    expect(again.status).toBe(200);
    expect(other.status).toBe(409);
    expect(errorOf(other).code).toBe('CAMPAIGN_ALREADY_SUBMITTED');
    expect(await countItems(stack)).toEqual(before);
    expect((after.body as { data: unknown[] }).data).toEqual([]);
    const hazard = await send('GET', `/api/hazards/${hazardId}`, who.wujin);
    expect(hazard.status).toBe(200);
    expect(hazard.body).toMatchObject({ source: 'campaign', enterpriseId: firms.wujinA[0] });
    const shown = await send('GET', `/api/campaigns/${wujinCampaign}`, who.city);
    expect(shown.body).toMatchObject({ sent: 5, submitted: 1, rate: 20 });
  });

  it('counts an answer once when a retry follows a crash after the counter moved', async () => {
    // Prepare: the second firm answers, then its row is put back as a crash right after the counter's update
    // (before the marker's removal) leaves it.
    const firm = firms.wujinA[1] as string;
    const headers = await firmUser('wujinA', firm);
    const answers = answersFor(3);
    const { campaignTarget } = await import('#functions/campaigns/store/entities/target');
    const first = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, headers, answers);
    await campaignTarget.patch({ campaignId: wujinCampaign, enterpriseId: firm }).set({ pending: true }).go();

    // Act
    const retry = await send('POST', `/api/campaigns/${wujinCampaign}/answers`, headers, answers);
    const shown = await send('GET', `/api/campaigns/${wujinCampaign}`, who.city);

    // Assess: 2 of 5 answered, not 3
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(shown.body).toMatchObject({ sent: 5, submitted: 2, rate: 40 });
  });
});

describe('the demo seed (infra/local/seed/campaign-run.ts)', () => {
  it('writes a finished and a running campaign to every enterprise in production, once', async () => {
    // Act
    const { seedCampaignData } = await import('#infra/local/seed/campaign-run');
    const first = await seedCampaignData({ at: new Date(`${TODAY}T09:00:00+08:00`) });
    const again = await seedCampaignData({ at: new Date(`${TODAY}T09:00:00+08:00`) });
    const list = await send('GET', '/api/campaigns?limit=100', who.city);

    // Assess
    expect(first).toMatchObject({ skipped: false, campaigns: 2, targets: 14 });
    expect(again.skipped).toBe(true);
    const seeded = (
      list.body as {
        data: { title: string; closed: boolean; sent: number; submitted: number; rate: number | null }[];
      }
    ).data.filter((row) => row.title.includes('清单') && row.sent === 7);
    expect(seeded.map((row) => row.closed).sort()).toEqual([false, true]);
    for (const row of seeded) expect(row.rate).toBe(Math.round((row.submitted / 7) * 10_000) / 100);
  });
});

describe('the builder’s preview count', () => {
  it('comes from the stats snapshot for district, town and status, and is counted live otherwise', async () => {
    // Prepare: snapshots with numbers unlike the 7 enterprises of this world, as the stats job would leave them
    const live = await send('GET', '/api/campaign-targets/count?status=正常生产&industry=机械', who.city);
    const { saveStatsSnapshots } = await import('#functions/stats/store/snapshots');
    const area = (id: string, total: number, producing: number) => ({
      id,
      name: id,
      total,
      inGrid: total,
      byStatus: { 正常生产: producing },
    });
    const snapshot = (kind: 'city' | 'district', id: string, areas: ReturnType<typeof area>[]) => ({
      scope: { kind, id, name: null },
      generatedAt: '2030-05-06T00:30:00.000Z',
      enterprises: { total: 0, inGrid: 0, byStatus: {} },
      areas,
      accounts: { total: 0, disabled: 0, byRole: {} },
      messagesToday: null,
    });
    await saveStatsSnapshots([
      snapshot('city', 'city', [area('wujin', 900, 812), area('liyang', 400, 350)]),
      snapshot('district', 'wujin', [
        area(places.wujinA.townId, 500, 444),
        area(places.wujinB.townId, 400, 368),
      ]),
    ]);

    // Act
    const city = await send('GET', '/api/campaign-targets/count?status=正常生产', who.city);
    const district = await send('GET', '/api/campaign-targets/count', who.wujin);
    const town = await send(
      'GET',
      `/api/campaign-targets/count?townId=${places.wujinA.townId}&status=正常生产`,
      who.wujin,
    );
    const industry = await send('GET', '/api/campaign-targets/count?status=正常生产&industry=机械', who.city);

    // Assess
    const asOf = '2030-05-06T00:30:00.000Z';
    expect(city.body).toMatchObject({ total: 1162, asOf });
    expect((city.body as { byDistrict: unknown[] }).byDistrict).toEqual(
      expect.arrayContaining([
        { districtId: 'wujin', count: 812 },
        { districtId: 'liyang', count: 350 },
      ]),
    );
    expect(district.body).toEqual({ total: 900, byDistrict: [{ districtId: 'wujin', count: 900 }], asOf });
    expect(town.body).toEqual({ total: 444, byDistrict: [{ districtId: 'wujin', count: 444 }], asOf });
    expect(live.body).toMatchObject({ total: 7 });
    expect(industry.body).toEqual(live.body);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '#infra/local/scheduler';
import {
  answersFor,
  COUNTS,
  countMessages,
  countTargets,
  firms,
  firmUser,
  makeCampaign,
  places,
  remindedFirms,
  send,
  stack,
  startCampaignWorld,
  stopCampaignWorld,
  who,
} from '#tests/integration/campaigns/support';

/**
 * Issue 15's done-when for 自查清单: a campaign to 2,000 enterprises enqueues exactly 2,000 invitations (sent
 * twice: still 2,000), its completion rate is exact after 3 enterprises answer, and the reminder goes only to
 * those not done.
 */
type CampaignBody = {
  campaignId: string;
  status: string;
  sent: number;
  submitted: number;
  rate: number | null;
  progress: { districtId: string; sent: number; submitted: number; rate: number | null }[];
};

let campaignId = '';
const ALL = COUNTS.wujinA + COUNTS.wujinB + COUNTS.liyang;

beforeAll(async () => {
  await startCampaignWorld();
  campaignId = await makeCampaign({}, { deadline: '2030-05-20' });
}, 120_000);
afterAll(stopCampaignWorld);

async function sendAll(id: string) {
  const { continueSends } = await import('#functions/campaigns/jobs/send');
  const answer = await send('POST', `/api/campaigns/${id}/send`, who.city);
  expect(answer.status).toBe(202);
  for (let round = 0; round < 20; round += 1) {
    const shown = await send('GET', `/api/campaigns/${id}`, who.city);
    if ((shown.body as CampaignBody).status === 'sent') return shown.body as CampaignBody;
    await continueSends(60_000);
  }
  throw new Error('the campaign was not sent after 20 worker runs');
}

describe('a campaign to 2,000 enterprises', () => {
  it('previews the target count by district before it is sent', async () => {
    // Act
    const all = await send('GET', '/api/campaign-targets/count', who.city);
    const town = await send('GET', `/api/campaign-targets/count?townId=${places.wujinB.townId}`, who.city);
    const wujin = await send('GET', '/api/campaign-targets/count', who.wujin);

    // Assess
    expect(all.body).toEqual({
      total: ALL,
      byDistrict: [
        { districtId: 'liyang', count: COUNTS.liyang },
        { districtId: 'wujin', count: COUNTS.wujinA + COUNTS.wujinB },
      ],
    });
    expect(town.body).toEqual({
      total: COUNTS.wujinB,
      byDistrict: [{ districtId: 'wujin', count: COUNTS.wujinB }],
    });
    expect((wujin.body as { total: number }).total).toBe(COUNTS.wujinA + COUNTS.wujinB);
  });

  it('enqueues exactly one invitation per target, and sending twice still one', async () => {
    // Act
    const sent = await sendAll(campaignId);
    const again = await send('POST', `/api/campaigns/${campaignId}/send`, who.city);
    const { continueSends } = await import('#functions/campaigns/jobs/send');
    await continueSends(60_000);

    // Assess
    expect(sent.sent).toBe(ALL);
    expect(again.status).toBe(202);
    expect((again.body as CampaignBody).sent).toBe(ALL);
    expect(await countMessages(campaignId, 'invite')).toBe(ALL);
    expect(await countTargets(campaignId)).toBe(ALL);
  }, 120_000);

  it('has an exact completion rate, per district and in all, after three enterprises answer', async () => {
    // Prepare
    const answering = [
      ['wujinA', firms.wujinA[0]],
      ['wujinB', firms.wujinB[0]],
      ['liyang', firms.liyang[0]],
    ] as const;

    // Act
    for (const [place, id] of answering) {
      const headers = await firmUser(place, id as string);
      const answer = await send('POST', `/api/campaigns/${campaignId}/answers`, headers, answersFor(3));
      expect(answer.status).toBe(201);
    }
    const shown = (await send('GET', `/api/campaigns/${campaignId}`, who.city)).body as CampaignBody;
    const wujin = (await send('GET', `/api/campaigns/${campaignId}`, who.wujin)).body as CampaignBody;

    // Assess: 3 / 2,000 = 0.15 %; 武进 2 / 1,700 = 0.1176… → 0.12 %; 溧阳 1 / 300 = 0.33 %
    expect([shown.sent, shown.submitted, shown.rate]).toEqual([ALL, 3, 0.15]);
    expect(shown.progress).toEqual([
      { districtId: 'liyang', sent: 300, submitted: 1, rate: 0.33 },
      { districtId: 'wujin', sent: 1700, submitted: 2, rate: 0.12 },
    ]);
    expect(wujin.progress).toEqual([{ districtId: 'wujin', sent: 1700, submitted: 2, rate: 0.12 }]);
    expect([wujin.sent, wujin.submitted]).toEqual([1700, 2]);
  });

  it('lists the targets done and not done', async () => {
    // Act
    const done = await send('GET', `/api/campaigns/${campaignId}/targets?done=true&limit=100`, who.city);
    const liyangOpen = await send(
      'GET',
      `/api/campaigns/${campaignId}/targets?done=false&limit=5`,
      who.liyang,
    );

    // Assess
    const ids = (done.body as { data: { enterpriseId: string }[] }).data
      .map((row) => row.enterpriseId)
      .sort();
    expect(ids).toEqual([firms.wujinA[0], firms.wujinB[0], firms.liyang[0]].sort());
    const open = (liyangOpen.body as { data: { enterpriseId: string; districtId: string }[] }).data;
    expect(open).toHaveLength(5);
    expect(open.every((row) => row.districtId === 'liyang' && row.enterpriseId !== firms.liyang[0])).toBe(
      true,
    );
  });

  it('reminds only those not done, once, from three days before the deadline', async () => {
    // Prepare
    const job = stack.bindings.jobs.find((candidate) => candidate.name === 'campaign-remind');
    if (!job) throw new Error('the manifest has no campaign-remind job');

    // Act
    const early = await runJob(job, new Date('2030-05-16T09:30:00+08:00'));
    const earlyCount = await countMessages(campaignId, 'remind');
    await runJob(job, new Date('2030-05-17T09:30:00+08:00'));
    await runJob(job, new Date('2030-05-18T09:30:00+08:00'));

    // Assess
    expect(early).toMatchObject({ items: 0 });
    expect(earlyCount).toBe(0);
    expect(await countMessages(campaignId, 'remind')).toBe(ALL - 3);
    const reminded = await remindedFirms(campaignId);
    for (const id of [firms.wujinA[0], firms.wujinB[0], firms.liyang[0]])
      expect(reminded.has(id as string)).toBe(false);
    expect(reminded.has(firms.wujinA[1] as string)).toBe(true);
  }, 120_000);
});

describe('a second campaign sent by two workers at once', () => {
  it('records each target and enqueues each message once', async () => {
    // Prepare
    const id = await makeCampaign({ districtId: 'wujin' }, { title: '粉尘防爆专项自查' });
    const { startSend } = await import('#functions/campaigns/store/start');
    const { runSend } = await import('#functions/campaigns/store/send');
    const principal = { userId: 'U-city', username: 'city', name: '市局', role: 'cityAdmin' as const };
    await startSend(principal, id, new Date());

    // Act: a killed worker (after its first chunk's writes), then two workers racing on the rest
    await expect(
      runSend(id, () => new Date(), 60_000, {
        beforeCheckpoint: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    await Promise.all([runSend(id, () => new Date(), 60_000), runSend(id, () => new Date(), 60_000)]);

    // Assess
    const shown = (await send('GET', `/api/campaigns/${id}`, who.city)).body as CampaignBody;
    expect([shown.status, shown.sent]).toEqual(['sent', 1700]);
    expect(await countMessages(id, 'invite')).toBe(1700);
    expect(await countTargets(id)).toBe(1700);
  }, 120_000);
});

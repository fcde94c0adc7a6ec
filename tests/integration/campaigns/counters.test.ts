import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The campaign stores the jobs and the progress read, on dynalite with hand-written items: submissions counted
 * once per enterprise however often and however concurrently they arrive, the campaigns in a status, and the
 * targets of a district not yet answered.
 */
let stack: LocalStack;
const AT = '2026-12-01T01:00:00.000Z';

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const counters = () => import('#functions/campaigns/store/counters');

describe('counting submissions', () => {
  it('counts one enterprise once, whether it submits again or 8 times at the same instant', async () => {
    const { countSubmission, submittedByDistrict } = await counters();
    await Promise.all(Array.from({ length: 8 }, () => countSubmission('c-once', 'wujin', 'e1')));
    await countSubmission('c-once', 'wujin', 'e1');
    expect(await submittedByDistrict('c-once')).toEqual({ wujin: 1 });
  });

  it('sums 40 enterprises of 武进 and 5 of 溧阳 sent at once across the shards, other campaigns apart', async () => {
    const { countSubmission, submittedByDistrict } = await counters();
    await Promise.all([
      ...Array.from({ length: 40 }, (_, n) => countSubmission('c-many', 'wujin', `w${n}`)),
      ...Array.from({ length: 5 }, (_, n) => countSubmission('c-many', 'liyang', `l${n}`)),
      countSubmission('c-other', 'wujin', 'w0'),
    ]);
    expect(await submittedByDistrict('c-many')).toEqual({ wujin: 40, liyang: 5 });
    expect(await submittedByDistrict('c-other')).toEqual({ wujin: 1 });
    expect(await submittedByDistrict('c-none')).toEqual({});
  });
});

describe('what the jobs read', () => {
  it('finds the campaigns in a status and the targets of a district that have not answered', async () => {
    const { campaign } = await import('#functions/campaigns/store/entities/campaign');
    const { campaignTarget } = await import('#functions/campaigns/store/entities/target');
    const { campaignsIn, notDoneTargets } = await import('#functions/campaigns/store/open-campaigns');
    const made = (campaignId: string, status: 'draft' | 'sending' | 'sent') => ({
      campaignId,
      title: `自查${campaignId}`,
      items: [{ itemId: '01', text: '消防通道畅通' }],
      filter: {},
      deadline: '2026-12-10',
      reminderDays: 3,
      status,
      createdBy: 'u1',
      createdByName: '市局张三',
      createdAt: AT,
      updatedAt: AT,
    });
    for (const [id, status] of [
      ['s1', 'sent'],
      ['s2', 'sent'],
      ['d1', 'draft'],
      ['g1', 'sending'],
    ] as const)
      await campaign.create(made(id, status)).go();
    const target = (enterpriseId: string, districtId: string, submittedAt?: string) => ({
      campaignId: 's1',
      enterpriseId,
      enterpriseName: `企业${enterpriseId}`,
      districtId,
      townId: `t-${districtId}`,
      title: '自查s1',
      deadline: '2026-12-10',
      sentAt: AT,
      ...(submittedAt ? { submittedAt } : {}),
    });
    await campaignTarget
      .put([
        target('e1', 'wujin'),
        target('e2', 'wujin', '2026-12-02T00:00:00.000Z'),
        target('e3', 'wujin'),
        target('e4', 'liyang'),
      ])
      .go();

    expect((await campaignsIn('sent')).map((item) => item.campaignId).sort()).toEqual(['s1', 's2']);
    expect((await campaignsIn('sending')).map((item) => item.campaignId)).toEqual(['g1']);
    expect((await notDoneTargets('s1', 'wujin')).sort()).toEqual(['e1', 'e3']);
    expect(await notDoneTargets('s1', 'liyang')).toEqual(['e4']);
    expect(await notDoneTargets('s2', 'wujin')).toEqual([]);
  });
});

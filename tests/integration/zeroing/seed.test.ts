import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZeroingBoard } from '#functions/zeroing/schemas';
import { ok, send, startZeroingStack, stopZeroingStack, who } from './support';

beforeAll(startZeroingStack, 120_000);
afterAll(stopZeroingStack);

describe('the demo zeroing campaign (seed)', () => {
  it('lists the city’s first enterprises, checks them and closes every hazard found, once', async () => {
    // Act: the stack holds 4 enterprises, fewer than the demo's 21
    const { seedZeroingData } = await import('../../../infra/local/seed/zeroing-run');
    const first = await seedZeroingData({ at: new Date('2022-10-31T04:00:00Z') });
    const again = await seedZeroingData();
    const campaigns = await ok<{ data: { id: string; name: string }[] }>(
      send('GET', '/api/zeroing-campaigns', who.city),
    );
    const board = await ok<ZeroingBoard>(
      send('GET', `/api/zeroing-campaigns/${campaigns.data[0]?.id}/board`, who.city),
    );

    // Assess: province 1, city 1, district 1 not zeroed (the demo's scale), all closed since
    expect(first).toMatchObject({ skipped: false, enterprises: 4, checks: 6 });
    expect(again.skipped).toBe(true);
    expect(campaigns.data.map((campaign) => campaign.name)).toEqual(['工贸行业重大事故隐患百日清零行动']);
    expect(board).toMatchObject({
      listed: 4,
      checked: 4,
      notZeroed: { province: 1, city: 1, district: 1 },
      closedSince: 3,
    });
    expect(board.sentence).toMatch(/共发现未清零企业 3 家，目前已全部整改闭环$/);
  });
});

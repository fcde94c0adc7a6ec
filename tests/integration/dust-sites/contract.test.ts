import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DustSite } from '#functions/dust-sites/index';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * What dust-sites offers other capabilities (contract.md), on dynalite against hand-written answers: the active
 * sites of every district over all pages, a code's site, the latest satisfied day and the token claims.
 */
let stack: LocalStack;
const AT = '2026-12-01T01:00:00.000Z';

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const contract = () => import('#functions/dust-sites/store/contract');
const codes = () => import('#functions/dust-sites/store/codes');

const site = (siteId: string, districtId: string, status: DustSite['status'] = 'active'): DustSite => ({
  siteId,
  enterpriseId: `e-${siteId}`,
  enterpriseName: '常州精密铸造厂',
  districtId,
  townId: `${districtId}-t1`,
  name: `${siteId}抛光间`,
  location: '一号车间',
  dustType: '金属粉尘',
  contactPhone: '13812340000',
  token: `tok-${siteId}`,
  codeIssuedAt: AT,
  status,
  createdAt: AT,
  updatedAt: AT,
});

describe('the active sites, district by district', () => {
  it('reads 501 sites of one district past its first page, skips retired ones and empty districts', async () => {
    const { putDustSiteForSeed, activeDustSites } = await contract();
    const wujin = Array.from({ length: 501 }, (_, i) => site(`w${String(i).padStart(3, '0')}`, 'wujin'));
    const written = [...wujin, site('l1', 'liyang'), site('l2', 'liyang'), site('l3', 'liyang', 'retired')];
    for (let i = 0; i < written.length; i += 25)
      await Promise.all(written.slice(i, i + 25).map((one) => putDustSiteForSeed(one)));
    const pages: DustSite[][] = [];
    for await (const page of activeDustSites()) pages.push(page);
    // One page a district that has active sites, in the fixed district order (溧阳 before 武进).
    expect(pages.map((page) => page.length)).toEqual([2, 501]);
    expect(pages[0]?.map((one) => one.siteId).sort()).toEqual(['l1', 'l2']);
    expect(new Set(pages[1]?.map((one) => one.siteId)).size).toBe(501);
    expect(pages[0]?.[0]).toEqual(site(pages[0]?.[0]?.siteId ?? '', 'liyang'));
    expect(pages[0]?.[0]).not.toHaveProperty('version');
    expect(pages[0]?.[0]).not.toHaveProperty('createdBy');
  });
});

describe('a code, and the day a site was last satisfied', () => {
  it('finds the site of its current token, not of an unknown or a replaced one; a retired site as retired', async () => {
    const { putDustSiteForSeed, dustSiteByToken } = await contract();
    const moved = site('moved', 'xinbei');
    await putDustSiteForSeed({ ...moved, token: 'tok-old' });
    await putDustSiteForSeed(moved); // re-issued: the site now carries tok-moved, tok-old still claimed by it
    await putDustSiteForSeed(site('gone', 'xinbei', 'retired'));
    expect(await dustSiteByToken('tok-moved')).toMatchObject({ siteId: 'moved', token: 'tok-moved' });
    expect(await dustSiteByToken('tok-old')).toBeNull();
    expect(await dustSiteByToken('tok-never-issued')).toBeNull();
    expect(await dustSiteByToken('tok-gone')).toMatchObject({ siteId: 'gone', status: 'retired' });
  });

  it('sets the latest satisfied day and removes it again with null', async () => {
    const { putDustSiteForSeed, setLastSatisfiedDay, getDustSite } = await contract();
    await putDustSiteForSeed(site('days', 'tianning'));
    await setLastSatisfiedDay('days', '2026-12-03');
    expect((await getDustSite('days'))?.lastSatisfiedDay).toBe('2026-12-03');
    await setLastSatisfiedDay('days', null);
    expect(await getDustSite('days')).not.toHaveProperty('lastSatisfiedDay');
    expect(await getDustSite('no-such-site')).toBeNull();
  });
});

describe('token claims', () => {
  it('draws again on a taken token, gives up after three taken ones, and releases a claim', async () => {
    const { claimSiteToken, siteIdOfToken, releaseSiteToken } = await codes();
    const when = new Date(AT);
    expect(await claimSiteToken('s-a', when, () => 'tok-shared')).toBe('tok-shared');
    const drawn = ['tok-shared', 'tok-shared', 'tok-fresh'];
    expect(await claimSiteToken('s-b', when, () => drawn.shift() ?? 'tok-extra')).toBe('tok-fresh');
    expect(drawn).toEqual([]);
    let tries = 0;
    await expect(
      claimSiteToken('s-c', when, () => {
        tries += 1;
        return 'tok-shared';
      }),
    ).rejects.toThrow();
    expect(tries).toBe(3);
    expect(await siteIdOfToken('tok-shared')).toBe('s-a');
    expect(await siteIdOfToken('tok-fresh')).toBe('s-b');
    await releaseSiteToken('tok-fresh');
    expect(await siteIdOfToken('tok-fresh')).toBeUndefined();
    await releaseSiteToken('tok-never-claimed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignItem } from '#functions/campaigns/store/views';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { principalAs } from '#tests/fixtures/principals';

/**
 * Who sees and sends a self-check campaign (自查清单), whose district rows they see, and the target filter a
 * creator may use, against a hand-written policy: the city everything; a district admin its own campaigns and
 * the city's that reach its district; towns fixing their district. Towns T1 (武进) and L1 (溧阳) on dynalite.
 */
let stack: LocalStack;
const AT = '2026-12-01T00:00:00.000Z';

beforeAll(async () => {
  stack = await startTestStack();
  const { town } = await import('#functions/org/store/entities/town');
  await town.create({ townId: 'T1', districtId: 'wujin', name: '湖塘镇', createdAt: AT, updatedAt: AT }).go();
  await town
    .create({ townId: 'L1', districtId: 'liyang', name: '溧城街道', createdAt: AT, updatedAt: AT })
    .go();
});
afterAll(async () => {
  await stack?.stop();
});

const scope = () => import('#functions/campaigns/store/scope');
const as = principalAs;
const city = as('cityAdmin');
const wujin = as('districtAdmin', { districtId: 'wujin' });
const campaignOf = (fields: { ownerDistrictId?: string; targetDistrictId?: string }) =>
  ({ campaignId: 'c1', ...fields }) as unknown as CampaignItem;

const cityToAll = campaignOf({});
const cityToWujin = campaignOf({ targetDistrictId: 'wujin' });
const cityToLiyang = campaignOf({ targetDistrictId: 'liyang' });
const wujinOwn = campaignOf({ ownerDistrictId: 'wujin', targetDistrictId: 'wujin' });
const liyangOwn = campaignOf({ ownerDistrictId: 'liyang', targetDistrictId: 'liyang' });
const all = [cityToAll, cityToWujin, cityToLiyang, wujinOwn, liyangOwn];

describe('seeing and sending a campaign', () => {
  it('shows the city every campaign, a district its own and the city’s that reach it, other roles none', async () => {
    const { canSee } = await scope();
    expect(all.map((item) => canSee(city, item))).toEqual([true, true, true, true, true]);
    expect(all.map((item) => canSee(wujin, item))).toEqual([true, true, false, true, false]);
    expect(all.map((item) => canSee(as('districtAdmin'), item))).toEqual([false, false, false, false, false]);
    expect(all.map((item) => canSee(as('townOfficer', { districtId: 'wujin' }), item))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets the city send every campaign and a district only its own', async () => {
    const { canSend } = await scope();
    expect(all.map((item) => canSend(city, item))).toEqual([true, true, true, true, true]);
    expect(all.map((item) => canSend(wujin, item))).toEqual([false, false, false, true, false]);
    expect(canSend(as('enterpriseUser', { districtId: 'wujin' }), wujinOwn)).toBe(false);
  });

  it('shows the city all 7 districts’ rows, a district its own, and answers an unseen campaign as 404', async () => {
    const { visibleDistricts, seen } = await scope();
    expect(visibleDistricts(city)).toEqual([
      'liyang',
      'jintan',
      'wujin',
      'xinbei',
      'tianning',
      'zhonglou',
      'jingkai',
    ]);
    expect(visibleDistricts(wujin)).toEqual(['wujin']);
    expect(visibleDistricts(as('districtAdmin'))).toEqual([]);
    expect(seen(wujin, cityToWujin)).toBe(cityToWujin);
    for (const item of [liyangOwn, null]) {
      const refused = (() => {
        try {
          return seen(wujin, item);
        } catch (error) {
          return error;
        }
      })();
      expect(refused).toBeInstanceOf(NotFoundError);
      expect((refused as NotFoundError).message).toBe('自查清单不存在或无权查看');
    }
  });
});

describe('the target filter a creator may use', () => {
  const refusal = async (principal: Principal, filter: Record<string, string>) => {
    const { scopedTargetFilter } = await scope();
    const error = await scopedTargetFilter(principal, filter, 'body.filter').catch(
      (failure: unknown) => failure,
    );
    return error instanceof ValidationError ? error.fields : error;
  };

  it('fixes a district admin’s filter to its district and a town’s filter to the town’s district', async () => {
    const { scopedTargetFilter } = await scope();
    expect(await scopedTargetFilter(wujin, {}, 'body.filter')).toEqual({ districtId: 'wujin' });
    expect(await scopedTargetFilter(wujin, { townId: 'T1' }, 'body.filter')).toEqual({
      districtId: 'wujin',
      townId: 'T1',
    });
    expect(await scopedTargetFilter(city, { townId: 'L1' }, 'query')).toEqual({
      districtId: 'liyang',
      townId: 'L1',
    });
    expect(await scopedTargetFilter(city, {}, 'query')).toEqual({});
  });

  it('refuses another district for a district admin, and a town that is unknown or lies elsewhere', async () => {
    expect(await refusal(wujin, { districtId: 'liyang' })).toEqual([
      {
        path: 'body.filter.districtId',
        code: 'out_of_scope',
        message: '区级账号只能向本辖区企业发送自查清单，请选择本辖区或留空',
      },
    ]);
    const townRefusal = (path: string) => [
      { path, code: 'unknown_town', message: '所选镇（街道）不存在或不在所选辖市（区），请重新选择' },
    ];
    expect(await refusal(wujin, { townId: 'L1' })).toEqual(townRefusal('body.filter.townId'));
    expect(await refusal(city, { districtId: 'wujin', townId: 'L1' })).toEqual(
      townRefusal('body.filter.townId'),
    );
    expect(await refusal(city, { townId: 'T-none' })).toEqual(townRefusal('body.filter.townId'));
  });
});

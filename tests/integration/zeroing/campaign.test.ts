import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZeroingBoard, ZeroingCheck, ZeroingEntry } from '#functions/zeroing/schemas';
import {
  checkOf,
  closeHazard,
  firms,
  majorHazard,
  newCampaign,
  ok,
  send,
  startZeroingStack,
  stopZeroingStack,
  who,
} from './support';

beforeAll(startZeroingStack, 120_000);
afterAll(stopZeroingStack);

type Page<T> = { data: T[]; nextCursor: string | null };

describe('a zeroing campaign (百日清零) from its list to the board', () => {
  it('creates a campaign ending 100 days after its start and lists it', async () => {
    // Act
    const campaign = await newCampaign('百日清零列表测试', '2022-03-01');
    const list = await ok<Page<{ id: string }>>(send('GET', '/api/zeroing-campaigns', who.wujin));

    // Assess
    expect(campaign.endDate).toBe('2022-06-09');
    expect(list.data.map((row) => row.id)).toContain(campaign.id);
  });

  it('counts checks per level and district, and the sentence turns to 已全部整改闭环 once the hazards close', async () => {
    // Prepare: a1 and b1 (武进) with one major hazard each, a2 with two, 溧阳's with one
    const campaign = await newCampaign();
    const hazards = {
      a1: [(await majorHazard(firms.a1.id)).id],
      a2: [
        (await majorHazard(firms.a2.id)).id,
        (await majorHazard(firms.a2.id, '除尘器未设置锁气卸灰装置')).id,
      ],
      b1: [(await majorHazard(firms.b1.id)).id],
      liyang: [(await majorHazard(firms.liyang.id)).id],
    };
    const all = Object.values(hazards).flat();
    const added = await ok(
      send('POST', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city, { hazardIds: all }),
    );
    const again = await ok(
      send('POST', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city, { hazardIds: hazards.a1 }),
    );
    const checks = `/api/zeroing-campaigns/${campaign.id}/checks`;

    // Act: province finds a1 not zeroed, the city a2, 武进 b1 zeroed, 溧阳 its own not zeroed; then a1 zeroed at city
    const recorded = [
      await send('POST', checks, who.city, checkOf(firms.a1.id, 'province', hazards.a1, false)),
      await send('POST', checks, who.city, checkOf(firms.a2.id, 'city', hazards.a2, false)),
      await send('POST', checks, who.wujin, checkOf(firms.b1.id, 'district', hazards.b1, true)),
      await send('POST', checks, who.liyang, checkOf(firms.liyang.id, 'district', hazards.liyang, false)),
      await send('POST', checks, who.city, checkOf(firms.a1.id, 'city', hazards.a1, true, '2022-08-01')),
    ];
    const board = await ok<ZeroingBoard>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/board`, who.city),
    );

    // Assess
    expect(added).toEqual({ enterprises: 4, hazardsAdded: 5 });
    expect(again).toEqual({ enterprises: 1, hazardsAdded: 0 });
    expect(recorded.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(board).toMatchObject({
      listed: 4,
      checked: 4,
      notZeroed: { province: 1, city: 1, district: 1 },
      notZeroedTotal: 3,
      closedSince: 0,
    });
    expect(board.byDistrict.map((row) => [row.districtId, row.checked, row.notZeroedTotal])).toEqual([
      ['liyang', 1, 1],
      ['wujin', 3, 2],
    ]);
    expect(board.sentence).toBe(
      '百日清零行动共检查企业 4 家，其中省级检查发现未清零企业 1 家、市级 1 家、辖市（区）级 1 家，共发现未清零企业 3 家，已整改闭环 0 家，尚有 3 家未整改闭环',
    );

    // Act: the hazards of the three not zeroed close
    for (const hazardId of hazards.a1) await closeHazard(hazardId, firms.a1);
    for (const hazardId of hazards.a2) await closeHazard(hazardId, firms.a2);
    const half = await ok<ZeroingBoard>(send('GET', `/api/zeroing-campaigns/${campaign.id}/board`, who.city));
    await closeHazard(hazards.liyang[0] as string, firms.liyang);
    const closed = await ok<ZeroingBoard>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/board`, who.city),
    );
    const wujinBoard = await ok<ZeroingBoard>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/board`, who.wujin),
    );

    // Assess
    expect(half.sentence).toMatch(/已整改闭环 2 家，尚有 1 家未整改闭环$/);
    expect(half.followUp.map((row) => [row.enterpriseName, row.levels, row.openHazards])).toEqual([
      ['溧阳天目湖建材厂', ['district'], 1],
      ['常州湖塘冶金厂', ['province'], 0],
      ['常州湖塘铝业公司', ['city'], 0],
    ]);
    expect(closed.closedSince).toBe(3);
    expect(closed.sentence).toBe(
      '百日清零行动共检查企业 4 家，其中省级检查发现未清零企业 1 家、市级 1 家、辖市（区）级 1 家，共发现未清零企业 3 家，目前已全部整改闭环',
    );
    expect(wujinBoard).toMatchObject({ listed: 3, checked: 3, notZeroedTotal: 2, closedSince: 2 });
    expect(wujinBoard.byDistrict.map((row) => row.districtId)).toEqual(['wujin']);
  });

  it("shows a district admin only its district's list and checks, with each hazard's status", async () => {
    // Prepare
    const campaign = await newCampaign('辖区范围测试');
    const wujinHazard = (await majorHazard(firms.a1.id)).id;
    const liyangHazard = (await majorHazard(firms.liyang.id)).id;
    await ok(
      send('POST', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city, {
        hazardIds: [wujinHazard, liyangHazard],
      }),
    );
    await ok(
      send(
        'POST',
        `/api/zeroing-campaigns/${campaign.id}/checks`,
        who.wujin,
        checkOf(firms.a1.id, 'district', [wujinHazard], true),
      ),
    );
    await ok(
      send(
        'POST',
        `/api/zeroing-campaigns/${campaign.id}/checks`,
        who.liyang,
        checkOf(firms.liyang.id, 'district', [liyangHazard], false),
      ),
    );

    // Act
    const wujinEntries = await ok<Page<ZeroingEntry>>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/entries`, who.wujin),
    );
    const cityEntries = await ok<Page<ZeroingEntry>>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city),
    );
    const wujinChecks = await ok<Page<ZeroingCheck>>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/checks`, who.wujin),
    );
    const cityNotZeroed = await ok<Page<ZeroingCheck>>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/checks?level=district&districtId=liyang`, who.city),
    );
    const foreignFilter = await ok<Page<ZeroingEntry>>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/entries?districtId=liyang`, who.wujin),
    );

    // Assess
    expect(wujinEntries.data.map((row) => [row.enterpriseId, row.hazards.map((h) => h.status)])).toEqual([
      [firms.a1.id, ['OPEN']],
    ]);
    expect(cityEntries.data.map((row) => row.enterpriseId).sort()).toEqual(
      [firms.a1.id, firms.liyang.id].sort(),
    );
    expect(wujinChecks.data.map((row) => [row.enterpriseId, row.zeroed])).toEqual([[firms.a1.id, true]]);
    expect(cityNotZeroed.data.map((row) => [row.enterpriseId, row.zeroed, row.results[0]?.note])).toEqual([
      [firms.liyang.id, false, '泄爆装置仍未安装'],
    ]);
    expect(foreignFilter.data).toEqual([]);
  });
});

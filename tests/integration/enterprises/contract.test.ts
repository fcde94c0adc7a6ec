import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeEnterprise,
  makePlace,
  places,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/**
 * What other capabilities read of enterprises (org and identity deleting towns and grids, risk points copying a
 * card, the stats job's census, the reminders' contacts), against enterprises made through the API in 武进's
 * towns A and B and 溧阳's town C.
 */
beforeAll(startWithPlaces, 120_000);
afterAll(stopEnterpriseStack);

const contract = () => import('#functions/enterprises/index');

describe('an enterprise’s place and card', () => {
  it('gives the placement and the card of an enterprise, with its grid only when it has one', async () => {
    const { enterprisePlacement, enterpriseCard } = await contract();
    const gridded = await makeEnterprise(places.wujinA, { name: '常州湖塘卡片厂', flags: ['dust'] });
    const loose = await makeEnterprise({ ...places.wujinB, gridId: null });

    expect(await enterprisePlacement(gridded.id)).toEqual({
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
    });
    expect(await enterprisePlacement(loose.id)).toEqual({
      districtId: 'wujin',
      townId: places.wujinB.townId,
    });
    expect(await enterpriseCard(gridded.id)).toEqual({
      name: '常州湖塘卡片厂',
      districtId: 'wujin',
      townId: places.wujinA.townId,
      gridId: places.wujinA.gridId,
      flags: ['dust'],
    });
    expect(await enterpriseCard('no-such-enterprise')).toBeUndefined();
    expect(await enterprisePlacement('no-such-enterprise')).toBeUndefined();
  });

  it('says whether a town or a grid still has enterprises', async () => {
    const { townHasEnterprises, gridHasEnterprises } = await contract();
    const empty = await makePlace('wujin', '空镇');
    await makeEnterprise(places.liyang);

    expect(await townHasEnterprises(empty.townId)).toBe(false);
    expect(await gridHasEnterprises('wujin', empty.gridId)).toBe(false);
    expect(await townHasEnterprises(places.liyang.townId)).toBe(true);
    expect(await gridHasEnterprises('liyang', places.liyang.gridId)).toBe(true);
  });
});

describe('what the jobs read', () => {
  it('gives the stats job each enterprise of a district with its place and status only', async () => {
    const { listEnterpriseCensus } = await contract();
    const place = await makePlace('wujin', '统计');
    const open = await makeEnterprise(place, { status: '正常生产' });
    const shut = await makeEnterprise({ ...place, gridId: null }, { status: '停产' });

    const census = (await listEnterpriseCensus('wujin')).filter((row) => row.townId === place.townId);
    expect(census.sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual(
      [
        { id: open.id, districtId: 'wujin', townId: place.townId, gridId: place.gridId, status: '正常生产' },
        { id: shut.id, districtId: 'wujin', townId: place.townId, status: '停产' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await listEnterpriseCensus('liyang')).every((row) => row.districtId === 'liyang')).toBe(true);
  });

  it('gives the reminders the safety contact’s phone, else the principal’s, for the ids that exist', async () => {
    const { reminderContacts } = await contract();
    const both = await makeEnterprise(places.wujinA, { name: '双联系人厂' });
    const principalOnly = await makeEnterprise(places.wujinA, {
      name: '仅负责人厂',
      safetyContact: undefined,
    });

    const contacts = await reminderContacts([both.id, principalOnly.id, both.id, 'no-such-enterprise']);
    expect([...contacts.keys()].sort()).toEqual([both.id, principalOnly.id].sort());
    expect(contacts.get(both.id)).toEqual({
      enterpriseId: both.id,
      name: '双联系人厂',
      person: '李四',
      phone: '13900005678',
    });
    expect(contacts.get(principalOnly.id)).toEqual({
      enterpriseId: principalOnly.id,
      name: '仅负责人厂',
      person: '张三',
      phone: '13800001234',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Principal } from '#functions/platform/principal';
import { planTaskList } from '#functions/tasks/domain/list-plan';
import { isAssignee, maySeeTask } from '#functions/tasks/domain/scope';

const who = (role: Principal['role'], place: Partial<Principal> = {}): Principal => ({
  userId: 'u',
  username: 'u',
  name: 'u',
  role,
  ...place,
});
const town = who('townOfficer', { districtId: 'wujin', townId: 'T1' });
const district = who('districtAdmin', { districtId: 'wujin' });
const city = who('cityAdmin');

describe('planTaskList', () => {
  it('reads a town officer its town partition and nothing elsewhere', () => {
    expect(planTaskList(town, {})).toEqual({
      partition: { index: 'byAssignee', key: { level: 'town', assigneeId: 'T1' } },
      residual: {},
    });
    expect(planTaskList(town, { townId: 'T2' })).toBeNull();
    expect(planTaskList(town, { level: 'district' })).toBeNull();
  });

  it('reads a district admin its own tasks, its towns by filter, the district for its scope', () => {
    expect(planTaskList(district, {})?.partition).toEqual({
      index: 'byAssignee',
      key: { level: 'district', assigneeId: 'wujin' },
    });
    expect(planTaskList(district, { level: 'town', townId: 'T9' })).toEqual({
      partition: { index: 'byAssignee', key: { level: 'town', assigneeId: 'T9' } },
      residual: { districtId: 'wujin' },
    });
    expect(planTaskList(district, { level: 'town', kind: 'dustUrge' })).toEqual({
      partition: { index: 'byDistrict', key: { districtId: 'wujin' } },
      residual: { level: 'town', kind: 'dustUrge' },
    });
    expect(planTaskList(district, { districtId: 'liyang' })).toBeNull();
  });

  it('reads the city one partition, nothing as "mine", nothing for others', () => {
    expect(planTaskList(city, {})?.partition).toEqual({ index: 'byCity', key: { city: 'city' } });
    expect(planTaskList(city, { view: 'mine' })).toBeNull();
    expect(
      planTaskList(who('gridMember', { districtId: 'wujin', townId: 'T1', gridId: 'G' }), {}),
    ).toBeNull();
    expect(planTaskList(who('enterpriseUser', { enterpriseId: 'E' }), {})).toBeNull();
  });
});

describe('task scope', () => {
  const townTask = { level: 'town' as const, districtId: 'wujin', townId: 'T1' };
  const districtTask = { level: 'district' as const, districtId: 'wujin', townId: 'T1' };
  it('lets only the assignee complete, while the district and city see', () => {
    expect([town, district, city].map((p) => maySeeTask(p, townTask))).toEqual([true, true, true]);
    expect([town, district, city].map((p) => isAssignee(p, townTask))).toEqual([true, false, false]);
    expect([town, district, city].map((p) => maySeeTask(p, districtTask))).toEqual([false, true, true]);
    expect([town, district, city].map((p) => isAssignee(p, districtTask))).toEqual([false, true, false]);
  });
});

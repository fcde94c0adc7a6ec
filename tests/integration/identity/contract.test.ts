import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEnterprise } from '#tests/fixtures/enterprises';
import {
  city,
  idOf,
  newUser,
  org,
  post,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

/**
 * What other capabilities use of identity (workers acting for a stored requester, scans, the reminders job, the
 * stats job), against accounts made through the API: enabled and disabled, principal or not, with and
 * without a phone, in 武进's town and its sibling town.
 */
beforeAll(startIdentityStack);
afterAll(stopIdentityStack);

const contract = () => import('#functions/identity/index');
const disable = (userId: string) => post(`/api/users/${userId}/status`, { disabled: true }, wujin.headers);

async function account(fields: Record<string, unknown>) {
  const made = await post('/api/users', newUser(fields), wujin.headers);
  if (made.status !== 201) throw new Error(`account: ${made.status} ${JSON.stringify(made.body)}`);
  return idOf(made);
}

describe('an account as workers and scans see it', () => {
  it('gives the current principal of an enabled account, nothing for a disabled or unknown one', async () => {
    const { currentPrincipalOf } = await contract();
    const officer = await account({
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
      name: '周七',
    });
    const gone = await account({ role: 'townOfficer', districtId: 'wujin', townId: org.wujinTown });
    expect((await disable(gone)).status).toBe(200);

    expect(await currentPrincipalOf(officer)).toMatchObject({
      userId: officer,
      name: '周七',
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
    });
    expect(await currentPrincipalOf(gone)).toBeUndefined();
    expect(await currentPrincipalOf('no-such-user')).toBeUndefined();
  });

  it('names an enabled enterprise principal (主要负责人) as such, and no one else', async () => {
    const { isEnterprisePrincipal, currentPrincipalOf } = await contract();
    const place = { districtId: 'wujin', townId: org.wujinTown, gridId: org.wujinGrid };
    const firm = idOf(await post('/api/enterprises', validEnterprise(place), city.headers));
    const head = await account({ role: 'enterpriseUser', enterpriseId: firm, isPrincipal: true });
    const staff = await account({ role: 'enterpriseUser', enterpriseId: firm, isPrincipal: false });
    const formerHead = await account({ role: 'enterpriseUser', enterpriseId: firm, isPrincipal: true });
    await disable(formerHead);
    const officer = await account({ role: 'townOfficer', districtId: 'wujin', townId: org.wujinTown });

    expect(await isEnterprisePrincipal(head)).toBe(true);
    expect(await isEnterprisePrincipal(staff)).toBe(false);
    expect(await isEnterprisePrincipal(formerHead)).toBe(false);
    expect(await isEnterprisePrincipal(officer)).toBe(false);
    expect(await isEnterprisePrincipal('no-such-user')).toBe(false);
    expect(await currentPrincipalOf(head)).toMatchObject({ enterpriseId: firm, enterprisePrincipal: true });
    expect(await currentPrincipalOf(staff)).not.toHaveProperty('enterprisePrincipal');
  });
});

describe('the accounts the jobs read', () => {
  it('gives the reminders job a town’s enabled town officers with a phone, not its grid members or another town', async () => {
    // Prepare: a town of its own, so that no other test's officers are in it
    const town = idOf(await post('/api/towns', { districtId: 'wujin', name: '联系人镇' }, wujin.headers));
    const grid = idOf(await post('/api/grids', { townId: town, name: '联系人网格' }, wujin.headers));
    const reachable = await account({
      role: 'townOfficer',
      districtId: 'wujin',
      townId: town,
      name: '甲',
      phone: '13900002222',
    });
    const silent = await account({ role: 'townOfficer', districtId: 'wujin', townId: town, name: '乙' });
    // An account without a phone (older accounts; the API requires one now), written directly.
    const { user } = await import('#functions/identity/store/entities/user');
    await user.patch({ userId: silent }).remove(['phone']).go();
    const off = await account({ role: 'townOfficer', districtId: 'wujin', townId: town, name: '丙' });
    await disable(off);
    await account({ role: 'gridMember', districtId: 'wujin', townId: town, gridId: grid, name: '丁' });
    await account({ role: 'townOfficer', districtId: 'wujin', townId: org.wujinTown, name: '戊' });

    // Act
    const { townOfficerContacts } = await contract();
    const contacts = await townOfficerContacts(town);

    // Assess
    expect(contacts).toEqual([{ userId: reachable, name: '甲', phone: '13900002222' }]);
  });

  it('gives the stats job every account with its role, placement and disabled flag, and nothing more', async () => {
    // Prepare
    const town = idOf(await post('/api/towns', { districtId: 'wujin', name: '统计镇' }, wujin.headers));
    const counted = await account({ role: 'townOfficer', districtId: 'wujin', townId: town });
    await disable(counted);

    // Act
    const { listAccountCensus } = await contract();
    const census = await listAccountCensus();

    // Assess
    const inTown = census.filter((row) => row.townId === town);
    expect(inTown).toEqual([{ role: 'townOfficer', districtId: 'wujin', townId: town, disabled: true }]);
    expect(census.filter((row) => row.role === 'cityAdmin').length).toBeGreaterThan(0);
    for (const row of census) expect(Object.keys(row)).not.toContain('passwordHash');
  });
});

describe('an account without a phone', () => {
  it('is refused on the phone field with 请填写手机号码, and a number in its place with 手机号码须为文本', async () => {
    const { phone: _phone, ...noPhone } = newUser({
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
    });
    const missing = await post('/api/users', noPhone, wujin.headers);
    const numeric = await post('/api/users', { ...noPhone, phone: 13900001111 }, wujin.headers);
    const fieldOf = (answer: { body: unknown }) =>
      (answer.body as { error: { fields: { path: string; message: string }[] } }).error.fields.find(
        (field) => field.path === 'body.phone',
      )?.message;
    expect(missing.status).toBe(400);
    expect(fieldOf(missing)).toBe('请填写手机号码');
    expect(fieldOf(numeric)).toBe('手机号码须为文本');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '#infra/local/scheduler';
import { createUserDirect } from '#tests/fixtures/auth';
import { dynamoReadsDuring, itemsRead } from '#tests/fixtures/items-read';
import {
  city,
  dataOf,
  get,
  org,
  send,
  stack,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

type Listed = { id: string; username: string; name: string; role: string; districtId?: string };

const accounts = {} as Record<'officer' | 'member' | 'liyangOfficer' | 'admin', Listed>;

beforeAll(async () => {
  await startIdentityStack();
  accounts.officer = await createUserDirect({
    role: 'townOfficer',
    username: 'wujin.hutang.officer',
    name: '钱多多',
    districtId: 'wujin',
    townId: org.wujinTown,
  });
  accounts.member = await createUserDirect({
    role: 'gridMember',
    username: 'wujin.hutang.grid1',
    name: '孙悟空',
    districtId: 'wujin',
    townId: org.wujinTown,
    gridId: org.wujinGrid,
  });
  accounts.liyangOfficer = await createUserDirect({
    role: 'townOfficer',
    username: 'liyang.tianmu.officer',
    name: '钱多多',
    districtId: 'liyang',
    townId: org.liyangTown,
  });
  accounts.admin = await createUserDirect({
    role: 'districtAdmin',
    username: 'wujin.hutang.admin',
    name: '钱副局长',
    districtId: 'wujin',
  });
  for (let n = 0; n < 12; n += 1)
    await createUserDirect({
      role: 'enterpriseUser',
      districtId: n % 2 ? 'wujin' : 'liyang',
      enterpriseId: `E${n}`,
    });
}, 120_000);
afterAll(stopIdentityStack);

const search = async (q: string, headers = city.headers, extra = '') => {
  const answer = await get(`/api/users?limit=100&q=${encodeURIComponent(q)}${extra}`, headers);
  expect(answer.status).toBe(200);
  return dataOf<Listed>(answer)
    .map((row) => row.id)
    .sort();
};
const ids = (...rows: Listed[]) => rows.map((row) => row.id).sort();

describe('the user search (姓名或用户名包含)', () => {
  it('finds an account by a part of its username as well as by a part of its name', async () => {
    // Act
    const byUsername = await search('hutang');
    const byWholeUsername = await search('wujin.hutang.grid1');
    const byName = await search('钱多');
    const byOneCharacter = await search('悟');
    const byCapitals = await search('HUTANG.OFFICER');

    // Assess
    expect(byUsername).toEqual(ids(accounts.officer, accounts.member, accounts.admin));
    expect(byWholeUsername).toEqual(ids(accounts.member));
    expect(byName).toEqual(ids(accounts.officer, accounts.liyangOfficer));
    expect(byOneCharacter).toEqual(ids(accounts.member));
    expect(byCapitals).toEqual(ids(accounts.officer));
  });

  it('keeps a district admin to the accounts it manages, and keeps the other filters', async () => {
    // Act
    const managed = await search('hutang', wujin.headers);
    const named = await search('钱', wujin.headers);
    const officers = await search('hutang', city.headers, '&role=townOfficer');
    const inTown = await search('钱多多', city.headers, `&townId=${org.liyangTown}`);
    const disabled = await search('hutang', city.headers, '&disabled=true');

    // Assess
    expect(managed).toEqual(ids(accounts.officer, accounts.member));
    expect(named).toEqual(ids(accounts.officer));
    expect(officers).toEqual(ids(accounts.officer));
    expect(inTown).toEqual(ids(accounts.liyangOfficer));
    expect(disabled).toEqual([]);
  });

  it('finds a renamed account by its new name only, and a disabled one under `disabled=true`', async () => {
    // Prepare
    const account = await createUserDirect({
      role: 'townOfficer',
      username: 'rename.me',
      name: '改名前',
      districtId: 'wujin',
      townId: org.wujinTown,
    });

    // Act
    const changed = await send(
      'PUT',
      `/api/users/${account.id}`,
      {
        name: '改名后',
        phone: '13900002222',
        role: 'townOfficer',
        districtId: 'wujin',
        townId: org.wujinTown,
      },
      city.headers,
    );
    const status = await send('POST', `/api/users/${account.id}/status`, { disabled: true }, city.headers);

    // Assess
    expect([changed.status, status.status]).toEqual([200, 200]);
    expect(await search('改名后')).toEqual([account.id]);
    expect(await search('改名前')).toEqual([]);
    expect(await search('改名后', city.headers, '&disabled=true')).toEqual([account.id]);
    expect(await search('改名后', city.headers, '&disabled=false')).toEqual([]);
  });

  it('reads the index, not the accounts: a search nobody matches reads no item', async () => {
    // Act
    const { result, reads } = await dynamoReadsDuring(stack, () =>
      get(`/api/users?q=${encodeURIComponent('没有这个人')}`, wujin.headers),
    );

    // Assess
    expect(result.body).toEqual({ data: [], nextCursor: null });
    expect(itemsRead(reads.filter((read) => read.action === 'Query'))).toBe(0);
  });

  it('finds an account whose tokens were lost once the repair job has run', async () => {
    // Prepare
    const { userNameToken } = await import('#functions/identity/store/entities/user-name-token');
    const { userTokensOf } = await import('#functions/identity/store/user-name-index');
    const { findUserById } = await import('#functions/identity/store/users');
    const lost = await createUserDirect({
      role: 'districtAdmin',
      username: 'lost.tokens',
      name: '丢索引',
      districtId: 'liyang',
    });
    await userNameToken.delete(userTokensOf((await findUserById(lost.id)) as never)).go();
    const binding = stack.bindings.jobs.find((job) => job.name === 'user-name-index');
    if (!binding) throw new Error('user-name-index job missing from the manifest');

    // Act
    const before = await search('丢索引');
    await runJob(binding, new Date('2026-03-01T03:40:00+08:00'));
    const after = await search('丢索引');

    // Assess
    expect(before).toEqual([]);
    expect(after).toEqual([lost.id]);
  });
});

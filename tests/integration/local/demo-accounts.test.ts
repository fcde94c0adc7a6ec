import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, loginAs, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the demo accounts block of npm start', () => {
  it('names a whole enterprise login that works: the first 武进区 enterprise account still on the demo password', async () => {
    // Prepare: three 武进区 enterprise accounts; only the last still has the demo password and is enabled
    const { DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
    const { demoCredentials, exampleEnterpriseLogin } = await import('#infra/local/seed/credentials');
    const city = await signedIn(stack, { role: 'cityAdmin' });
    const town = await callApi(stack, '/api/towns', {
      method: 'POST',
      headers: city.headers,
      body: JSON.stringify({ districtId: 'wujin', name: '湖塘镇' }),
    });
    const townId = (town.body as { id: string }).id;
    const enterprise = await callApi(stack, '/api/enterprises', {
      method: 'POST',
      headers: city.headers,
      body: JSON.stringify({
        ...validEnterprise({ districtId: 'wujin', townId, gridId: null }),
        name: '演示旺达物资有限公司',
      }),
    });
    const enterpriseId = (enterprise.body as { id: string }).id;
    const account = { role: 'enterpriseUser' as const, districtId: 'wujin', enterpriseId };
    await createUserDirect({ ...account, username: 'e1-changed', password: 'Changed2027' });
    await createUserDirect({ ...account, username: 'e2-disabled', password: DEMO_PASSWORD, disabled: true });
    await createUserDirect({ ...account, username: 'e3-works', password: DEMO_PASSWORD });

    // Act
    const example = await exampleEnterpriseLogin();
    const block = demoCredentials(example);

    // Assess: the block shows that username and the enterprise, and both log in as shown
    expect(example).toEqual({ username: 'e3-works', enterpriseName: '演示旺达物资有限公司' });
    expect(block).toContain(`密码 password: ${DEMO_PASSWORD}`);
    expect(block).toContain('企业用户 enterpriseUser     e3-works（演示旺达物资有限公司）');
    expect(await loginAs(stack, 'e3-works', DEMO_PASSWORD)).toEqual(expect.any(String));
  });

  it('says how enterprise usernames are made when no enterprise account has the demo password', async () => {
    // Act
    const { demoCredentials } = await import('#infra/local/seed/credentials');

    // Assess
    expect(demoCredentials(undefined)).toContain('企业用户 enterpriseUser     e + 统一社会信用代码（小写）');
  });
});

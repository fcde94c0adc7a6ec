import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect, TEST_PASSWORD } from '#tests/fixtures/auth';
import {
  auditEntriesOf,
  get,
  post,
  stack,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

beforeAll(startIdentityStack);
afterAll(stopIdentityStack);

/** A login from a loopback address of its own (127.0.0.0/8 is all loopback), as the gateway's sourceIp sees it. */
function loginFrom(address: string, username: string, password: string) {
  const url = new URL('/api/auth/login', stack.url);
  const payload = JSON.stringify({ username, password });
  return new Promise<{ status: number; body: { error?: { code: string; message: string } } }>(
    (resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    },
  );
}

const townOfficer = () => createUserDirect({ role: 'townOfficer', districtId: 'wujin', townId: 't' });

async function failFiveTimes(address: string, username: string) {
  for (let i = 0; i < 5; i += 1) {
    const failed = await loginFrom(address, username, `wrong${i}pass`);
    expect(failed.status).toBe(401);
  }
}

describe('login lockout', () => {
  it('locks a username only for the address its failures came from', async () => {
    // Prepare
    const user = await townOfficer();
    await failFiveTimes('127.0.0.2', user.username);

    // Act
    const attacker = await loginFrom('127.0.0.2', user.username, TEST_PASSWORD);
    const owner = await loginFrom('127.0.0.3', user.username, TEST_PASSWORD);

    // Assess
    expect(attacker.status).toBe(429);
    expect(owner.status).toBe(200);
  });

  it('limits failed logins per client address, whatever the usernames, with a message in Chinese', async () => {
    // Prepare
    for (let i = 0; i < 20; i += 1) {
      const failed = await loginFrom('127.0.0.4', `nobody-${i}`, 'wrong-password1');
      expect(failed.status).toBe(401);
    }
    const user = await townOfficer();

    // Act
    const blocked = await loginFrom('127.0.0.4', user.username, TEST_PASSWORD);
    const other = await loginFrom('127.0.0.6', user.username, TEST_PASSWORD);

    // Assess
    expect(blocked).toMatchObject({
      status: 429,
      body: {
        error: { code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/网络地址.*请于 \d\d:\d\d 后/) },
      },
    });
    expect(other.status).toBe(200);
  });

  it('does not count successful logins against the address', async () => {
    // Prepare
    const user = await townOfficer();

    // Act
    const statuses = [];
    for (let i = 0; i < 22; i += 1)
      statuses.push((await loginFrom('127.0.0.7', user.username, TEST_PASSWORD)).status);

    // Assess
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it("clears the lock with an admin's password reset", async () => {
    // Prepare
    const user = await townOfficer();
    await failFiveTimes('127.0.0.8', user.username);

    // Act
    const reset = await post(`/api/users/${user.id}/password-reset`, undefined, wujin.headers);
    const temporary = (reset.body as { temporaryPassword: string }).temporaryPassword;
    const login = await loginFrom('127.0.0.8', user.username, temporary);

    // Assess
    expect(reset.status).toBe(200);
    expect(login.status).toBe(200);
  });

  it('shows the lock on the user detail and lets a manager unlock, audited', async () => {
    // Prepare
    const user = await townOfficer();
    await failFiveTimes('127.0.0.9', user.username);

    // Act
    const locked = await get(`/api/users/${user.id}`, wujin.headers);
    const unlock = await post(`/api/users/${user.id}/unlock`, undefined, wujin.headers);
    const after = await get(`/api/users/${user.id}`, wujin.headers);
    const login = await loginFrom('127.0.0.9', user.username, TEST_PASSWORD);

    // Assess
    expect(locked).toMatchObject({ status: 200, body: { lockedUntil: expect.any(String) } });
    expect(unlock).toMatchObject({ status: 200, body: { id: user.id } });
    expect(unlock.body).not.toHaveProperty('lockedUntil');
    expect(after.body).not.toHaveProperty('lockedUntil');
    expect(login.status).toBe(200);
    expect(await auditEntriesOf(unlock)).toMatchObject([{ action: 'unlock', entityId: user.id }]);
  });
});

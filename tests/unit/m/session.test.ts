import { describe, expect, it } from 'vitest';
import { TOKEN_KEY as CONSOLE_TOKEN_KEY } from '../../../admin/src/api/httpClient';
import {
  EXPIRES_KEY as CONSOLE_EXPIRES_KEY,
  USER_KEY as CONSOLE_USER_KEY,
  readSession,
  writeSession,
} from '../../../admin/src/auth/session';
import {
  EXPIRES_KEY,
  readPhoneSession,
  TOKEN_KEY,
  USER_KEY,
  writePhoneSession,
} from '../../../admin/src/m/api/session';

const user = {
  id: 'u-1',
  username: 'ent.user',
  name: '企业安全员',
  role: 'enterpriseUser' as const,
  scope: { districtId: 'wujin', townId: 't-1', enterpriseId: 'ent-1' },
  isPrincipal: false,
  mustChangePassword: false,
};

function mapStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('one login for the console and the phone pages', () => {
  it('uses the console session keys', () => {
    // Assess
    expect([TOKEN_KEY, USER_KEY, EXPIRES_KEY]).toEqual([
      CONSOLE_TOKEN_KEY,
      CONSOLE_USER_KEY,
      CONSOLE_EXPIRES_KEY,
    ]);
  });

  it('reads what the console wrote, and the console reads what the phone wrote', () => {
    // Prepare
    const fromConsole = mapStorage();
    const fromPhone = mapStorage();
    const session = { token: 'tok', expiresAt: '2026-12-03T00:00:00.000Z', user };

    // Act
    writeSession(fromConsole, session);
    writePhoneSession(session, fromPhone);

    // Assess
    expect(readPhoneSession(fromConsole, new Date('2026-12-02T00:00:00Z'))).toEqual(session);
    expect(readSession(fromPhone)).toEqual(session);
  });

  it('forgets an expired session, so the phone asks for a login instead of meeting a 401', () => {
    // Prepare
    const storage = mapStorage();
    writePhoneSession({ token: 'tok', expiresAt: '2026-12-02T00:00:00.000Z', user }, storage);

    // Act
    const session = readPhoneSession(storage, new Date('2026-12-02T00:00:00.000Z'));

    // Assess
    expect(session).toBeNull();
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
  });
});

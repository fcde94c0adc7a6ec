import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  browserStorage,
  clearSession,
  EXPIRES_KEY,
  isExpired,
  type KeyValueStorage,
  readSession,
  type Session,
  USER_KEY,
  writeSession,
} from '../../../admin/src/auth/session';
import { importFormatOf } from '../../../admin/src/enterprises/useEnterpriseImport';
import { isSettled, POLL_INTERVAL_MS } from '../../../admin/src/shared/usePolledTask';

/** Web Storage over a Map, so that a test reads exactly what was stored. */
function makeStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  const storage: KeyValueStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
  return { storage, entries: () => Object.fromEntries(map) };
}

const makeSession = (overrides: Partial<Session> = {}): Session => ({
  token: 'eyJ.token',
  expiresAt: '2026-12-02T08:00:00.000Z',
  user: {
    id: 'U1',
    username: 'lixq',
    name: '李小青',
    role: 'districtAdmin',
    scope: { districtId: 'wujin' },
    isPrincipal: false,
    mustChangePassword: false,
  },
  ...overrides,
});

const originalLocalStorage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

afterEach(() => {
  vi.unstubAllGlobals();
  if (originalLocalStorage) Object.defineProperty(globalThis, 'localStorage', originalLocalStorage);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('stored session', () => {
  it('writes the token, the user as JSON and the expiry under the console keys', () => {
    // Prepare
    const { storage, entries } = makeStorage();

    // Act
    writeSession(storage, makeSession());

    // Assess
    expect(entries()).toEqual({
      'changan.token': 'eyJ.token',
      'changan.user':
        '{"id":"U1","username":"lixq","name":"李小青","role":"districtAdmin","scope":{"districtId":"wujin"},"isPrincipal":false,"mustChangePassword":false}',
      'changan.expiresAt': '2026-12-02T08:00:00.000Z',
    });
  });

  it('reads back the session it wrote', () => {
    // Prepare
    const { storage } = makeStorage();
    writeSession(storage, makeSession());

    // Act
    const session = readSession(storage);

    // Assess
    expect(session).toEqual({
      token: 'eyJ.token',
      expiresAt: '2026-12-02T08:00:00.000Z',
      user: {
        id: 'U1',
        username: 'lixq',
        name: '李小青',
        role: 'districtAdmin',
        scope: { districtId: 'wujin' },
        isPrincipal: false,
        mustChangePassword: false,
      },
    });
  });

  it('drops an old expiry when the new session has none', () => {
    // Prepare
    const { storage, entries } = makeStorage({ 'changan.expiresAt': '2026-01-01T00:00:00Z' });

    // Act
    writeSession(storage, makeSession({ expiresAt: null }));
    const session = readSession(storage);

    // Assess
    expect(Object.keys(entries()).sort()).toEqual(['changan.token', 'changan.user']);
    expect(session?.expiresAt).toBeNull();
  });

  it.each([
    ['no token', { 'changan.user': '{"id":"U1"}' }],
    ['no user', { 'changan.token': 'eyJ.token' }],
    ['an empty token', { 'changan.token': '', 'changan.user': '{"id":"U1"}' }],
    ['a damaged user entry', { 'changan.token': 'eyJ.token', 'changan.user': '{"id":' }],
  ])('counts %s as logged out', (_, stored) => {
    // Prepare
    const { storage } = makeStorage(stored);

    // Act
    const session = readSession(storage);

    // Assess
    expect(session).toBeNull();
  });

  it('clears the session keys and keeps the logout reason and other entries', () => {
    // Prepare
    const { storage, entries } = makeStorage({ 'changan.logoutReason': '登录已过期', theme: 'dark' });
    writeSession(storage, makeSession());

    // Act
    clearSession(storage);

    // Assess
    expect(entries()).toEqual({ 'changan.logoutReason': '登录已过期', theme: 'dark' });
  });

  it('does nothing, and reads no session, without storage', () => {
    // Act
    const write = () => writeSession(undefined, makeSession());
    const clear = () => clearSession(undefined);
    const session = readSession(undefined);

    // Assess
    expect(write).not.toThrow();
    expect(clear).not.toThrow();
    expect(session).toBeNull();
  });

  it('uses the key names the rest of the console reads', () => {
    // Assess
    expect(USER_KEY).toBe('changan.user');
    expect(EXPIRES_KEY).toBe('changan.expiresAt');
  });
});

describe('session expiry', () => {
  const now = new Date('2026-12-02T08:00:00.000Z');

  it.each([
    ['one millisecond before it', '2026-12-02T08:00:00.001Z', false],
    ['at the expiry itself', '2026-12-02T08:00:00.000Z', true],
    ['after it', '2026-12-02T07:59:59.999Z', true],
    ['with no expiry', null, false],
    ['with an unreadable expiry', 'tomorrow', false],
  ])('treats a session %s as expired: %s', (_, expiresAt, expired) => {
    // Prepare
    const session = makeSession({ expiresAt });

    // Act
    const found = isExpired(session, now);

    // Assess
    expect(found).toBe(expired);
  });
});

describe('browser storage', () => {
  it('gives the browser storage of the kind asked for', () => {
    // Prepare
    const { storage } = makeStorage();
    vi.stubGlobal('sessionStorage', storage);

    // Act
    const found = browserStorage('sessionStorage');

    // Assess
    expect(found).toBe(storage);
  });

  it('gives nothing when the browser refuses access to storage', () => {
    // Prepare
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });

    // Act
    const found = browserStorage('localStorage');

    // Assess
    expect(found).toBeUndefined();
  });

  it('gives nothing when there is no storage at all', () => {
    // Prepare
    vi.stubGlobal('localStorage', undefined);

    // Act
    const found = browserStorage('localStorage');

    // Assess
    expect(found).toBeUndefined();
  });
});

describe('import file format', () => {
  it.each([
    ['企业名单.xlsx', 'xlsx'],
    ['企业名单.XLSX', 'xlsx'],
    ['export.2026.csv', 'csv'],
    ['企业名单.xls', null],
    ['csv', 'csv'],
    ['企业名单', null],
    ['', null],
  ])('reads the format of %s as %s', (fileName, format) => {
    // Act
    const found = importFormatOf(fileName);

    // Assess
    expect(found).toBe(format);
  });
});

describe('background task polling', () => {
  it.each([
    ['PENDING', false],
    ['RUNNING', false],
    ['DONE', true],
    ['FAILED', true],
  ] as const)('counts a %s task as settled: %s', (status, settled) => {
    // Act
    const found = isSettled({ id: 'I1', status });

    // Assess
    expect(found).toBe(settled);
  });

  it('counts no task as not settled and reads once a second', () => {
    // Act
    const found = isSettled(null);

    // Assess
    expect(found).toBe(false);
    expect(POLL_INTERVAL_MS).toBe(1000);
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { changePasswordSchema, loginSchema } from '#functions/identity/schemas/auth';
import { userCreateSchema, userStatusSchema, userUpdateSchema } from '#functions/identity/schemas/users';
import {
  gridCreateSchema,
  gridUpdateSchema,
  townCreateSchema,
  townUpdateSchema,
} from '#functions/org/schemas';
import type { LocalStack } from '#infra/local/stack';
import { signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { badPhone, invalidVariants } from '#tests/fixtures/invalid-payloads';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { countItems } from '#tests/fixtures/table-count';

const RUNS = 200;
let stack: LocalStack;
let headers: Record<string, string>;
const ids = { user: '', town: '', grid: '' };

beforeAll(async () => {
  stack = await startTestStack();
  ({ headers } = await signedIn(stack, { role: 'cityAdmin' }));
  const post = async (path: string, body: unknown) =>
    (await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(body) })).body as {
      id: string;
    };
  ids.town = (await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' })).id;
  ids.grid = (await post('/api/grids', { townId: ids.town, name: '湖塘镇第1网格' })).id;
  ids.user = (await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: ids.town })).user.id;
});
afterAll(async () => stack?.stop());

type Route = { method: string; path: () => string; schema: z.ZodType; valid: Record<string, unknown> };

const badPassword = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{8,20}$/),
  fc.stringMatching(/^\d{8,20}$/),
  fc.stringMatching(/^[A-Za-z0-9]{1,7}$/),
);
const badUsername = fc.oneof(
  fc.constantFrom('ab', 'Admin', '1admin', '管理员', 'a b c', `a${'x'.repeat(32)}`),
  fc.stringMatching(/^[A-Z][a-z0-9]{3,10}$/),
);
const badName = fc.oneof(
  fc.constant('   '),
  fc.string({ minLength: 65, maxLength: 80 }).filter((s) => s.trim().length > 64),
);
const user = { name: '赵六', phone: '13900001111', role: 'townOfficer', townId: 'x', isPrincipal: false };

/** Every route that writes, with a payload it accepts and the fields whose bad values it must refuse. */
const writes: [string, Route, string[], Record<string, fc.Arbitrary<unknown>>][] = [
  [
    'POST /api/auth/login',
    {
      method: 'POST',
      path: () => '/api/auth/login',
      schema: loginSchema,
      valid: { username: 'someone', password: 'x' },
    },
    ['username', 'password'],
    { username: fc.constantFrom('', '   ', 'x'.repeat(65)), password: fc.constantFrom('', 'x'.repeat(129)) },
  ],
  [
    'POST /api/me/password',
    {
      method: 'POST',
      path: () => '/api/me/password',
      schema: changePasswordSchema,
      valid: { currentPassword: TEST_PASSWORD, newPassword: 'Better2026' },
    },
    ['currentPassword', 'newPassword'],
    { newPassword: badPassword },
  ],
  [
    'POST /api/users',
    {
      method: 'POST',
      path: () => '/api/users',
      schema: userCreateSchema,
      valid: { ...user, username: 'new.officer', password: 'Start2026' },
    },
    ['username', 'password', 'name', 'phone', 'role'],
    {
      username: badUsername,
      password: badPassword,
      phone: badPhone,
      name: badName,
      role: fc.constantFrom('root', 'admin'),
    },
  ],
  [
    'PUT /api/users/{id}',
    { method: 'PUT', path: () => `/api/users/${ids.user}`, schema: userUpdateSchema, valid: user },
    ['name', 'phone', 'role'],
    { phone: badPhone, name: badName, isPrincipal: fc.constantFrom('yes', 1) },
  ],
  [
    'POST /api/users/{id}/status',
    {
      method: 'POST',
      path: () => `/api/users/${ids.user}/status`,
      schema: userStatusSchema,
      valid: { disabled: true },
    },
    ['disabled'],
    { disabled: fc.constantFrom('true', 'false', 0, 1) },
  ],
  [
    'POST /api/towns',
    {
      method: 'POST',
      path: () => '/api/towns',
      schema: townCreateSchema,
      valid: { districtId: 'wujin', name: '新镇' },
    },
    ['districtId', 'name'],
    { districtId: fc.constantFrom('shanghai', 'WUJIN', ''), name: badName },
  ],
  [
    'PUT /api/towns/{id}',
    {
      method: 'PUT',
      path: () => `/api/towns/${ids.town}`,
      schema: townUpdateSchema,
      valid: { name: '改名镇' },
    },
    ['name'],
    { name: badName },
  ],
  [
    'POST /api/grids',
    {
      method: 'POST',
      path: () => '/api/grids',
      schema: gridCreateSchema,
      valid: { townId: 'x', name: '新网格' },
    },
    ['townId', 'name'],
    { townId: fc.constantFrom('', 'x'.repeat(65)), name: badName },
  ],
  [
    'PUT /api/grids/{id}',
    {
      method: 'PUT',
      path: () => `/api/grids/${ids.grid}`,
      schema: gridUpdateSchema,
      valid: { name: '改名网格' },
    },
    ['name'],
    { name: badName },
  ],
];

describe('invalid identity and org payloads', () => {
  it.each(writes)(
    `refuses ${RUNS} generated invalid bodies for %s with a 400 and writes nothing`,
    async (_key, route, required, bad) => {
      // Prepare
      const before = await countItems(stack);
      const payloads = invalidVariants(route.valid, required, bad, route.schema);

      // Act
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          const answer = await callApi(stack, route.path(), {
            method: route.method,
            headers,
            body: JSON.stringify(payload),
          });
          statuses.add(answer.status);
          const { error } = answer.body as { error?: { code: string; message: string } };
          return answer.status === 400 && /[\u4e00-\u9fa5]/.test(error?.message ?? '');
        }),
        { numRuns: RUNS },
      );

      // Assess
      expect([...statuses]).toEqual([400]);
      expect(await countItems(stack)).toEqual(before);
    },
  );
});

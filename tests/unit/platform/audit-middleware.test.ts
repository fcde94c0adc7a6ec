import middy from '@middy/core';
import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { AuditEntryInput } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { audit } from '#functions/platform/http/audit';
import { httpErrors } from '#functions/platform/http/http-errors';
import { requestLog } from '#functions/platform/http/request-log';
import type { HttpContext, HttpEvent, HttpResult } from '#functions/platform/http/types';
import type { RouteSpec } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import { makeApiEvent, makeContext } from '#tests/fixtures/api-events';

const districtAdmin: Principal = {
  userId: 'A1',
  username: 'wujin',
  name: '武进管理员',
  role: 'districtAdmin',
  districtId: 'wujin',
};
const enterpriseUser: Principal = {
  userId: 'E1',
  username: 'ent',
  name: '企业用户',
  role: 'enterpriseUser',
  enterpriseId: 'e1',
};
const putUser: RouteSpec = {
  method: 'PUT',
  path: '/api/users/{id}',
  group: 'users',
  access: ['districtAdmin'],
  summary: 'test',
  response: z.object({}),
};
const getUser: RouteSpec = { ...putUser, method: 'GET' };
const change: AuditRecord = {
  action: 'update',
  entity: 'user',
  entityId: 'U9',
  districtId: 'wujin',
  before: { name: '赵六', phone: '13900001111', updatedAt: '1' },
  after: { name: '赵六', phone: '13900002222', updatedAt: '2' },
  summary: '修改账号',
};

interface Setup {
  spec?: RouteSpec;
  principal?: Principal | null;
  /** null: the handler leaves no audit record. */
  record?: AuditRecord | null;
  status?: number;
  append?: (entry: AuditEntryInput) => Promise<void>;
}

/** A handler that answers `status` and leaves `record`, behind the audit middleware. */
async function run({
  spec = putUser,
  principal = districtAdmin,
  record = change,
  status = 200,
  append,
}: Setup) {
  const caller = principal ?? undefined;
  const entries: AuditEntryInput[] = [];
  const handler = middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(requestLog())
    .use(httpErrors())
    .use({
      before: (request) => {
        request.context.route = spec;
        request.context.principal = caller;
      },
    })
    .use(
      audit({
        append: append ?? (async (entry) => void entries.push(entry)),
        now: () => new Date('2026-11-30T02:00:00Z'),
      }),
    )
    .handler(async (_event, context) => {
      if (record) context.audit = record;
      return { statusCode: status };
    });
  const event = makeApiEvent(`${spec.method} ${spec.path}`, { pathParameters: { id: 'U9' } });
  const result = await handler(event, makeContext() as HttpContext);
  return { result, entries };
}

describe('the audit middleware', () => {
  it('appends one entry per successful supervisor write: actor, scope, changes, request id, phones masked', async () => {
    // Act
    const { result, entries } = await run({});

    // Assess
    expect(result.statusCode).toBe(200);
    expect(entries).toEqual([
      {
        entryId: expect.stringMatching(/^[0-9A-Z]{26}$/),
        at: '2026-11-30T02:00:00.000Z',
        districtId: 'wujin',
        actorId: 'A1',
        actorName: '武进管理员',
        role: 'districtAdmin',
        actorScope: { districtId: 'wujin' },
        action: 'update',
        entity: 'user',
        entityId: 'U9',
        summary: '修改账号',
        changes: [{ field: 'phone', before: '139****1111', after: '139****2222' }],
        requestId: 'req-test-1',
        routeKey: 'PUT /api/users/{id}',
      },
    ]);
  });

  it('gives an entry an id that sorts at its own time, so the log reads newest first by time', async () => {
    // Act
    const { entries } = await run({});
    const [entry] = entries;

    // Assess: the ULID's time part is the entry's `at` (2026-11-30T02:00:00Z), not the wall clock
    expect(entry && new Date(decodeTime(entry.entryId)).toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });

  it('appends nothing for reads, failures, enterprise users or anonymous callers', async () => {
    // Act
    const outcomes = await Promise.all([
      run({ spec: getUser }),
      run({ status: 409 }),
      run({ principal: enterpriseUser }),
      run({ principal: null }),
    ]);

    // Assess
    for (const { entries } of outcomes) expect(entries).toEqual([]);
  });

  it('still records a supervisor write whose handler forgot its audit record', async () => {
    // Act
    const { entries } = await run({ record: null });

    // Assess
    expect(entries).toMatchObject([
      {
        action: 'unrecorded',
        entity: 'unknown',
        entityId: 'U9',
        districtId: 'wujin',
        summary: 'PUT /api/users/{id}',
        changes: [],
      },
    ]);
  });

  it('keeps the answer of a write whose audit append failed', async () => {
    // Act
    const { result } = await run({
      append: async () => {
        throw new Error('ProvisionedThroughputExceededException');
      },
    });

    // Assess
    expect(result.statusCode).toBe(200);
  });
});

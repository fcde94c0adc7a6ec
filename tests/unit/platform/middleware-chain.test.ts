import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConflictError } from '#functions/platform/errors';
import { httpErrors } from '#functions/platform/http/http-errors';
import { jsonBody } from '#functions/platform/http/json-body';
import { requestLog } from '#functions/platform/http/request-log';
import type { HttpContext, HttpEvent, HttpResult } from '#functions/platform/http/types';
import { validate } from '#functions/platform/http/validate';
import type { RouteSpec } from '#functions/platform/manifest-types';
import { bodyOf, makeApiEvent, makeContext } from '#tests/fixtures/api-events';

const enterpriseRoute: RouteSpec = {
  method: 'POST',
  path: '/api/things/{id}',
  group: 'test',
  access: 'public',
  summary: 'test',
  params: z.object({ id: z.string().length(26) }),
  query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
  body: z.object({ name: z.string().min(2), employees: z.number().int().min(0) }),
  response: z.object({ ok: z.boolean() }),
};

/** A tiny handler behind the same middlewares the route groups use. */
function makeHandler(body: (context: HttpContext) => Promise<HttpResult>) {
  return middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(requestLog())
    .use(httpErrors())
    .use(jsonBody())
    .use({
      before: (request) => {
        request.context.route = enterpriseRoute;
      },
    })
    .use(validate())
    .handler((_event, context) => body(context));
}

describe('the middleware chain', () => {
  it('gives 400 with every invalid field, in Chinese, and never reaches the handler', async () => {
    // Prepare
    let reached = false;
    const handler = makeHandler(async () => {
      reached = true;
      return { statusCode: 200 };
    });
    const event = makeApiEvent('POST /api/things/{id}', {
      pathParameters: { id: 'short' },
      queryStringParameters: { dryRun: 'maybe' },
      body: JSON.stringify({ name: 'x', employees: -1 }),
    });

    // Act
    const result = await handler(event, makeContext() as HttpContext);

    // Assess
    expect(reached).toBe(false);
    expect(result.statusCode).toBe(400);
    const { error } = bodyOf(result) as {
      error: { code: string; message: string; fields: { path: string }[] };
    };
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/请求参数有误/);
    expect(error.fields.map((field) => field.path).sort()).toEqual([
      'body.employees',
      'body.name',
      'params.id',
      'query.dryRun',
    ]);
    for (const field of error.fields)
      expect((field as unknown as { message: string }).message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('passes the parsed, validated input to the handler', async () => {
    // Prepare
    let seen: unknown;
    const handler = makeHandler(async (context) => {
      seen = context.input;
      return { statusCode: 204 };
    });
    const event = makeApiEvent('POST /api/things/{id}', {
      pathParameters: { id: '01JDQ0000000000000000000AB' },
      body: JSON.stringify({ name: '常州某机械有限公司', employees: 12 }),
    });

    // Act
    const result = await handler(event, makeContext() as HttpContext);

    // Assess
    expect(result.statusCode).toBe(204);
    expect(seen).toEqual({
      params: { id: '01JDQ0000000000000000000AB' },
      query: {},
      body: { name: '常州某机械有限公司', employees: 12 },
    });
  });

  it('maps a typed domain error to its status and code', async () => {
    // Prepare
    const handler = makeHandler(async () => {
      throw new ConflictError('DUPLICATE_CREDIT_CODE', '该统一社会信用代码已登记');
    });
    const event = makeApiEvent('POST /api/things/{id}', {
      pathParameters: { id: '01JDQ0000000000000000000AB' },
      body: JSON.stringify({ name: 'abc', employees: 1 }),
    });

    // Act
    const result = await handler(event, makeContext() as HttpContext);

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toEqual({
      error: { code: 'DUPLICATE_CREDIT_CODE', message: '该统一社会信用代码已登记', requestId: 'req-test-1' },
    });
  });

  it('turns an unexpected error into a 500 with the request id and no internals', async () => {
    // Prepare
    const handler = makeHandler(async () => {
      throw new Error('ConditionalCheckFailed on table main-secret at /var/task/index.mjs');
    });
    const event = makeApiEvent('POST /api/things/{id}', {
      pathParameters: { id: '01JDQ0000000000000000000AB' },
      body: JSON.stringify({ name: 'abc', employees: 1 }),
    });

    // Act
    const result = await handler(event, makeContext() as HttpContext);

    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toMatch(/secret|var\/task|Conditional/);
    expect(bodyOf(result)).toMatchObject({ error: { code: 'INTERNAL', requestId: 'req-test-1' } });
    expect(result.headers?.['x-request-id']).toBe('req-test-1');
  });
});

import { describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import { handler as docsHandler } from '#functions/system/handlers/docs';
import { handler } from '#functions/system/handlers/health';
import { bodyOf, makeApiEvent, makeContext } from '#tests/fixtures/api-events';

describe('the system route group', () => {
  it('answers the health check with the version and the security headers', async () => {
    // Act
    const result = await handler(makeApiEvent('GET /api/health'), makeContext());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ status: 'ok', version: '0.0.0-test' });
    expect(result.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': 'req-test-1',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });
  });

  it('publishes an OpenAPI 3.1 document in which every manifest route appears', async () => {
    // Act
    const result = await docsHandler(makeApiEvent('GET /api/openapi.json'), makeContext());

    // Assess
    const document = bodyOf(result) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(result.statusCode).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map(routeKey).sort());
  });

  it('answers 404 with a Chinese message for a route key this group does not serve', async () => {
    // Act
    const result = await handler(makeApiEvent('GET /api/elsewhere'), makeContext());

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toEqual({
      error: { code: 'NOT_FOUND', message: '接口不存在，请检查地址', requestId: 'req-test-1' },
    });
  });

  it('refuses a body over 256 KB with 413 before doing anything else', async () => {
    // Prepare
    const body = JSON.stringify({ text: 'x'.repeat(256 * 1024) });

    // Act
    const result = await handler(makeApiEvent('GET /api/health', { body }), makeContext());

    // Assess
    expect(result.statusCode).toBe(413);
    expect(bodyOf(result)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', requestId: 'req-test-1' } });
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it('refuses malformed JSON with 400 and a non-JSON body with 415', async () => {
    // Act
    const malformed = await handler(makeApiEvent('GET /api/health', { body: '{"a":' }), makeContext());
    const form = await handler(
      makeApiEvent('GET /api/health', {
        body: 'a=1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      makeContext(),
    );

    // Assess
    expect(malformed.statusCode).toBe(400);
    expect(bodyOf(malformed)).toMatchObject({ error: { code: 'INVALID_JSON' } });
    expect(form.statusCode).toBe(415);
    expect(bodyOf(form)).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });
});

import * as z from 'zod';
import { readEnv } from '#functions/lib/env';
import { httpGroup } from '#functions/lib/http-group';
import { openApiDocument } from '#functions/lib/openapi';
import { ok } from '#functions/lib/respond';

const env = readEnv({ APP_VERSION: z.string().min(1) });
let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = httpGroup('system', {
  'GET /api/health': async () => ok({ status: 'ok' as const, version: env.APP_VERSION }),
  'GET /api/openapi.json': async () => {
    document ??= openApiDocument(env.APP_VERSION);
    return ok(document, { 'cache-control': 'public, max-age=300' });
  },
});

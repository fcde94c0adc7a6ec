import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';
import { systemManifest } from '#functions/system/manifest';
import { openApiDocument } from '#functions/system/openapi';

const env = readEnv({ APP_VERSION: z.string().min(1) });
let document: ReturnType<typeof openApiDocument> | undefined;

/** 接口文档: the one function that reads every capability's manifest (the OpenAPI document covers them all). */
export const handler = httpGroup(systemManifest.routes, 'docs', {
  'GET /api/openapi.json': async () => {
    document ??= openApiDocument(env.APP_VERSION);
    return ok(document, { 'cache-control': 'public, max-age=300' });
  },
});

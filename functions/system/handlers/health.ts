import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';
import { systemManifest } from '#functions/system/manifest';

const env = readEnv({ APP_VERSION: z.string().min(1) });

/** 健康检查: public, no table, the smallest bundle of all. */
export const handler = httpGroup(systemManifest.routes, 'system', {
  'GET /api/health': async () => ok({ status: 'ok' as const, version: env.APP_VERSION }),
});

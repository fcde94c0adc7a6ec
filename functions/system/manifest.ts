import { capability, route } from '#functions/platform/manifest-types';
import { healthSchema, openApiDocumentSchema } from '#functions/system/schemas';

/** Route groups (one Lambda each), routes, jobs and events of the system capability. */
export const systemManifest = capability({
  groups: {
    system: {
      description: '健康检查与接口文档',
      handler: 'system/handlers/health',
      grants: {},
    },
    docs: {
      description: '接口文档（OpenAPI，汇总所有能力的接口）',
      handler: 'system/handlers/docs',
      grants: {},
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/health',
      group: 'system',
      access: 'public',
      summary: '健康检查',
      response: healthSchema,
    }),
    route({
      method: 'GET',
      path: '/api/openapi.json',
      group: 'docs',
      tag: 'system',
      access: 'public',
      summary: '接口文档（OpenAPI 3.1）',
      response: openApiDocumentSchema,
    }),
  ],
  jobs: [
    {
      name: 'heartbeat',
      description: '调度心跳：每 10 分钟记录一次运行，便于确认定时任务在运行',
      cron: '*/10 * * * *',
      handler: 'system/jobs/heartbeat',
      grants: { tables: { main: 'readWrite' } },
    },
  ],
  events: [],
});

import { auditEntrySchema, auditListQuerySchema } from '#functions/audit/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the audit capability. */
export const auditManifest = capability({
  groups: {
    audit: {
      description: '操作日志',
      handler: 'audit/handler',
      grants: { tables: { main: 'read', keys: 'read', audit: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/audit',
      group: 'audit',
      access: managers,
      summary: '操作日志（只读）',
      query: auditListQuerySchema,
      response: pageOf(auditEntrySchema),
    }),
  ],
  jobs: [],
  events: [],
});

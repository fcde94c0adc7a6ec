import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';
import { scanCreateSchema, scanListQuerySchema, scanSchema } from '#functions/scans/schemas';

/** Route groups (one Lambda each), routes, jobs and events of the scans capability (扫码自查). */
export const scansManifest = capability({
  groups: {
    scans: {
      description: '扫码自查记录',
      handler: 'scans/handler',
      // audit: a hazard found by a scan is audited by the hazards capability, in this request.
      grants: { tables: { main: 'readWrite', keys: 'read', audit: 'append' } },
    },
  },
  routes: [
    route({
      method: 'POST',
      path: '/api/scans',
      group: 'scans',
      access: ['enterpriseUser'],
      summary: '提交扫码自查（按 clientScanId 幂等；不符合或发现隐患时生成隐患）',
      body: scanCreateSchema,
      response: scanSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/scans',
      group: 'scans',
      access: everyone,
      summary: '扫码记录（按企业、风险点、辖区、镇、日期、逾期、主要负责人筛选）',
      query: scanListQuerySchema,
      response: pageOf(scanSchema),
    }),
    route({
      method: 'GET',
      path: '/api/scans/{id}',
      group: 'scans',
      access: everyone,
      summary: '扫码记录详情',
      params: idParamsSchema,
      response: scanSchema,
    }),
  ],
  jobs: [],
  events: [],
});

import { patrolRatesCron } from '#functions/patrol-insights/jobs/schedule';
import {
  patrolRateQuerySchema,
  patrolRatesSchema,
  repeatedFindingQuerySchema,
  repeatedFindingSchema,
} from '#functions/patrol-insights/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { supervisors } from '#functions/platform/roles';
import { pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the patrol-insights capability (巡查率、重复发现). */
export const patrolInsightsManifest = capability({
  groups: {
    patrolInsights: {
      description: '巡查统计（巡查率快照、重复发现）',
      handler: 'patrol-insights/handler',
      // keys read: the token verifier reads the signing keys (authenticate)
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/patrol-rates',
      group: 'patrolInsights',
      access: supervisors,
      summary:
        '巡查率（月或季度）：全市、辖市区、镇街或网格（本辖区内），期内巡查过的在网格企业 / 在网格企业，读取每小时计算的快照',
      query: patrolRateQuerySchema,
      response: patrolRatesSchema,
    }),
    route({
      method: 'GET',
      path: '/api/patrol-repeated-findings',
      group: 'patrolInsights',
      access: supervisors,
      summary:
        '重复发现：近 90 天内同一企业在 2 次及以上巡查中同一检查项不符合或发现同类隐患（按镇街，含各次巡查日期与是否仍未改正）',
      query: repeatedFindingQuerySchema,
      response: pageOf(repeatedFindingSchema),
    }),
  ],
  jobs: [
    {
      name: 'patrol-rates',
      description:
        '巡查率：每小时按辖市区读取在网格企业与本月、本季度（期初首日另含上一期）的巡查记录各一次，写入全市、辖市区、镇街与网格的巡查率快照；可按辖市区分段并行（segment / totalSegments）',
      cron: patrolRatesCron,
      handler: 'patrol-insights/jobs/patrol-rates',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
  events: [],
});

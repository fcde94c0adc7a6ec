import { overdueCron } from '#functions/metrics/domain/overdue-period';
import { periodMetricsCron } from '#functions/metrics/domain/period-schedule';
import {
  overdueQuerySchema,
  overdueResponseSchema,
  trendQuerySchema,
  trendResponseSchema,
} from '#functions/metrics/schemas';
import { periodQuerySchema, periodResponseSchema } from '#functions/metrics/schemas-period';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';

/** Route groups (one Lambda each), routes, jobs and events of the metrics capability (逾期率、期间指标、趋势). */
export const metricsManifest = capability({
  groups: {
    metrics: {
      description: '统计指标（风险逾期率、趋势、期间指标）',
      handler: 'metrics/handler',
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/metrics/overdue',
      group: 'metrics',
      access: everyone,
      summary: '风险逾期率：全市、辖市区、镇街或企业（本辖区内），当前整点或某日日终；可按逾期最多排序',
      query: overdueQuerySchema,
      response: overdueResponseSchema,
    }),
    route({
      method: 'GET',
      path: '/api/metrics/trend',
      group: 'metrics',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer'],
      summary: '风险逾期率每日趋势（全市、辖市区或镇街，默认近 90 天）',
      query: trendQuerySchema,
      response: trendResponseSchema,
    }),
    route({
      method: 'GET',
      path: '/api/metrics/period',
      group: 'metrics',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer', 'enterpriseUser'],
      summary:
        '季度指标：使用率、主要负责人参与率、户均风险点与自查隐患、按期整改、逾期率，辖市区排名与环比（企业用户看本企业）',
      query: periodQuerySchema,
      response: periodResponseSchema,
    }),
  ],
  jobs: [
    {
      name: 'overdue',
      description:
        '风险逾期：每小时读取全部在用风险点一次，写入企业、镇街、辖市区与全市的逾期快照；北京时间零点一并写入前一日日终快照',
      cron: overdueCron,
      handler: 'metrics/jobs/overdue',
      grants: { tables: { main: 'readWrite' } },
    },
    {
      name: 'period-metrics',
      description:
        '季度指标：每晚（北京时间 01:30）先修复扫码计数，再按索引读取企业、季度扫码计数、期内到期隐患与逾期日终快照，计算本季度截至昨日的指标；每季度首日计算上季度终值',
      cron: periodMetricsCron,
      handler: 'metrics/jobs/period-metrics',
      grants: { tables: { main: 'readWrite' } },
    },
  ],
  events: [],
});

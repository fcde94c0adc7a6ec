import { dustLadderCron } from '#functions/dust-ladder/domain/schedule';
import { dustRateCron } from '#functions/dust-ladder/jobs/rate-schedule';
import { dustRateQuerySchema, dustRateResponseSchema } from '#functions/dust-ladder/schemas';
import { capability, route } from '#functions/platform/manifest-types';

/** The dust ladder (一天提醒、三天督促、七天核查) and the dust upload rate (上报率): two jobs and one route. */
export const dustLadderManifest = capability({
  groups: {
    dustMetrics: {
      description: '粉尘清扫上报率（全市、辖市区、镇街、场所；未上报场所；趋势）',
      handler: 'dust-ladder/handler',
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/metrics/dust',
      group: 'dustMetrics',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer'],
      summary: '粉尘清扫上报率：某日（默认今日最新）各层级上报率、范围内未上报场所，可带近 N 天趋势与均值',
      query: dustRateQuerySchema,
      response: dustRateResponseSchema,
    }),
  ],
  jobs: [
    {
      name: 'dust-ladder',
      description:
        '粉尘清扫阶梯：每日（默认北京时间 18:00）读取在用场所一次，连续未上报 1 天短信提醒、3 天督促主要负责人并派镇街任务、7 天派辖市区现场核查任务；同时写今日上报率快照',
      cron: dustLadderCron(),
      handler: 'dust-ladder/jobs/ladder',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 900,
    },
    {
      name: 'dust-rate',
      description: '粉尘清扫上报率快照：每小时写今日截至当时的上报率；零点后一次写前一日终值',
      cron: dustRateCron,
      handler: 'dust-ladder/jobs/rate',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
  events: [],
});

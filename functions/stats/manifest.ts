import { capability, route } from '#functions/platform/manifest-types';
import { supervisors } from '#functions/platform/roles';
import { STATS_REFRESH_MINUTES, statsCron } from '#functions/stats/domain/schedule';
import { statsSchema } from '#functions/stats/schemas';

/**
 * Route groups (one Lambda each), routes, jobs and events of the stats capability: the dashboard's counts,
 * precomputed by a job and read as one item, until the metrics capability's snapshots take over.
 */
export const statsManifest = capability({
  groups: {
    // Not `stats`: that is the job's name, and local IAM knows each function by its name.
    dashboard: {
      description: '首页统计（企业、网格覆盖、账号、今日消息）',
      handler: 'stats/handler',
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/stats',
      group: 'dashboard',
      access: supervisors,
      summary: '本辖区统计：企业按辖区与经营状态、网格覆盖、账号、今日消息（定时计算）',
      response: statsSchema,
    }),
  ],
  jobs: [
    {
      name: 'stats',
      description: `首页统计：每 ${STATS_REFRESH_MINUTES} 分钟按索引读取企业、账号与当日消息，重新计算各辖区的计数`,
      cron: statsCron,
      handler: 'stats/jobs/stats',
      grants: { tables: { main: 'readWrite' } },
    },
  ],
  events: [],
});

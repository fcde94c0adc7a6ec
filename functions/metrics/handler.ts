import { authenticate } from '#functions/identity/index';
import { metricsManifest } from '#functions/metrics/manifest';
import { findOverdue } from '#functions/metrics/store/overdue-reads';
import { findPeriod } from '#functions/metrics/store/period-reads';
import { findTrend } from '#functions/metrics/store/trend-reads';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/** 统计指标: precomputed snapshots only, read by key (the jobs compute; no route counts). */
export const handler = httpGroup(
  metricsManifest.routes,
  'metrics',
  {
    'GET /api/metrics/overdue': async ({ principal, query }) => ok(await findOverdue(principal, query)),
    'GET /api/metrics/trend': async ({ principal, query, now }) => ok(await findTrend(principal, query, now)),
    'GET /api/metrics/period': async ({ principal, query, now }) =>
      ok(await findPeriod(principal, query, now)),
  },
  { authenticate: authenticate() },
);

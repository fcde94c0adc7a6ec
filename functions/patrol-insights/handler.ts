import { authenticate } from '#functions/identity/index';
import { patrolInsightsManifest } from '#functions/patrol-insights/manifest';
import { listRepeatedFindings } from '#functions/patrol-insights/store/findings';
import { findPatrolRates } from '#functions/patrol-insights/store/rates';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/** 巡查统计: the rates are the job's snapshots read by key; the repeated findings one town's 90 days of patrols. */
export const handler = httpGroup(
  patrolInsightsManifest.routes,
  'patrolInsights',
  {
    'GET /api/patrol-rates': async ({ principal, query, now }) =>
      ok(await findPatrolRates(principal, query, now)),
    'GET /api/patrol-repeated-findings': async ({ principal, query, now }) =>
      ok(await listRepeatedFindings(principal, query, now)),
  },
  { authenticate: authenticate() },
);

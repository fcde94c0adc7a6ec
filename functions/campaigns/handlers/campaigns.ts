import { campaignsManifest } from '#functions/campaigns/manifest';
import { createCampaign, listCampaigns, showCampaign } from '#functions/campaigns/store/campaigns';
import { countTargets } from '#functions/campaigns/store/count';
import { runSend } from '#functions/campaigns/store/send';
import { startSend } from '#functions/campaigns/store/start';
import { submitAnswers } from '#functions/campaigns/store/submit';
import { listTargets, myCampaign, myCampaigns } from '#functions/campaigns/store/targets';
import { targetView } from '#functions/campaigns/store/views';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { now as clockNow } from '#functions/platform/clock';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page } from '#functions/platform/respond';

/** The send route records the first chunks itself (a small campaign is sent on return); the job does the rest. */
const SEND_IN_REQUEST_MS = 3000;

/** 自查清单: console routes (city, district) and the enterprise's phone routes. */
export const handler = httpGroup(
  campaignsManifest.routes,
  'campaigns',
  {
    'GET /api/campaigns': async ({ principal, query, now }) => {
      const { data, nextCursor } = await listCampaigns(principal, query, now);
      return page(data, nextCursor);
    },
    'POST /api/campaigns': async ({ principal, body, now }) => {
      const { item, audit } = await createCampaign(principal, body, now);
      return created(await showCampaign(principal, item.campaignId, now), audit);
    },
    'GET /api/campaign-targets/count': async ({ principal, query }) =>
      ok(await countTargets(principal, query)),
    'GET /api/campaigns/{id}': async ({ principal, params, now }) =>
      ok(await showCampaign(principal, params.id, now)),
    'POST /api/campaigns/{id}/send': async ({ principal, params, now }) => {
      const { item, audit } = await startSend(principal, params.id, now);
      if (item.status !== 'draft') await runSend(params.id, clockNow, SEND_IN_REQUEST_MS);
      return { status: 202, body: await showCampaign(principal, params.id, now), audit };
    },
    'GET /api/campaigns/{id}/targets': async ({ principal, params, query }) => {
      const { data, nextCursor } = await listTargets(principal, params.id, query);
      return page(data, nextCursor);
    },
    'GET /api/my-campaigns': async ({ principal, query, now }) => {
      const { data, nextCursor } = await myCampaigns(principal, query, now);
      return page(data, nextCursor);
    },
    'GET /api/campaigns/{id}/mine': async ({ principal, params, now }) =>
      ok(await myCampaign(principal, params.id, now)),
    'POST /api/campaigns/{id}/answers': async ({ principal, params, body, now, requestId }) => {
      const context = { now, requestId, routeKey: 'POST /api/campaigns/{id}/answers' };
      const { target, replayed } = await submitAnswers(principal, params.id, body, context);
      const view = targetView(target, true);
      return replayed ? ok(view) : created(view);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);

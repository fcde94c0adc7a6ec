import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page, written } from '#functions/platform/respond';
import { checkLevelLabels } from '#functions/zeroing/domain/levels';
import { zeroingManifest } from '#functions/zeroing/manifest';
import { campaignBoard } from '#functions/zeroing/store/board';
import { campaignItem, createCampaign, listCampaigns } from '#functions/zeroing/store/campaigns';
import { listChecks, recordCheck } from '#functions/zeroing/store/checks';
import { listEntries, listMajorHazards } from '#functions/zeroing/store/entries';
import { importList } from '#functions/zeroing/store/import';
import { toCampaign, zeroingAudit } from '#functions/zeroing/store/views';

/**
 * 百日清零: the city creates a campaign and lists enterprises' hazards (picked from major hazards or imported from
 * XLSX); checks are recorded at three levels; the board counts what is not zeroed and what has closed since.
 * Every write is audited by the audit middleware from the record the handler returns. The list routes of an
 * unknown campaign answer 404, as its detail does (checked when the page is empty, after the cursor: a bad
 * cursor is a 400 naming it, whatever the id).
 */
export const handler = httpGroup(
  zeroingManifest.routes,
  'zeroing',
  {
    'GET /api/zeroing-campaigns': async ({ query }) => {
      const { data, nextCursor } = await listCampaigns(query);
      return page(data, nextCursor);
    },
    'POST /api/zeroing-campaigns': async ({ principal, body, now }) => {
      const campaign = await createCampaign(principal, body, now);
      const summary = `新建百日清零行动：${campaign.name}（${campaign.startDate} 至 ${campaign.endDate}）`;
      return created(campaign, zeroingAudit('create', 'zeroingCampaign', campaign.id, summary, campaign));
    },
    'GET /api/zeroing-campaigns/{id}': async ({ params }) => ok(toCampaign(await campaignItem(params.id))),
    'GET /api/zeroing-campaigns/{id}/entries': async ({ principal, params, query }) => {
      const { limit, cursor, districtId } = query;
      const { data, nextCursor } = await listEntries(principal, params.id, districtId, { limit, cursor });
      if (data.length === 0) await campaignItem(params.id);
      return page(data, nextCursor);
    },
    'POST /api/zeroing-campaigns/{id}/entries': async ({ params, body, now }) => {
      const campaign = await campaignItem(params.id);
      const result = await listMajorHazards(campaign.campaignId, body.hazardIds, now);
      const summary = `百日清零「${campaign.name}」列入重大隐患 ${result.hazardsAdded} 条（${result.enterprises} 家企业）`;
      return written(result, zeroingAudit('update', 'zeroingCampaign', campaign.campaignId, summary, result));
    },
    'POST /api/zeroing-campaigns/{id}/imports': async ({ principal, params, body, now, requestId }) => {
      const campaign = await campaignItem(params.id);
      const result = await importList(principal, campaign.campaignId, body, now, requestId);
      const summary = `百日清零「${campaign.name}」导入清零名单 ${result.rows} 行（${result.enterprises} 家企业）：${body.fileName}`;
      return written(result, zeroingAudit('import', 'zeroingCampaign', campaign.campaignId, summary, result));
    },
    'GET /api/zeroing-campaigns/{id}/checks': async ({ principal, params, query }) => {
      const { limit, cursor, ...filter } = query;
      const { data, nextCursor } = await listChecks(principal, params.id, filter, { limit, cursor });
      if (data.length === 0) await campaignItem(params.id);
      return page(data, nextCursor);
    },
    'POST /api/zeroing-campaigns/{id}/checks': async ({ principal, params, body, now }) => {
      const campaign = await campaignItem(params.id);
      const check = await recordCheck(principal, campaign, body, now);
      const verdict = check.zeroed ? '已清零' : '未清零';
      const summary = `百日清零${checkLevelLabels[check.level]}检查：${check.enterpriseName}（${check.checkedOn}）${verdict}`;
      const after = { level: check.level, checkedOn: check.checkedOn, zeroed: check.zeroed };
      return created(
        check,
        zeroingAudit('create', 'zeroingCheck', check.id, summary, after, check.districtId),
      );
    },
    'GET /api/zeroing-campaigns/{id}/board': async ({ principal, params }) =>
      ok(await campaignBoard(principal, await campaignItem(params.id))),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);

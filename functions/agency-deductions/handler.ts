import { agencyDeductionsManifest } from '#functions/agency-deductions/manifest';
import { createAppeal, decideAppeal } from '#functions/agency-deductions/store/appeals';
import { createDeduction, revokeDeduction } from '#functions/agency-deductions/store/deductions';
import { deductionDetail, getAppeal, getDeduction } from '#functions/agency-deductions/store/details';
import { grantEvidence } from '#functions/agency-deductions/store/evidence';
import { listAppeals, listDeductions } from '#functions/agency-deductions/store/lists';
import { appealView } from '#functions/agency-deductions/store/views';
import { authenticate } from '#functions/identity/index';
import { evidenceStatus } from '#functions/photos/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { NotFoundError } from '#functions/platform/errors';
import { httpGroup } from '#functions/platform/http/group';
import { newId } from '#functions/platform/ids';
import { logger } from '#functions/platform/logger';
import { isSupervisor, type Principal } from '#functions/platform/principal';
import { created, ok, page, written } from '#functions/platform/respond';

/**
 * The audit middleware records supervisors' writes; an agency user's (an appeal, an evidence upload) is audited
 * here the same way, and a failed append does not undo it.
 */
async function appendAudit(
  principal: Principal,
  record: AuditRecord,
  requestId: string,
  now: Date,
  route: string,
) {
  const entry = auditEntryOf(record, principal, { entryId: newId(now), at: now, requestId, routeKey: route });
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    logger.error('audit append failed', { error, entry });
  }
}

/** 中介机构考评扣分与申诉: scope, conditions and counters live in the store functions. */
export const handler = httpGroup(
  agencyDeductionsManifest.routes,
  'agencyDeductions',
  {
    'GET /api/agency-deductions': async ({ principal, query, now }) => {
      const { data, nextCursor } = await listDeductions(principal, query, now);
      return page(data, nextCursor);
    },
    'POST /api/agency-deductions': async ({ principal, body, now }) => {
      const { item, audit } = await createDeduction(principal, body, now);
      return created(await deductionDetail(item), audit);
    },
    'POST /api/agency-deductions/evidence-uploads': async ({ principal, body, now, requestId }) => {
      const { ticket, audit } = await grantEvidence(principal, body.agencyId, body.contentType, now);
      if (!isSupervisor(principal))
        await appendAudit(principal, audit, requestId, now, 'POST /api/agency-deductions/evidence-uploads');
      return created(ticket, audit);
    },
    'GET /api/agency-deductions/evidence-uploads/{id}': async ({ principal, params }) => {
      const status = await evidenceStatus(params.id, principal.userId);
      if (!status) throw new NotFoundError('证据文件不存在或不是您上传的');
      return ok(status);
    },
    'GET /api/agency-deductions/{id}': async ({ principal, params }) =>
      ok(await getDeduction(principal, params.id)),
    'POST /api/agency-deductions/{id}/revoke': async ({ principal, params, body, now }) => {
      const { item, audit } = await revokeDeduction(principal, params.id, body.reason, now);
      return written(await deductionDetail(item), audit);
    },
    'POST /api/agency-deductions/{id}/appeal': async ({ principal, params, body, now, requestId }) => {
      const { item, audit } = await createAppeal(principal, params.id, body, now);
      await appendAudit(principal, audit, requestId, now, 'POST /api/agency-deductions/{id}/appeal');
      return created(appealView(item));
    },
    'GET /api/agency-appeals': async ({ principal, query }) => {
      const { data, nextCursor } = await listAppeals(principal, query);
      return page(data, nextCursor);
    },
    'GET /api/agency-appeals/{id}': async ({ principal, params }) =>
      ok(await getAppeal(principal, params.id)),
    'POST /api/agency-appeals/{id}/decide': async ({ principal, params, body, now }) => {
      const { item, audit } = await decideAppeal(principal, params.id, body, now);
      return written(appealView(item), audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);

import { hazardsManifest } from '#functions/hazards/manifest';
import { createHazard, getHazard, rectifyHazard, reviewHazard } from '#functions/hazards/store/hazards';
import { listHazards } from '#functions/hazards/store/list';
import { toHazard } from '#functions/hazards/store/records';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { httpGroup } from '#functions/platform/http/group';
import { newId } from '#functions/platform/ids';
import { logger } from '#functions/platform/logger';
import type { Principal } from '#functions/platform/principal';
import { created, ok, page, written } from '#functions/platform/respond';

/**
 * The audit middleware records supervisors' writes; an enterprise user's rectification is audited here, the
 * same way (DOMAIN.md: every hazard step is in the log), and like there a failed append does not undo it.
 */
async function auditEnterpriseWrite(principal: Principal, record: AuditRecord, requestId: string, now: Date) {
  const meta = { entryId: newId(now), at: now, requestId, routeKey: 'POST /api/hazards/{id}/rectification' };
  const entry = auditEntryOf(record, principal, meta);
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    logger.error('audit append failed', { error, entry });
  }
}

/** 隐患: scope, the state machine and the conditional writes live in the store functions, not here. */
export const handler = httpGroup(
  hazardsManifest.routes,
  'hazards',
  {
    'GET /api/hazards': async ({ query: { limit, cursor, ...filter }, principal, now }) => {
      const { data, nextCursor } = await listHazards(principal, filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'POST /api/hazards': async ({ body, principal, now }) => {
      const { item, audit } = await createHazard(principal, body, now);
      return created(toHazard(item, now), audit);
    },
    'GET /api/hazards/{id}': async ({ params, principal, now }) =>
      ok(await getHazard(principal, params.id, now)),
    'POST /api/hazards/{id}/rectification': async ({ params, body, principal, now, requestId }) => {
      const { item, audit } = await rectifyHazard(principal, params.id, body, now);
      await auditEnterpriseWrite(principal, audit, requestId, now);
      return ok(toHazard(item, now));
    },
    'POST /api/hazards/{id}/review': async ({ params, body, principal, now }) => {
      const { item, audit } = await reviewHazard(principal, params.id, body, now);
      return written(toHazard(item, now), audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);

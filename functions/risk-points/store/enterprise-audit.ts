import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { newId } from '#functions/platform/ids';
import { logger } from '#functions/platform/logger';
import type { Principal } from '#functions/platform/principal';

/**
 * The audit middleware logs supervisor writes; an enterprise user's risk-point writes are logged too (the issue's
 * audit trail follows a point from the enterprise's phone to the supervisor), here, with the same entry shape.
 * Like the middleware, a failed append does not undo the write; it goes to the error log.
 */
export async function auditEnterpriseWrite(
  principal: Principal,
  record: AuditRecord,
  meta: { requestId: string; routeKey: string; at: Date },
): Promise<void> {
  if (principal.role !== 'enterpriseUser') return;
  const entry = auditEntryOf(record, principal, { entryId: newId(meta.at), ...meta });
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    logger.error('audit append failed', { error, entry });
  }
}

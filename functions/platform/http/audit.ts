import { type AuditEntryInput, auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { now as clockNow } from '#functions/platform/clock';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';
import { newId } from '#functions/platform/ids';
import { logger } from '#functions/platform/logger';
import { routeKey } from '#functions/platform/manifest-types';
import { isSupervisor } from '#functions/platform/principal';

export interface AuditOptions {
  /** Appends one entry: `appendAuditEntry` (PutItem, attribute_not_exists), passed in by groups that write. */
  append: (entry: AuditEntryInput) => Promise<void>;
  now?: () => Date;
}

/**
 * After a successful (2xx) non-GET request by a supervisor, appends one audit item from the handler's
 * `Reply.audit`. A supervisor write without one is a bug: a generic item is written and an error logged.
 * An append that fails does not undo the write it describes; the entry goes to the error log instead.
 */
export function audit({ append, now = clockNow }: AuditOptions): HttpMiddleware {
  const auditAfter = async (request: HttpRequest): Promise<void> => {
    const { context, response, event } = request;
    const route = context.route;
    const status = response?.statusCode ?? 0;
    if (!route || route.method === 'GET' || status < 200 || status > 299) return;
    const principal = context.principal;
    if (!principal || !isSupervisor(principal)) return;
    const key = routeKey(route);
    let record: AuditRecord | undefined = context.audit;
    if (!record) {
      logger.error('supervisor write without an audit record', { routeKey: key });
      const entityId = event.pathParameters?.id ?? '-';
      const districtId = principal.districtId ?? null;
      record = { action: 'unrecorded', entity: 'unknown', entityId, districtId, summary: key };
    }
    // The id carries the entry's own time, so the log (read in id order) is newest first by `at` too.
    const at = now();
    const meta = { entryId: newId(at), at, requestId: context.requestId, routeKey: key };
    const entry = auditEntryOf(record, principal, meta);
    try {
      await append(entry);
    } catch (error) {
      logger.error('audit append failed', { error, entry });
    }
  };
  return { after: auditAfter };
}

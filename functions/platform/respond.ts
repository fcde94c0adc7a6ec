import type { AuditRecord } from '#functions/platform/audit/record';

/** What a route handler returns; the group handler turns it into the API Gateway result. */
export interface Reply<T = unknown> {
  readonly status: 200 | 201 | 202 | 204;
  readonly body?: T;
  readonly headers?: Readonly<Record<string, string>>;
  /** The change a write made, for the audit log; required of every supervisor write (AuditedReply). */
  readonly audit?: AuditRecord;
}

/** The reply of a supervisor write route: its type will not compile without the audit record. */
export interface AuditedReply<T = unknown> extends Reply<T> {
  readonly audit: AuditRecord;
}

export function ok<T>(body: T, headers?: Record<string, string>): Reply<T> {
  return headers ? { status: 200, body, headers } : { status: 200, body };
}

/** A created record; with its audit record when a supervisor created it. */
export function created<T>(body: T): Reply<T>;
export function created<T>(body: T, audit: AuditRecord): AuditedReply<T>;
export function created<T>(body: T, audit?: AuditRecord): Reply<T> {
  return audit ? { status: 201, body, audit } : { status: 201, body };
}

/** A successful write: the new state and what changed. */
export function written<T>(body: T, audit: AuditRecord): AuditedReply<T> {
  return { status: 200, body, audit };
}

/** A write with nothing to answer (204). */
export function noContent(): Reply<never>;
export function noContent(audit: AuditRecord): AuditedReply<never>;
export function noContent(audit?: AuditRecord): Reply<never> {
  return audit ? { status: 204, audit } : { status: 204 };
}

/** A cursor page: DynamoDB has no cheap total count, so lists say only where to continue. */
export function page<T>(
  data: T[],
  nextCursor: string | null,
): Reply<{ data: T[]; nextCursor: string | null }> {
  return { status: 200, body: { data, nextCursor } };
}

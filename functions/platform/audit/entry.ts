import { type AuditRecord, changedFields } from '#functions/platform/audit/record';
import type { Role } from '#functions/platform/manifest-types';
import { MOBILE_PATTERN, maskPhone } from '#functions/platform/phone';
import type { Principal } from '#functions/platform/principal';

/** One audit item as the audit table stores it and `GET /api/audit` returns it. */
export interface AuditEntryInput {
  entryId: string;
  at: string;
  districtId?: string;
  actorId: string;
  actorName: string;
  role: Role;
  actorScope: { districtId?: string; townId?: string; gridId?: string; enterpriseId?: string };
  action: string;
  entity: string;
  entityId: string;
  summary?: string;
  changes: { field: string; before: unknown; after: unknown }[];
  requestId: string;
  routeKey: string;
}

/** Phone numbers are personal data: masked wherever they appear in a change, under any key. */
export function maskPersonalData(value: unknown, key = ''): unknown {
  if (typeof value === 'string')
    return /phone|mobile/i.test(key) || MOBILE_PATTERN.test(value) ? (maskPhone(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPersonalData(v, k)]));
  return value;
}

/** The audit item for `record`, written by `principal`: who, where, what changed (compared unmasked). */
export function auditEntryOf(
  record: AuditRecord,
  principal: Principal,
  meta: { entryId: string; at: Date; requestId: string; routeKey: string },
): AuditEntryInput {
  const { districtId, townId, gridId, enterpriseId } = principal;
  const changes = changedFields(record.before, record.after).map(({ field, before, after }) => ({
    field,
    before: maskPersonalData(before, field),
    after: maskPersonalData(after, field),
  }));
  return {
    entryId: meta.entryId,
    at: meta.at.toISOString(),
    ...(record.districtId ? { districtId: record.districtId } : {}),
    actorId: principal.userId,
    actorName: principal.name,
    role: principal.role,
    actorScope: JSON.parse(JSON.stringify({ districtId, townId, gridId, enterpriseId })),
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    ...(record.summary ? { summary: record.summary } : {}),
    changes,
    requestId: meta.requestId,
    routeKey: meta.routeKey,
  };
}
